//! The `string` module: CPython's `Lib/string.py` (constants, `capwords`,
//! `Template`, `Formatter`), with the format-string parsers its C helper
//! `_string` provides written in Python, in `string.py`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `string` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "string", include_str!("string.py"));
    dict
}
