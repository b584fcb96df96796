//! Instances of user subclasses of built-in types (`class Stack(list)`,
//! `class Celsius(float)`, `class Registry(dict)`): each carries a value of
//! its built-in base, made by the base's `__new__` (immutable types) or
//! `__init__` (mutable ones), and behaves as that value wherever the
//! subclass does not override a method — as CPython's inherited slots do.

use std::rc::Rc;

use crate::objects::class::class_of;
use crate::objects::{Args, ExcKind, PyClass, PyErr, PyInstance, PyResult, PyStr, Value};

use super::class::is_user_class;
use super::Vm;

/// The built-in types a class statement may derive from (besides `object`,
/// `type` and the exceptions, which have their own machinery).
const SUBCLASSABLE: &[&str] = &[
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "tuple",
    "frozenset",
    "list",
    "dict",
    "set",
];

/// True for a built-in type whose user subclasses carry a value of it.
pub fn is_subclassable(c: &PyClass) -> bool {
    c.module == "builtins" && SUBCLASSABLE.contains(&c.name.as_str())
}

/// The built-in data type `class` derives from, if any.
pub fn data_base(class: &Rc<PyClass>) -> Option<Rc<PyClass>> {
    std::iter::once(class)
        .chain(class.mro.iter())
        .find(|c| !is_user_class(c))
        .filter(|c| is_subclassable(c))
        .cloned()
}

/// The built-in value inside an instance of a subclass of a built-in type.
#[inline]
pub fn base_value(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base.as_ref(),
        _ => None,
    }
}

/// `v`, or the built-in value it carries.
pub fn unwrap_base(v: &Value) -> &Value {
    base_value(v).unwrap_or(v)
}

/// True for the types whose `__init__` fills the value (their `__new__`
/// makes an empty one).
fn is_mutable(base: &PyClass) -> bool {
    matches!(base.name.as_str(), "list" | "dict" | "set")
}

impl Vm {
    /// `base.__new__(class, *args)`: an instance of `class` carrying a value
    /// of its built-in base `base` (made from `args` for immutable types).
    pub fn new_with_base(
        &mut self,
        class: &Rc<PyClass>,
        base: &Rc<PyClass>,
        args: Args,
    ) -> PyResult<Value> {
        let value = if is_mutable(base) {
            match base.name.as_str() {
                "list" => Value::list(Vec::new()),
                "dict" => Value::Dict(Rc::new(crate::objects::PyDict::new())),
                _ => Value::Set(Rc::new(crate::objects::PySet::new())),
            }
        } else {
            crate::stdlib::builtins::construct(self, base, args)?
        };
        Ok(Value::Instance(PyInstance::with_base(class.clone(), value)))
    }

    /// The base type's `__init__` for an instance carrying `value`: a list
    /// or set is refilled from the argument, a dict updated; immutable
    /// types were made whole by `__new__`.
    pub fn init_base(&mut self, value: &Value, args: Args) -> PyResult<()> {
        match value {
            Value::List(l) => {
                args.no_kwargs("list")?;
                let a = args.check_count("list", 0, 1)?;
                let items = match a.first() {
                    Some(v) => self.collect(v)?,
                    None => Vec::new(),
                };
                *l.items.borrow_mut() = items;
            }
            Value::Set(s) => {
                args.no_kwargs("set")?;
                let a = args.check_count("set", 0, 1)?;
                s.table_mut().clear();
                if let Some(v) = a.first() {
                    for item in self.collect(v)? {
                        self.set_add(s, item)?;
                    }
                }
            }
            Value::Dict(_) => {
                let update = self.get_attr(value, &PyStr::new("update"))?;
                self.call(&update, args)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// `v.<name>(*args)` for a special method: the user class's, else the
    /// built-in base's (`round()` of a `float` subclass); `None` if neither.
    pub fn call_special_or_base(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        if let Some(r) = self.call_special(v, name, args)? {
            return Ok(Some(r));
        }
        match self.base_attr(v, name)? {
            Some(f) => self.call_positional(&f, args).map(Some),
            None => Ok(None),
        }
    }

    /// An attribute of `obj` that its built-in base provides (methods bound
    /// to the carried value); `None` when the base has no such attribute.
    pub fn base_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(value) = base_value(obj) else {
            return Ok(None);
        };
        if name == "__init__" {
            let f = crate::stdlib::builtins::builtin("__init__", base_init);
            return Ok(Some(Value::Method(Rc::new(crate::objects::PyMethod {
                func: f,
                this: obj.clone(),
            }))));
        }
        let value = value.clone();
        match self.get_attr(&value, &PyStr::new(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// `list.__init__(self, *args)` and friends, for instances of subclasses
/// (a no-op for other objects, as `object.__init__` after `__new__`).
pub fn base_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.values.first() else {
        return Err(PyErr::type_error("descriptor '__init__' needs an argument"));
    };
    if let Some(value) = base_value(this).cloned() {
        let rest = Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        };
        vm.init_base(&value, rest)?;
    }
    Ok(Value::None)
}

/// `int.__new__(cls, *args)` (and the other built-in types' `__new__`): a
/// user subclass's instance carrying the value, or a plain value for the
/// built-in type itself.
pub fn base_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.values.first() else {
        return Err(PyErr::type_error("__new__(): not enough arguments"));
    };
    let Value::Class(class) = first else {
        return Err(PyErr::type_error(format!(
            "__new__(X): X is not a type object ({})",
            super::ops::type_name(first)
        )));
    };
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    match data_base(class) {
        Some(base) if Rc::ptr_eq(&base, class) => {
            crate::stdlib::builtins::construct(vm, class, rest)
        }
        Some(base) => vm.new_with_base(class, &base, rest),
        None => Err(PyErr::type_error(format!(
            "__new__(X): X is not a subtype of {}",
            class_of(first).name
        ))),
    }
}

/// The `TypeError` for bases whose instances cannot share one layout
/// (`class X(list, dict)`).
pub fn check_layout(bases: &[Rc<PyClass>]) -> PyResult<()> {
    let mut found: Option<Rc<PyClass>> = None;
    for b in bases {
        let Some(base) = data_base(b) else { continue };
        match &found {
            Some(f) if !Rc::ptr_eq(f, &base) => {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ))
            }
            _ => found = Some(base),
        }
    }
    Ok(())
}
