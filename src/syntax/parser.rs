//! Runs the LALRPOP parser over the token stream and turns its failures into
//! CPython 3.11's syntax errors.

use lalrpop_util::ParseError;

use super::ast::{Expr, Module, Span};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::{line_number, tokenize, Lexed, Mode, Spanned};
use super::parser_helpers::Top;
use super::token::Tok;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports)]
    python,
    "/python.rs"
);

type LalrError = ParseError<usize, Tok, SyntaxError>;

/// Parses a whole module.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let lexed = tokenize(source, 0, Mode::Lines);
    match run(source, &lexed, Tok::StartModule)? {
        Top::Module(body) => Ok(Module { body }),
        Top::Expression(e) => Err(SyntaxError::new("invalid syntax", e.span)),
    }
}

/// Parses one expression, as `eval` does (leading spaces and tabs are ignored).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let trimmed = source.trim_start_matches([' ', '\t']);
    let base = source.len() - trimmed.len();
    let mut lexed = tokenize(trimmed, base, Mode::Lines);
    lexed.unclosed_at_eof = lexed.unclosed_at_eof && lexed.tokens.is_empty();
    expression_top(run(source, &lexed, Tok::StartExpression)?)
}

/// Parses the expression of an f-string field; `base` is its offset in the source.
pub fn parse_fstring_expression(text: &str, base: usize) -> Result<Expr, SyntaxError> {
    let lexed = tokenize(text, base, Mode::Nested);
    expression_top(run(text, &lexed, Tok::StartExpression)?)
}

fn expression_top(top: Top) -> Result<Expr, SyntaxError> {
    match top {
        Top::Expression(e) => Ok(e),
        Top::Module(_) => Err(SyntaxError::new("invalid syntax", Span::default())),
    }
}

fn run(source: &str, lexed: &Lexed, start: Tok) -> Result<Top, SyntaxError> {
    let first = lexed.tokens.first().map_or(0, |t| t.0);
    let tokens = std::iter::once(Ok((first, start, first)))
        .chain(lexed.tokens.iter().cloned().map(Ok))
        .chain(lexed.error.iter().cloned().map(Err));
    python::TopParser::new()
        .parse(tokens)
        .map_err(|e| convert(source, lexed, e))
}

fn empty(at: usize) -> Span {
    Span::new(at, at)
}

/// Turns a LALRPOP error into the error CPython reports.
fn convert(source: &str, lexed: &Lexed, e: LalrError) -> SyntaxError {
    let toks = &lexed.tokens;
    let (index, tok, span, expected) = match e {
        ParseError::User { error } => return error,
        ParseError::UnrecognizedToken { token, expected } => {
            let index = toks
                .iter()
                .position(|t| t.0 == token.0 && t.2 == token.2 && t.1 == token.1)
                .unwrap_or(toks.len());
            (index, Some(token.1), Span::new(token.0, token.2), expected)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let at = toks.last().map_or(location, |t| t.0);
            (toks.len(), None, empty(at), expected)
        }
        ParseError::InvalidToken { location } => (toks.len(), None, empty(location), vec![]),
        ParseError::ExtraToken { token } => (
            toks.len(),
            Some(token.1),
            Span::new(token.0, token.2),
            vec![],
        ),
    };
    if tok == Some(Tok::Indent) {
        return SyntaxError::with_kind(
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            empty(span.start as usize),
        );
    }
    if expected.len() == 1 && expected[0] == "INDENT" {
        if let Some(e) = expected_block(source, toks, index, span) {
            return e;
        }
    }
    if tok == Some(Tok::Newline)
        && expected.iter().any(|x| x == "\":\"")
        && header_keyword(toks, index).is_some()
    {
        return SyntaxError::new("expected ':'", empty(span.start as usize));
    }
    if let Some(e) = tok.as_ref().and_then(|t| special_cases(toks, index, t)) {
        return e;
    }
    match &lexed.error {
        Some(lex_error) if !lexed.unclosed_at_eof => lex_error.clone(),
        _ => SyntaxError::new("invalid syntax", span),
    }
}

