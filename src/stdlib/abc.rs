//! The `abc` module: `ABCMeta`, `ABC` and `abstractmethod` (`py/abc.py`),
//! built on the ABC machinery of `collections.abc` (`py/abc_machinery.py`).

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `abc` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "abc", include_str!("py/abc_machinery.py"));
    super::pysource::run_into(vm, &dict, "abc", include_str!("py/abc.py"));
    dict
}
