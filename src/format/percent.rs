//! printf-style `%` formatting: a lazy template parser and formatters for
//! one conversion, a port of CPython's `unicode_format_arg*` functions.
//!
//! The VM drives the parser: for each [`Piece::Conv`] it fetches `*`
//! arguments (then calls [`ConvSpec::set_star_width`] /
//! [`ConvSpec::set_star_precision`]), then the value (from the mapping when
//! `key` is set), then dispatches on `conv`; unknown conversions report
//! [`ConvSpec::unsupported`] *after* the value was fetched, as CPython does.

use crate::numeric::{
    float_to_string, int_to_radix, int_to_str, DtoaFlags, Int, NumError, NumResult,
};

/// Conversion flags `- + space # 0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: space for positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    Absent,
    /// Given literally.
    Fixed(usize),
    /// `*`: taken from the next argument.
    Star,
}

/// One `%` conversion of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvSpec {
    /// `%(key)s` mapping key.
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Count,
    /// Precision.
    pub precision: Count,
    /// Conversion character (may be unsupported; see [`ConvSpec::unsupported`]).
    pub conv: char,
    /// Character index of `conv` in the template.
    pub index: usize,
}

/// A piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal text (`%%` yields `"%"`).
    Literal(String),
    /// A conversion.
    Conv(ConvSpec),
}

/// Lazy parser of a `%` template, yielding pieces in order and stopping after
/// the first error (`incomplete format`, `incomplete format key`, ...).
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
}

impl PercentParser {
    /// Starts parsing `template`.
    pub fn new(template: &str) -> Self {
        PercentParser {
            chars: template.chars().collect(),
            pos: 0,
            failed: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn incomplete() -> NumError {
        NumError::value("incomplete format")
    }

    fn number(&mut self, limit: usize, msg: &str) -> NumResult<usize> {
        let mut v: usize = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            v = v
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= limit)
                .ok_or_else(|| NumError::value(msg))?;
            self.pos += 1;
        }
        Ok(v)
    }

    fn count(&mut self, limit: usize, msg: &str) -> NumResult<Count> {
        match self.peek() {
            Some('*') => {
                self.pos += 1;
                Ok(Count::Star)
            }
            Some(c) if c.is_ascii_digit() => Ok(Count::Fixed(self.number(limit, msg)?)),
            _ => Ok(Count::Absent),
        }
    }

    /// Parses a conversion; `self.pos` is just after the `%`.
    fn conversion(&mut self) -> NumResult<Piece> {
        if self.peek() == Some('%') {
            self.pos += 1;
            return Ok(Piece::Literal("%".to_string()));
        }
        let mut key = None;
        if self.peek() == Some('(') {
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 {
                match self.peek() {
                    None => return Err(NumError::value("incomplete format key")),
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    Some(_) => {}
                }
                self.pos += 1;
            }
            key = Some(self.chars[start..self.pos - 1].iter().collect());
        }
        let mut flags = PercentFlags::default();
        loop {
            match self.peek() {
                Some('-') => flags.left = true,
                Some('+') => flags.sign = true,
                Some(' ') => flags.space = true,
                Some('#') => flags.alt = true,
                Some('0') => flags.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        let width = self.count(i64::MAX as usize, "width too big")?;
        let mut precision = Count::Absent;
        if self.peek() == Some('.') {
            self.pos += 1;
            precision = match self.count(i32::MAX as usize, "precision too big")? {
                Count::Absent => Count::Fixed(0),
                c => c,
            };
        }
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        let conv = self.peek().ok_or_else(Self::incomplete)?;
        let index = self.pos;
        self.pos += 1;
        Ok(Piece::Conv(ConvSpec {
            key,
            flags,
            width,
            precision,
            conv,
            index,
        }))
    }
}

impl Iterator for PercentParser {
    type Item = NumResult<Piece>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        if self.peek() != Some('%') {
            let start = self.pos;
            while self.peek().is_some_and(|c| c != '%') {
                self.pos += 1;
            }
            return Some(Ok(Piece::Literal(
                self.chars[start..self.pos].iter().collect(),
            )));
        }
        self.pos += 1;
        let r = self.conversion();
        self.failed = r.is_err();
        Some(r)
    }
}

impl ConvSpec {
    /// Applies a `*` width argument (negative means left-justify).
    pub fn set_star_width(&mut self, w: i64) {
        if w < 0 {
            self.flags.left = true;
        }
        self.width = Count::Fixed(w.unsigned_abs() as usize);
    }

    /// Applies a `*` precision argument (negative means 0).
    pub fn set_star_precision(&mut self, p: i64) {
        self.precision = Count::Fixed(p.max(0) as usize);
    }

    /// `unsupported format character 'y' (0x79) at index 3`.
    pub fn unsupported(&self) -> NumError {
        let c = self.conv;
        let shown = if (31..=126).contains(&(c as u32)) {
            c
        } else {
            '?'
        };
        NumError::value(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            c as u32, self.index
        ))
    }

    /// The same error for a bytes template: CPython passes the byte as a C
    /// `char` to `%c`, so control bytes show as they are and bytes past
    /// 0x7f (negative chars) raise `OverflowError` instead.
    pub fn unsupported_bytes(&self) -> NumError {
        let c = self.conv as u32;
        if c >= 0x80 {
            return NumError::overflow("character argument not in range(0x110000)");
        }
        NumError::value(format!(
            "unsupported format character '{}' (0x{c:x}) at index {}",
            self.conv, self.index
        ))
    }

