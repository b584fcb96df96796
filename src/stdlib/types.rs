//! The `types` module: the classes of built-in object kinds, and (in
//! `py/types.py`) `GenericAlias` and `UnionType`, which `list[int]` and
//! `int | None` make.

use std::rc::Rc;

use crate::bytecode::CodeKind;
use crate::objects::class::types;
use crate::objects::{Args, PyClass, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The `types` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let t = types();
    let dict = Rc::new(PyDict::new());
    let classes = [
        ("GeneratorType", t.generator.clone()),
        ("CoroutineType", t.coroutine.clone()),
        ("AsyncGeneratorType", t.async_generator.clone()),
        ("FunctionType", t.function.clone()),
        ("LambdaType", t.function.clone()),
        ("BuiltinFunctionType", t.builtin_function.clone()),
        ("BuiltinMethodType", t.builtin_function.clone()),
        ("ModuleType", t.module.clone()),
        ("FrameType", t.named("frame")),
        ("CodeType", t.named("code")),
        ("NoneType", t.none.clone()),
        ("EllipsisType", t.ellipsis.clone()),
        ("NotImplementedType", t.not_implemented.clone()),
        ("MethodType", t.named("method")),
    ];
    for (name, class) in classes {
        dict.set_str(name, Value::Class(class));
    }
    dict.set_str(
        "coroutine",
        super::builtins::builtin("coroutine", coroutine),
    );
    super::pysource::run_into(vm, &dict, "types", include_str!("py/types.py"));
    dict
}

/// The built-in classes CPython lets you subscript (`list[int]`).
const GENERIC_BUILTINS: [&str; 9] = [
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "enumerate",
    "type",
    "BaseExceptionGroup",
    "ExceptionGroup",
];

/// `C[args]` for a built-in class: a `types.GenericAlias` for the generic
/// ones, CPython's TypeError for the others.
pub fn class_getitem(vm: &mut Vm, class: &Rc<PyClass>, args: &Value) -> PyResult<Value> {
    if class.module != "builtins" || !GENERIC_BUILTINS.contains(&class.name.as_str()) {
        return Err(PyErr::type_error(format!(
            "type '{}' is not subscriptable",
            class.name
        )));
    }
    let alias = types_attr(vm, "GenericAlias")?;
    vm.call_positional(&alias, &[Value::Class(class.clone()), args.clone()])
}

/// `a | b` where either side is a class (or None with a class): a
/// `types.UnionType`; `None` when the operands don't make a union.
pub fn class_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let typelike = |v: &Value| matches!(v, Value::Class(_) | Value::None);
    if !(typelike(a) && typelike(b)) || matches!((a, b), (Value::None, Value::None)) {
        return Ok(None);
    }
    let union = types_attr(vm, "_union")?;
    let r = vm.call_positional(&union, &[a.clone(), b.clone()])?;
    Ok(Some(r))
}

/// An attribute of the `types` module (imported on first use).
fn types_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let module = vm.import_module("types")?;
    vm.get_attr(&module, &crate::objects::PyStr::new(name))
}

/// `types.coroutine(func)`: marks a generator function's code as an
/// iterable coroutine (CPython's `CO_ITERABLE_COROUTINE`), so the
/// generators it makes can be awaited; coroutine functions pass through.
/// Other callables are returned unchanged (CPython wraps them so their
/// generator results become awaitable; snippy does not).
fn coroutine(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let func = args.check_count("coroutine", 1, 1)?[0].clone();
    if !crate::stdlib::builtins::is_callable(&func) {
        return Err(PyErr::type_error("types.coroutine() expects a callable"));
    }
    if let Value::Function(f) = &func {
        if f.code.kind == CodeKind::Generator {
            f.code.iterable_coroutine.set(true);
        }
    }
    Ok(func)
}

/// PEP 560's `types.resolve_bases`, as `class` statements apply it: a base
/// that is not a class but has `__mro_entries__` (`Generic[T]`,
/// `NamedTuple`) is replaced by the classes that method returns. `None`
/// when no base was replaced.
pub fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    if bases.iter().all(|b| matches!(b, Value::Class(_))) {
        return Ok(None);
    }
    let orig = Value::tuple(bases.to_vec());
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if !matches!(b, Value::Class(_)) {
            if let Some(r) = vm.call_special(b, "__mro_entries__", std::slice::from_ref(&orig))? {
                let Value::Tuple(t) = r else {
                    return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(t.items.iter().cloned());
                changed = true;
                continue;
            }
        }
        out.push(b.clone());
    }
    Ok(changed.then_some(out))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`, as `obj.func`
/// would be for a function found on its class.
pub fn method_new(args: Args) -> PyResult<Value> {
    let a = args.check_count("method", 2, 2)?;
    if !crate::stdlib::builtins::is_callable(&a[0]) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if a[1].is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(Value::Method(Rc::new(crate::objects::PyMethod {
        func: a[0].clone(),
        this: a[1].clone(),
    })))
}

/// `type.__setattr__(cls, name, value)`: sets a class attribute without
/// the class's metaclass hook (what a metaclass's `super().__setattr__`
/// reaches).
pub fn type_setattr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__setattr__", 3, 3)?;
    let (class, name) = type_attr_args(a, "__setattr__")?;
    class.dict.set_str(&name, a[2].clone());
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`: deletes a class attribute without the
/// metaclass hook.
pub fn type_delattr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__delattr__", 2, 2)?;
    let (class, name) = type_attr_args(a, "__delattr__")?;
    if class.dict.remove(&Value::str(&name))?.is_none() {
        return Err(PyErr::attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            class.name
        )));
    }
    Ok(Value::None)
}

/// The user class and attribute name a `type.__setattr__`-style call acts on.
fn type_attr_args(a: &[Value], method: &str) -> PyResult<(Rc<PyClass>, String)> {
    let Value::Class(class) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'type' object but received a '{}'",
            crate::vm::ops::type_name(&a[0])
        )));
    };
    let Value::Str(name) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            crate::vm::ops::type_name(&a[1])
        )));
    };
    if !crate::vm::class::is_user_class(class) {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str(),
            class.name
        )));
    }
    Ok((class.clone(), name.as_str().to_owned()))
}
