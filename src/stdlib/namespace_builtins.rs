//! `globals()`, `locals()` and `vars()`: the built-ins that hand out the
//! namespaces of the frame that calls them.

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// Adds the namespace built-ins to the builtins dict.
pub fn install(builtins: &PyDict) {
    for (name, func) in [
        ("globals", globals as crate::objects::BuiltinFn),
        ("locals", locals),
        ("vars", vars),
    ] {
        builtins.set_str(name, super::builtins::frame_reading_builtin(name, func));
    }
}

/// `globals()`: the calling frame's module dict (the same object).
fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("globals", 0, 0)?;
    Ok(Value::Dict(caller(vm).0))
}

/// `locals()`: the namespace of a module or class body itself; in a
/// function, a fresh snapshot of its bound local, cell and free variables.
fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("locals", 0, 0)?;
    Ok(caller(vm).1)
}

/// The calling frame's globals and locals: handed over by the eval loop,
/// or (when called from native code, as `map(locals, ...)`) those of the
/// innermost suspended Python frame.
pub(super) fn caller(vm: &Vm) -> (Rc<PyDict>, Value) {
    if let Some(c) = &vm.caller {
        return (c.globals.clone(), c.locals.clone());
    }
    match vm.frames.last() {
        Some(f) => {
            let c = crate::vm::CallerFrame::of(f);
            (c.globals, c.locals)
        }
        None => {
            let empty = Rc::new(PyDict::new());
            (empty.clone(), Value::Dict(empty))
        }
    }
}

/// `vars()` is `locals()`; `vars(obj)` is `obj.__dict__`.
fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("vars", 0, 1)?;
    let Some(obj) = a.first() else {
        return Ok(caller(vm).1);
    };
    match vm.get_attr(obj, &PyStr::new("__dict__")) {
        Err(e) if e.is(crate::objects::ExcKind::AttributeError) => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
        other => other,
    }
}
