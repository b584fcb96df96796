//! `format(int, spec)`, `format(float, spec)` and `format(str, spec)`:
//! CPython's `formatter_unicode.c` (C locale for the `n` type).

use super::spec::{unknown_code, FormatSpec, Grouping};
use crate::numeric::{
    float_repr, float_to_string, int_to_f64, int_to_radix, int_to_str, DtoaFlags, Int, NumError,
    NumResult,
};

/// Inserts separators every `group` digits from the right, zero-padding the
/// digits to `min_width` characters (CPython's
/// `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &[char], min_width: i64, sep: Option<(char, i64)>) -> String {
    let mut segments: Vec<String> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut pos = digits.len();
    let mut use_sep = false;
    let mut segment = |zeros: i64, chars: &[char], use_sep: bool, sep: char| {
        let mut s: String = "0".repeat(zeros.max(0) as usize);
        s.extend(chars);
        if use_sep {
            s.push(sep);
        }
        segments.push(s);
    };
    let mut done = false;
    if let Some((sep_char, group)) = sep {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0) as usize;
            segment(n_zeros, &digits[pos - n_chars..pos], use_sep, sep_char);
            use_sep = true;
            pos -= n_chars;
            remaining -= n_chars as i64;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        segment(n_zeros, &digits[..pos], use_sep, sep.map_or(',', |s| s.0));
    }
    segments.reverse();
    segments.concat()
}

/// The pieces of a number to lay out.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn separator(g: Grouping) -> Option<(char, i64)> {
    match g {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', 3)),
        Grouping::UnderscoreFour => Some(('_', 4)),
    }
}

fn fill(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Widths past this raise `MemoryError`, as CPython's allocation of the
/// padded string fails.
pub(crate) const MAX_WIDTH: usize = 1 << 31;

/// `MemoryError` for a width no allocation can satisfy.
pub(crate) fn check_width(width: Option<usize>) -> NumResult<()> {
    match width {
        Some(w) if w > MAX_WIDTH => Err(NumError::memory()),
        _ => Ok(()),
    }
}

/// Lays out a number: `<lpad><sign><prefix><spad><digits><.><rest><rpad>`.
fn layout(n: &Number, spec: &FormatSpec) -> NumResult<String> {
    check_width(spec.width)?;
    let sign = match spec.sign {
        Some('+') => Some(if n.negative { '-' } else { '+' }),
        Some(' ') => Some(if n.negative { '-' } else { ' ' }),
        _ => n.negative.then_some('-'),
    };
    let len = |s: &str| s.chars().count() as i64;
    let non_digit =
        i64::from(sign.is_some()) + len(n.prefix) + i64::from(n.has_decimal) + len(n.remainder);
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - non_digit
    } else {
        0
    };
    let digits: Vec<char> = n.digits.chars().collect();
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(&digits, min_width, separator(spec.grouping))
    };
    let padding = width - (non_digit + len(&grouped));
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match spec.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::new();
    fill(&mut out, spec.fill, lpad);
    out.extend(sign);
    out.push_str(n.prefix);
    fill(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    fill(&mut out, spec.fill, rpad);
    Ok(out)
}

/// `format(v, spec)` for an int (`type_name` is `int` or a subclass name;
/// an empty spec yields `str(v)`, so the VM must route `bool` to `str`).
pub fn format_int(
    v: &Int,
    spec: &str,
    type_name: &str,
    max_str_digits: usize,
) -> NumResult<String> {
    if spec.is_empty() {
        return int_to_str(v, max_str_digits);
    }
    let f = FormatSpec::parse(spec, type_name, Some('d'), '>')?;
    let ty = f.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_spec(int_to_f64(v)?, &f),
        _ => return Err(unknown_code(ty, type_name)),
    }
    if f.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = char_from_int(v)?;
        let rem = ch.to_string();
        let n = Number {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &rem,
        };
        return layout(&n, &f);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let text = if radix == 10 {
        int_to_str(v, max_str_digits)?
    } else {
        int_to_radix(v, radix, false)
    };
    let negative = text.starts_with('-');
    let mut digits = text.trim_start_matches('-').to_string();
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let n = Number {
        negative,
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout(&n, &f)
}

