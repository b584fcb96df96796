//! The `itertools` module. Its iterators are written in Python
//! (`py/itertools.py`, after CPython's C code: same laziness, reprs and
//! errors); its frames are hidden from tracebacks, as a C module's.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `itertools` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "itertools", include_str!("py/itertools.py"));
    dict
}
