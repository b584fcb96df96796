//! Operators on values: arithmetic, comparison, truth, membership, and the
//! helpers the eval loop uses for sets and exception matching.

use std::cmp::Ordering;
use std::rc::Rc;

use num_integer::Integer;
use num_traits::ToPrimitive;

use crate::numeric;
use crate::objects::complex::Complex;

use crate::bytecode::{BinaryOp, CompareOp, UnaryOp};
use crate::objects::bytes::bytes_like;
use crate::objects::class::class_of;
use crate::objects::exception::is_exception_class;
use crate::objects::{ExcKind, PyErr, PyResult, PySet, Value};

use super::Vm;

/// The name of `v`'s class, as messages print it (`'int'`).
pub fn type_name(v: &Value) -> String {
    class_of(v).tp_name()
}

/// An int value as a big integer (for the slow paths).
pub fn to_bigint(v: &Value) -> Option<num_bigint::BigInt> {
    match v {
        Value::Int(i) => Some(num_bigint::BigInt::from(*i)),
        Value::Bool(b) => Some(num_bigint::BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// True for int, bool and big int values.
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// The float value of an int or float (`None` for other types or huge ints).
pub fn to_f64(v: &Value) -> Option<PyResult<f64>> {
    Some(Ok(match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => match numeric::big_to_f64(b) {
            Some(f) => f,
            None => return Some(Err(PyErr::overflow("int too large to convert to float"))),
        },
        _ => return None,
    }))
}

/// Numeric equality across int, bool and float; `None` when either is not a number.
pub fn numbers_equal(a: &Value, b: &Value) -> Option<bool> {
    if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
        let (x, y) = (as_complex(a)?.ok()?, as_complex(b)?.ok()?);
        return Some(x.re == y.re && x.im == y.im);
    }
    numeric_cmp(a, b).map(|o| o == Some(Ordering::Equal))
}

/// Exact ordering of two numbers (`Some(None)` when a NaN is involved).
fn numeric_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Float(x), _) => numeric::cmp_int_float(&b.as_int()?, *x).map(Ordering::reverse),
        (_, Float(y)) => numeric::cmp_int_float(&a.as_int()?, *y),
        _ => Some(a.as_int()?.cmp(&b.as_int()?)),
    })
}

/// `x <op> y` for two machine ints.
#[inline(always)]
pub fn compare_ints(op: CompareOp, x: i64, y: i64) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// The fast path for int and float operands; `None` means "take the general path".
#[inline(always)]
pub fn binary_fast(op: BinaryOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinaryOp::Add => x.checked_add(y).map(Value::Int),
                BinaryOp::Sub => x.checked_sub(y).map(Value::Int),
                BinaryOp::Mul => x.checked_mul(y).map(Value::Int),
                BinaryOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
                    Some(Value::Int(Integer::div_floor(&x, &y)))
                }
                BinaryOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
                    Some(Value::Int(x.mod_floor(&y)))
                }
                BinaryOp::And => Some(Value::Int(x & y)),
                BinaryOp::Or => Some(Value::Int(x | y)),
                BinaryOp::Xor => Some(Value::Int(x ^ y)),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinaryOp::Add => Some(Value::Float(x + y)),
                BinaryOp::Sub => Some(Value::Float(x - y)),
                BinaryOp::Mul => Some(Value::Float(x * y)),
                BinaryOp::TrueDiv if y != 0.0 => Some(Value::Float(x / y)),
                _ => None,
            }
        }
        _ => None,
    }
}

