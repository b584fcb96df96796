//! The `shutil` module, written in Python (as CPython's is) in `shutil.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `shutil` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "shutil", include_str!("shutil.py"));
    dict
}
