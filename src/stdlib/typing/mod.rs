//! The `typing` module, written in Python (`typing.py`) as CPython's is;
//! a compact version with CPython 3.11's observable behaviour.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `typing` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "typing", include_str!("typing.py"));
    dict
}