impl Vm {
    /// `a <op> b` for every operand type the built-in types support.
    pub fn binary_op(
        &mut self,
        op: BinaryOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if let Some(r) = binary_fast(op, a, b) {
            return Ok(r);
        }
        if is_int(a) && is_int(b) {
            return int_op(op, a, b);
        }
        if (matches!(a, Value::Float(_)) && (is_int(b) || matches!(b, Value::Float(_)))
            || matches!(b, Value::Float(_)) && is_int(a))
            && float_supports(op)
        {
            let x = to_f64(a).expect("number")?;
            let y = to_f64(b).expect("number")?;
            return float_op(op, x, y);
        }
        if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
            if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
                if let Some(r) = complex_op(op, x?, y?)? {
                    return Ok(r);
                }
            }
        }
        if super::dunder::is_user(a) || super::dunder::is_user(b) {
            if let Some(r) = self.user_binary(op, a, b, inplace)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.view_set_op(op, a, b)? {
            return Ok(r);
        }
        if op == BinaryOp::Or {
            if let Some(r) = crate::stdlib::types::class_union(self, a, b)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.sequence_op(op, a, b, inplace)? {
            return Ok(r);
        }
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if inplace {
                format!("{}=", op.symbol().trim_end_matches(" or pow()"))
            } else {
                op.symbol().to_owned()
            },
            type_name(a),
            type_name(b)
        )))
    }

    /// `view <op> other` for dict keys and items views: set operations on
    /// their contents (the result is a set, as in CPython).
    fn view_set_op(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let is_view = |v: &Value| match v {
            Value::Native(n) => n
                .as_any()
                .downcast_ref::<crate::methods::dict::DictView>()
                .is_some_and(|d| d.part != crate::objects::iter::DictPart::Values),
            _ => false,
        };
        if !matches!(
            op,
            BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor
        ) || !(is_view(a) || is_view(b))
        {
            return Ok(None);
        }
        let to_set = |vm: &mut Vm, v: &Value| -> PyResult<Value> {
            match v {
                Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
                other => {
                    let items = vm.collect(other)?;
                    Ok(Value::Set(Rc::new(vm.new_set(items)?)))
                }
            }
        };
        let (x, y) = (to_set(self, a)?, to_set(self, b)?);
        let x = match x {
            Value::FrozenSet(s) => Value::Set(s),
            other => other,
        };
        set_op(self, op, &x, &y, false).map(Some)
    }

    /// `+`, `*`, `|`, `&`, `-`, `^` and `%` on str, list, tuple, set and dict.
    fn sequence_op(
        &mut self,
        op: BinaryOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use Value::*;
        Ok(Some(match (op, a, b) {
            (BinaryOp::Add, Str(x), Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (BinaryOp::Add, List(x), List(y)) => {
                if inplace {
                    let extra = y.items.borrow().clone();
                    x.items.borrow_mut().extend(extra);
                    return Ok(Some(a.clone()));
                }
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Value::list(v)
            }
            (BinaryOp::Add, List(x), _) if inplace => {
                let extra = self.collect(b)?;
                x.items.borrow_mut().extend(extra);
                return Ok(Some(a.clone()));
            }
            (BinaryOp::Add, Tuple(x), Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (BinaryOp::Mul, List(x), _) if inplace && is_int(b) => {
                if let Value::List(r) = repeat(a, b)? {
                    let items = std::mem::take(&mut *r.items.borrow_mut());
                    *x.items.borrow_mut() = items;
                }
                return Ok(Some(a.clone()));
            }
            (BinaryOp::Mul, Str(_) | List(_) | Tuple(_), _) if is_int(b) => {
                return repeat(a, b).map(Some)
            }
            (BinaryOp::Mul, _, Str(_) | List(_) | Tuple(_)) if is_int(a) => {
                return repeat(b, a).map(Some)
            }
            (BinaryOp::Or, Dict(x), _) if inplace => {
                crate::methods::dict::update_from(self, x, b)?;
                return Ok(Some(a.clone()));
            }
            (BinaryOp::Or, Dict(x), Dict(y)) => {
                let d = crate::objects::PyDict::new();
                *d.map_mut() = x.map().clone();
                for (h, k, v) in y.hashed_items() {
                    self.dict_set_hashed(&d, k, v, h)?;
                }
                Value::Dict(Rc::new(d))
            }
            (
                BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor,
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
            ) => set_op(self, op, a, b, inplace)?,
            (BinaryOp::Add, Str(_) | List(_) | Tuple(_), _) => {
                return Err(PyErr::type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    type_name(a),
                    type_name(b),
                    type_name(a)
                )))
            }
            (BinaryOp::Mul, Str(_) | List(_) | Tuple(_), _)
            | (BinaryOp::Mul, _, Str(_) | List(_) | Tuple(_))
                if bytes_like(a).is_none() && bytes_like(b).is_none() =>
            {
                let other = if matches!(a, Str(_) | List(_) | Tuple(_)) {
                    b
                } else {
                    a
                };
                return Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(other)
                )));
            }
            (BinaryOp::Mod, Str(x), _) => {
                return crate::methods::percent::format(self, x, b).map(Some)
            }
            (_, Bytes(_) | ByteArray(_), _) | (_, _, Bytes(_) | ByteArray(_)) => {
                return crate::methods::bytes::binary_op(self, op, a, b, inplace)
            }
            _ => return Ok(Option::None),
        }))
    }

    /// `-v`, `+v`, `~v`, `not v`.
    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.is_true(v)?));
        }
        Ok(match (op, v) {
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_int(numeric::Int::Small(*i).neg()),
            },
            (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i64)),
            (UnaryOp::Neg, Value::BigInt(b)) => Value::from_bigint(-(**b).clone()),
            (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
            (UnaryOp::Neg, Value::Complex(c)) => Value::complex(-c.re, -c.im),
            (UnaryOp::Pos, Value::Complex(_)) => v.clone(),
            (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i64),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => v.clone(),
            (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
            (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(*b as i64)),
            (UnaryOp::Invert, Value::BigInt(b)) => Value::from_bigint(-(**b).clone() - 1),
            (_, Value::Instance(_)) if let Some(r) = self.user_unary(op, v)? => r,
            _ => {
                let sym = match op {
                    UnaryOp::Neg => "unary -",
                    UnaryOp::Pos => "unary +",
                    _ => "unary ~",
                };
                return Err(PyErr::type_error(format!(
                    "bad operand type for {sym}: '{}'",
                    type_name(v)
                )));
            }
        })
    }

    /// Truth value, as `bool(v)`.
    #[inline]
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) => return self.user_truth(v),
            Value::Class(c) if c.metaclass.is_some() => return self.user_truth(v),
            Value::Native(n) => match n.as_any().downcast_ref::<crate::methods::dict::DictView>() {
                Some(view) => !view.dict.is_empty(),
                None => true,
            },
            Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
            _ => true,
        })
    }

    /// `a == b`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        if let Some(r) = numbers_equal(a, b) {
            return Ok(r);
        }
        if matches!(a, Native(_)) || matches!(b, Native(_)) {
            if let Some(Value::Set(s)) = self.view_set_op(BinaryOp::Or, a, a)? {
                let other = match self.view_set_op(BinaryOp::Or, b, b)? {
                    Some(o) => o,
                    Option::None => b.clone(),
                };
                return self.eq(&Value::Set(s), &other);
            }
        }
        Ok(match (a, b) {
            (Str(x), Str(y)) => x.as_str() == y.as_str(),
            (Bytes(_) | ByteArray(_) | Native(_), _) | (_, Bytes(_) | ByteArray(_) | Native(_))
                if let Some(eq) = crate::objects::bytes::buffers_equal(a, b) =>
            {
                eq
            }
            (List(x), List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
                self.nested_compare(|vm| vm.seq_eq(&xs, &ys))?
            }
            (Tuple(x), Tuple(y)) => self.nested_compare(|vm| vm.seq_eq(&x.items, &y.items))?,
            (Slice(x), Slice(y)) => {
                let (xs, ys) = (slice_parts(x), slice_parts(y));
                self.seq_eq(&xs, &ys)?
            }
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                self.nested_compare(|vm| {
                    // Keys are looked up by their stored hashes (no `__hash__` calls).
                    for (h, k, v) in x.hashed_items() {
                        match vm.dict_index(y, &k, h)?.and_then(|i| y.value_at(i)) {
                            Some(w) if v.is(&w) || vm.eq(&v, &w)? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })?
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                x.len() == y.len() && self.set_within(x, y)?
            }
            (Range(x), Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || x.start == y.start && (lx == 1 || x.step == y.step))
            }
            _ if super::dunder::is_user(a) || super::dunder::is_user(b) => {
                let r = self.user_compare(CompareOp::Eq, a, b)?;
                self.is_true(&r)?
            }
            _ => a.is(b),
        })
    }

    /// Runs a comparison of nested containers one level deeper, failing as
    /// CPython does when recursive structures nest past the recursion limit.
    fn nested_compare<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.depth() >= self.recursion_limit {
            return Err(PyErr::new(
                crate::objects::ExcKind::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    fn seq_eq(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.iter().zip(ys) {
            if !x.is(y) && !self.eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A rich comparison, as the `Compare` instruction performs it.
    pub fn compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(compare_ints(op, *x, *y)));
        }
        if super::dunder::is_user(a) || super::dunder::is_user(b) {
            return self.user_compare(op, a, b);
        }
        match op {
            CompareOp::Eq => return Ok(Value::Bool(self.eq(a, b)?)),
            CompareOp::Ne => return Ok(Value::Bool(!self.eq(a, b)?)),
            _ => {}
        }
        let ord = self.order(a, b, op)?;
        Ok(Value::Bool(match (op, ord) {
            (_, None) => false,
            (CompareOp::Lt, Some(o)) => o == Ordering::Less,
            (CompareOp::Le, Some(o)) => o != Ordering::Greater,
            (CompareOp::Gt, Some(o)) => o == Ordering::Greater,
            (CompareOp::Ge, Some(o)) => o != Ordering::Less,
            _ => false,
        }))
    }

    /// Orders `a` and `b` for `<` and friends (`None` when unordered, as NaN).
    pub fn order(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Ordering>> {
        use Value::*;
        if let Some(o) = numeric_cmp(a, b) {
            return Ok(o);
        }
        if matches!(a, Native(_)) || matches!(b, Native(_)) {
            // Keys and items views order as the sets of their contents.
            let setlike = |v: &Value| matches!(v, Set(_) | FrozenSet(_));
            if let Some(x) = self.view_set_op(BinaryOp::Or, a, a)? {
                if let Some(y) = self.view_set_op(BinaryOp::Or, b, b)? {
                    return self.order(&x, &y, op);
                }
                if setlike(b) {
                    return self.order(&x, b, op);
                }
            } else if setlike(a) {
                if let Some(y) = self.view_set_op(BinaryOp::Or, b, b)? {
                    return self.order(a, &y, op);
                }
            }
        }
        match (a, b) {
            (Str(x), Str(y)) => Ok(Some(x.as_str().cmp(y.as_str()))),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                Ok(Some(bytes_like(a).cmp(&bytes_like(b))))
            }
            (List(x), List(y)) => {
                let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
                self.nested_compare(|vm| vm.seq_order(&xs, &ys, op))
            }
            (Tuple(x), Tuple(y)) => {
                let (xs, ys) = (x.items.clone(), y.items.clone());
                self.nested_compare(|vm| vm.seq_order(&xs, &ys, op))
            }
            (Slice(x), Slice(y)) => self.seq_order(&slice_parts(x), &slice_parts(y), op),
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                // Subset tests, only the one `op` needs (as CPython runs them).
                let holds = match op {
                    CompareOp::Lt => x.len() < y.len() && self.set_within(x, y)?,
                    CompareOp::Le => x.len() <= y.len() && self.set_within(x, y)?,
                    CompareOp::Gt => x.len() > y.len() && self.set_within(y, x)?,
                    _ => y.len() <= x.len() && self.set_within(y, x)?,
                };
                Ok(match (holds, op) {
                    (false, _) => Option::None,
                    (true, CompareOp::Lt | CompareOp::Le) => Some(Ordering::Less),
                    (true, _) => Some(Ordering::Greater),
                })
            }
            _ if super::dunder::is_user(a) || super::dunder::is_user(b) => {
                // Only the truth of `a <op> b` is known: map it onto an ordering for `op`.
                let r = self.user_compare(op, a, b)?;
                let t = self.is_true(&r)?;
                Ok(Some(match (op, t) {
                    (CompareOp::Lt | CompareOp::Le, true) => Ordering::Less,
                    (CompareOp::Gt | CompareOp::Ge, true) => Ordering::Greater,
                    (CompareOp::Lt | CompareOp::Gt, false) => Ordering::Equal,
                    (CompareOp::Le, false) => Ordering::Greater,
                    (_, false) => Ordering::Less,
                    _ => Ordering::Equal,
                }))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    fn seq_order(
        &mut self,
        xs: &[Value],
        ys: &[Value],
        op: CompareOp,
    ) -> PyResult<Option<Ordering>> {
        for (x, y) in xs.iter().zip(ys) {
            if x.is(y) || self.eq(x, y)? {
                continue;
            }
            return self.order(x, y, op);
        }
        Ok(Some(xs.len().cmp(&ys.len())))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        use Value::*;
        match container {
            Str(s) => match super::builtin_subclass::unwrap_base(item) {
                Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                ))),
            },
            Bytes(_) | ByteArray(_) => crate::methods::bytes::contains(container, item),
            Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Set(s) | FrozenSet(s) => self.set_contains(s, item),
            Range(r) => Ok(match item {
                Int(_) | Bool(_) | BigInt(_) => to_bigint(item)
                    .and_then(|b| b.to_i128())
                    .and_then(|i| crate::methods::range::position(r, i))
                    .is_some(),
                _ => {
                    let it = self.get_iter(container)?;
                    let mut found = false;
                    while let Some(v) = self.iter_next(&it)? {
                        if self.eq(&v, item)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            }),
            List(l) => {
                let items = l.items.borrow().clone();
                self.any_eq(&items, item)
            }
            Tuple(t) => self.any_eq(&t.items.clone(), item),
            Instance(_) => self.user_contains(container, item),
            Class(c) if c.metaclass.is_some() => self.user_contains(container, item),
            Native(n) if let Some(view) = n.as_any().downcast_ref() => {
                crate::methods::dict::view_contains(self, view, item)
            }
            _ => {
                if self.is_iterable(container) {
                    let it = self.get_iter(container)?;
                    while let Some(v) = self.iter_next(&it)? {
                        if v.is(item) || self.eq(&v, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                } else {
                    Err(PyErr::type_error(format!(
                        "argument of type '{}' is not iterable",
                        type_name(container)
                    )))
                }
            }
        }
    }

    /// True when every element of `x` is in `y`.
    fn set_within(&mut self, x: &PySet, y: &PySet) -> PyResult<bool> {
        for (h, k) in x.entries() {
            if !self.set_contains_hashed(y, &k, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn any_eq(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// A slice's `(start, stop, step)`: slices compare as these tuples.
fn slice_parts(s: &crate::objects::PySlice) -> [Value; 3] {
    [s.start.clone(), s.stop.clone(), s.step.clone()]
}

/// Arithmetic on two ints (the slow path: overflow, big ints, division, powers, shifts).
fn int_op(op: BinaryOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        // bool's own `&`, `|`, `^` keep the result a bool.
        match op {
            BinaryOp::And => return Ok(Value::Bool(x & y)),
            BinaryOp::Or => return Ok(Value::Bool(x | y)),
            BinaryOp::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    let (x, y) = (a.as_int().expect("int"), b.as_int().expect("int"));
    Ok(Value::from_int(match op {
        BinaryOp::Add => x.add(&y),
        BinaryOp::Sub => x.sub(&y),
        BinaryOp::Mul => x.mul(&y)?,
        BinaryOp::FloorDiv => x.floordiv(&y)?,
        BinaryOp::Mod => x.modulo(&y)?,
        BinaryOp::TrueDiv => return Ok(Value::Float(x.truediv(&y)?)),
        BinaryOp::Pow => match x.pow(&y)? {
            numeric::IntPow::Int(i) => i,
            numeric::IntPow::Float(f) => return Ok(Value::Float(f)),
        },
        BinaryOp::LShift => x.lshift(&y)?,
        BinaryOp::RShift => x.rshift(&y)?,
        BinaryOp::And => x.bitand(&y),
        BinaryOp::Or => x.bitor(&y),
        BinaryOp::Xor => x.bitxor(&y),
        BinaryOp::MatMul => {
            return Err(PyErr::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    }))
}

/// True for the operators floats implement (not shifts, bitwise or `@`).
fn float_supports(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Add
            | BinaryOp::Sub
            | BinaryOp::Mul
            | BinaryOp::TrueDiv
            | BinaryOp::FloorDiv
            | BinaryOp::Mod
            | BinaryOp::Pow
    )
}

/// Arithmetic on floats (one operand may have been an int).
pub fn float_op(op: BinaryOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::TrueDiv => numeric::float_truediv(x, y)?,
        BinaryOp::FloorDiv => numeric::float_floordiv(x, y)?,
        BinaryOp::Mod => numeric::float_mod(x, y)?,
        BinaryOp::Pow => match numeric::float_pow(x, y)? {
            numeric::FloatPow::Float(f) => f,
            numeric::FloatPow::Complex => {
                return Ok(
                    complex_op(BinaryOp::Pow, Complex::new(x, 0.0), Complex::new(y, 0.0))?
                        .expect("pow is a complex operator"),
                )
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )))
        }
    }))
}

/// The `MemoryError` of an allocation that cannot be satisfied.
fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, vec![])
}

fn repeat(seq: &Value, n: &Value) -> PyResult<Value> {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            return Err(PyErr::overflow(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(n)
            )))
        }
    };
    let n = n.max(0) as usize;
    Ok(match seq {
        Value::Str(s) => {
            if n == 0 || s.char_len() == 0 {
                return Ok(Value::str(""));
            }
            if s.char_len() > isize::MAX as usize / n {
                return Err(PyErr::overflow("repeated string is too long"));
            }
            let total = s.as_str().len().checked_mul(n).ok_or_else(memory_error)?;
            let mut out = String::new();
            out.try_reserve_exact(total).map_err(|_| memory_error())?;
            for _ in 0..n {
                out.push_str(s.as_str());
            }
            Value::string(out)
        }
        Value::List(l) => {
            let items = l.items.borrow();
            if items.len().saturating_mul(n) > 1 << 32 {
                return Err(memory_error());
            }
            Value::list(
                items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * n)
                    .collect(),
            )
        }
        Value::Tuple(t) => {
            if t.items.len().saturating_mul(n) > 1 << 32 {
                return Err(memory_error());
            }
            Value::tuple(
                t.items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(t.items.len() * n)
                    .collect(),
            )
        }
        _ => unreachable!("repeat of a sequence"),
    })
}

