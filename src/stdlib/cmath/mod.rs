//! The `cmath` module: CPython's algorithms for finite complex arguments,
//! in Python over `math` (`cmath.py`).

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `cmath` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "cmath", include_str!("cmath.py"));
    dict
}
