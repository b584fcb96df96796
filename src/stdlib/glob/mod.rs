//! The `glob` and `fnmatch` modules, written in Python (as CPython's are)
//! in `glob.py` and `fnmatch.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `glob` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "glob", include_str!("glob.py"));
    dict
}

/// The `fnmatch` namespace.
pub fn create_fnmatch(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "fnmatch", include_str!("fnmatch.py"));
    dict
}
