//! Built-in modules, each in its own file, registered in [`create_module`].

pub mod builtins;
pub mod contextlib;
pub mod inspect;
pub mod itertools;
pub mod sys;
pub mod time;
pub mod types;

use std::rc::Rc;

use crate::objects::{BuiltinFn, PyDict, Value};
use crate::vm::Vm;

/// Creates the namespace of the built-in module `name`, or `None` if there is none.
pub fn create_module(vm: &mut Vm, name: &str) -> Option<Rc<PyDict>> {
    let dict = match name {
        "builtins" => return Some(vm.builtins.clone()),
        "sys" => sys::create(vm),
        "time" => time::create(),
        "inspect" => inspect::create(),
        "itertools" => itertools::create(vm),
        "contextlib" => contextlib::create(vm),
        "types" => types::create(),
        _ => return None,
    };
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    Some(dict)
}

/// A namespace holding the given functions, for a module to add to.
pub fn namespace(functions: &[(&'static str, BuiltinFn)]) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    for (name, func) in functions {
        dict.set_str(name, builtins::builtin(name, *func));
    }
    dict
}

/// Like [`namespace`], for a module CPython writes in Python: its functions
/// present as Python functions.
pub fn python_namespace(functions: &[(&'static str, BuiltinFn)]) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    for (name, func) in functions {
        let f = crate::objects::PyBuiltin {
            name,
            func: *func,
            bound: None,
            as_python_function: true,
        };
        dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
    dict
}

/// The file name given to modules written in Python inside snippy; frames
/// of such files are left out of tracebacks, as those of C modules.
pub const HIDDEN_FILE_PREFIX: &str = "<snippy:";

/// Runs the Python source of a built-in module, returning its namespace.
pub fn python_source_module(vm: &mut Vm, name: &str, source: &str) -> Rc<PyDict> {
    python_source_module_with(vm, name, source, &PyDict::new())
}

/// Like [`python_source_module`], with `extra` names defined before the source runs.
pub fn python_source_module_with(
    vm: &mut Vm,
    name: &str,
    source: &str,
    extra: &PyDict,
) -> Rc<PyDict> {
    let globals = Rc::new(PyDict::new());
    globals.set_str("__name__", Value::str(name));
    globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    for (k, v) in extra.items() {
        let _ = globals.set(k, v);
    }
    let filename = format!("{HIDDEN_FILE_PREFIX}{name}>");
    let src = crate::bytecode::Source::new(&filename, source);
    let compiled =
        crate::syntax::parse_module(source).and_then(|m| crate::compiler::compile_module(&m, src));
    if let Ok(code) = compiled {
        if let Err(e) = vm.run_code(code, globals.clone()) {
            let report = crate::vm::traceback::format_exception(vm, &e);
            vm.write_stderr(&report);
        }
    }
    globals
}
