//! Text ↔ number conversions: `int(s, base)`, `float(s)`, `str(int)` with
//! CPython's 4300-digit limit, `hex()`/`oct()`/`bin()`, and the `repr` of a
//! string used inside error messages.

use num_bigint::BigInt;

use super::int::Int;
use super::{NumError, NumResult};

/// Python's `str.isspace()` for one character.
fn py_isspace(c: char) -> bool {
    crate::methods::str_unicode::is_space(c)
}

/// The text `int()` and `float()` parse, as CPython transforms it first:
/// decimal digits of any script become ASCII digits and Unicode spaces
/// become ' '; other characters stay (and fail to parse).
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mapped = s
        .chars()
        .map(|c| match crate::methods::str_unicode::decimal_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None if !c.is_ascii() && py_isspace(c) => ' ',
            None => c,
        })
        .collect();
    std::borrow::Cow::Owned(mapped)
}

/// Python's `str.isprintable()` for one character (decides `repr` escapes).
fn py_isprintable(c: char) -> bool {
    crate::methods::str_unicode::is_printable(c)
}

/// `repr(s)` for a Python string (quote choice and escapes as CPython).
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if py_isprintable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

fn limit_message_to_int(limit: usize, digits: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has \
         {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(s, base)`; `max_str_digits` is `sys.get_int_max_str_digits()`
/// (4300 by default, 0 for no limit).
pub fn parse_int(s: &str, base: i64, max_str_digits: usize) -> NumResult<Int> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        let r: String = py_str_repr(s).chars().take(200).collect();
        NumError::value(format!("invalid literal for int() with base {base}: {r}"))
    };
    let text = ascii_digits(s);
    let t = text.trim_start_matches(py_isspace);
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let b = t.as_bytes();
    let second = b.get(1).map(u8::to_ascii_lowercase);
    let mut radix = base as u32;
    let mut only_zero = false;
    if base == 0 {
        radix = match (b.first(), second) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                only_zero = true;
                10
            }
            _ => 10,
        };
    }
    let mut t = t;
    let has_prefix = b.first() == Some(&b'0')
        && matches!(
            (radix, second),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        );
    if has_prefix {
        t = &t[2..];
        if t.starts_with('_') {
            t = &t[1..];
        }
    }
    // Scan digits, allowing single underscores between them.
    let mut digits = String::with_capacity(t.len());
    let mut prev_underscore = true;
    let mut end = t.len();
    for (i, c) in t.char_indices() {
        if c == '_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
        } else if c.is_ascii_alphanumeric() && c.is_digit(radix) {
            digits.push(c);
            prev_underscore = false;
        } else {
            end = i;
            break;
        }
    }
    if digits.is_empty() || prev_underscore {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(limit_message_to_int(max_str_digits, digits.len()));
    }
    if !t[end..].chars().all(py_isspace) {
        return Err(invalid());
    }
    let value = match i64::from_str_radix(&digits, radix) {
        Ok(v) => Int::Small(if negative { -v } else { v }),
        Err(_) => {
            let v = BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(invalid)?;
            Int::from_big(if negative { -v } else { v })
        }
    };
    if only_zero && !value.is_zero() {
        return Err(invalid());
    }
    Ok(value)
}

/// `str(n)` in base 10 with CPython's digit limit (0 = unlimited).
pub fn int_to_str(n: &Int, max_str_digits: usize) -> NumResult<String> {
    let s = match n {
        Int::Small(v) => return Ok(v.to_string()),
        Int::Big(b) => {
            if max_str_digits > 0
                && (b.bits() as f64) * std::f64::consts::LOG10_2 > (max_str_digits + 2) as f64
            {
                None
            } else {
                Some(b.to_string())
            }
        }
    };
    match s {
        Some(s) if max_str_digits == 0 || s.trim_start_matches('-').len() <= max_str_digits => {
            Ok(s)
        }
        _ => Err(NumError::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))),
    }
}

/// Digits of `n` in `radix` (2..=36, lowercase), with a leading `-` when
/// negative and, if `prefix`, `0b`/`0o`/`0x` after the sign (`hex(-31)`).
pub fn int_to_radix(n: &Int, radix: u32, prefix: bool) -> String {
    let (neg, digits) = match n {
        Int::Small(v) => (*v < 0, BigInt::from(v.unsigned_abs()).to_str_radix(radix)),
        Int::Big(b) => (
            b.sign() == num_bigint::Sign::Minus,
            b.magnitude().to_str_radix(radix),
        ),
    };
    let pre = match (prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    format!("{}{pre}{digits}", if neg { "-" } else { "" })
}

/// Removes underscores that sit between two digits; `None` if any other
/// underscore is present.
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok =
                i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !ok {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// Checks the decimal float grammar `[sign] (digits [. digits] | . digits)
/// [e [sign] digits]`.
fn is_decimal_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - start;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - f;
    }
    if ndigits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let e = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == e {
            return false;
        }
    }
    i == b.len()
}

