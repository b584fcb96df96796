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
    for name in GEN_STATES {
        dict.set_str(name, Value::str(name));
    }
    dict
}

const GEN_STATES: [&str; 4] = ["GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"];

/// `inspect.getgeneratorstate(g)`, reading the attributes as CPython's does.
fn getgeneratorstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = one(args, "getgeneratorstate")?;
    let flag = |vm: &mut Vm, name: &str| -> PyResult<bool> {
        let v = vm.get_attr(&g, &PyStr::new(name))?;
        vm.is_true(&v)
    };
    let state = if flag(vm, "gi_running")? {
        GEN_STATES[1]
    } else if flag(vm, "gi_suspended")? {
        GEN_STATES[2]
    } else if vm.get_attr(&g, &PyStr::new("gi_frame"))?.is_none() {
        GEN_STATES[3]
    } else {
        GEN_STATES[0]
    };
    Ok(Value::str(state))
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
