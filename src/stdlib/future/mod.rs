//! The `__future__` module: CPython's own `Lib/__future__.py` (in
//! `future.py`), so `from __future__ import annotations` imports.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `__future__` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "__future__", include_str!("future.py"));
    dict
}
