//! The `timeit` module: CPython's `Lib/timeit.py` (statements given as
//! strings or callables) in `timeit.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `timeit` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "timeit", include_str!("timeit.py"));
    dict
}
