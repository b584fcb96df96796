//! Number and string literals: the logos callbacks that find where a literal
//! ends (with CPython's tokenizer errors), and the decoding of escapes.

use logos::Lexer;
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use super::ast::Constant;
use super::token::{RawError, RawTok};

/// The value of a numeric literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(Constant),
    Float(f64),
    Imaginary(f64),
}

/// Keywords that may directly follow a number (`1if x else 2`), as CPython allows.
const KEYWORDS_AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn literal_error(msg: impl Into<String>, at: usize) -> RawError {
    RawError::Literal {
        msg: msg.into(),
        start: at,
        end: at,
    }
}

/// Scans the rest of a number whose first character logos matched.
pub fn scan_number(lex: &mut Lexer<RawTok>) -> Result<Number, RawError> {
    let src = lex.source();
    let start = lex.span().start;
    let (end, num) = number_at(src, start)?;
    lex.bump(end - lex.span().end);
    Ok(num)
}

/// Reads digits of `radix` with single underscores between them, from `i`.
/// Returns the index after the digits; `Err(i)` is the index of the last
/// character consumed when a digit was required but missing.
fn digits(
    b: &[u8],
    mut i: usize,
    radix: u32,
    allow_leading_underscore: bool,
) -> Result<usize, usize> {
    let is_digit = |c: u8| (c as char).is_digit(radix);
    if allow_leading_underscore && b.get(i) == Some(&b'_') {
        i += 1;
    }
    if !b.get(i).is_some_and(|&c| is_digit(c)) {
        return Err(i.saturating_sub(1));
    }
    loop {
        while b.get(i).is_some_and(|&c| is_digit(c)) {
            i += 1;
        }
        if b.get(i) == Some(&b'_') {
            if b.get(i + 1).is_some_and(|&c| is_digit(c)) {
                i += 1;
            } else {
                return Err(i);
            }
        } else {
            return Ok(i);
        }
    }
}

/// Checks that what follows a number at `i` is not part of an identifier.
fn verify_end(src: &str, i: usize, kind: &str) -> Result<(), RawError> {
    let rest = &src[i..];
    let Some(c) = rest.chars().next() else {
        return Ok(());
    };
    if !is_ident_char(c) {
        return Ok(());
    }
    if KEYWORDS_AFTER_NUMBER
        .iter()
        .any(|k| rest.starts_with(k) && !rest[k.len()..].chars().next().is_some_and(is_ident_char))
    {
        return Ok(());
    }
    Err(literal_error(format!("invalid {kind} literal"), i - 1))
}

fn int_constant(text: &str, radix: u32) -> Constant {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    match i64::from_str_radix(&clean, radix) {
        Ok(v) => Constant::Int(v),
        Err(_) => match BigInt::from_str_radix(&clean, radix) {
            Ok(v) => match v.to_i64() {
                Some(small) => Constant::Int(small),
                None => Constant::BigInt(v),
            },
            Err(_) => Constant::Int(0),
        },
    }
}

fn float_value(text: &str) -> f64 {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean.parse().unwrap_or(f64::INFINITY)
}

/// Scans the number literal starting at byte `start` of `src`: its end and value.
pub fn number_at(src: &str, start: usize) -> Result<(usize, Number), RawError> {
    let b = src.as_bytes();
    let radix = match (
        b.get(start),
        b.get(start + 1).map(|c| c.to_ascii_lowercase()),
    ) {
        (Some(b'0'), Some(b'x')) => Some((16, "hexadecimal")),
        (Some(b'0'), Some(b'o')) => Some((8, "octal")),
        (Some(b'0'), Some(b'b')) => Some((2, "binary")),
        _ => None,
    };
    if let Some((radix, kind)) = radix {
        let end = digits(b, start + 2, radix, true).map_err(|at| {
            match b.get(at + 1).filter(|c| c.is_ascii_digit()) {
                Some(&c) => literal_error(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    at + 1,
                ),
                None => literal_error(format!("invalid {kind} literal"), at),
            }
        })?;
        if radix < 10 {
            if let Some(&c) = b.get(end).filter(|c| c.is_ascii_digit()) {
                return Err(literal_error(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    end,
                ));
            }
        }
        verify_end(src, end, kind)?;
        let num = Number::Int(int_constant(&src[start + 2..end], radix));
        return Ok((end, num));
    }
    let mut i = start;
    let mut is_float = false;
    if b[i] != b'.' {
        i = digits(b, i, 10, false).map_err(|at| literal_error("invalid decimal literal", at))?;
    }
    let int_end = i;
    if b.get(i) == Some(&b'.') {
        is_float = true;
        i += 1;
        if b.get(i).is_some_and(u8::is_ascii_digit) {
            i = digits(b, i, 10, false)
                .map_err(|at| literal_error("invalid decimal literal", at))?;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            i = digits(b, j, 10, false)
                .map_err(|at| literal_error("invalid decimal literal", at))?;
            is_float = true;
        } else if j > i + 1 {
            return Err(literal_error("invalid decimal literal", j - 1));
        } else {
            return Err(literal_error("invalid decimal literal", i - 1));
        }
    }
    if matches!(b.get(i), Some(b'j' | b'J')) {
        let value = float_value(&src[start..i]);
        i += 1;
        verify_end(src, i, "imaginary")?;
        return Ok((i, Number::Imaginary(value)));
    }
    verify_end(src, i, "decimal")?;
    if is_float {
        return Ok((i, Number::Float(float_value(&src[start..i]))));
    }
    let text = &src[start..int_end];
    if text.len() > 1 && text.starts_with('0') {
        if let Some(nz) = text.find(|c: char| c != '0' && c != '_') {
            return Err(RawError::Literal {
                msg: "leading zeros in decimal integer literals are not permitted; \
                      use an 0o prefix for octal integers"
                    .into(),
                start,
                end: start + nz,
            });
        }
    }
    Ok((i, Number::Int(int_constant(text, 10))))
}

