//! The `json` module: `dumps`/`dump` (CPython's encoder: separators,
//! indentation, key sorting, `default`, ASCII escaping, `float.__repr__`) and
//! `loads`/`load` (CPython's scanner and its `JSONDecodeError` messages),
//! written in Python in `json.py`; well-formed documents without hooks are
//! parsed, and documents of the built-in types encoded, in Rust (`fast.rs`).

mod fast;

use std::rc::Rc;

use crate::objects::{PyDict, PyModule, PyStr, Value};
use crate::vm::Vm;

/// The `json` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::python_namespace(&[
        ("_fast_loads", fast::fast_loads),
        ("_fast_encode", fast::fast_encode),
    ]);
    super::pysource::run_into(vm, &dict, "json", include_str!("json.py"));
    // `json.decoder` and `json.encoder`, as the package's `__init__`
    // imports them: `json.decoder.JSONDecodeError` is a common spelling.
    for (module, names) in [
        ("decoder", &["JSONDecoder", "JSONDecodeError"][..]),
        ("encoder", &["JSONEncoder"][..]),
    ] {
        let sub = Rc::new(PyDict::new());
        for name in names {
            if let Some(v) = dict.get_str(name) {
                sub.set_str(name, v);
            }
        }
        let qualified = format!("json.{module}");
        sub.set_str("__name__", Value::str(&qualified));
        let m = Value::Module(Rc::new(PyModule {
            name: Rc::new(PyStr::new(&qualified)),
            dict: sub,
        }));
        vm.register_module(&qualified, m.clone());
        dict.set_str(module, m);
    }
    dict
}
