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

#[cfg(test)]
mod dump;
#[cfg(test)]
mod tests;
