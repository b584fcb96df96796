//! AST to bytecode: a symbol-table pass, then code generation.

pub mod codegen;
pub mod symtable;

pub use codegen::{
    compile_expression, compile_interactive, compile_interactive_await, compile_module,
};
