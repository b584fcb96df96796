//! The `inspect` module: predicates on functions, generators and coroutines,
//! and generator introspection (`getgeneratorstate`, `getgeneratorlocals`).

use std::rc::Rc;

use crate::bytecode::CodeKind;
use crate::objects::{Args, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The `inspect` namespace.
pub fn create() -> Rc<PyDict> {
    let dict = super::python_namespace(&[
        ("getgeneratorstate", getgeneratorstate),
        ("getgeneratorlocals", getgeneratorlocals),
        ("getcoroutinestate", getcoroutinestate),
        ("getcoroutinelocals", getcoroutinelocals),
        ("isawaitable", isawaitable),
        ("isfunction", isfunction),
        ("isgeneratorfunction", isgeneratorfunction),
        ("iscoroutinefunction", iscoroutinefunction),
        ("isasyncgenfunction", isasyncgenfunction),
        ("isgenerator", isgenerator),
        ("iscoroutine", iscoroutine),
        ("isasyncgen", isasyncgen),
        ("isbuiltin", isbuiltin),
        ("ismodule", ismodule),
        ("isclass", isclass),
    ]);
    for name in GEN_STATES.iter().chain(CORO_STATES.iter()) {
        dict.set_str(name, Value::str(name));
    }
    dict
}

const GEN_STATES: [&str; 4] = ["GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"];
const CORO_STATES: [&str; 4] = [
    "CORO_CREATED",
    "CORO_RUNNING",
    "CORO_SUSPENDED",
    "CORO_CLOSED",
];

/// `inspect.getgeneratorstate(g)`, reading the attributes as CPython's does.
fn getgeneratorstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = one(args, "getgeneratorstate")?;
    let state = frame_state(vm, &g, "gi", &GEN_STATES)?;
    Ok(Value::str(state))
}

/// `inspect.getcoroutinestate(c)`: the `CORO_*` twin of `getgeneratorstate`.
fn getcoroutinestate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one(args, "getcoroutinestate")?;
    let state = frame_state(vm, &c, "cr", &CORO_STATES)?;
    Ok(Value::str(state))
}

/// Created, running, suspended or closed, from the `{prefix}_running`,
/// `{prefix}_suspended` and `{prefix}_frame` attributes.
fn frame_state(
    vm: &mut Vm,
    obj: &Value,
    prefix: &str,
    states: &[&'static str; 4],
) -> PyResult<&'static str> {
    let mut attr = |name: &str| vm.get_attr(obj, &PyStr::new(&format!("{prefix}_{name}")));
    let running = attr("running")?;
    let suspended = attr("suspended")?;
    let frame = attr("frame")?;
    Ok(if vm.is_true(&running)? {
        states[1]
    } else if vm.is_true(&suspended)? {
        states[2]
    } else if frame.is_none() {
        states[3]
    } else {
        states[0]
    })
}

/// `inspect.getcoroutinelocals(c)`: the suspended frame's locals; `{}`
/// once closed or for objects without `cr_frame`.
fn getcoroutinelocals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one(args, "getcoroutinelocals")?;
    let frame = match vm.get_attr(&c, &PyStr::new("cr_frame")) {
        Ok(f) => f,
        Err(e) if e.is(crate::objects::ExcKind::AttributeError) => Value::None,
        Err(e) => return Err(e),
    };
    if frame.is_none() {
        return Ok(Value::Dict(Rc::new(PyDict::new())));
    }
    vm.get_attr(&frame, &PyStr::new("f_locals"))
}

/// `inspect.isawaitable(obj)`: coroutines, generators made by
/// `types.coroutine` functions, and objects whose class has `__await__`.
fn isawaitable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = one(args, "isawaitable")?;
    let yes = match &obj {
        Value::Generator(g) => {
            g.kind == CodeKind::Coroutine
                || (g.kind == CodeKind::Generator && g.code.iterable_coroutine.get())
        }
        Value::Class(_) => false,
        Value::Native(n) if crate::stdlib::asyncio::native_awaitable(n).is_some() => true,
        _ => vm
            .get_attr(
                &Value::Class(crate::objects::class::class_of(&obj)),
                &PyStr::new("__await__"),
            )
            .is_ok(),
    };
    Ok(Value::Bool(yes))
}

/// `inspect.getgeneratorlocals(g)`: the suspended frame's locals, `{}` once closed.
fn getgeneratorlocals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = one(args, "getgeneratorlocals")?;
    if generator_kind(&g) != Some(CodeKind::Generator) {
        let r = vm.repr(&g)?;
        return Err(PyErr::type_error(format!("{r} is not a Python generator")));
    }
    let frame = vm.get_attr(&g, &PyStr::new("gi_frame"))?;
    if frame.is_none() {
        return Ok(Value::Dict(Rc::new(PyDict::new())));
    }
    vm.get_attr(&frame, &PyStr::new("f_locals"))
}

fn one(args: Args, name: &str) -> PyResult<Value> {
    Ok(args.check_count(name, 1, 1)?[0].clone())
}

fn function_kind(v: &Value) -> Option<CodeKind> {
    match v {
        Value::Function(f) => Some(f.code.kind),
        _ => None,
    }
}

fn generator_kind(v: &Value) -> Option<CodeKind> {
    match v {
        Value::Generator(g) => Some(g.kind),
        _ => None,
    }
}

fn isfunction(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        function_kind(&one(args, "isfunction")?).is_some(),
    ))
}

fn isgeneratorfunction(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(args, "isgeneratorfunction")?;
    Ok(Value::Bool(function_kind(&v) == Some(CodeKind::Generator)))
}

fn iscoroutinefunction(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(args, "iscoroutinefunction")?;
    Ok(Value::Bool(function_kind(&v) == Some(CodeKind::Coroutine)))
}

fn isasyncgenfunction(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(args, "isasyncgenfunction")?;
    Ok(Value::Bool(
        function_kind(&v) == Some(CodeKind::AsyncGenerator),
    ))
}

fn isgenerator(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(args, "isgenerator")?;
    Ok(Value::Bool(generator_kind(&v) == Some(CodeKind::Generator)))
}

fn iscoroutine(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(args, "iscoroutine")?;
    Ok(Value::Bool(generator_kind(&v) == Some(CodeKind::Coroutine)))
}

fn isasyncgen(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(args, "isasyncgen")?;
    Ok(Value::Bool(
        generator_kind(&v) == Some(CodeKind::AsyncGenerator),
    ))
}

fn isbuiltin(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one(args, "isbuiltin")?,
        Value::Builtin(_)
    )))
}

fn ismodule(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one(args, "ismodule")?,
        Value::Module(_)
    )))
}

fn isclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one(args, "isclass")?,
        Value::Class(_)
    )))
}
