//! Runs the LALRPOP parser over the token stream and turns its failures into
//! CPython 3.11's syntax errors.

use lalrpop_util::ParseError;

use super::ast::{Constant, Expr, ExprKind, Module, Span};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::{line_number, tokenize, Lexed, Mode, Spanned};
use super::parser_helpers::{expr_name, Top};
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
    let (error, furthest) = parser_error(source, lexed, e);
    prefer_tokenizer_error(source, lexed, error, furthest)
}

/// After a parser error CPython tokenizes the rest of the file: a tokenizer
/// error there wins, and so does a bracket left open at the end when the
/// parser had looked past the line it was opened on (`furthest` is the index
/// of the last token the parser looked at).
fn prefer_tokenizer_error(
    source: &str,
    lexed: &Lexed,
    error: SyntaxError,
    furthest: usize,
) -> SyntaxError {
    let Some(lex_error) = &lexed.error else {
        return error;
    };
    if *lex_error == error || lexed.error_is_soft {
        return error;
    }
    if !lexed.unclosed_at_eof {
        return lex_error.clone();
    }
    let bracket_line = line_number(source, lex_error.span.start as usize);
    match lexed.tokens.get(furthest) {
        Some(t) if line_number(source, t.0) <= bracket_line => error,
        _ => lex_error.clone(),
    }
}

/// The error for the token the grammar did not expect, with the index of the
/// last token CPython's parser would have looked at to find it.
fn parser_error(source: &str, lexed: &Lexed, e: LalrError) -> (SyntaxError, usize) {
    let toks = &lexed.tokens;
    let (index, tok, span, expected) = match e {
        ParseError::User { error } => {
            let after = toks
                .iter()
                .position(|t| t.0 >= error.span.end as usize)
                .unwrap_or(toks.len());
            return (error, after);
        }
        ParseError::UnrecognizedToken { token, expected } => {
            let index = toks
                .iter()
                .position(|t| t.0 == token.0 && t.2 == token.2 && t.1 == token.1)
                .unwrap_or(toks.len());
            (index, Some(token.1), Span::new(token.0, token.2), expected)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let span = match toks.last() {
                Some((_, Tok::Newline | Tok::Dedent, _)) => at_eof(source),
                Some(t) => empty(t.0),
                None => empty(location),
            };
            (toks.len(), None, span, expected)
        }
        ParseError::InvalidToken { location } => (toks.len(), None, empty(location), vec![]),
        ParseError::ExtraToken { token } => (
            toks.len(),
            Some(token.1),
            Span::new(token.0, token.2),
            vec![],
        ),
    };
    let expects = |what: &str| expected.iter().any(|x| x.trim_matches('"') == what);
    match tok {
        Some(Tok::Indent) => {
            let e = SyntaxError::with_kind(
                SyntaxErrorKind::IndentationError,
                "unexpected indent",
                empty(span.start as usize),
            );
            return (e, index);
        }
        Some(Tok::Dedent) if !expects("except") => {
            // CPython gives no column here, so it prints no caret line.
            let at = span.start as usize;
            let span = if at >= source.len() {
                at_eof(source)
            } else {
                Span::new(at, at.saturating_sub(1))
            };
            let e = SyntaxError::with_kind(
                SyntaxErrorKind::IndentationError,
                "unexpected unindent",
                span,
            );
            return (e, index);
        }
        _ => {}
    }
    if expected.len() == 1 && expected[0] == "INDENT" {
        if let Some(e) = expected_block(source, toks, index, span) {
            return (e, index);
        }
    }
    if tok == Some(Tok::Newline) && expects(":") && header_keyword(toks, index).is_some() {
        return (
            SyntaxError::new("expected ':'", empty(span.start as usize)),
            index,
        );
    }
    if expects("except") && expects("finally") && !matches!(tok, Some(Tok::Else)) {
        let at = match tok {
            Some(Tok::Dedent) => after_dedents(source, toks, index),
            _ => span,
        };
        return (
            SyntaxError::new("expected 'except' or 'finally' block", at),
            index,
        );
    }
    if expects("else") && !matches!(tok, Some(Tok::Else | Tok::Colon)) {
        if let Some(e) = expected_else(toks, index) {
            return (e, index);
        }
    }
    let found = match &tok {
        Some(t) => special_cases(source, toks, index, t),
        None => None,
    };
    found.unwrap_or_else(|| (SyntaxError::new("invalid syntax", span), index))
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

/// Where CPython locates an error at the end of the file: on the last line,
/// with no column (so no caret line is printed).
fn at_eof(source: &str) -> Span {
    let end = source
        .strip_suffix("\r\n")
        .or_else(|| source.strip_suffix(['\n', '\r']))
        .unwrap_or(source)
        .len();
    Span::new(end, end.saturating_sub(1))
}

/// The location of the first token from `index` on that is not a DEDENT.
fn after_dedents(source: &str, toks: &[Spanned], index: usize) -> Span {
    match toks[index.min(toks.len())..]
        .iter()
        .find(|t| t.1 != Tok::Dedent)
    {
        Some(t) if t.0 < source.len() => empty(t.0),
        _ => at_eof(source),
    }
}

/// "expected 'else' after 'if' expression" for `body if test` followed by
/// token `index`: the range covers `body if test`.
fn expected_else(toks: &[Spanned], index: usize) -> Option<SyntaxError> {
    let mut i = index;
    let mut depth = 0usize;
    let if_at = loop {
        i = i.checked_sub(1)?;
        let t = &toks[i].1;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth = depth.checked_sub(1)?,
            Tok::If if depth == 0 => break i,
            _ if depth == 0 && !inside_expression(t) => return None,
            _ => {}
        }
    };
    let a = expression_start(toks, if_at);
    if a == if_at || if_at + 1 == index {
        return None;
    }
    Some(SyntaxError::new(
        "expected 'else' after 'if' expression",
        Span::new(toks[a].0, toks[index - 1].2),
    ))
}

