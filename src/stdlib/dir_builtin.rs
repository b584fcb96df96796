//! `dir()`: the sorted attribute names of an object (CPython's
//! `object.__dir__`, `type.__dir__` and `module.__dir__`), or of the
//! calling frame's local scope.
//!
//! Names come from snippy's own attribute tables: instance, class and
//! module dicts, the built-in method tables, and the attributes the
//! attribute lookup resolves; a name is listed only when
//! `getattr` would find it.

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::objects::class::{class_of, types, PyClass};
use crate::objects::{Args, PyDict, PyException, PyInstance, PyResult, PyStr, Value};
use crate::vm::class::OBJECT_ATTRS;
use crate::vm::Vm;

/// Adds `dir` to the builtins dict.
pub fn install(builtins: &PyDict) {
    builtins.set_str("dir", super::builtins::frame_reading_builtin("dir", dir));
}

/// The names CPython's built-in values may carry beyond their method
/// tables (special methods served by the operators, data attributes such
/// as `real` or `gi_frame`): each is listed for a value only when snippy's
/// attribute lookup resolves it there.
const PROBED_ATTRS: &[&str] = &[
    "__abs__",
    "__add__",
    "__alloc__",
    "__and__",
    "__annotations__",
    "__await__",
    "__bool__",
    "__builtins__",
    "__bytes__",
    "__call__",
    "__cause__",
    "__ceil__",
    "__class_getitem__",
    "__closure__",
    "__code__",
    "__complex__",
    "__contains__",
    "__context__",
    "__defaults__",
    "__del__",
    "__delitem__",
    "__dict__",
    "__divmod__",
    "__float__",
    "__floor__",
    "__floordiv__",
    "__get__",
    "__getformat__",
    "__getitem__",
    "__getnewargs__",
    "__globals__",
    "__iadd__",
    "__iand__",
    "__imul__",
    "__index__",
    "__int__",
    "__invert__",
    "__ior__",
    "__isub__",
    "__iter__",
    "__ixor__",
    "__kwdefaults__",
    "__len__",
    "__lshift__",
    "__mod__",
    "__module__",
    "__mul__",
    "__name__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__qualname__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__reversed__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__round__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__self__",
    "__setitem__",
    "__setstate__",
    "__sub__",
    "__suppress_context__",
    "__text_signature__",
    "__traceback__",
    "__truediv__",
    "__trunc__",
    "__xor__",
    "add_note",
    "args",
    "code",
    "cr_await",
    "cr_code",
    "cr_frame",
    "cr_origin",
    "cr_running",
    "cr_suspended",
    "denominator",
    "gi_code",
    "gi_frame",
    "gi_running",
    "gi_suspended",
    "gi_yieldfrom",
    "imag",
    "numerator",
    "real",
    "start",
    "step",
    "stop",
    "value",
    "with_traceback",
];

/// `dir()` / `dir(obj)`.
fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("dir", 0, 1)?;
    let Some(obj) = a.first() else {
        let locals = super::namespace_builtins::caller(vm).1;
        let keys = match &locals {
            Value::Dict(d) => d.keys(),
            other => vm.collect(other)?,
        };
        return sorted(vm, keys);
    };
    let names = match obj {
        Value::Module(m) => {
            // A module-level `__dir__` function replaces the dict's keys (PEP 562).
            if let Some(f) = m.dict.get_str("__dir__") {
                let result = vm.call(&f, Args::positional(&[]))?;
                let items = vm.collect(&result)?;
                return sorted(vm, items);
            }
            return sorted(vm, m.dict.keys());
        }
        Value::Instance(_) | Value::Exception(_)
            if crate::vm::class::lookup(&class_of(obj), "__dir__").is_some() =>
        {
            let method = vm.get_attr(obj, &PyStr::new("__dir__"))?;
            let result = vm.call(&method, Args::positional(&[]))?;
            let items = vm.collect(&result)?;
            return sorted(vm, items);
        }
        Value::Class(c) => class_names(vm, c),
        _ => object_names(vm, obj),
    };
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}

/// `object.__dir__(self)`: what `dir()` lists for an object without a
/// `__dir__` of its own (so a user `__dir__` can extend it through `super()`).
pub fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__dir__", 1, 1)?;
    let names = object_names(vm, &a[0]);
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}

