//! The `numbers` module: CPython's `Lib/numbers.py` (the numeric tower
//! `Number` > `Complex` > `Real` > `Rational` > `Integral` as ABCs, with
//! `int`, `float` and `complex` registered), unchanged, in `numbers.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `numbers` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "numbers", include_str!("numbers.py"));
    dict
}
