//! The `decimal` module: CPython's pure-Python `Lib/_pydecimal.py` in
//! `decimal.py`, adapted to run without `numbers` and `re`, and raising
//! its signals as the C `_decimal` module does.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `decimal` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "decimal", include_str!("decimal.py"));
    dict
}
