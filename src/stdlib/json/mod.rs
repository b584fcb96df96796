//! The `json` module: `dumps`/`dump` (CPython's encoder: separators,
//! indentation, key sorting, `default`, ASCII escaping, `float.__repr__`) and
//! `loads`/`load` (CPython's scanner and its `JSONDecodeError` messages),
//! written in Python in `json.py`; well-formed documents without hooks are
//! parsed, and documents of the built-in types encoded, in Rust (`fast.rs`).

mod fast;

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `json` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::python_namespace(&[
        ("_fast_loads", fast::fast_loads),
        ("_fast_encode", fast::fast_encode),
    ]);
    super::pysource::run_into(vm, &dict, "json", include_str!("json.py"));
    dict
}
