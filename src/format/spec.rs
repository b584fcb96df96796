//! Parsing of the format-spec mini-language
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! a port of CPython's `parse_internal_render_format_spec`.

use crate::numeric::{NumError, NumResult};

/// Thousands grouping requested by a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No grouping.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (types `b o x X`).
    UnderscoreFour,
}

/// A parsed format spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default space).
    pub fill: char,
    /// One of `< > ^ =`.
    pub align: char,
    /// `+`, `-`, `' '`, or `None` when absent.
    pub sign: Option<char>,
    /// The `z` flag (coerce negative zero).
    pub no_neg_0: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Thousands grouping.
    pub grouping: Grouping,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type, `None` when absent and no default applies.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a decimal integer at `chars[*pos..]`; `None` when no digit.
fn get_integer(chars: &[char], pos: &mut usize) -> NumResult<Option<usize>> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let v = value.unwrap_or(0);
        value = Some(
            v.checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= i64::MAX as usize)
                .ok_or_else(|| NumError::value("Too many decimal digits in format string"))?,
        );
        *pos += 1;
    }
    Ok(value)
}

/// Formats a presentation type for error messages the way CPython does.
pub(crate) fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// `Unknown format code 'x' for object of type 'str'`.
pub(crate) fn unknown_code(c: char, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_text(c)
    ))
}

impl FormatSpec {
    /// Parses `spec` for an object of type `type_name` with the type's
    /// default presentation type and alignment (`'>'` for numbers, `'<'`
    /// for strings).
    pub fn parse(
        spec: &str,
        type_name: &str,
        default_type: Option<char>,
        default_align: char,
    ) -> NumResult<FormatSpec> {
        let c: Vec<char> = spec.chars().collect();
        let mut f = FormatSpec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type,
        };
        let mut pos = 0;
        let mut fill_specified = false;
        let mut align_specified = false;
        if c.len() >= 2 && is_align(c[1]) {
            f.fill = c[0];
            f.align = c[1];
            fill_specified = true;
            align_specified = true;
            pos = 2;
        } else if !c.is_empty() && is_align(c[0]) {
            f.align = c[0];
            align_specified = true;
            pos = 1;
        }
        if let Some(&s @ ('+' | '-' | ' ')) = c.get(pos) {
            f.sign = Some(s);
            pos += 1;
        }
        if c.get(pos) == Some(&'z') {
            f.no_neg_0 = true;
            pos += 1;
        }
        if c.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if !fill_specified && c.get(pos) == Some(&'0') {
            f.fill = '0';
            if !align_specified && default_align == '>' {
                f.align = '=';
            }
            pos += 1;
        }
        f.width = get_integer(&c, &mut pos)?;
        let both = || NumError::value("Cannot specify both ',' and '_'.");
        if c.get(pos) == Some(&',') {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if c.get(pos) == Some(&'_') {
            if f.grouping != Grouping::None {
                return Err(both());
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if c.get(pos) == Some(&',') && f.grouping == Grouping::Underscore {
            return Err(both());
        }
        if c.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = get_integer(&c, &mut pos)?;
            if f.precision.is_none() {
                return Err(NumError::value("Format specifier missing precision"));
            }
        }
        if c.len() - pos > 1 {
            return Err(NumError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if c.len() - pos == 1 {
            f.ty = Some(c[pos]);
        }
        if f.grouping != Grouping::None {
            match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if f.grouping == Grouping::Underscore => {
                    f.grouping = Grouping::UnderscoreFour;
                }
                Some(t) => {
                    let sep = if f.grouping == Grouping::Comma {
                        ','
                    } else {
                        '_'
                    };
                    return Err(NumError::value(format!(
                        "Cannot specify '{sep}' with '{}'.",
                        code_text(t)
                    )));
                }
            }
        }
        Ok(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perr(spec: &str, ty: Option<char>) -> String {
        FormatSpec::parse(spec, "int", ty, '>').unwrap_err().msg
    }

    #[test]
    fn parses_all_fields() {
        let f = FormatSpec::parse("*^+z#012_.3f", "float", None, '>').unwrap();
        assert_eq!(
            f,
            FormatSpec {
                fill: '*',
                align: '^',
                sign: Some('+'),
                no_neg_0: true,
                alternate: true,
                width: Some(12),
                grouping: Grouping::Underscore,
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let f = FormatSpec::parse("010", "int", Some('d'), '>').unwrap();
        assert_eq!((f.fill, f.align, f.width), ('0', '=', Some(10)));
        let f = FormatSpec::parse("05", "str", Some('s'), '<').unwrap();
        assert_eq!((f.fill, f.align), ('0', '<'));
        let f = FormatSpec::parse("_x", "int", Some('d'), '>').unwrap();
        assert_eq!(f.grouping, Grouping::UnderscoreFour);
        let f = FormatSpec::parse("<<", "int", Some('d'), '>').unwrap();
        assert_eq!((f.fill, f.align), ('<', '<'));
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(perr(",,", Some('d')), "Cannot specify ',' with ','.");
        assert_eq!(perr(",_", Some('d')), "Cannot specify both ',' and '_'.");
        assert_eq!(perr("_,", Some('d')), "Cannot specify both ',' and '_'.");
        assert_eq!(perr(",x", Some('d')), "Cannot specify ',' with 'x'.");
        assert_eq!(perr("_n", Some('d')), "Cannot specify '_' with 'n'.");
        assert_eq!(perr(".", Some('d')), "Format specifier missing precision");
        assert_eq!(
            perr("abc", Some('d')),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            perr("99999999999999999999", Some('d')),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            perr(".99999999999999999999", Some('d')),
            "Too many decimal digits in format string"
        );
        assert_eq!(perr(",\x01", Some('d')), "Cannot specify ',' with '\\x1'.");
        assert_eq!(
            unknown_code('\0', "str").msg,
            "Unknown format code '\\x0' for object of type 'str'"
        );
    }
}