/// `|`, `&`, `-`, `^` (and their in-place forms) between two sets.
fn set_op(vm: &mut Vm, op: BinaryOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    crate::methods::set::binary(vm, op, a, b, inplace)
}

/// `except T:` matching: `T` is an exception class or a tuple of them.
pub fn exception_matches(exc: &Value, typ: &Value) -> PyResult<bool> {
    let exc_class = class_of(exc);
    match typ {
        Value::Tuple(t) => {
            for item in t.items.iter() {
                if exception_matches(exc, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(c) if is_exception_class(typ) => Ok(exc_class.is_subclass(c)),
        _ => Err(PyErr::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// `repr()` of the values that need no VM (constants), for the disassembler.
pub fn repr_simple(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::numeric::float_repr(*f),
        Value::Str(s) => crate::numeric::py_str_repr(s.as_str()),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.items.iter().map(repr_simple).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        other => format!("<{}>", type_name(other)),
    }
}

/// A number as a complex (ints and floats too); `None` for other types.
pub fn as_complex(v: &Value) -> Option<PyResult<Complex>> {
    match v {
        Value::Complex(c) => Some(Ok(**c)),
        _ => to_f64(v).map(|r| r.map(|f| Complex::new(f, 0.0))),
    }
}

/// Arithmetic with a complex operand; `None` for operators complex lacks.
fn complex_op(op: BinaryOp, x: Complex, y: Complex) -> PyResult<Option<Value>> {
    let r = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::TrueDiv => x
            .checked_div(y)
            .ok_or_else(|| PyErr::zero_division("complex division by zero"))?,
        BinaryOp::Pow => x.pow(y)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::complex(r.re, r.im)))
}
