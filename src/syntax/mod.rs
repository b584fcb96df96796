//! Source text to AST: the logos lexer, the indentation layer, the LALRPOP
//! parser and the decoding of literals and f-strings.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod lines;
mod literals;
mod parser;
mod parser_helpers;
mod strings;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};

/// Parses a whole module (a file, `-c` code or stdin) into its AST.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source)
}

/// Parses a lone expression, as `eval` does.
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxError> {
    parser::parse_expression(source)
}

/// True when `source` could still become valid by adding lines (for a REPL):
/// an open bracket, an unterminated triple-quoted string, a trailing
/// backslash, or a block header (or block) still waiting for its end.
pub fn input_is_incomplete(source: &str) -> bool {
    let lexed = lexer::tokenize(source, 0, lexer::Mode::Lines);
    if lexed.unclosed_at_eof {
        return true;
    }
    if let Some(e) = &lexed.error {
        return e.msg.starts_with("unterminated triple-quoted")
            || e.msg == "unexpected EOF while parsing";
    }
    let opens_block = lexed
        .tokens
        .iter()
        .rev()
        .find(|t| !matches!(t.1, token::Tok::Newline | token::Tok::Dedent))
        .is_some_and(|t| t.1 == token::Tok::Colon);
    let in_block = lexed.tokens.iter().any(|t| t.1 == token::Tok::Indent);
    opens_block || (in_block && !source.ends_with("\n\n") && !source.ends_with("\r\n\r\n"))
}

#[cfg(test)]
mod dump;
#[cfg(test)]
mod tests;
