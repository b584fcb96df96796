//! The `textwrap` module: CPython's `Lib/textwrap.py` (`wrap`, `fill`,
//! `shorten`, `dedent`, `indent`, `TextWrapper`), unchanged, in
//! `textwrap.py`; its word splitting runs on snippy's `re`.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `textwrap` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "textwrap", include_str!("textwrap.py"));
    dict
}