/// The index of the first token of the logical line holding token `index`.
fn line_start(toks: &[Spanned], index: usize) -> usize {
    let mut i = index.min(toks.len());
    while i > 0 && !matches!(toks[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
        i -= 1;
    }
    i
}

/// The keyword opening the block header that token `index` belongs to.
fn header_keyword(toks: &[Spanned], index: usize) -> Option<(usize, String)> {
    let i = line_start(toks, index);
    let mut j = i;
    if matches!(toks.get(j).map(|t| &t.1), Some(Tok::Async)) {
        j += 1;
    }
    let (start, tok, _) = toks.get(j)?;
    let what = match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except if matches!(toks.get(j + 1).map(|t| &t.1), Some(Tok::Star)) => {
            "'except*' statement"
        }
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    };
    Some((*start, what.to_string()))
}

/// "expected an indented block after ..." for a header at the line before `index`.
fn expected_block(source: &str, toks: &[Spanned], index: usize, span: Span) -> Option<SyntaxError> {
    let header_line_end = index.checked_sub(1)?;
    let (start, what) = header_keyword(toks, header_line_end.saturating_sub(1))?;
    let line = line_number(source, start);
    Some(SyntaxError::with_kind(
        SyntaxErrorKind::IndentationError,
        format!("expected an indented block after {what} on line {line}"),
        span,
    ))
}

/// The bracket depth just before token `index`.
fn depth_at(toks: &[Spanned], index: usize) -> usize {
    let mut depth = 0usize;
    for t in &toks[..index.min(toks.len())] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// True for tokens that may appear inside one expression (outside brackets).
fn inside_expression(t: &Tok) -> bool {
    t.starts_expression()
        || matches!(
            t,
            Tok::Dot
                | Tok::Star
                | Tok::DoubleStar
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::Vbar
                | Tok::Amper
                | Tok::Circumflex
                | Tok::LeftShift
                | Tok::RightShift
                | Tok::Less
                | Tok::Greater
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::EqEqual
                | Tok::NotEqual
                | Tok::And
                | Tok::Or
                | Tok::In
                | Tok::Is
        )
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::Ellipsis
            | Tok::None
            | Tok::True
            | Tok::False
    )
}

/// The start of the expression ending at token `index - 1`.
fn expression_start(toks: &[Spanned], index: usize) -> usize {
    let mut i = index;
    let mut depth = 0usize;
    while i > 0 {
        let t = &toks[i - 1].1;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            _ if depth == 0 && !inside_expression(t) => break,
            _ => {}
        }
        i -= 1;
    }
    i
}

/// The index after the expression starting at token `index`.
fn expression_end(toks: &[Spanned], index: usize, commas: bool) -> usize {
    let mut i = index;
    let mut depth = 0usize;
    while i < toks.len() {
        let t = &toks[i].1;
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Comma if commas || depth > 0 => {}
            Tok::If | Tok::Else | Tok::Lambda | Tok::Colon if depth > 0 => {}
            _ if depth == 0 && !inside_expression(t) => break,
            _ => {}
        }
        i += 1;
    }
    i
}

/// CPython's targeted messages for a token the grammar did not expect.
fn special_cases(toks: &[Spanned], index: usize, tok: &Tok) -> Option<SyntaxError> {
    let prev = index.checked_sub(1).and_then(|i| toks.get(i))?;
    if !tok.starts_expression() || !ends_expression(&prev.1) {
        return None;
    }
    let span_of = |a: usize, b: usize| {
        let start = toks.get(a).map_or(0, |t| t.0);
        let end = toks.get(b.saturating_sub(1)).map_or(start, |t| t.2);
        Span::new(start, end)
    };
    if let Tok::Name(n) = &prev.1 {
        let at_statement_start = index < 2
            || matches!(
                toks[index - 2].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::Colon
            );
        if (n == "print" || n == "exec") && at_statement_start && *tok != Tok::Lpar {
            let end = expression_end(toks, index, true);
            return Some(SyntaxError::new(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                span_of(index - 1, end),
            ));
        }
    }
    if depth_at(toks, index) == 0 {
        return None;
    }
    let a = expression_start(toks, index);
    if matches!(toks[a].1, Tok::Name(_))
        && matches!(toks.get(a + 1).map(|t| &t.1), Some(Tok::Str(_)))
    {
        return None;
    }
    let b = expression_end(toks, index, false);
    Some(SyntaxError::new(
        "invalid syntax. Perhaps you forgot a comma?",
        span_of(a, b),
    ))
}