/// True for tokens that may appear inside a `bitwise_or` expression (outside
/// brackets): no comparisons, boolean operators, `if` or `lambda`.
fn inside_bitwise_or(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::Ellipsis
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Await
            | Tok::Dot
            | Tok::Plus
            | Tok::Minus
            | Tok::Tilde
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
    )
}

/// The index after the `bitwise_or` expression starting at token `index`.
fn bitwise_or_end(toks: &[Spanned], index: usize) -> usize {
    let mut i = index;
    let mut depth = 0usize;
    while let Some((_, t, _)) = toks.get(i) {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if depth == 0 => break,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
            _ if depth == 0 && !inside_bitwise_or(t) => break,
            _ => {}
        }
        i += 1;
    }
    i
}

/// The start of the `bitwise_or` expression ending at token `index - 1`.
fn bitwise_or_start(toks: &[Spanned], index: usize) -> usize {
    let mut i = index;
    let mut depth = 0usize;
    while i > 0 {
        let t = &toks[i - 1].1;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar if depth == 0 => break,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth -= 1,
            _ if depth == 0 && !inside_bitwise_or(t) => break,
            _ => {}
        }
        i -= 1;
    }
    i
}

/// `=` where a condition or an element was expected (`if x = 1:`, `[x = 1]`):
/// CPython's hints towards `==` and `:=`.
fn equals_in_expression(
    source: &str,
    toks: &[Spanned],
    index: usize,
) -> Option<(SyntaxError, usize)> {
    let a = bitwise_or_start(toks, index);
    let context = &toks[a.checked_sub(1)?].1;
    let in_brackets = matches!(context, Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Comma)
        && depth_at(toks, index) > 0;
    if a == index || !(in_brackets || matches!(context, Tok::If | Tok::Elif | Tok::While)) {
        return None;
    }
    let b = bitwise_or_end(toks, index + 1);
    if b == index + 1 || matches!(toks.get(b)?.1, Tok::Equal | Tok::ColonEqual) {
        return None;
    }
    if index - a == 1 && matches!(toks[a].1, Tok::Name(_)) {
        let e = SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span::new(toks[a].0, toks[b - 1].2),
        );
        return Some((e, b));
    }
    let base = toks[a].0;
    let target = parse_expression(source.get(base..toks[index - 1].2)?).ok()?;
    if matches!(
        target.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::Bool(_) | Constant::None)
    ) {
        return None;
    }
    let msg = format!(
        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
        expr_name(&target)
    );
    let span = Span::new(
        base + target.span.start as usize,
        base + target.span.end as usize,
    );
    Some((SyntaxError::new(msg, span), b))
}