    /// `MemoryError` for a width no allocation can satisfy.
    pub fn check_width(&self) -> NumResult<()> {
        super::number::check_width(Some(self.width()))
    }

    fn width(&self) -> usize {
        match self.width {
            Count::Fixed(w) => w,
            _ => 0,
        }
    }

    fn precision(&self) -> Option<usize> {
        match self.precision {
            Count::Fixed(p) => Some(p),
            _ => None,
        }
    }
}

/// Pads a formatted value (CPython's `unicode_format_arg_output`).
fn output(text: &str, spec: &ConvSpec, numeric: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let fill = if numeric && spec.flags.zero { '0' } else { ' ' };
    let mut len = chars.len();
    let mut p = 0;
    let mut sign = None;
    if numeric {
        if matches!(chars.first(), Some('-' | '+')) {
            sign = Some(chars[0]);
            len -= 1;
            p = 1;
        } else if spec.flags.sign {
            sign = Some('+');
        } else if spec.flags.space {
            sign = Some(' ');
        }
    }
    let mut width = spec.width().max(len);
    let mut out = String::with_capacity(width + 1);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = numeric && spec.flags.alt && matches!(spec.conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.extend(&chars[p..p + 2]);
            p += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !spec.flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if alt_prefix {
            out.extend(&chars[p..p + 2]);
            p += 2;
        }
    }
    out.extend(&chars[p..p + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

/// `%d %i %u %o %x %X` of an int (the VM truncates floats for `d i u`).
pub fn percent_format_int(v: &Int, spec: &ConvSpec, max_str_digits: usize) -> NumResult<String> {
    let (body, prefix) = match spec.conv {
        'o' => (int_to_radix(v, 8, false), "0o"),
        'x' => (int_to_radix(v, 16, false), "0x"),
        'X' => (int_to_radix(v, 16, false).to_ascii_uppercase(), "0X"),
        _ => (int_to_str(v, max_str_digits)?, ""),
    };
    let (neg, digits) = match body.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, body.as_str()),
    };
    let mut text = String::new();
    if neg {
        text.push('-');
    }
    if spec.flags.alt {
        text.push_str(prefix);
    }
    if let Some(p) = spec.precision() {
        text.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    text.push_str(digits);
    Ok(output(&text, spec, true))
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn percent_format_float(x: f64, spec: &ConvSpec) -> String {
    let flags = DtoaFlags {
        alt: spec.flags.alt,
        ..DtoaFlags::default()
    };
    let text = float_to_string(x, spec.conv, spec.precision().unwrap_or(6), flags);
    output(&text, spec, true)
}

/// `%c` of a character (use [`char_from_int`](super::char_from_int) for int
/// arguments).
pub fn percent_format_char(c: char, spec: &ConvSpec) -> String {
    output(&c.to_string(), spec, false)
}

/// `%s %r %a` given the already converted `str()`/`repr()`/`ascii()` text.
pub fn percent_format_str(s: &str, spec: &ConvSpec) -> String {
    match spec.precision() {
        Some(p) if s.chars().count() > p => {
            let cut: String = s.chars().take(p).collect();
            output(&cut, spec, false)
        }
        _ => output(s, spec, false),
    }
}

/// The `TypeError`s of `%` formatting, with CPython's texts.
pub mod percent_errors {
    use crate::numeric::{ExcKind, NumError};

    fn type_error(msg: String) -> NumError {
        NumError::new(ExcKind::TypeError, msg)
    }

    /// `not enough arguments for format string`
    pub fn not_enough_arguments() -> NumError {
        type_error("not enough arguments for format string".into())
    }

    /// `not all arguments converted during string formatting` (`what` is
    /// `string` or `bytes`).
    pub fn not_all_converted(what: &str) -> NumError {
        type_error(format!(
            "not all arguments converted during {what} formatting"
        ))
    }

    /// `format requires a mapping` (a `%(key)` with a non-mapping argument).
    pub fn requires_mapping() -> NumError {
        type_error("format requires a mapping".into())
    }

    /// `* wants int`
    pub fn star_wants_int() -> NumError {
        type_error("* wants int".into())
    }

    /// `%d format: a real number is required, not str` (`d i u`).
    pub fn real_number_required(conv: char, type_name: &str) -> NumError {
        type_error(format!(
            "%{conv} format: a real number is required, not {type_name}"
        ))
    }

    /// `%x format: an integer is required, not float` (`o x X`).
    pub fn integer_required(conv: char, type_name: &str) -> NumError {
        type_error(format!(
            "%{conv} format: an integer is required, not {type_name}"
        ))
    }

    /// `must be real number, not str` (`e f g` family).
    pub fn must_be_real(type_name: &str) -> NumError {
        type_error(format!("must be real number, not {type_name}"))
    }

    /// `%c requires int or char`
    pub fn char_required() -> NumError {
        type_error("%c requires int or char".into())
    }

    /// `%c requires an integer in range(256) or a single byte` (bytes).
    pub fn byte_required() -> NumError {
        type_error("%c requires an integer in range(256) or a single byte".into())
    }

    /// `%b requires a bytes-like object, or an object that implements __bytes__, not 'str'`
    pub fn bytes_required(type_name: &str) -> NumError {
        type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
        ))
    }

    /// `float argument required, not str` (bytes `e f g` family).
    pub fn float_required(type_name: &str) -> NumError {
        type_error(format!("float argument required, not {type_name}"))
    }
}
