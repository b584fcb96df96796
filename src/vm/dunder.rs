//! Special methods of user classes, dispatched on the slow paths of the
//! built-in operations: repr/str/format, comparisons, arithmetic, truth,
//! `len`, subscripts, membership, iteration, `with`, `hash` and `__del__`.

use std::rc::Rc;

use crate::bytecode::{BinaryOp, CompareOp, UnaryOp};
use crate::objects::class::class_of;
use crate::objects::{ExcKind, PyErr, PyResult, Value};

use super::builtin_subclass::{base_value, unwrap_base};
use super::class::{bind, lookup};
use super::ops::type_name;
use super::Vm;

/// True for values whose behaviour comes from a user class: instances, and
/// classes whose metaclass is a user class.
#[inline]
pub fn is_user(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Class(c) => c.metaclass.is_some(),
        _ => false,
    }
}

/// The special method `name` of `v`'s class, if a user class defines it.
fn special(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(i) => lookup(&i.class, name),
        Value::Exception(e) => lookup(&e.class, name),
        Value::Class(c) => c.metaclass.as_ref().and_then(|m| lookup(m, name)),
        _ => None,
    }
    .filter(|f| !f.is_none())
}

fn reflected(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
        other => other,
    }
}

fn compare_name(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

impl Vm {
    /// Calls `v`'s special method `name` with `args`; `None` when it has none.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = special(v, name) else {
            return Ok(None);
        };
        let mut values = Vec::with_capacity(args.len() + 1);
        if let Value::Function(_) = f {
            values.push(v.clone());
            values.extend_from_slice(args);
            return self.call_positional(&f, &values).map(Some);
        }
        let f = bind(&f, Some(v.clone()), &class_of(v));
        self.call_positional(&f, args).map(Some)
    }

    /// `a <op> b` when an operand is a user object: the method, then the
    /// reflected one, then identity for `==`/`!=`.
    pub fn user_compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (ca, cb) = (class_of(a), class_of(b));
        let rop = reflected(op);
        let b_first = !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca) && is_user(b);
        if b_first {
            if let Some(r) = self.try_compare(rop, b, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_compare(op, a, b)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.try_compare(rop, b, a)? {
                return Ok(r);
            }
        }
        if base_value(a).is_some() || base_value(b).is_some() {
            // The built-in base's comparison, on the values the objects carry.
            return self.compare(op, unwrap_base(a), unwrap_base(b));
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    /// One rich comparison method call; `None` for a missing method or `NotImplemented`.
    fn try_compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let r = match self.call_special(a, compare_name(op), std::slice::from_ref(b))? {
            Some(r) => r,
            None if op == CompareOp::Ne && is_user(a) => {
                // object.__ne__ inverts __eq__.
                match self.call_special(a, "__eq__", std::slice::from_ref(b))? {
                    Some(Value::NotImplemented) | None => return Ok(None),
                    Some(r) => Value::Bool(!self.is_true(&r)?),
                }
            }
            None => return Ok(None),
        };
        Ok(match r {
            Value::NotImplemented => None,
            r => Some(r),
        })
    }

    /// `a <op> b` (or `a <op>= b`) through `__add__`/`__radd__`/`__iadd__` and friends.
    pub fn user_binary(
        &mut self,
        op: BinaryOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let name = op.dunder();
        let stem = &name[2..];
        if inplace {
            let iname = format!("__i{stem}");
            if let Some(r) = self.call_special(a, &iname, std::slice::from_ref(b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        let rname = format!("__r{stem}");
        let (ca, cb) = (class_of(a), class_of(b));
        let same = Rc::ptr_eq(&ca, &cb);
        let b_first = !same && cb.is_subclass(&ca) && is_user(b);
        if b_first {
            if let Some(r) = self.call_special(b, &rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if !same && !b_first {
            if let Some(r) = self.call_special(b, &rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if base_value(a).is_some() || base_value(b).is_some() {
            // The built-in base's operator, on the values the objects carry;
            // an in-place operator on a mutable value keeps the object.
            let (x, y) = (unwrap_base(a).clone(), unwrap_base(b).clone());
            let r = self.binary_op(op, &x, &y, inplace).map_err(|e| {
                // When no operand supports it, the message names the objects'
                // own types (`'Counter' and 'int'`), not their bases'.
                let generic = format!("unsupported operand type(s) for {}", op.symbol());
                match e.exc.first_arg() {
                    Some(Value::Str(m))
                        if e.is(ExcKind::TypeError) && m.as_str().starts_with(&generic) =>
                    {
                        let (bx, by) = (type_name(&x), type_name(&y));
                        let (ta, tb) = (type_name(a), type_name(b));
                        let fixed = m.as_str().replacen(
                            &format!("'{bx}' and '{by}'"),
                            &format!("'{ta}' and '{tb}'"),
                            1,
                        );
                        PyErr::type_error(fixed)
                    }
                    _ => e,
                }
            })?;
            let kept = inplace && matches!(base_value(a), Some(v) if v.is(&r));
            return Ok(Some(if kept { a.clone() } else { r }));
        }
        Ok(None)
    }

    /// `-v`, `+v`, `~v` through `__neg__`, `__pos__`, `__invert__`.
    pub fn user_unary(&mut self, op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => return Ok(Some(Value::Bool(!self.is_true(v)?))),
        };
        match (self.call_special(v, name, &[])?, base_value(v)) {
            (None, Some(value)) => {
                let value = value.clone();
                self.unary_op(op, &value).map(Some)
            }
            (r, _) => Ok(r),
        }
    }

    /// Truth of a user object: `__bool__`, else `__len__`, else true.
    pub fn user_truth(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(PyErr::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&other)
                ))),
            };
        }
        match self.user_len(v)? {
            Some(n) => Ok(n != 0),
            None => match base_value(v) {
                Some(value) => {
                    let value = value.clone();
                    self.is_true(&value)
                }
                None => Ok(true),
            },
        }
    }

    /// `len(v)` through `__len__`; `None` when the class has none.
    pub fn user_len(&mut self, v: &Value) -> PyResult<Option<i64>> {
        let Some(r) = self.call_special(v, "__len__", &[])? else {
            return match base_value(v) {
                Some(value)
                    if !matches!(
                        value,
                        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_)
                    ) =>
                {
                    let value = value.clone();
                    crate::stdlib::builtins::len_of(self, &value).map(|n| Some(n as i64))
                }
                _ => Ok(None),
            };
        };
        match r {
            Value::Int(n) if n < 0 => Err(PyErr::value_error("__len__() should return >= 0")),
            Value::Int(n) => Ok(Some(n)),
            Value::Bool(b) => Ok(Some(b as i64)),
            Value::BigInt(_) => Err(PyErr::overflow(
                "cannot fit 'int' into an index-sized integer",
            )),
            other => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&other)
            ))),
        }
    }

    /// `repr()` of instances and bound methods.
    pub fn repr_object(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Method(m) = v {
            let (func, this) = (m.func.clone(), m.this.clone());
            let name = match &func {
                Value::Function(f) => f.qualname.borrow().as_str().to_owned(),
                Value::Builtin(b) => b.name.to_owned(),
                other => self.repr(other)?,
            };
            return Ok(format!("<bound method {name} of {}>", self.repr(&this)?));
        }
        match self.call_special(v, "__repr__", &[])? {
            Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
            Some(other) => Err(PyErr::type_error(format!(
                "__repr__ returned non-string (type {})",
                type_name(&other)
            ))),
            None => match (v, base_value(v)) {
                (Value::Class(c), _) => Ok(c.repr()),
                (_, Some(value)) => {
                    let value = value.clone();
                    self.repr(&value)
                }
                _ => self.default_repr(v),
            },
        }
    }

    /// `object.__repr__`: `<__main__.P object at 0x...>`.
    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        let c = class_of(v);
        let name = if c.module == "builtins" {
            c.qualname.clone()
        } else {
            format!("{}.{}", c.module, c.qualname)
        };
        Ok(format!("<{name} object at {:#x}>", v.ptr().unwrap_or(0)))
    }

    /// `str()` of a user object: `__str__`, else its repr. `None` for other values.
    pub fn user_str(&mut self, v: &Value) -> PyResult<Option<String>> {
        match self.call_special(v, "__str__", &[])? {
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_owned())),
            Some(other) => Err(PyErr::type_error(format!(
                "__str__ returned non-string (type {})",
                type_name(&other)
            ))),
            None => match base_value(v) {
                // str.__str__ gives the string; the other bases' is object's.
                Some(Value::Str(s)) => Ok(Some(s.as_str().to_owned())),
                _ if is_user(v) => self.repr_object(v).map(Some),
                _ => Ok(None),
            },
        }
    }

    /// `BaseException.__str__`.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let Value::Exception(e) = v else {
            return self.str(v);
        };
        if let Some(s) = super::exception_group::group_str(self, e)? {
            return Ok(s);
        }
        if let Some((errno, strerror, file, file2)) = crate::objects::os_error::str_parts(&e.dict) {
            let mut s = format!("[Errno {}] {}", self.str(&errno)?, self.str(&strerror)?);
            if let Some(f) = file {
                s = format!("{s}: {}", self.repr(&f)?);
            }
            if let Some(f) = file2 {
                s = format!("{s} -> {}", self.repr(&f)?);
            }
            return Ok(s);
        }
        if e.is(ExcKind::SyntaxError) {
            let msg = super::syntax_error::field(e, "msg").unwrap_or(Value::None);
            let msg = self.str(&msg)?;
            return Ok(super::syntax_error::str_with_location(e, msg));
        }
        let args = e.args.borrow().clone();
        match args.items.len() {
            0 => Ok(String::new()),
            1 if e.is(ExcKind::KeyError) => self.repr(&args.items[0]),
            1 => self.str(&args.items[0]),
            _ => self.repr(&Value::Tuple(args)),
        }
    }

    /// `format(v, spec)` through `__format__`; `None` when the class has none.
    pub fn user_format(&mut self, v: &Value, spec: &str) -> PyResult<Option<String>> {
        match self.call_special(v, "__format__", &[Value::str(spec)])? {
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_owned())),
            Some(other) => Err(PyErr::type_error(format!(
                "__format__ must return a str, not {}",
                type_name(&other)
            ))),
            None if spec.is_empty() => Ok(None),
            None => match base_value(v) {
                Some(value) => {
                    let value = value.clone();
                    self.format(&value, spec).map(Some)
                }
                None => Ok(None),
            },
        }
    }

    /// `obj[key]` for user objects (and `C[key]` through `__class_getitem__`).
    pub fn user_getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let meta_getitem = special(obj, "__getitem__").is_some();
        if let (Value::Class(c), false) = (obj, meta_getitem) {
            return match lookup(c, "__class_getitem__") {
                Some(f) => {
                    let f = bind(&f, None, c);
                    self.call_positional(&f, std::slice::from_ref(key))
                }
                None => Err(PyErr::type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name
                ))),
            };
        }
        match self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
            Some(v) => Ok(v),
            None => match base_value(obj).cloned() {
                Some(Value::Dict(d)) => match self.dict_get(&d, key)? {
                    Some(v) => Ok(v),
                    // dict.__getitem__ asks a subclass's __missing__.
                    None => {
                        match self.call_special(obj, "__missing__", std::slice::from_ref(key))? {
                            Some(v) => Ok(v),
                            None => Err(PyErr::key_error(key.clone())),
                        }
                    }
                },
                Some(value) => self.get_item(&value, key),
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not subscriptable",
                    type_name(obj)
                ))),
            },
        }
    }

    /// `obj[key] = value` (`Some`) or `del obj[key]` (`None`) for user objects.
    pub fn user_setitem(&mut self, obj: &Value, key: Value, value: Option<Value>) -> PyResult<()> {
        if let Some(base) = base_value(obj) {
            let dunder = if value.is_some() {
                "__setitem__"
            } else {
                "__delitem__"
            };
            if special(obj, dunder).is_none() {
                let base = base.clone();
                return match value {
                    Some(v) => self.set_item(&base, key, v),
                    None => self.del_item(&base, &key),
                };
            }
        }
        let (r, msg) = match value {
            Some(v) => (
                self.call_special(obj, "__setitem__", &[key, v])?,
                "does not support item assignment",
            ),
            None => (
                self.call_special(obj, "__delitem__", &[key])?,
                "doesn't support item deletion",
            ),
        };
        match r {
            Some(_) => Ok(()),
            None => Err(PyErr::type_error(format!(
                "'{}' object {msg}",
                type_name(obj)
            ))),
        }
    }

    /// `item in obj` for user objects: `__contains__`, else iteration.
    pub fn user_contains(&mut self, obj: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(obj, "__contains__", std::slice::from_ref(item))? {
            return self.is_true(&r);
        }
        if let Some(value) = base_value(obj) {
            let value = value.clone();
            return self.contains(&value, item);
        }
        if !self.user_iterable(obj) {
            return Err(PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(obj)
            )));
        }
        let it = self.get_iter(obj)?;
        while let Some(v) = self.iter_next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(obj)` for user objects.
    pub fn user_iter(&mut self, obj: &Value) -> PyResult<Value> {
        if let (None, Some(value)) = (special(obj, "__iter__"), base_value(obj)) {
            let value = value.clone();
            return self.get_iter(&value);
        }
        match self.call_special(obj, "__iter__", &[])? {
            Some(it) => {
                if !self.is_iterator(&it) {
                    return Err(PyErr::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        type_name(&it)
                    )));
                }
                Ok(it)
            }
            None => Err(PyErr::type_error(format!(
                "'{}' object is not iterable",
                type_name(obj)
            ))),
        }
    }

    /// True for values `next()` accepts.
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Generator(_) => true,
            Value::Instance(_) | Value::Class(_) => special(v, "__next__").is_some(),
            _ => false,
        }
    }

    /// True when a user object is iterable: `__iter__`, or `__getitem__` (the sequence protocol).
    pub fn user_iterable(&self, v: &Value) -> bool {
        if let Some(value) = base_value(v) {
            return self.is_iterable(value);
        }
        special(v, "__iter__").is_some() || special(v, "__getitem__").is_some()
    }

    /// `next(obj)` for user iterators: `None` when `StopIteration` was raised.
    pub fn user_next(&mut self, obj: &Value) -> PyResult<Option<Value>> {
        match self.call_special(obj, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                type_name(obj)
            ))),
            Err(e) if e.is(ExcKind::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The `with` protocol for user objects: `(bound __exit__, __enter__())`.
    pub fn user_enter(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let class = class_of(ctx);
        let enter = special(ctx, "__enter__");
        let exit = special(ctx, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(ctx)
            )));
        };
        let exit = bind(&exit, Some(ctx.clone()), &class);
        let enter = bind(&enter, Some(ctx.clone()), &class);
        let entered = self.call_positional(&enter, &[])?;
        Ok((exit, entered))
    }

    /// `hash(obj)` for user objects: `__hash__` (None makes the class unhashable).
    pub fn user_hash(&mut self, obj: &Value) -> PyResult<i64> {
        let class = class_of(obj);
        match lookup(&class, "__hash__") {
            Some(Value::None) => Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                class.tp_name()
            ))),
            // `__hash__ = object.__hash__` restores the identity hash.
            Some(Value::Builtin(b)) if b.name == "__hash__" && b.bound.is_none() => {
                Ok(crate::objects::dict::value_identity_hash(obj))
            }
            Some(_) => match self.call_special(obj, "__hash__", &[])? {
                Some(Value::Int(h)) => Ok(if h == -1 { -2 } else { h }),
                Some(Value::Bool(b)) => Ok(b as i64),
                Some(v @ Value::BigInt(_)) => crate::objects::dict::hash_value(&v),
                _ => Err(PyErr::type_error(
                    "__hash__ method should return an integer",
                )),
            },
            None => match base_value(obj) {
                Some(value) => {
                    let value = value.clone();
                    self.hash(&value)
                }
                None => Ok(crate::objects::dict::value_identity_hash(obj)),
            },
        }
    }

    /// Runs the `__del__` of instances whose last reference went away.
    pub fn run_finalizers(&mut self) {
        for obj in crate::objects::instance::take_finalizers() {
            if let Value::Generator(g) = &obj {
                if crate::stdlib::asyncio::defer_asyncgen_close(g) {
                    continue;
                }
                if let Err(e) = self.gen_close(g) {
                    let what = self.repr(&obj).unwrap_or_default();
                    let report = super::traceback::format_unraisable(self, &e);
                    self.write_stderr(&format!("Exception ignored in: {what}\n{report}"));
                }
                continue;
            }
            if crate::stdlib::asyncio::future::report_lost(self, &obj) {
                continue;
            }
            if let Err(e) = self.call_special(&obj, "__del__", &[]) {
                let func = special(&obj, "__del__").unwrap_or(Value::None);
                let what = self.repr(&func).unwrap_or_default();
                let report = super::traceback::format_unraisable(self, &e);
                self.write_stderr(&format!("Exception ignored in: {what}\n{report}"));
            }
        }
    }
}