/// Scans the rest of a string literal whose prefix and opening quote logos matched.
pub fn scan_string(lex: &mut Lexer<RawTok>) -> Result<(), RawError> {
    let src = lex.source();
    let start = lex.span().start;
    let open = lex.span().end;
    let quote = src.as_bytes()[open - 1];
    let b = src.as_bytes();
    let triple = b.get(open) == Some(&quote) && b.get(open + 1) == Some(&quote);
    let mut i = if triple { open + 2 } else { open };
    loop {
        match b.get(i) {
            None => {
                return Err(RawError::UnterminatedString {
                    triple,
                    start,
                    at: src.len(),
                })
            }
            Some(b'\\') => {
                i += if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
            }
            Some(b'\n' | b'\r') if !triple => {
                return Err(RawError::UnterminatedString {
                    triple,
                    start,
                    at: i,
                })
            }
            Some(&c) if c == quote => {
                if !triple {
                    i += 1;
                    break;
                }
                if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                    i += 3;
                    break;
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
    let end = i.min(src.len());
    lex.bump(end - open);
    Ok(())
}

/// The parts of one string literal token.
pub struct StrParts<'a> {
    pub is_bytes: bool,
    pub is_raw: bool,
    pub is_fstring: bool,
    /// The text between the quotes.
    pub body: &'a str,
    /// Byte offset of `body` within the token text.
    pub body_offset: usize,
}

/// Splits a string token (prefix, quotes, body).
pub fn split_string(text: &str) -> StrParts<'_> {
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let rest = &text[prefix_len..];
    let q = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body_end = rest.len().saturating_sub(q).max(q);
    StrParts {
        is_bytes: prefix.contains('b'),
        is_raw: prefix.contains('r'),
        is_fstring: prefix.contains('f'),
        body: &rest[q.min(rest.len())..body_end],
        body_offset: prefix_len + q,
    }
}

/// Decodes the escapes of a (non-raw) str literal body. Invalid escapes stay
/// as written, as CPython does (it only warns). A lone surrogate (`\udc80`),
/// which a Rust string cannot hold, becomes U+FFFD.
pub fn decode_str_escapes(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|&(_, c)| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "\\xXX"),
                    'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek().and_then(|&(_, c)| c.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                        }
                        None => {
                            return Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in \
                                 position {pos}-{}: truncated {name} escape",
                                pos + 1 + k
                            ))
                        }
                    }
                }
                if v > 0x10ffff {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in \
                         position {pos}-{}: illegal Unicode character",
                        pos + 1 + n
                    ));
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'N' => {
                let rest = &body[pos + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|close| &r[..close]));
                let ch = name.and_then(unicode_names2::character);
                match (name, ch) {
                    (Some(name), Some(ch)) => {
                        out.push(ch);
                        for _ in 0..name.chars().count() + 2 {
                            chars.next();
                        }
                    }
                    (Some(name), None) => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in \
                             position {pos}-{}: unknown Unicode character name",
                            pos + 3 + name.len()
                        ))
                    }
                    _ => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in \
                             position {pos}-{}: malformed \\N character escape",
                            pos + 1
                        ))
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes an ASCII bytes literal body (escapes unless `raw`).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if raw {
        return Ok(body.as_bytes().to_vec());
    }
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' || i >= b.len() {
            out.push(c);
            continue;
        }
        let e = b[i];
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i).filter(|c| (b'0'..=b'7').contains(*c)) {
                        Some(&d) => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = b.get(i..i + 2).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) if hex.is_some_and(|h| h.bytes().all(|c| c.is_ascii_hexdigit())) => {
                        out.push(v);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
