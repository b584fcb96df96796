//! The indentation layer over the logos lexer: it turns raw tokens into the
//! parser's tokens, adding NEWLINE, INDENT and DEDENT, joining lines inside
//! brackets and after a backslash, and reporting CPython's tokenizer errors.

use logos::Logos;

use super::ast::Span;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::literals::Number;
use super::token::{RawError, RawTok, Tok};

/// A token with its byte range in the source.
pub type Spanned = (usize, Tok, usize);

/// CPython's limit on bracket nesting in the tokenizer.
const MAX_NESTING: usize = 200;

/// CPython's limit on indentation levels.
const MAX_INDENT: usize = 100;

/// Operators allowed in one logical line. Each can deepen the tree, and deep
/// trees would overflow the stack of the recursive passes (and of `Drop`);
/// CPython gives up on such input too.
const MAX_OPERATORS: usize = 1000;

/// What the text being tokenized is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Lines and blocks: a module, or an expression given to `eval`.
    Lines,
    /// The inside of an f-string field: as if within brackets, so no line structure.
    Nested,
}

/// The result of tokenizing: the tokens up to the first error, and that error.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    pub tokens: Vec<Spanned>,
    pub error: Option<SyntaxError>,
    /// True when the error is that a bracket was still open at the end.
    pub unclosed_at_eof: bool,
    /// True when CPython's tokenizer would not fail there itself: a stray
    /// character such as `$` (an operator token to CPython), an indentation
    /// error or a bad line continuation. Such an error only shows when the
    /// parser gets that far; any other tokenizer error wins over a parser
    /// error found before it, as CPython tokenizes the rest of the file then.
    pub error_is_soft: bool,
}

struct Bracket {
    ch: char,
    start: usize,
}

/// The tokenizer state: indentation stack and open brackets.
struct Layer<'s> {
    src: &'s str,
    base: usize,
    mode: Mode,
    out: Vec<Spanned>,
    /// (column with tab stops of 8, column with tabs counted as 1).
    indents: Vec<(usize, usize)>,
    brackets: Vec<Bracket>,
    at_line_start: bool,
    line_start: usize,
    /// Operator tokens seen in the current logical line.
    operators: usize,
}

/// The 1-based line of byte `offset` in `src`.
pub fn line_number(src: &str, offset: usize) -> usize {
    let upto = &src.as_bytes()[..offset.min(src.len())];
    let mut line = 1;
    let mut prev = 0u8;
    for &b in upto {
        if b == b'\n' && prev != b'\r' || b == b'\r' {
            line += 1;
        }
        prev = b;
    }
    line
}

fn err(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
    SyntaxError::new(msg, Span::new(start, end))
}

