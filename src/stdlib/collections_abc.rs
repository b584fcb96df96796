//! The `collections.abc` module: CPython's abstract base classes for
//! containers, iterators, generators and coroutines, written in Python
//! (`py/collections_abc.py`, after CPython's `_collections_abc.py`).
//! Importing it also sets `collections.abc`, as importing a submodule does.

use std::rc::Rc;

use crate::objects::{PyDict, Value};
use crate::vm::Vm;

/// The `collections.abc` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(
        vm,
        &dict,
        "collections.abc",
        include_str!("py/collections_abc.py"),
    );
    if let Ok(Value::Module(parent)) = vm.import_module("collections") {
        parent.dict.set_str(
            "abc",
            Value::Module(Rc::new(crate::objects::PyModule {
                name: Rc::new(crate::objects::PyStr::new("collections.abc")),
                dict: dict.clone(),
            })),
        );
    }
    dict
}
