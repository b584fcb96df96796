//! `obj[key]`, `obj[key] = v`, `del obj[key]` for the built-in containers,
//! with index and slice semantics as in CPython.

use crate::objects::{PyErr, PyResult, PySlice, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// An index operand as `i64`, or CPython's TypeError naming the container.
fn index_of(key: &Value, what: &str) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            crate::objects::ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(i) if i.base.as_ref().is_some_and(|b| b.as_int().is_some()) => {
            index_of(i.base.as_ref().expect("checked"), what)
        }
        // CPython's str words it differently from the other sequences.
        _ if what == "string" => Err(PyErr::type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(key)
        ))),
        _ => Err(PyErr::type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name(key)
        ))),
    }
}

/// Resolves a possibly negative index against `len`; `None` when out of range.
fn normalize(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// A slice bound or step as an integer (`None` for a `None` bound).
fn slice_part(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        _ => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// Resolves a slice against a sequence of `len` items, as `slice.indices`.
pub fn slice_range(s: &PySlice, len: usize) -> PyResult<SliceRange> {
    let step = slice_part(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => {
                let v = v + len;
                if v < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    v
                }
            }
            Some(v) if v >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(v) => v,
        }
    };
    let (start, stop) = if step > 0 {
        (
            clamp(slice_part(&s.start)?, 0),
            clamp(slice_part(&s.stop)?, len),
        )
    } else {
        (
            clamp(slice_part(&s.start)?, len - 1),
            clamp(slice_part(&s.stop)?, -1),
        )
    };
    let count = if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok(SliceRange { start, step, count })
}

/// The indices a slice selects from a sequence of `len` items (`slice.indices`).
pub fn slice_indices(s: &PySlice, len: usize) -> PyResult<Vec<usize>> {
    Ok(slice_range(s, len)?.indices().collect())
}

/// A resolved slice: `count` indices from `start` by `step`.
#[derive(Clone, Copy, Debug)]
pub struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceRange {
    /// The selected indices, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// The contiguous index range when the step is 1.
    pub fn contiguous(self) -> Option<std::ops::Range<usize>> {
        (self.step == 1 || self.count == 0).then(|| {
            let start = if self.count == 0 {
                0
            } else {
                self.start as usize
            };
            start..start + self.count
        })
    }
}

/// `obj[key]`.
pub fn get_item(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    // A user object with `__index__` indexes a sequence as its int.
    if let (
        Value::Instance(_),
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_),
    ) = (key, obj)
    {
        if let Some(i @ (Value::Int(_) | Value::BigInt(_))) =
            vm.call_special(key, "__index__", &[])?
        {
            return get_item(vm, obj, &i);
        }
    }
    match obj {
        Value::List(l) => {
            let items = l.items.borrow();
            if let Value::Slice(s) = key {
                let idx = slice_indices(s, items.len())?;
                return Ok(Value::list(
                    idx.into_iter().map(|i| items[i].clone()).collect(),
                ));
            }
            let i = index_of(key, "list")?;
            normalize(i, items.len())
                .map(|i| items[i].clone())
                .ok_or_else(|| PyErr::index_error("list index out of range"))
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let idx = slice_indices(s, t.items.len())?;
                return Ok(Value::tuple(
                    idx.into_iter().map(|i| t.items[i].clone()).collect(),
                ));
            }
            let i = index_of(key, "tuple")?;
            normalize(i, t.items.len())
                .map(|i| t.items[i].clone())
                .ok_or_else(|| PyErr::index_error("tuple index out of range"))
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = key {
                if s.is_ascii() {
                    let bytes = s.as_str().as_bytes();
                    let range = slice_range(sl, bytes.len())?;
                    if let Some(r) = range.contiguous() {
                        return Ok(Value::str(&s.as_str()[r]));
                    }
                    let picked: Vec<u8> = range.indices().map(|i| bytes[i]).collect();
                    let text = String::from_utf8(picked).expect("ASCII bytes are UTF-8");
                    return Ok(Value::string(text));
                }
                let range = slice_range(sl, s.char_len())?;
                if let Some(r) = range.contiguous() {
                    let (from, to) = (s.byte_offset(r.start), s.byte_offset(r.end));
                    return Ok(Value::str(&s.as_str()[from..to]));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let idx = slice_indices(sl, chars.len())?;
                return Ok(Value::string(idx.into_iter().map(|i| chars[i]).collect()));
            }
            let i = index_of(key, "string")?;
            normalize(i, s.char_len())
                .and_then(|i| s.char_at(i))
                .map(|c| Value::string(c.to_string()))
                .ok_or_else(|| PyErr::index_error("string index out of range"))
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let d = crate::objects::bytes::bytes_like(obj).unwrap_or_default();
            let array = matches!(obj, Value::ByteArray(_));
            if let Value::Slice(s) = key {
                let idx = slice_indices(s, d.len())?;
                let part = idx.into_iter().map(|i| d[i]).collect();
                return Ok(if array {
                    Value::bytearray(part)
                } else {
                    Value::bytes(part)
                });
            }
            let (what, err) = if array {
                ("bytearray", "bytearray index out of range")
            } else {
                ("byte", "index out of range")
            };
            let i = index_of(key, what)?;
            normalize(i, d.len())
                .map(|i| Value::Int(d[i] as i64))
                .ok_or_else(|| PyErr::index_error(err))
        }
        Value::Range(r) => crate::methods::range::get_item(r, key),
        Value::Dict(d) => match vm.dict_get(d, key)? {
            Some(v) => Ok(v),
            None => Err(PyErr::key_error(key.clone())),
        },
        Value::Class(c) => crate::stdlib::types::class_getitem(vm, c, key),
        Value::Native(_) if let Some(v) = super::memoryview::as_view(obj) => v.get_item(key),
        _ => {
            let _ = vm;
            Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                type_name(obj)
            )))
        }
    }
}