/// `float(s)` for a string.
pub fn parse_float(s: &str) -> NumResult<f64> {
    let invalid = || {
        NumError::value(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    let text = ascii_digits(s);
    let t = text.trim_matches(py_isspace);
    let t = if t.contains('_') {
        strip_underscores(t).ok_or_else(invalid)?
    } else {
        t.to_string()
    };
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    if !is_decimal_float(&t) {
        return Err(invalid());
    }
    t.parse::<f64>().map_err(|_| invalid())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::ExcKind;

    fn ok(s: &str, base: i64) -> Int {
        parse_int(s, base, 4300).unwrap()
    }
    fn err(s: &str, base: i64) -> String {
        parse_int(s, base, 4300).unwrap_err().msg
    }

    #[test]
    fn int_parsing() {
        assert_eq!(ok(" 1_0 ", 10), Int::Small(10));
        assert_eq!(ok("abc", 16), Int::Small(2748));
        assert_eq!(ok("0x_1f", 16), Int::Small(31));
        assert_eq!(ok("0x1f", 0), Int::Small(31));
        assert_eq!(ok("-0x1f", 16), Int::Small(-31));
        assert_eq!(ok("0_0", 0), Int::Small(0));
        assert_eq!(ok("00", 0), Int::Small(0));
        assert_eq!(ok("0b1", 16), Int::Small(177));
        assert_eq!(ok("0b1", 2), Int::Small(1));
        assert_eq!(ok("z", 36), Int::Small(35));
        assert_eq!(ok("Z", 36), Int::Small(35));
        assert_eq!(ok("\t-12\n", 10), Int::Small(-12));
        assert_eq!(
            ok("9223372036854775808", 10).to_big().to_string(),
            "9223372036854775808"
        );
        assert_eq!(ok("-9223372036854775808", 10), Int::Small(i64::MIN));
        assert_eq!(
            err("abc", 10),
            "invalid literal for int() with base 10: 'abc'"
        );
        for bad in ["1__0", "_1", " ", "", "- 1", "+_1", "1_", "1\x1c1", "1.5"] {
            assert_eq!(
                err(bad, 10),
                format!(
                    "invalid literal for int() with base 10: {}",
                    py_str_repr(bad)
                )
            );
        }
        assert_eq!(
            err("010", 0),
            "invalid literal for int() with base 0: '010'"
        );
        assert_eq!(
            err("0_7", 0),
            "invalid literal for int() with base 0: '0_7'"
        );
        assert_eq!(err("0b", 0), "invalid literal for int() with base 0: '0b'");
        assert_eq!(
            err("0x", 16),
            "invalid literal for int() with base 16: '0x'"
        );
        assert_eq!(err("1", 1), "int() base must be >= 2 and <= 36, or 0");
        assert_eq!(err("1", 37), "int() base must be >= 2 and <= 36, or 0");
        assert_eq!(err("12", -1), "int() base must be >= 2 and <= 36, or 0");
        let long = "x".repeat(300);
        let m = err(&long, 10);
        assert_eq!(m.chars().count(), 240);
        assert!(m.ends_with("xxx"));
    }

    #[test]
    fn digit_limits() {
        let nines = "9".repeat(5000);
        let e = parse_int(&nines, 10, 4300).unwrap_err();
        assert_eq!(e.kind, ExcKind::ValueError);
        assert_eq!(e.msg, "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit");
        assert_eq!(
            parse_int(&(nines.clone() + "x"), 10, 4300).unwrap_err().msg,
            e.msg
        );
        assert!(parse_int(&nines, 10, 0).is_ok());
        assert!(parse_int(&"1".repeat(5000), 2, 4300).is_ok());
        assert!(parse_int(&"1".repeat(5000), 3, 4300).is_err());
        // python3: int('1_' * 4000 + '1') succeeds (underscores are not digits)
        assert!(parse_int(&("1_".repeat(4000) + "1"), 10, 4300).is_ok());
        let big = parse_int(&nines, 10, 0).unwrap();
        assert_eq!(int_to_str(&big, 4300).unwrap_err().msg, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        assert_eq!(int_to_str(&big, 0).unwrap(), nines);
        let edge = parse_int(&"9".repeat(4300), 10, 4300).unwrap();
        assert_eq!(int_to_str(&edge, 4300).unwrap().len(), 4300);
        let neg = parse_int(&format!("-{}", "9".repeat(4300)), 10, 4300).unwrap();
        assert_eq!(int_to_str(&neg, 4300).unwrap().len(), 4301);
    }

    #[test]
    fn radix_output() {
        assert_eq!(int_to_radix(&Int::Small(-31), 16, true), "-0x1f");
        assert_eq!(int_to_radix(&Int::Small(-8), 8, true), "-0o10");
        assert_eq!(int_to_radix(&Int::Small(5), 2, true), "0b101");
        assert_eq!(int_to_radix(&Int::Small(0), 16, true), "0x0");
        assert_eq!(
            int_to_radix(&Int::Small(i64::MIN), 16, false),
            "-8000000000000000"
        );
        assert_eq!(int_to_str(&Int::Small(-42), 4300).unwrap(), "-42");
    }

    #[test]
    fn float_parsing() {
        let cases: &[(&str, f64)] = &[
            (" 1_0.5 ", 10.5),
            ("-Infinity", f64::NEG_INFINITY),
            ("inFiNiTy", f64::INFINITY),
            ("1e500", f64::INFINITY),
            ("-1e500", f64::NEG_INFINITY),
            ("1e+5_0", 1e50),
            (".5", 0.5),
            ("5.", 5.0),
            ("1_000.000_1", 1000.0001),
            ("\n-0\t", -0.0),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("0.1", 0.1),
        ];
        for &(s, v) in cases {
            assert_eq!(parse_float(s).unwrap().to_bits(), v.to_bits(), "{s:?}");
        }
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("+nan").unwrap().is_nan());
        for bad in [
            "x", "1__0", "1_e5", "1e_5", ".", "0x10", "in", "nan(1)", "1.5e", "1e", " ", "", "_1",
            "1_", "infx", "- 1",
        ] {
            assert_eq!(
                parse_float(bad).unwrap_err().msg,
                format!("could not convert string to float: {}", py_str_repr(bad)),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn string_repr() {
        assert_eq!(py_str_repr("abc"), "'abc'");
        assert_eq!(py_str_repr("it's"), "\"it's\"");
        assert_eq!(py_str_repr("'\""), "'\\'\"'");
        assert_eq!(py_str_repr("a\n\t\\\x00\x7f"), "'a\\n\\t\\\\\\x00\\x7f'");
        assert_eq!(py_str_repr("é\u{a0}\u{200b}😀"), "'é\\xa0\\u200b😀'");
    }
}
