//! The `enum` module, written in Python (`enum.py`) as CPython's is: a
//! smaller implementation with CPython 3.11's observable behaviour, built
//! on metaclasses (`EnumType`).

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `enum` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "enum", include_str!("enum.py"));
    dict
}
