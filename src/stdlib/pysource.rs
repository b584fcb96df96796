//! Runs the Python half of a standard-library module: CPython writes much of
//! its library in Python, and so does snippy where the algorithms are the
//! library's own (`random`'s distributions, `collections`' classes, ...).

use std::rc::Rc;

use crate::bytecode::Source;
use crate::objects::{PyDict, Value};
use crate::vm::Vm;

/// The file name given to modules written in Python inside snippy; frames
/// of such files are left out of tracebacks, as those of C modules are.
pub const HIDDEN_FILE_PREFIX: &str = "<snippy:";

/// Runs `text` as the body of module `name` in `dict`, which may already hold
/// the module's native functions. A failure (a bug in the embedded source) is
/// reported on stderr and leaves the module partly filled.
pub fn run_into(vm: &mut Vm, dict: &Rc<PyDict>, name: &str, text: &str) {
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__builtins__", vm.module_value("builtins"));
    let filename = format!("{HIDDEN_FILE_PREFIX}{name}>");
    let source = Source::new(&filename, text);
    let result = crate::syntax::parse_module(text)
        .and_then(|m| crate::compiler::compile_module(&m, source))
        .map_err(|e| format!("{filename}: {e:?}\n"));
    match result {
        Ok(code) => {
            if let Err(e) = vm.run_code(code, dict.clone()) {
                let text = crate::vm::traceback::format_exception(vm, &e);
                vm.write_stderr(&text);
            }
        }
        Err(text) => vm.write_stderr(&text),
    }
}