impl<'s> Layer<'s> {
    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.out.push((start + self.base, tok, end + self.base));
    }

    fn error_at(&self, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        err(msg, start + self.base, end + self.base)
    }

    /// Handles the indentation of a logical line whose first token starts at `at`.
    fn indentation(&mut self, at: usize) -> Result<(), SyntaxError> {
        let (mut col, mut alt) = (0, 0);
        for b in self.src[self.line_start..at].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let tab_error = |layer: &Layer| {
            let mut e = layer.error_at(
                "inconsistent use of tabs and spaces in indentation",
                layer.line_start,
                layer.line_start,
            );
            e.kind = SyntaxErrorKind::TabError;
            e
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error(self));
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error(self));
            }
            if self.indents.len() >= MAX_INDENT {
                let mut e = self.error_at("too many levels of indentation", at, at);
                e.kind = SyntaxErrorKind::IndentationError;
                return Err(e);
            }
            self.indents.push((col, alt));
            self.push(at.saturating_sub(1), Tok::Indent, at);
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.push(at, Tok::Dedent, at);
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let line_end = self.src[at..]
                    .find(['\r', '\n'])
                    .map_or(self.src.len(), |i| at + i);
                let mut e = self.error_at(
                    "unindent does not match any outer indentation level",
                    line_end,
                    line_end,
                );
                e.kind = SyntaxErrorKind::IndentationError;
                return Err(e);
            }
            if alt != top_alt {
                return Err(tab_error(self));
            }
        }
        Ok(())
    }

    fn open(&mut self, ch: char, start: usize) -> Result<(), SyntaxError> {
        if self.brackets.len() >= MAX_NESTING {
            return Err(self.error_at("too many nested parentheses", start, start));
        }
        self.brackets.push(Bracket { ch, start });
        Ok(())
    }

    fn close(&mut self, ch: char, start: usize) -> Result<(), SyntaxError> {
        let Some(open) = self.brackets.pop() else {
            return Err(self.error_at(format!("unmatched '{ch}'"), start, start));
        };
        let expected = match open.ch {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if ch != expected {
            let open_line = line_number(self.src, open.start);
            let here = line_number(self.src, start);
            let mut msg = format!(
                "closing parenthesis '{ch}' does not match opening parenthesis '{}'",
                open.ch
            );
            if open_line != here {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Err(self.error_at(msg, start, start));
        }
        Ok(())
    }

    fn raw_error(&self, e: RawError, start: usize) -> SyntaxError {
        match e {
            RawError::BadChar => {
                let c = self.src[start..].chars().next().unwrap_or(' ');
                if c.is_ascii_graphic() {
                    self.error_at("invalid syntax", start, start + 1)
                } else if c.is_control() || c.is_whitespace() {
                    self.error_at(
                        format!("invalid non-printable character U+{:04X}", c as u32),
                        start,
                        start,
                    )
                } else {
                    self.error_at(
                        format!("invalid character '{c}' (U+{:04X})", c as u32),
                        start,
                        start,
                    )
                }
            }
            RawError::Literal { msg, start, end } => self.error_at(msg, start, end),
            RawError::UnterminatedString { triple, start, at } => {
                let mut at = at;
                if at == self.src.len() && at > 0 && self.src.ends_with(['\n', '\r']) {
                    at -= 1;
                }
                let line = line_number(self.src, at);
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                self.error_at(msg, start, start)
            }
        }
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        let mut lex = RawTok::lexer(self.src);
        while let Some(next) = lex.next() {
            let span = lex.span();
            let (s, e) = (span.start, span.end);
            let raw = next.map_err(|err| self.raw_error(err, s))?;
            match raw {
                RawTok::Newline => {
                    if self.brackets.is_empty() && self.mode == Mode::Lines {
                        if !self.at_line_start {
                            self.push(s, Tok::Newline, e);
                        }
                        self.operators = 0;
                        self.at_line_start = true;
                        self.line_start = e;
                    }
                    continue;
                }
                RawTok::Continuation => {
                    if lex.remainder().is_empty() {
                        return Err(self.error_at("unexpected EOF while parsing", s + 1, s + 1));
                    }
                    continue;
                }
                RawTok::Backslash if lex.remainder().is_empty() => {
                    return Err(self.error_at("unexpected EOF while parsing", e, e))
                }
                RawTok::Backslash => {
                    return Err(self.error_at(
                        "unexpected character after line continuation character",
                        e,
                        e,
                    ))
                }
                _ => {}
            }
            if self.at_line_start {
                self.at_line_start = false;
                self.indentation(s)?;
            }
            let tok = match raw {
                RawTok::Name => {
                    let text = lex.slice();
                    Tok::keyword(text).unwrap_or_else(|| Tok::Name(text.to_string()))
                }
                RawTok::Number(Number::Int(c)) => Tok::Int(c),
                RawTok::Number(Number::Float(f)) => Tok::Float(f),
                RawTok::Number(Number::Imaginary(f)) => Tok::Imaginary(f),
                RawTok::Str => Tok::Str(lex.slice().to_string()),
                RawTok::Lpar => {
                    self.open('(', s)?;
                    Tok::Lpar
                }
                RawTok::Lsqb => {
                    self.open('[', s)?;
                    Tok::Lsqb
                }
                RawTok::Lbrace => {
                    self.open('{', s)?;
                    Tok::Lbrace
                }
                RawTok::Rpar => {
                    self.close(')', s)?;
                    Tok::Rpar
                }
                RawTok::Rsqb => {
                    self.close(']', s)?;
                    Tok::Rsqb
                }
                RawTok::Rbrace => {
                    self.close('}', s)?;
                    Tok::Rbrace
                }
                other => match Tok::punct(&other) {
                    Some(t) => t,
                    None => return Err(self.error_at("invalid syntax", s, e)),
                },
            };
            if tok == Tok::Semi {
                self.operators = 0;
            } else if !matches!(
                tok,
                Tok::Name(_)
                    | Tok::Int(_)
                    | Tok::Float(_)
                    | Tok::Imaginary(_)
                    | Tok::Str(_)
                    | Tok::Comma
                    | Tok::Colon
                    | Tok::Rpar
                    | Tok::Rsqb
                    | Tok::Rbrace
            ) {
                self.operators += 1;
                if self.operators > MAX_OPERATORS {
                    return Err(self.error_at(
                        "Parser stack overflowed - Python source too complex to parse",
                        s,
                        e,
                    ));
                }
            }
            self.push(s, tok, e);
        }
        Ok(())
    }

    fn finish(&mut self) {
        let end = self.src.len();
        if self.mode == Mode::Lines {
            if !self.at_line_start {
                self.push(end, Tok::Newline, end);
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push(end, Tok::Dedent, end);
            }
        }
    }
}

/// Marks a `(` right after `with` whose matching `)` is followed by `:` as the
/// start of a parenthesised list of with-items.
fn mark_with_parens(tokens: &mut [Spanned]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].1 != Tok::With || tokens[i + 1].1 != Tok::Lpar {
            continue;
        }
        let mut depth = 0usize;
        for j in i + 1..tokens.len() {
            match tokens[j].1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        if tokens.get(j + 1).is_some_and(|t| t.1 == Tok::Colon) {
                            tokens[i + 1].1 = Tok::WithLpar;
                        }
                        break;
                    }
                }
                _ => {}
            }
        }
    }
}

/// Tokenizes `src`, whose first byte is at offset `base` of the whole source.
pub fn tokenize(src: &str, base: usize, mode: Mode) -> Lexed {
    let mut layer = Layer {
        src,
        base,
        mode,
        out: Vec::new(),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        at_line_start: mode == Mode::Lines,
        line_start: 0,
        operators: 0,
    };
    let mut lexed = Lexed::default();
    match layer.run() {
        Ok(()) => {
            if let (Some(open), Mode::Lines) = (layer.brackets.last(), mode) {
                let at = open.start;
                lexed.error =
                    Some(layer.error_at(format!("'{}' was never closed", open.ch), at, at));
                lexed.unclosed_at_eof = true;
            } else {
                layer.finish();
            }
        }
        Err(e) => {
            lexed.error_is_soft = e.kind != SyntaxErrorKind::SyntaxError
                || e.msg == "invalid syntax"
                || e.msg == "unexpected EOF while parsing"
                || e.msg == "unexpected character after line continuation character";
            lexed.error = Some(e);
        }
    }
    mark_with_parens(&mut layer.out);
    lexed.tokens = layer.out;
    lexed
}
