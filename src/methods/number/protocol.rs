//! The numeric conversion protocols (`__index__`, `__int__`, `__float__`)
//! that built-in operations use to accept user objects as numbers.

use crate::numeric::{self, Int};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// Calls `v.<name>()` and checks the result is an int, with CPython's
/// "`__index__` returned non-int (type str)" error otherwise.
fn int_special(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Int>> {
    match vm.call_special(v, name, &[])? {
        // An int subclass inherits int's conversions.
        None => match crate::vm::builtin_subclass::base_value(v) {
            Some(base) => Ok(base.as_int()),
            None => Ok(None),
        },
        Some(r) => match r.as_int() {
            Some(i) => Ok(Some(i)),
            None => Err(PyErr::type_error(format!(
                "{name} returned non-int (type {})",
                type_name(&r)
            ))),
        },
    }
}

/// `operator.index(v)`: ints (and bools) as they are, user objects through
/// `__index__`; `None` for anything else.
pub fn to_index(vm: &mut Vm, v: &Value) -> PyResult<Option<Int>> {
    match v.as_int() {
        Some(i) => Ok(Some(i)),
        None => int_special(vm, v, "__index__"),
    }
}

/// `int(v)` for a number: ints, floats (truncated), then `__int__` and
/// `__index__` of user objects; `None` when `v` is none of those.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Option<Int>> {
    match v {
        Value::Float(f) => Ok(Some(numeric::float_trunc(*f)?)),
        _ => match v.as_int() {
            Some(i) => Ok(Some(i)),
            None => match int_special(vm, v, "__int__")? {
                Some(i) => Ok(Some(i)),
                None => int_special(vm, v, "__index__"),
            },
        },
    }
}

/// `float(v)` for a number: floats, ints, then `__float__` and `__index__`
/// of user objects; `None` when `v` is none of those.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => Ok(Some(*f)),
        _ => match v.as_int() {
            Some(i) => Ok(Some(numeric::int_to_f64(&i)?)),
            None => match vm.call_special(v, "__float__", &[])? {
                Some(Value::Float(f)) => Ok(Some(f)),
                Some(r) => Err(PyErr::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(v),
                    type_name(&r)
                ))),
                None => match crate::vm::builtin_subclass::base_value(v) {
                    Some(Value::Float(f)) => Ok(Some(*f)),
                    _ => match int_special(vm, v, "__index__")? {
                        Some(i) => Ok(Some(numeric::int_to_f64(&i)?)),
                        None => Ok(None),
                    },
                },
            },
        },
    }
}
