//! The `dataclasses` module: CPython's own `Lib/dataclasses.py`
//! (`dataclasses.py`), which builds each class's methods with `exec`.

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The `dataclasses` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    dict.set_str(
        "_loaded_module",
        super::builtins::builtin("_loaded_module", loaded_module),
    );
    super::pysource::run_into(vm, &dict, "dataclasses", include_str!("dataclasses.py"));
    dict
}

/// `_loaded_module(name)`: the module if it has been imported, else None
/// (what `sys.modules.get(name)` answers in CPython; snippy has no
/// `sys.modules` yet).
fn loaded_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_loaded_module", 1, 1)?;
    let Value::Str(name) = &a[0] else {
        return Err(PyErr::type_error("module name must be a str"));
    };
    Ok(vm
        .modules
        .get(name.as_str())
        .cloned()
        .unwrap_or(Value::None))
}
