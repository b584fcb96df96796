//! The `pprint` module: CPython's `Lib/pprint.py` layout (`pprint`,
//! `pformat`, `pp`, `PrettyPrinter` with width, indent, depth, compact and
//! sort_dicts), in `pprint.py`, dispatching on the type where CPython keys
//! on `type.__repr__`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `pprint` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "pprint", include_str!("pprint.py"));
    dict
}
