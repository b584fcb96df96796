//! String literals as expressions: implicit concatenation, bytes, and
//! f-strings with CPython 3.11's rules and messages.

use super::ast::{Constant, Conversion, Expr, ExprKind, Span};
use super::error::SyntaxError;
use super::literals::{decode_bytes, decode_str_escapes, split_string};
use super::parser;

/// CPython's limit on nested format specs (`{x:{y:{z}}}` is too deep).
const MAX_SPEC_DEPTH: u32 = 2;

/// One piece of a string expression being built.
enum Piece {
    Text(String),
    Field(Expr),
}

/// Concatenates adjacent literals `(start, text, end)` into one expression.
pub fn concatenate(parts: &[(usize, String, usize)]) -> Result<Expr, SyntaxError> {
    let start = parts.first().map_or(0, |p| p.0);
    let end = parts.last().map_or(0, |p| p.2);
    let span = Span::new(start, end);
    let at_end = |msg: String| SyntaxError::new(msg, Span::new(end, end));
    let bytes_count = parts.iter().filter(|p| split_string(&p.1).is_bytes).count();
    if bytes_count > 0 && bytes_count < parts.len() {
        return Err(at_end("cannot mix bytes and nonbytes literals".into()));
    }
    if bytes_count > 0 {
        let mut out = Vec::new();
        for (tok_start, text, tok_end) in parts {
            let s = split_string(text);
            if !s.body.is_ascii() {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    Span::new(*tok_start, *tok_end),
                ));
            }
            let b = decode_bytes(s.body, s.is_raw)
                .map_err(|m| SyntaxError::new(m, Span::new(*tok_end, *tok_end)))?;
            out.extend(b);
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Bytes(out)),
            span,
        });
    }
    let mut pieces = Vec::new();
    let mut any_f = false;
    for (tok_start, text, tok_end) in parts {
        let s = split_string(text);
        if s.is_fstring {
            any_f = true;
            let mut p = FString {
                src: s.body,
                base: tok_start + s.body_offset,
                raw: s.is_raw,
                pos: 0,
                span,
                tok_end: *tok_end,
            };
            p.literal_and_fields(0, &mut pieces)?;
        } else if s.is_raw {
            pieces.push(Piece::Text(s.body.to_string()));
        } else {
            let text = decode_str_escapes(s.body)
                .map_err(|m| SyntaxError::new(m, Span::new(*tok_end, *tok_end)))?;
            pieces.push(Piece::Text(text));
        }
    }
    if !any_f {
        let text: String = pieces
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) => t,
                Piece::Field(_) => String::new(),
            })
            .collect();
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Str(text)),
            span,
        });
    }
    Ok(joined(pieces, span))
}

/// Merges adjacent text pieces and builds a `JoinedStr`.
fn joined(pieces: Vec<Piece>, span: Span) -> Expr {
    let mut values = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, values: &mut Vec<Expr>| {
        if !text.is_empty() {
            values.push(Expr {
                kind: ExprKind::Constant(Constant::Str(std::mem::take(text))),
                span,
            });
        }
    };
    for p in pieces {
        match p {
            Piece::Text(t) => text.push_str(&t),
            Piece::Field(e) => {
                flush(&mut text, &mut values);
                values.push(e);
            }
        }
    }
    flush(&mut text, &mut values);
    Expr {
        kind: ExprKind::JoinedStr(values),
        span,
    }
}

/// A scanner over the body of one f-string literal.
struct FString<'a> {
    src: &'a str,
    /// Absolute offset of `src` in the source.
    base: usize,
    raw: bool,
    pos: usize,
    /// The span of the whole string expression.
    span: Span,
    /// Where this literal token ends: f-string errors are reported there.
    tok_end: usize,
}

