//! The `pathlib` module, written in Python (as CPython's is) in `pathlib.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `pathlib` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "pathlib", include_str!("pathlib.py"));
    dict
}
