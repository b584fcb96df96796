//! `sys.getsizeof`: the sizes CPython 3.11 (64-bit) reports for its
//! built-in objects, computed from their contents as CPython lays them out.

use crate::objects::{Args, PyResult, Value};
use crate::vm::Vm;

/// The size of a str: compact ASCII, Latin-1, UCS-2 or UCS-4 storage.
fn str_size(s: &str) -> i64 {
    let n = s.chars().count() as i64;
    match s.chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0x7f => 49 + n,
        0x80..=0xff => 73 + n,
        0x100..=0xffff => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

/// The size of an int: 24 bytes plus 4 per 30-bit digit (at least one).
fn int_size(v: &Value) -> i64 {
    let bits = match v {
        Value::Int(0) | Value::Bool(false) => 0,
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(true) => 1,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    };
    24 + 4 * ((bits + 29) / 30).max(1)
}

/// `sys.getsizeof(obj[, default])`.
pub fn getsizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("getsizeof", 1, 2)?;
    let size = match &a[0] {
        Value::None => 16,
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => int_size(v),
        Value::Float(_) => 24,
        Value::Complex(_) => 32,
        Value::Str(s) => str_size(s.as_str()),
        Value::Bytes(b) => 33 + b.data.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.items.len() as i64,
        Value::Range(_) => 48,
        _ => match a.get(1) {
            Some(d) => return Ok(d.clone()),
            None => 56,
        },
    };
    Ok(Value::Int(size))
}
