//! The `tempfile` module, written in Python (as CPython's is) in `tempfile.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `tempfile` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "tempfile", include_str!("tempfile.py"));
    dict
}