/// The character for `%c` / `format(i, 'c')`: `OverflowError` out of range.
pub fn char_from_int(v: &Int) -> NumResult<char> {
    let Some(x) = v.as_i64() else {
        return Err(NumError::overflow(
            "Python int too large to convert to C long",
        ));
    };
    u32::try_from(x)
        .ok()
        .filter(|&u| u <= 0x10ffff)
        .map(|u| char::from_u32(u).unwrap_or('\u{fffd}'))
        .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = FormatSpec::parse(spec, type_name, None, '>')?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &f),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

fn format_float_spec(x: f64, f: &FormatSpec) -> NumResult<String> {
    let precision = match f.precision {
        Some(p) if p > i32::MAX as usize => return Err(NumError::value("precision too big")),
        p => p,
    };
    let mut flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty.unwrap_or('r');
    let mut default_precision = 6;
    if f.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = x;
    let mut pct = false;
    if ty == '%' {
        ty = 'f';
        value *= 100.0;
        pct = true;
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut text = float_to_string(value, ty, precision, flags);
    if pct {
        text.push('%');
    }
    layout(&float_number(&text), f)
}

/// Splits a `float_to_string` result into sign, integer digits, point and
/// the remainder (fraction, exponent, `%`), as CPython's `parse_number`.
fn float_number(text: &str) -> Number<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Number {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    }
}

/// `format(z, spec)` for a complex (CPython's `format_complex_internal`):
/// each part is laid out with the spec's sign and grouping, the imaginary
/// part always signed unless the real part is omitted, then the whole is
/// padded. An empty spec yields `str(z)`.
pub fn format_complex(re: f64, im: f64, spec: &str, type_name: &str) -> NumResult<String> {
    let f = FormatSpec::parse(spec, type_name, None, '>')?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    let precision = match f.precision {
        Some(p) if p > i32::MAX as usize => return Err(NumError::value("precision too big")),
        p => p,
    };
    if f.fill == '0' {
        return Err(NumError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == '=' {
        return Err(NumError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let (mut ty, mut default_precision) = (f.ty.unwrap_or('g'), 6);
    let (mut skip_re, mut add_parens) = (false, false);
    if f.ty.is_none() {
        ty = 'r';
        default_precision = 0;
        skip_re = re == 0.0 && re.is_sign_positive();
        add_parens = !skip_re;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut part = FormatSpec {
        fill: ' ',
        align: '<',
        width: None,
        ..f.clone()
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        let text = float_to_string(re, ty, precision, flags);
        body.push_str(&layout(&float_number(&text), &part)?);
        part.sign = Some('+');
    }
    let text = float_to_string(im, ty, precision, flags);
    body.push_str(&layout(&float_number(&text), &part)?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    pad(&body, &f)
}

/// Pads `body` to the spec's width with its fill and alignment.
fn pad(body: &str, f: &FormatSpec) -> NumResult<String> {
    check_width(f.width)?;
    let len = body.chars().count();
    let total = f.width.map_or(len, |w| w.max(len));
    let lpad = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(body.len() + total - len);
    fill(&mut out, f.fill, lpad as i64);
    out.push_str(body);
    fill(&mut out, f.fill, (total - len - lpad) as i64);
    Ok(out)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str, type_name: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = FormatSpec::parse(spec, type_name, Some('s'), '<')?;
    let ty = f.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match f.sign {
        Some(' ') => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if f.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match f.precision {
        Some(p) if p < s.chars().count() => s.chars().take(p).collect(),
        _ => s.to_string(),
    };
    pad(&body, &f)
}
