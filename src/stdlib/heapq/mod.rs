//! The `heapq` module, written in Python (CPython's algorithms) in `heapq.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `heapq` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "heapq", include_str!("heapq.py"));
    dict
}
