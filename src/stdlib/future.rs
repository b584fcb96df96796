//! The `__future__` module: CPython's own `Lib/__future__.py`
//! (`py/future.py`). The compiler acts on `from __future__ import
//! annotations` itself; the module only describes the features.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `__future__` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "__future__", include_str!("py/future.py"));
    dict
}
