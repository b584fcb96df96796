//! The `bisect` module, written in Python (CPython's algorithms) in `bisect.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `bisect` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "bisect", include_str!("bisect.py"));
    dict
}
