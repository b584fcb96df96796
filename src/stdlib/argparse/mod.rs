//! The `argparse` module: CPython's own `Lib/argparse.py` (in
//! `argparse.py`), with its few regular expressions and its use of
//! `textwrap` replaced by small helpers, so it runs without `re`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `argparse` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "argparse", include_str!("argparse.py"));
    dict
}