/// The names of an instance or value: its own dict, then its class's.
fn object_names(vm: &mut Vm, obj: &Value) -> BTreeSet<String> {
    match obj {
        Value::Instance(i) => {
            let mut names = dict_names(&i.dict);
            names.extend(class_names(vm, &i.class));
            names
        }
        _ => {
            let mut names = value_names(vm, obj);
            names.extend(class_names(vm, &class_of(obj)));
            names
        }
    }
}

/// `items` as a sorted list (a TypeError for names that do not compare).
fn sorted(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let (items, result) = crate::methods::sort::sort(vm, items, &Value::None, false);
    result?;
    Ok(Value::list(items))
}

/// The string keys of a dict.
fn dict_names(d: &PyDict) -> BTreeSet<String> {
    d.keys()
        .iter()
        .filter_map(|k| match k {
            Value::Str(s) => Some(s.as_str().to_owned()),
            _ => None,
        })
        .collect()
}

/// `type.__dir__`: the names of `class` and of every class in its MRO.
fn class_names(vm: &mut Vm, class: &Rc<PyClass>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for c in std::iter::once(class).chain(class.mro.iter()) {
        if crate::vm::class::is_user_class(c) {
            // CPython keeps the qualified name on the type, not in its dict.
            let own = dict_names(&c.dict);
            names.extend(own.into_iter().filter(|n| n != "__qualname__"));
            // A class with `__slots__` gets no `__dict__` or `__weakref__` of its own.
            if c.dict.get_str("__slots__").is_none() {
                let cls = Value::Class(c.clone());
                names.extend(resolved(vm, &cls, &["__dict__", "__weakref__"]));
            }
        } else if Rc::ptr_eq(c, &types().object) {
            let bare = Value::Instance(PyInstance::new(c.clone()));
            names.extend(resolved(vm, &bare, OBJECT_ATTRS));
        } else {
            names.extend(dict_names(&c.dict));
            if let Some(sample) = sample_of(vm, c) {
                names.extend(value_names(vm, &sample));
            }
        }
    }
    names
}

/// A value of the built-in class `class`, whose attributes stand for the
/// class's own in `dir(int)`, `dir(ValueError)`.
fn sample_of(vm: &mut Vm, class: &Rc<PyClass>) -> Option<Value> {
    let t = types();
    if t.exceptions.iter().any(|e| Rc::ptr_eq(e, class)) {
        return Some(Value::Exception(PyException::new(class.clone(), vec![])));
    }
    let args: &[Value] = match class.name.as_str() {
        "int" | "bool" | "float" | "complex" | "str" | "bytes" | "bytearray" | "list" | "tuple"
        | "dict" | "set" | "frozenset" => &[],
        "range" => &[Value::Int(0)],
        "slice" => &[Value::None],
        _ => return None,
    };
    vm.call(&Value::Class(class.clone()), Args::positional(args))
        .ok()
}

/// The names a built-in value answers: its method tables and the probed
/// attributes its lookup resolves, plus its own `__dict__` (functions).
fn value_names(vm: &mut Vm, obj: &Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let tables: Vec<crate::methods::MethodTable> = match obj {
        Value::Native(n) => vec![n.methods()],
        Value::ByteArray(_) => vec![
            crate::methods::bytearray::METHODS,
            crate::methods::bytes::METHODS,
        ],
        _ => crate::methods::table_for(obj).into_iter().collect(),
    };
    for table in tables {
        names.extend(table.iter().map(|(n, _)| (*n).to_owned()));
    }
    let dunders = crate::methods::container_dunder::METHODS
        .iter()
        .map(|(n, _)| *n);
    let candidates: Vec<&str> = dunders
        .chain(OBJECT_ATTRS.iter().copied())
        .chain(PROBED_ATTRS.iter().copied())
        .collect();
    names.extend(resolved(vm, obj, &candidates));
    if let Value::Function(f) = obj {
        names.extend(dict_names(&f.dict));
    }
    if let Value::Exception(e) = obj {
        names.extend(dict_names(&e.dict));
    }
    names
}

/// Those of `candidates` that `getattr(obj, name)` finds.
fn resolved(vm: &mut Vm, obj: &Value, candidates: &[&str]) -> Vec<String> {
    candidates
        .iter()
        .filter(|n| vm.get_attr(obj, &PyStr::new(n)).is_ok())
        .map(|n| (*n).to_owned())
        .collect()
}
