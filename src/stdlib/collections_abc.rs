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

thread_local! {
    /// The namespace, made once: `collections.abc` and `_collections_abc`
    /// (which `collections` itself imports) are the same module.
    static NAMESPACE: std::cell::RefCell<Option<Rc<PyDict>>> = const { std::cell::RefCell::new(None) };
}

/// The `collections.abc` namespace (also `_collections_abc`).
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    if let Some(dict) = NAMESPACE.with(|n| n.borrow().clone()) {
        attach_to_collections(vm, &dict);
        return dict;
    }
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
    NAMESPACE.with(|n| *n.borrow_mut() = Some(dict.clone()));
    attach_to_collections(vm, &dict);
    dict
}

/// Sets `collections.abc`, as importing a submodule does (once `collections`
/// itself is loaded: `collections` imports this module while it loads).
fn attach_to_collections(vm: &mut Vm, dict: &Rc<PyDict>) {
    if super::collections::is_loading() {
        return;
    }
    if let Ok(Value::Module(parent)) = vm.import_module("collections") {
        let module = PyModule {
            name: Rc::new(PyStr::new("collections.abc")),
            dict: dict.clone(),
        };
        parent.dict.set_str("abc", Value::Module(Rc::new(module)));
    }
}
