//! The `fractions` module: CPython's `Lib/fractions.py` in `fractions.py`,
//! adapted to run without the `numbers` ABCs, `decimal` and `re`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `fractions` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "fractions", include_str!("fractions.py"));
    dict
}
