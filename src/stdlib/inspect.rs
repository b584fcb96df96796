//! The `inspect` module: predicates on functions, generators and coroutines.

use std::rc::Rc;

use crate::bytecode::CodeKind;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::Vm;

/// The `inspect` namespace.
pub fn create() -> Rc<PyDict> {
    super::python_namespace(&[
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
    ])
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
