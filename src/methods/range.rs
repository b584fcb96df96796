//! `range` and `slice` objects: indexing and slicing ranges in 128-bit
//! arithmetic (so `range(10**20)` works), their methods and attributes, and
//! `slice.indices` with CPython's clamping rules.

use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::objects::{Args, PyErr, PyRange, PyResult, PySlice, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::MethodTable;

/// `range` methods.
pub const METHODS: MethodTable = &[("index", index), ("count", count)];

/// `slice` methods.
pub const SLICE_METHODS: MethodTable = &[("indices", indices_method)];

/// An int as `i128`, saturating far beyond any length for huge ints; `None`
/// for values that are not ints.
fn as_i128(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        Value::BigInt(b) => Some(
            b.to_i128()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i128::MIN / 4
                } else {
                    i128::MAX / 4
                }),
        ),
        _ => None,
    }
}

/// A slice's `(start, stop, step)` resolved against `len` items
/// (`slice.indices`): bounds clamped to the sequence, `None` defaulted by
/// the sign of the step.
pub fn resolve(s: &PySlice, len: i128) -> PyResult<(i128, i128, i128)> {
    let part = |v: &Value| -> PyResult<Option<i128>> {
        match v {
            Value::None => Ok(None),
            other => as_i128(other).map(Some).ok_or_else(|| {
                PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    };
    let step = part(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i128>, default: i128| match v {
        None => default,
        Some(v) if v < 0 => (v + len).max(lower),
        Some(v) => v.min(upper),
    };
    let start = fix(part(&s.start)?, if step < 0 { upper } else { lower });
    let stop = fix(part(&s.stop)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

fn overflow() -> PyErr {
    PyErr::overflow("Python int too large to convert to C ssize_t")
}

/// `len(range)`: an OverflowError past the C `ssize_t` range, as in CPython.
pub fn len(r: &PyRange) -> PyResult<usize> {
    let n = r.len();
    if n > i64::MAX as i128 {
        return Err(overflow());
    }
    Ok(n as usize)
}

/// `r[key]`: an int index (negative from the end) or a slice (a new range).
pub fn get_item(r: &PyRange, key: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = key {
        let (start, stop, step) = resolve(s, r.len())?;
        let at = |i: i128| {
            i.checked_mul(r.step)
                .and_then(|d| d.checked_add(r.start))
                .ok_or_else(overflow)
        };
        let new_step = step.checked_mul(r.step).ok_or_else(overflow)?;
        return Ok(Value::Range(Rc::new(PyRange {
            start: at(start)?,
            stop: at(stop)?,
            step: new_step,
        })));
    }
    let Some(i) = as_i128(key) else {
        return Err(PyErr::type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    let len = r.len();
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(Value::from_i128(r.item(i)))
}

/// The position of int `i` in `r`, if it is one of its items.
pub fn position(r: &PyRange, i: i128) -> Option<i128> {
    let in_bounds = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    (in_bounds && (i - r.start) % r.step == 0).then(|| (i - r.start) / r.step)
}

/// `reversed(range)`: a range iterator from the last item backwards.
pub fn reversed(r: &PyRange) -> Value {
    let left = r.len();
    crate::objects::PyIter::value(
        "range_iterator",
        crate::objects::iter::IterState::Range {
            next: r.start + (left - 1).max(0) * r.step,
            step: -r.step,
            left,
        },
    )
}

/// `hash(range)`: the hash of `(len, start, step)`, with `start` and `step`
/// None where they do not matter (so equal ranges hash alike).
pub fn hash(r: &PyRange) -> PyResult<i64> {
    let len = r.len();
    let parts = match len {
        0 => vec![Value::Int(0), Value::None, Value::None],
        1 => vec![Value::Int(1), Value::from_i128(r.start), Value::None],
        _ => vec![
            Value::from_i128(len),
            Value::from_i128(r.start),
            Value::from_i128(r.step),
        ],
    };
    crate::objects::dict::hash_value(&Value::tuple(parts))
}

/// `r.start`, `r.stop`, `r.step`, `s.start`, `s.stop`, `s.step`.
pub fn attr(obj: &Value, name: &str) -> Option<Value> {
    match obj {
        Value::Range(r) => match name {
            "start" => Some(Value::from_i128(r.start)),
            "stop" => Some(Value::from_i128(r.stop)),
            "step" => Some(Value::from_i128(r.step)),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn range_of(v: &Value) -> &PyRange {
    match v {
        Value::Range(r) => r,
        _ => unreachable!("range method called on a range"),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("range.index", 2, 2)?;
    let r = range_of(&a[0]);
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = &a[1] {
        let found = as_i128(&a[1]).and_then(|i| position(r, i));
        return match found {
            Some(p) => Ok(Value::from_i128(p)),
            None => Err(PyErr::value_error(format!(
                "{} is not in range",
                vm.repr(&a[1])?
            ))),
        };
    }
    let it = vm.get_iter(&a[0])?;
    let mut p = 0i64;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.eq(&v, &a[1])? {
            return Ok(Value::Int(p));
        }
        p += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("range.count", 2, 2)?;
    let r = range_of(&a[0]);
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = &a[1] {
        let found = as_i128(&a[1]).and_then(|i| position(r, i));
        return Ok(Value::Int(found.is_some() as i64));
    }
    let it = vm.get_iter(&a[0])?;
    let mut n = 0i64;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn new_range(args: Args) -> PyResult<Value> {
    args.no_kwargs("range")?;
    let a = args.pos();
    let int = |v: &Value| -> PyResult<i128> {
        let v = crate::vm::builtin_subclass::unwrap_base(v);
        match v {
            Value::Int(_) | Value::Bool(_) => Ok(as_i128(v).unwrap_or(0)),
            Value::BigInt(b) => b.to_i128().ok_or_else(overflow),
            other => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            ))),
        }
    };
    let (start, stop, step) = match a.len() {
        1 => (0, int(&a[0])?, 1),
        2 => (int(&a[0])?, int(&a[1])?, 1),
        3 => (int(&a[0])?, int(&a[1])?, int(&a[2])?),
        0 => {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn new_slice(args: Args) -> PyResult<Value> {
    args.no_kwargs("slice")?;
    let a = args.pos();
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => {
            return Err(PyErr::type_error(
                "slice expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "slice expected at most 3 arguments, got {n}"
            )))
        }
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

fn indices_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    args.no_kwargs("slice.indices")?;
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            pos.len() - 1
        )));
    }
    let Value::Slice(s) = &pos[0] else {
        unreachable!("slice method called on a slice")
    };
    let len = as_i128(&pos[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&pos[1])
        ))
    })?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step) = resolve(s, len)?;
    Ok(Value::tuple(vec![
        Value::from_i128(start),
        Value::from_i128(stop),
        Value::from_i128(step),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(start: Value, stop: Value, step: Value) -> PySlice {
        PySlice { start, stop, step }
    }

    // Expected values were printed by CPython 3.11's slice.indices.
    #[test]
    fn resolve_clamps_like_slice_indices() {
        let s = slice(Value::Int(1), Value::Int(10), Value::Int(2));
        assert_eq!(resolve(&s, 5).ok(), Some((1, 5, 2)));
        let rev = slice(Value::None, Value::None, Value::Int(-1));
        assert_eq!(resolve(&rev, 5).ok(), Some((4, -1, -1)));
        let wide = slice(Value::Int(-100), Value::Int(100), Value::None);
        assert_eq!(resolve(&wide, 10).ok(), Some((0, 10, 1)));
        let back = slice(Value::None, Value::Int(-20), Value::Int(-1));
        assert_eq!(resolve(&back, 10).ok(), Some((9, -1, -1)));
        let zero = slice(Value::None, Value::None, Value::Int(0));
        assert!(resolve(&zero, 3).is_err());
    }

    #[test]
    fn range_slices_are_ranges() {
        let r = PyRange {
            start: 0,
            stop: 20,
            step: 3,
        };
        let s = Value::Slice(std::rc::Rc::new(slice(
            Value::None,
            Value::None,
            Value::Int(2),
        )));
        match get_item(&r, &s) {
            Ok(Value::Range(x)) => assert_eq!((x.start, x.stop, x.step), (0, 21, 6)),
            _ => panic!("a range"),
        }
        assert_eq!(position(&r, 9), Some(3));
        assert_eq!(position(&r, 10), None);
    }
}
