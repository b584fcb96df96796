//! snippy: a Python 3.11 interpreter for tutorial snippets.
//!
//! Source text goes through [`syntax`] (lexer, parser, AST), then the compiler
//! to bytecode, then the stackless VM.

pub mod format;
pub mod numeric;
pub mod syntax;
