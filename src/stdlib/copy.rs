//! The `copy` module: `copy(x)` and `deepcopy(x, memo=None)` for the
//! built-in containers and instances of user classes, honouring
//! `__copy__` and `__deepcopy__`. Deep copies keep shared and recursive
//! structure through the memo dict, keyed by `id()` as in CPython.

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyErr, PyInstance, PyResult, PySet, Value};
use crate::vm::Vm;

/// The `copy` namespace: the two functions, and `Error` (alias `error`),
/// the exception CPython raises for objects it cannot copy.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::python_namespace(&[("copy", copy), ("deepcopy", deepcopy)]);
    let errors = "class Error(Exception):\n    pass\n\n\nerror = Error\n";
    super::pysource::run_into(vm, &dict, "copy", errors);
    dict
}

/// An empty instance of `inst`'s class (`__init__` is not called).
fn new_instance(inst: &PyInstance) -> Rc<PyInstance> {
    PyInstance::new(inst.class.clone())
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("copy")?;
    let a = args.check_count("copy", 1, 1)?;
    let x = &a[0];
    if let Value::Instance(inst) = x {
        if let Some(r) = vm.call_special(x, "__copy__", &[])? {
            return Ok(r);
        }
        // A subclass of a built-in type copies the built-in value it carries.
        let new = match &inst.base {
            Some(base) => PyInstance::with_base(inst.class.clone(), shallow(base)),
            None => new_instance(inst),
        };
        *new.dict.map_mut() = inst.dict.map().clone();
        return Ok(Value::Instance(new));
    }
    Ok(shallow(x))
}

/// A shallow copy of a built-in value: a new container for the mutable ones.
fn shallow(x: &Value) -> Value {
    match x {
        Value::List(l) => Value::list(l.items.borrow().clone()),
        Value::Dict(d) => {
            let new = PyDict::new();
            *new.map_mut() = d.map().clone();
            Value::Dict(Rc::new(new))
        }
        Value::Set(s) => Value::Set(Rc::new(PySet::from_table(s.table().copy()))),
        Value::ByteArray(b) => Value::bytearray(b.data.borrow().clone()),
        _ => x.clone(),
    }
}

fn deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    let mut memo = a.get(1).cloned();
    for (k, v) in args.kwargs() {
        if k != "memo" {
            return Err(PyErr::type_error(format!(
                "deepcopy() got an unexpected keyword argument '{k}'"
            )));
        }
        memo = Some(v.clone());
    }
    let Some(x) = a.first() else {
        return Err(PyErr::type_error(
            "deepcopy() missing 1 required positional argument: 'x'",
        ));
    };
    let memo = match memo {
        Some(Value::Dict(d)) => d,
        Some(Value::None) | None => Rc::new(PyDict::new()),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object has no attribute 'get'",
                crate::vm::ops::type_name(&other)
            )))
        }
    };
    deep(vm, x, &memo)
}

/// The memo key of `x`: its `id()`.
fn key(x: &Value) -> Value {
    Value::Int(x.ptr().unwrap_or(0) as i64)
}

/// Deep-copies `x`, reusing and recording copies in `memo`. Each level of
/// nesting counts as the two Python frames CPython's `deepcopy` uses, so
/// deep structures end in a RecursionError rather than a stack overflow.
fn deep(vm: &mut Vm, x: &Value, memo: &Rc<PyDict>) -> PyResult<Value> {
    if x.ptr().is_none() {
        return Ok(x.clone());
    }
    if vm.depth() + 2 > vm.recursion_limit {
        return Err(PyErr::new(
            crate::objects::ExcKind::RecursionError,
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    vm.native_depth += 2;
    let r = deep_inner(vm, x, memo);
    vm.native_depth -= 2;
    r
}

fn deep_inner(vm: &mut Vm, x: &Value, memo: &Rc<PyDict>) -> PyResult<Value> {
    let id = key(x);
    if let Some(y) = memo.get(&id)? {
        return Ok(y);
    }
    let y = match x {
        Value::List(l) => {
            let y = Rc::new(crate::objects::PyList::default());
            memo.set(id.clone(), Value::List(y.clone()))?;
            let items = l.items.borrow().clone();
            for item in &items {
                let c = deep(vm, item, memo)?;
                y.items.borrow_mut().push(c);
            }
            Value::List(y)
        }
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                items.push(deep(vm, item, memo)?);
            }
            // A tuple reached again through its own items is already copied.
            if let Some(y) = memo.get(&id)? {
                return Ok(y);
            }
            if items.iter().zip(t.items.iter()).all(|(c, o)| c.is(o)) {
                x.clone()
            } else {
                Value::tuple(items)
            }
        }
        Value::Dict(d) => {
            let y = Rc::new(PyDict::new());
            memo.set(id.clone(), Value::Dict(y.clone()))?;
            for (k, v) in d.items() {
                let (k, v) = (deep(vm, &k, memo)?, deep(vm, &v, memo)?);
                vm.dict_set(&y, k, v)?;
            }
            Value::Dict(y)
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let set = PySet::new();
            for item in s.items() {
                let c = deep(vm, &item, memo)?;
                vm.set_add(&set, c)?;
            }
            match x {
                Value::Set(_) => Value::Set(Rc::new(set)),
                _ => Value::FrozenSet(Rc::new(set)),
            }
        }
        Value::ByteArray(b) => Value::bytearray(b.data.borrow().clone()),
        Value::Instance(inst) => {
            if let Some(r) = vm.call_special(x, "__deepcopy__", &[Value::Dict(memo.clone())])? {
                r
            } else {
                let new = match &inst.base {
                    Some(base) => PyInstance::with_base(inst.class.clone(), deep(vm, base, memo)?),
                    None => new_instance(inst),
                };
                let y = Value::Instance(new.clone());
                memo.set(id.clone(), y.clone())?;
                for (k, v) in inst.dict.items() {
                    let v = deep(vm, &v, memo)?;
                    new.dict.set(k, v)?;
                }
                y
            }
        }
        Value::Generator(_) => {
            return Err(PyErr::type_error(format!(
                "cannot pickle '{}' object",
                crate::vm::ops::type_name(x)
            )))
        }
        _ => x.clone(),
    };
    if !y.is(x) {
        memo.set(id, y.clone())?;
    }
    Ok(y)
}