/// `obj[key] = value`.
pub fn set_item(vm: &mut Vm, obj: &Value, key: Value, value: Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = &key {
                if !vm.is_iterable(&value) {
                    let extended = !matches!(slice_part(&s.step)?, None | Some(1));
                    return Err(PyErr::type_error(if extended {
                        "must assign iterable to extended slice"
                    } else {
                        "can only assign an iterable"
                    }));
                }
                let new = vm.collect(&value)?;
                let mut items = l.items.borrow_mut();
                return assign_slice(&mut items, s, new, "sequence");
            }
            let mut items = l.items.borrow_mut();
            let i = index_of(&key, "list")?;
            match normalize(i, items.len()) {
                Some(i) => {
                    items[i] = value;
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
        Value::Dict(d) => vm.dict_set(d, key, value),
        Value::ByteArray(b) => super::bytearray::set_item(vm, b, &key, &value),
        _ => Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        ))),
    }
}

/// `items[s] = new` for a list or bytearray; `what` names the new items in
/// the extended-slice size error.
fn assign_slice<T>(items: &mut Vec<T>, s: &PySlice, new: Vec<T>, what: &str) -> PyResult<()> {
    let step = slice_part(&s.step)?.unwrap_or(1);
    let idx = slice_indices(s, items.len())?;
    if step == 1 {
        let start = match slice_part(&s.start)? {
            None => 0,
            Some(v) if v < 0 => (v + items.len() as i64).max(0) as usize,
            Some(v) => (v as usize).min(items.len()),
        };
        let end = idx.last().map_or(start, |&e| e + 1).max(start);
        items.splice(start..end, new);
        return Ok(());
    }
    if idx.len() != new.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign {what} of size {} to extended slice of size {}",
            new.len(),
            idx.len()
        )));
    }
    for (i, v) in idx.into_iter().zip(new) {
        items[i] = v;
    }
    Ok(())
}

/// Removes the items a slice selects.
fn delete_slice<T>(items: &mut Vec<T>, s: &PySlice) -> PyResult<()> {
    let mut idx = slice_indices(s, items.len())?;
    idx.sort_unstable();
    for i in idx.into_iter().rev() {
        items.remove(i);
    }
    Ok(())
}

/// `del obj[key]`.
pub fn del_item(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            let mut items = l.items.borrow_mut();
            if let Value::Slice(s) = key {
                return delete_slice(&mut items, s);
            }
            let i = index_of(key, "list")?;
            match normalize(i, items.len()) {
                Some(i) => {
                    items.remove(i);
                    Ok(())
                }
                None => Err(PyErr::index_error("list assignment index out of range")),
            }
        }
        Value::Dict(d) => match vm.dict_remove(d, key)? {
            Some(_) => Ok(()),
            None => Err(PyErr::key_error(key.clone())),
        },
        Value::ByteArray(b) => super::bytearray::del_item(b, key),
        _ => Err(PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(obj)
        ))),
    }
}