/// `except A, B:`: the types must be parenthesized. The range runs from the
/// first type to just before the end of the `:`, as CPython's does.
fn except_comma(toks: &[Spanned], index: usize) -> Option<(SyntaxError, usize)> {
    let start = line_start(toks, index);
    if toks.get(start)?.1 != Tok::Except {
        return None;
    }
    let a = start + 1 + usize::from(toks.get(start + 1)?.1 == Tok::Star);
    if a >= index || toks[a..index].iter().any(|t| t.1 == Tok::As) {
        return None;
    }
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate().skip(index + 1) {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            Tok::Colon if depth == 0 => {
                let e = SyntaxError::new(
                    "multiple exception types must be parenthesized",
                    Span::new(toks[a].0, t.2 - 1),
                );
                return Some((e, i));
            }
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}

/// `from m import a,` at the end of the line.
fn import_trailing_comma(toks: &[Spanned], index: usize) -> Option<SyntaxError> {
    let start = line_start(toks, index);
    let line = &toks[start..index];
    let import_at = line.iter().position(|t| t.1 == Tok::Import)?;
    let unparenthesized = line.get(import_at + 1)?.1 != Tok::Lpar;
    let newline = toks.get(index)?;
    (line.first()?.1 == Tok::From && line.last()?.1 == Tok::Comma && unparenthesized).then(|| {
        SyntaxError::new(
            "trailing comma not allowed without surrounding parentheses",
            Span::new(newline.0, newline.2),
        )
    })
}

/// `{key:}` or `{key: *value}`: CPython's messages for a bad dictionary value.
fn dict_value_error(toks: &[Spanned], index: usize) -> Option<(SyntaxError, usize)> {
    let colon = &toks[index.checked_sub(1)?];
    if colon.1 != Tok::Colon {
        return None;
    }
    let mut depth = 0usize;
    let opener = toks[..index - 1].iter().rev().find(|t| match t.1 {
        Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
            depth += 1;
            false
        }
        Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar if depth == 0 => true,
        Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
            depth -= 1;
            false
        }
        _ => false,
    })?;
    if opener.1 != Tok::Lbrace {
        return None;
    }
    match toks.get(index)? {
        (_, Tok::Rbrace | Tok::Comma, _) => {
            let msg = "expression expected after dictionary key and ':'";
            Some((SyntaxError::new(msg, Span::new(colon.0, colon.2)), index))
        }
        (star, Tok::Star, _) => {
            // The range ends just before the end of the token after the value.
            let b = bitwise_or_end(toks, index + 1);
            let end = toks.get(b).map_or(toks[b - 1].2, |t| t.2 - 1);
            let msg = "cannot use a starred expression in a dictionary value";
            (b > index + 1).then(|| (SyntaxError::new(msg, Span::new(*star, end)), b))
        }
        _ => None,
    }
}

/// CPython's targeted messages for a token the grammar did not expect, with
/// the index of the last token CPython's parser looked at.
fn special_cases(
    source: &str,
    toks: &[Spanned],
    index: usize,
    tok: &Tok,
) -> Option<(SyntaxError, usize)> {
    let found = match tok {
        Tok::Equal => equals_in_expression(source, toks, index),
        Tok::Comma => except_comma(toks, index),
        Tok::Newline => import_trailing_comma(toks, index).map(|e| (e, index)),
        _ => None,
    };
    if found.is_some() {
        return found;
    }
    if matches!(tok, Tok::Comma | Tok::Rbrace | Tok::Star) {
        if let Some(found) = dict_value_error(toks, index) {
            return Some(found);
        }
    }
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
            let e = SyntaxError::new(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                span_of(index - 1, end),
            );
            return Some((e, end));
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
    Some((
        SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", span_of(a, b)),
        b,
    ))
}
