//! `json.loads` of well-formed documents by `serde_json`. The Python
//! scanner in `json.py` (CPython's) stays the reference: it runs whenever
//! this path declines (hooks given, NaN/Infinity, lone surrogates, ints
//! past 64 bits, any error), so results and error messages are CPython's.

use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::Vm;

/// `_fast_loads(s)`: the decoded document, or `NotImplemented` when the
/// Python scanner must decide.
pub fn fast_loads(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_fast_loads", 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return Ok(Value::NotImplemented);
    };
    match serde_json::from_str::<serde_json::Value>(s.as_str()) {
        Ok(doc) => Ok(convert(doc).unwrap_or(Value::NotImplemented)),
        Err(_) => Ok(Value::NotImplemented),
    }
}

/// The Python value of a parsed document; `None` where CPython's scanner
/// would build something this cannot (an int past 64 bits).
fn convert(v: serde_json::Value) -> Option<Value> {
    use serde_json::Value as J;
    Some(match v {
        J::Null => Value::None,
        J::Bool(b) => Value::Bool(b),
        J::Number(n) => {
            let text = n.as_str();
            if text.contains(['.', 'e', 'E']) {
                Value::Float(text.parse().ok()?)
            } else {
                Value::Int(text.parse().ok()?)
            }
        }
        J::String(s) => Value::string(s),
        J::Array(items) => {
            let items: Option<Vec<Value>> = items.into_iter().map(convert).collect();
            Value::list(items?)
        }
        J::Object(map) => {
            let dict = PyDict::new();
            for (k, v) in map {
                dict.set_str(&k, convert(v)?);
            }
            Value::Dict(std::rc::Rc::new(dict))
        }
    })
}
