//! The `collections.abc` module: CPython's abstract base classes for
//! containers, iterators, generators and coroutines. `py/collections_abc.py`
//! is CPython 3.11.7's `_collections_abc.py` edited line for line (so line
//! numbers still match CPython's); what the `ABCMeta` metaclass does
//! (abstract methods, `register`, the subclass checks) comes from
//! `py/abc_machinery.py`. Frames of both are library frames, left out of
//! tracebacks. Importing the module also sets `collections.abc`, as
//! importing a submodule does.

use std::rc::Rc;

use crate::objects::{PyDict, PyModule, PyStr, Value};
use crate::vm::Vm;

/// The functions of `abc_machinery.py` the ABC definitions use.
const MACHINERY: [&str; 3] = ["abstractmethod", "_abc_root", "_check_methods"];

/// The `collections.abc` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let machinery = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &machinery, "abc", include_str!("py/abc_machinery.py"));
    let dict = Rc::new(PyDict::new());
    for name in MACHINERY {
        if let Some(v) = machinery.get_str(name) {
            dict.set_str(name, v);
        }
    }
    let asyncio = super::asyncio::classes();
    dict.set_str("_asyncio_Future", Value::Class(asyncio.future.clone()));
    dict.set_str("_asyncio_Task", Value::Class(asyncio.task.clone()));
    super::pysource::run_into(
        vm,
        &dict,
        "collections.abc",
        include_str!("py/collections_abc.py"),
    );
    if let Ok(Value::Module(parent)) = vm.import_module("collections") {
        let module = PyModule {
            name: Rc::new(PyStr::new("collections.abc")),
            dict: dict.clone(),
        };
        parent.dict.set_str("abc", Value::Module(Rc::new(module)));
    }
    dict
}
