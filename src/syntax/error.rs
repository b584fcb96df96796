//! The error a source text can fail with before it runs: `SyntaxError` and its
//! subclasses, located the way CPython locates them.

use super::ast::Span;

/// Which exception class a syntax error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The exception class name, as printed in the last line of the report.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error found by the lexer, the parser or the compiler.
///
/// `span` is the byte range CPython would underline with `^`; an empty span
/// (start == end) underlines one character at `start`, and a span ending
/// before its start marks an error CPython gives no column (no caret line).
/// CPython underlines only one character of an `IndentationError`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {msg}", kind.name())]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
}

impl SyntaxError {
    /// A plain `SyntaxError` with `msg` at `span`.
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            span,
        }
    }

    /// An error of the given `kind` with `msg` at `span`.
    pub fn with_kind(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            span,
        }
    }
}
