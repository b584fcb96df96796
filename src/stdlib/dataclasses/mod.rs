//! The `dataclasses` module: CPython's own `Lib/dataclasses.py`
//! (`dataclasses.py`), which builds each class's methods with `exec`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `dataclasses` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "dataclasses", include_str!("dataclasses.py"));
    dict
}
