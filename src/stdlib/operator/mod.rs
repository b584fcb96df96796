//! The `operator` module: CPython's pure-Python `Lib/operator.py` in
//! `operator.py`, with `index` native (it needs the `__index__` protocol's
//! exact errors).

use std::rc::Rc;

use crate::methods::number::protocol::to_index;
use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// The `operator` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[("index", index)]);
    super::pysource::run_into(vm, &dict, "operator", include_str!("operator.py"));
    dict
}

/// `operator.index(a)`: `a.__index__()`, with CPython's TypeError.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("index")?;
    let a = args.check_count("index", 1, 1)?;
    match to_index(vm, &a[0])? {
        Some(i) => Ok(Value::from_int(i)),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&a[0])
        ))),
    }
}
