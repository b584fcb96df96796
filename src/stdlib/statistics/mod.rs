//! The `statistics` module: CPython's `Lib/statistics.py` (exact sums over
//! Fractions, correctly rounded square roots, `NormalDist`) in
//! `statistics.py`, without the `numbers` ABCs.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `statistics` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "statistics", include_str!("statistics.py"));
    dict
}