impl FString<'_> {
    fn error(&self, msg: &str) -> SyntaxError {
        SyntaxError::new(msg, Span::new(self.tok_end, self.tok_end))
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek2(&self) -> Option<char> {
        let mut it = self.src[self.pos..].chars();
        it.next();
        it.next()
    }

    /// Literal text and fields until the end (depth 0) or a closing `}` of a spec.
    fn literal_and_fields(&mut self, depth: u32, out: &mut Vec<Piece>) -> Result<(), SyntaxError> {
        let mut lit_start = self.pos;
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '\\' if !self.raw && self.peek2() == Some('N') => {
                    let rest = &self.src[self.pos..];
                    let skip = if rest[2..].starts_with('{') {
                        rest.find('}').map_or(2, |i| i + 1)
                    } else {
                        2
                    };
                    self.pos += skip;
                }
                '\\' => {
                    self.pos += 1;
                    if let Some(n) = self.peek() {
                        if n != '{' && n != '}' {
                            self.pos += n.len_utf8();
                        }
                    }
                }
                '{' | '}' if depth == 0 && self.peek2() == Some(c) => {
                    self.pos += 1;
                    self.decode_into(&mut text, lit_start, self.pos)?;
                    self.pos += 1;
                    lit_start = self.pos;
                }
                '}' if depth > 0 => break,
                '}' => return Err(self.error("f-string: single '}' is not allowed")),
                '{' => {
                    self.decode_into(&mut text, lit_start, self.pos)?;
                    if !text.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    self.field(depth, out)?;
                    lit_start = self.pos;
                }
                _ => self.pos += c.len_utf8(),
            }
        }
        self.decode_into(&mut text, lit_start, self.pos)?;
        if !text.is_empty() {
            out.push(Piece::Text(text));
        }
        Ok(())
    }

    fn decode_into(&self, text: &mut String, from: usize, to: usize) -> Result<(), SyntaxError> {
        let seg = &self.src[from..to];
        if self.raw {
            text.push_str(seg);
        } else {
            let decoded = decode_str_escapes(seg).map_err(|m| self.error(&m))?;
            text.push_str(&decoded);
        }
        Ok(())
    }

    /// Finds where the expression of a field ends (`!`, `:`, `=`, `}` at depth 0).
    fn expression_end(&mut self) -> Result<usize, SyntaxError> {
        let b = self.src.as_bytes();
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while self.pos < b.len() {
            let c = b[self.pos];
            if c == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(self.pos + 1) == Some(&q) && b.get(self.pos + 2) == Some(&q) {
                        quote = None;
                        self.pos += 2;
                    }
                }
                self.pos += 1;
                continue;
            }
            let next = b.get(self.pos + 1).copied();
            match c {
                b'\'' | b'"' => {
                    let triple = next == Some(c) && b.get(self.pos + 2) == Some(&c);
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'[' | b'(' | b'{' => {
                    if brackets.len() >= 200 {
                        return Err(self.error("f-string: too many nested parenthesis"));
                    }
                    brackets.push(c);
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b']' | b')' | b'}' if !brackets.is_empty() => {
                    let open = brackets.pop().unwrap_or(b'(');
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(self.error(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                b']' | b')' => {
                    return Err(self.error(&format!("f-string: unmatched '{}'", c as char)))
                }
                b'!' | b'=' | b'<' | b'>' if next == Some(b'=') => {
                    self.pos += 2;
                    continue;
                }
                b'<' | b'>' => {}
                b'}' | b'!' | b':' | b'=' if brackets.is_empty() => return Ok(self.pos),
                _ => {}
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        Err(self.error("f-string: expecting '}'"))
    }

    /// Parses one `{expr[=][!c][:spec]}` field; `self.pos` is at the `{`.
    fn field(&mut self, depth: u32, out: &mut Vec<Piece>) -> Result<(), SyntaxError> {
        if depth > MAX_SPEC_DEPTH {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        self.pos += 1;
        let start = self.pos;
        let end = self.expression_end()?;
        let text = &self.src[start..end];
        if text.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let value = parser::parse_fstring_expression(text, self.base + start).map_err(|e| {
            let msg = if e.msg.starts_with("f-string") {
                e.msg
            } else {
                format!("f-string: {}", e.msg)
            };
            SyntaxError { msg, ..e }
        })?;
        let mut conversion = None;
        let mut debug = false;
        if self.peek() == Some('=') {
            self.pos += 1;
            while self.peek().is_some_and(char::is_whitespace) {
                self.pos += 1;
            }
            out.push(Piece::Text(self.src[start..self.pos].to_string()));
            debug = true;
        }
        if self.peek() == Some('!') {
            self.pos += 1;
            conversion = Some(match self.peek() {
                Some('s') => Conversion::Str,
                Some('r') => Conversion::Repr,
                Some('a') => Conversion::Ascii,
                None => return Err(self.error("f-string: expecting '}'")),
                Some(_) => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            });
            self.pos += 1;
        }
        let mut format_spec = None;
        if self.peek() == Some(':') {
            self.pos += 1;
            let mut spec = Vec::new();
            self.literal_and_fields(depth + 1, &mut spec)?;
            format_spec = Some(Box::new(joined(spec, self.span)));
        }
        if self.peek() != Some('}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos += 1;
        if debug && conversion.is_none() && format_spec.is_none() {
            conversion = Some(Conversion::Repr);
        }
        out.push(Piece::Field(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            span: self.span,
        }));
        Ok(())
    }
}
