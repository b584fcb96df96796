//! What only `bytearray` can do: its mutating methods (`append`, `extend`,
//! `insert`, `pop`, `remove`, `clear`, `copy`, `reverse`) and item and
//! slice assignment and deletion.

use crate::objects::bytes::{bytes_like, view};
use crate::objects::{Args, PyByteArray, PyErr, PyResult, PySlice, Value};
use crate::vm::ops::{is_int, type_name};
use crate::vm::Vm;

use super::args::index_arg;
use super::bytes::{arg, byte_value, data, parse, ssize_arg, Sig};
use super::subscript::slice_range;
use super::MethodTable;

/// `bytearray`-only methods, looked up before the `bytes` ones.
pub const METHODS: MethodTable = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
];

/// The receiver of a bytearray method (the method table only passes bytearrays).
fn array_of<'a>(v: &'a Value, name: &str) -> PyResult<&'a PyByteArray> {
    match v {
        Value::ByteArray(b) => Ok(b),
        other => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
    }
}

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "append", Sig::One)?;
    let b = byte_value(arg(&a, 0))?;
    array_of(me, "append")?.data.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes of a bytes-like value or an iterable of ints in range(0, 256);
/// `not_iterable` is the error for anything else.
fn bytes_of_iterable(
    vm: &mut Vm,
    v: &Value,
    not_iterable: impl Fn() -> PyErr,
) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    if !vm.is_iterable(v) {
        return Err(not_iterable());
    }
    vm.collect(v)?.iter().map(byte_value).collect()
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "extend", Sig::One)?;
    let src = arg(&a, 0);
    let new = bytes_of_iterable(vm, src, || {
        PyErr::type_error(format!("can't extend bytearray with {}", type_name(src)))
    })?;
    array_of(me, "extend")?.data.borrow_mut().extend(new);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "pop", Sig::Positional(0, 1))?;
    let i = match &a[0] {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let mut d = array_of(me, "pop")?.data.borrow_mut();
    if d.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let len = d.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(i as usize) as i64))
}

fn insert(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "insert", Sig::Positional(2, 2))?;
    let i = ssize_arg(arg(&a, 0))?;
    let b = byte_value(arg(&a, 1))?;
    let mut d = array_of(me, "insert")?.data.borrow_mut();
    let len = d.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    d.insert(i as usize, b);
    Ok(Value::None)
}

fn remove(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "remove", Sig::One)?;
    let b = byte_value(arg(&a, 0))?;
    let mut d = array_of(me, "remove")?.data.borrow_mut();
    match d.iter().position(|x| *x == b) {
        Some(i) => {
            d.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _) = parse(&args, "clear", Sig::NoArgs)?;
    array_of(me, "clear")?.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _) = parse(&args, "copy", Sig::NoArgs)?;
    Ok(Value::bytearray(data(me).to_vec()))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _) = parse(&args, "reverse", Sig::NoArgs)?;
    array_of(me, "reverse")?.data.borrow_mut().reverse();
    Ok(Value::None)
}

/// An index operand of a bytearray subscript.
fn index_of(key: &Value) -> PyResult<i64> {
    match key {
        Value::BigInt(_) => Err(PyErr::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        k if is_int(k) => index_arg(k),
        _ => Err(PyErr::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(key)
        ))),
    }
}

/// `i` resolved against `len` (negative counts from the end), if in range.
fn position(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// `ba[key] = value`.
pub fn set_item(vm: &mut Vm, ba: &PyByteArray, key: &Value, value: &Value) -> PyResult<()> {
    let Value::Slice(s) = key else {
        let i = index_of(key)?;
        let len = ba.data.borrow().len();
        let Some(i) = position(i, len) else {
            return Err(PyErr::index_error("bytearray index out of range"));
        };
        ba.data.borrow_mut()[i] = byte_value(value)?;
        return Ok(());
    };
    let new = match view(value) {
        Some(v) => v.to_vec(),
        None if is_int(value)
            || matches!(value, Value::Float(_) | Value::Complex(_) | Value::Str(_)) =>
        {
            return Err(PyErr::type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ))
        }
        None => bytes_of_iterable(vm, value, || {
            PyErr::type_error(format!(
                "cannot convert '{}' object to bytearray",
                type_name(value)
            ))
        })?,
    };
    assign_slice(&mut ba.data.borrow_mut(), s, new)
}

/// `d[s] = new`: a simple slice is replaced (its size may change); an
/// extended slice takes as many bytes as it selects, or none to delete.
fn assign_slice(d: &mut Vec<u8>, s: &PySlice, new: Vec<u8>) -> PyResult<()> {
    let range = slice_range(s, d.len())?;
    if range.step == 1 {
        let start = range.start.clamp(0, d.len() as i64) as usize;
        d.splice(start..start + range.count, new);
        return Ok(());
    }
    if new.is_empty() {
        return delete_slice(d, s);
    }
    if new.len() != range.count {
        return Err(PyErr::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            range.count
        )));
    }
    for (i, b) in range.indices().zip(new) {
        d[i] = b;
    }
    Ok(())
}

/// Removes the bytes a slice selects.
fn delete_slice(d: &mut Vec<u8>, s: &PySlice) -> PyResult<()> {
    let range = slice_range(s, d.len())?;
    let mut drop = vec![false; d.len()];
    for i in range.indices() {
        drop[i] = true;
    }
    let mut k = 0;
    d.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    Ok(())
}

/// `del ba[key]`.
pub fn del_item(ba: &PyByteArray, key: &Value) -> PyResult<()> {
    let mut d = ba.data.borrow_mut();
    if let Value::Slice(s) = key {
        return delete_slice(&mut d, s);
    }
    let i = index_of(key)?;
    let len = d.len();
    match position(i, len) {
        Some(i) => {
            d.remove(i);
            Ok(())
        }
        None => Err(PyErr::index_error("bytearray index out of range")),
    }
}
