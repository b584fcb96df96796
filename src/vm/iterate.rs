//! The iterator protocol: `iter()`, `next()` over every built-in iterable and
//! generators, plus the consumers built on it (collecting, unpacking).

use std::rc::Rc;

use crate::objects::iter::{DictCursor, DictPart, IterState};
use crate::objects::{ExcKind, PyErr, PyIter, PyResult, PyTuple, Value};

use crate::methods::dict::DictView;

use super::eval::GenStep;
use super::ops::type_name;
use super::Vm;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => PyIter::value(
                "list_iterator",
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Tuple(_) => PyIter::value(
                "tuple_iterator",
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Str(s) => PyIter::value(
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                },
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Range(r) => PyIter::value(
                "range_iterator",
                IterState::Range {
                    next: r.start,
                    step: r.step,
                    left: r.len(),
                },
            ),
            Value::Dict(d) => PyIter::value(
                "dict_keyiterator",
                IterState::Dict(DictCursor::new(d.clone(), DictPart::Keys)),
            ),
            Value::Set(s) | Value::FrozenSet(s) => PyIter::value(
                "set_iterator",
                IterState::Set {
                    set: s.clone(),
                    pos: 0,
                    used: Some(s.len()),
                },
            ),
            Value::Bytes(_) | Value::ByteArray(_) => PyIter::value(
                if matches!(v, Value::Bytes(_)) {
                    "bytes_iterator"
                } else {
                    "bytearray_iterator"
                },
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ),
            Value::Iter(_) => v.clone(),
            Value::Native(n) => match n.as_any().downcast_ref::<DictView>() {
                Some(view) => view.iter(),
                None => match crate::methods::memoryview::as_view(v) {
                    Some(m) => m.iter()?,
                    None => return Err(not_iterable(v)),
                },
            },
            Value::Generator(g) if g.type_word() == "generator" => v.clone(),
            Value::Instance(i)
                if i.base.is_none()
                    && !super::class::has_user_attr(
                        &crate::objects::class::class_of(v),
                        "__iter__",
                    )
                    && super::class::has_user_attr(
                        &crate::objects::class::class_of(v),
                        "__getitem__",
                    ) =>
            {
                PyIter::value(
                    "iterator",
                    IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    },
                )
            }
            Value::Instance(_) => return self.user_iter(v),
            Value::Class(c) if c.metaclass.is_some() => return self.user_iter(v),
            _ => return Err(not_iterable(v)),
        })
    }

    /// Whether `iter(v)` would succeed.
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iter(_) => true,
            Value::Native(n) => {
                n.as_any().is::<DictView>() || crate::methods::memoryview::as_view(v).is_some()
            }
            Value::Generator(g) => g.type_word() == "generator",
            Value::Instance(_) => self.user_iterable(v),
            Value::Class(c) if c.metaclass.is_some() => self.user_iterable(v),
            _ => false,
        }
    }

    /// `next(it)`: `Ok(None)` when the iterator is exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.builtin_iter_next(i),
            Value::Generator(g) => {
                let g = g.clone();
                match self.resume_generator(&g, Value::None, None)? {
                    GenStep::Yield(v) => Ok(Some(v)),
                    GenStep::Return(_) => Ok(None),
                }
            }
            Value::Instance(_) => self.user_next(it),
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        }
    }

    fn builtin_iter_next(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        let mut state = it.state.borrow_mut();
        match &mut *state {
            IterState::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.items.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.items.get(*index).cloned(),
                    Value::Str(s) => {
                        if s.is_ascii() {
                            s.as_str()
                                .as_bytes()
                                .get(*index)
                                .map(|b| Value::str(std::str::from_utf8(&[*b]).unwrap_or("")))
                        } else {
                            s.char_at(*index).map(|c| Value::string(c.to_string()))
                        }
                    }
                    Value::Bytes(b) => b.data.get(*index).map(|&b| Value::Int(b as i64)),
                    Value::ByteArray(b) => {
                        b.data.borrow().get(*index).map(|&b| Value::Int(b as i64))
                    }
                    Value::Instance(_) => {
                        // The old sequence protocol: `seq[0]`, `seq[1]`, ... until IndexError.
                        let (seq, i) = (seq.clone(), *index);
                        drop(state);
                        let item = match self.get_item(&seq, &Value::Int(i as i64)) {
                            Ok(v) => Some(v),
                            Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => {
                                None
                            }
                            Err(e) => return Err(e),
                        };
                        let mut state = it.state.borrow_mut();
                        match (&mut *state, item) {
                            (IterState::Seq { index, .. }, Some(v)) => {
                                *index += 1;
                                return Ok(Some(v));
                            }
                            (s, _) => {
                                *s = IterState::Done;
                                return Ok(None);
                            }
                        }
                    }
                    _ => None,
                };
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Range { next, step, left } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *left -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::from_i128(v)))
            }
            IterState::Dict(c) => {
                if c.dict.len() != c.len {
                    c.len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                if c.dict.version() != c.version {
                    c.version = c.dict.version();
                    if let Some((hash, key)) = &c.last {
                        // After the last key yielded, or where it was when it is gone.
                        c.index = match c.dict.find_identical(*hash, key) {
                            Some(i) => i + 1,
                            None => c.index.saturating_sub(1),
                        };
                    }
                }
                let map = c.dict.map();
                match map.get_index(c.index) {
                    Some(_) if c.left == 0 => {
                        drop(map);
                        c.len = usize::MAX;
                        Err(PyErr::new(
                            ExcKind::RuntimeError,
                            "dictionary keys changed during iteration",
                        ))
                    }
                    Some((k, v)) => {
                        c.index += 1;
                        c.left -= 1;
                        let item = match c.part {
                            DictPart::Keys => k.value().clone(),
                            DictPart::Values => v.clone(),
                            DictPart::Items => Value::tuple(vec![k.value().clone(), v.clone()]),
                        };
                        c.last = Some((k.hash(), k.value().clone()));
                        Ok(Some(item))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, pos, used } => {
                let table = set.table();
                if *used != Some(table.len()) {
                    drop(table);
                    *used = None;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                match table.next_from(*pos) {
                    Some((v, next)) => {
                        *pos = next;
                        Ok(Some(v))
                    }
                    None => {
                        drop(table);
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Reversed { seq, next } => {
                if *next < 0 {
                    return Ok(None);
                }
                let i = *next as usize;
                *next -= 1;
                let item = match seq {
                    Value::List(l) => l.items.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.items.get(i).cloned(),
                    Value::Str(s) => s.char_at(i).map(|c| Value::string(c.to_string())),
                    Value::Range(r) => Some(Value::from_i128(r.item(i as i128))),
                    Value::Bytes(b) => b.data.get(i).map(|&b| Value::Int(b as i64)),
                    Value::ByteArray(b) => b.data.borrow().get(i).map(|&b| Value::Int(b as i64)),
                    other => {
                        // A user sequence: `seq[i]`, ending at IndexError.
                        let seq = other.clone();
                        drop(state);
                        return match self.get_item(&seq, &Value::Int(i as i64)) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => {
                                self.end_reversed(it);
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        };
                    }
                };
                if item.is_none() {
                    // Exhausted for good, even if the list grows again.
                    *state = IterState::Done;
                }
                Ok(item)
            }
            IterState::Enumerate { iter, count, .. } => {
                let inner = iter.clone();
                let n = *count;
                drop(state);
                match self.iter_next(&inner)? {
                    Some(v) => {
                        let mut state = it.state.borrow_mut();
                        let IterState::Enumerate { count, result, .. } = &mut *state else {
                            unreachable!("an enumerate stays one")
                        };
                        *count += 1;
                        Ok(Some(reuse_tuple(result, [Value::Int(n), v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict, .. } => {
                let (iters, strict) = (iters.clone(), *strict);
                drop(state);
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for (k, i) in iters.iter().enumerate() {
                    match self.iter_next(i)? {
                        Some(v) => items.push(v),
                        None if strict => return self.zip_uneven(&iters, k),
                        None => return Ok(None),
                    }
                }
                let mut state = it.state.borrow_mut();
                let IterState::Zip { result, .. } = &mut *state else {
                    unreachable!("a zip stays one")
                };
                Ok(Some(match <[Value; 2]>::try_from(items) {
                    Ok(pair) => reuse_tuple(result, pair),
                    Err(items) => Value::tuple(items),
                }))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(state);
                let mut args = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.iter_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_positional(&func, &args).map(Some)
            }
            IterState::Filter { func, iter } => {
                let (func, iter) = (func.clone(), iter.clone());
                drop(state);
                while let Some(v) = self.iter_next(&iter)? {
                    let keep = if func.is_none() {
                        self.is_true(&v)?
                    } else {
                        let r = self.call_positional(&func, std::slice::from_ref(&v))?;
                        self.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(state);
                let v = self.call_positional(&func, &[])?;
                if v.is(&sentinel) || self.eq(&v, &sentinel)? {
                    *it.state.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Done => Ok(None),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            // Preallocated as CPython does from the length hint: a range
            // too big to hold fails at once instead of exhausting memory.
            Value::Range(r) if r.len() > MAX_COLLECT => {
                return Err(PyErr::with_args(ExcKind::MemoryError, Vec::new()));
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.iter_next(&it)? {
            out.push(item);
        }
        Ok(out)
    }

    /// Unpacks `v` for assignment: exactly `before` items, or with a starred
    /// target `before + [rest] + after`.
    pub fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            return Err(PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            )));
        }
        match after {
            None => {
                let items = match v {
                    Value::List(_) | Value::Tuple(_) => self.collect(v)?,
                    _ => {
                        // Stop one past the expected count, as CPython does.
                        let it = self.get_iter(v)?;
                        let mut items = Vec::with_capacity(before);
                        while let Some(x) = self.iter_next(&it)? {
                            items.push(x);
                            if items.len() > before {
                                break;
                            }
                        }
                        items
                    }
                };
                if items.len() > before {
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {before})"
                    )));
                }
                if items.len() < before {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(after) => {
                let mut items = self.collect(v)?;
                if items.len() < before + after {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// `{**src}` into `target`; with `merge`, duplicate keys are an error
    /// naming the function being called (`f(**a, **b)`).
    pub fn dict_update(
        &mut self,
        target: &Value,
        src: &Value,
        merge: bool,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Dict(target) = target else {
            return Ok(());
        };
        let copied;
        let src = match src {
            Value::Dict(d) => d,
            // Any mapping: its keys() and items, as CPython's PyDict_Update.
            _ if self
                .get_attr(src, &crate::objects::PyStr::new("keys"))
                .is_ok() =>
            {
                let d = Rc::new(crate::objects::PyDict::new());
                crate::methods::dict::update_from(self, &d, src)?;
                copied = d;
                &copied
            }
            _ => {
                let msg = if merge {
                    let fname = callee.map(|c| self.callable_name(c)).unwrap_or_default();
                    format!(
                        "{fname}() argument after ** must be a mapping, not {}",
                        type_name(src)
                    )
                } else {
                    format!("'{}' object is not a mapping", type_name(src))
                };
                return Err(PyErr::type_error(msg));
            }
        };
        for (h, k, v) in src.hashed_items() {
            if merge && !matches!(k, Value::Str(_)) {
                return Err(PyErr::type_error("keywords must be strings"));
            }
            if merge && target.get(&k)?.is_some() {
                let fname = callee.map(|c| self.callable_name(c)).unwrap_or_default();
                let key = self.str(&k)?;
                return Err(PyErr::type_error(format!(
                    "{fname}() got multiple values for keyword argument '{key}'"
                )));
            }
            self.dict_set_hashed(target, k, v, h)?;
        }
        Ok(())
    }

    /// The name a `**` call error message uses for `callable`, qualified
    /// by its module unless built in (CPython's `_PyObject_FunctionStr`).
    pub fn callable_name(&self, callable: &Value) -> String {
        match callable {
            Value::Function(f) => {
                let qualname = f.qualname.borrow().as_str().to_owned();
                match f.globals.get_str("__name__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("{}.{qualname}", m.as_str())
                    }
                    _ => qualname,
                }
            }
            Value::Method(m) => self.callable_name(&m.func),
            Value::Builtin(b) => b.name.to_owned(),
            Value::Class(c) if c.module != "builtins" => format!("{}.{}", c.module, c.qualname),
            Value::Class(c) => c.name.clone(),
            other => type_name(other),
        }
    }
}

impl Vm {
    /// Marks a reversed iterator over a user sequence as finished.
    fn end_reversed(&mut self, it: &Rc<PyIter>) {
        *it.state.borrow_mut() = IterState::Done;
    }

    /// `reversed(obj)` for user objects: their `__reversed__`, else the
    /// sequence protocol (`__len__` and `__getitem__`) from the end.
    pub fn user_reversed(&mut self, obj: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(obj, "__reversed__", &[])? {
            return Ok(r);
        }
        if let Some(value) = super::builtin_subclass::base_value(obj) {
            let reversed = Value::Class(crate::objects::class::types().named("reversed"));
            let value = value.clone();
            return self.call_positional(&reversed, &[value]);
        }
        let has_getitem =
            super::class::has_user_attr(&crate::objects::class::class_of(obj), "__getitem__");
        match self.user_len(obj)? {
            Some(n) if has_getitem => Ok(PyIter::value(
                "reversed",
                IterState::Reversed {
                    seq: obj.clone(),
                    next: n as isize - 1,
                },
            )),
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                type_name(obj)
            ))),
        }
    }

    /// `zip(strict=True)` when iterator `k` ran out: an error naming the
    /// first argument of a different length, or the end when all ran out.
    fn zip_uneven(&mut self, iters: &[Value], k: usize) -> PyResult<Option<Value>> {
        let message = |i: usize, how: &str| {
            let others = if i == 1 {
                " 1".to_owned()
            } else {
                format!("s 1-{i}")
            };
            PyErr::value_error(format!(
                "zip() argument {} is {how} than argument{others}",
                i + 1
            ))
        };
        if k > 0 {
            return Err(message(k, "shorter"));
        }
        for (i, it) in iters.iter().enumerate().skip(1) {
            if self.iter_next(it)?.is_some() {
                return Err(message(i, "longer"));
            }
        }
        Ok(None)
    }
}

/// The most items a range may be collected into (as `[0] * n` allows).
const MAX_COLLECT: i128 = 1 << 32;

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", type_name(v)))
}

/// A two-item result tuple: the iterator's last one refilled in place when
/// nobody else holds it any more (the consumer unpacked it), else a new one.
fn reuse_tuple(last: &mut Option<Rc<PyTuple>>, items: [Value; 2]) -> Value {
    if let Some(t) = last.as_mut().and_then(Rc::get_mut) {
        if t.items.len() == 2 {
            let [a, b] = items;
            t.items[0] = a;
            t.items[1] = b;
            return Value::Tuple(last.clone().expect("present"));
        }
    }
    let t = Rc::new(PyTuple {
        items: Box::new(items),
    });
    *last = Some(t.clone());
    Value::Tuple(t)
}
