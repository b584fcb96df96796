//! The `functools` module: CPython's own Python implementation
//! (`py/functools.py`), compiled when first imported.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `functools` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "functools", include_str!("py/functools.py"));
    dict
}
