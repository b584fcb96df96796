//! snippy: a Python 3.11 interpreter for tutorial snippets.
//!
//! Source text goes through [`syntax`] (lexer, parser, AST), then
//! [`compiler`] (symbol table, bytecode), then the stackless [`vm`].

pub mod bytecode;
pub mod cli;
pub mod compiler;
pub mod format;
pub mod methods;
pub mod numeric;
pub mod objects;
pub mod repl;
pub mod stdlib;
pub mod syntax;
pub mod vm;

use std::rc::Rc;

/// Compiles `text` (from `filename`) to a module code object, or the syntax
/// error report CPython would print.
pub fn compile(text: &str, filename: &str) -> Result<Rc<bytecode::Code>, String> {
    let source = bytecode::Source::new(filename, text);
    syntax::parse_module(text)
        .and_then(|m| compiler::compile_module(&m, source.clone()))
        .map_err(|e| vm::traceback::format_syntax_error(&e, &source))
}
