//! The `types` module: the classes of built-in object kinds.

use std::rc::Rc;

use crate::bytecode::CodeKind;
use crate::objects::class::types;
use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The `types` namespace.
pub fn create() -> Rc<PyDict> {
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
    ];
    for (name, class) in classes {
        dict.set_str(name, Value::Class(class));
    }
    dict.set_str(
        "coroutine",
        super::builtins::builtin("coroutine", coroutine),
    );
    dict
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
