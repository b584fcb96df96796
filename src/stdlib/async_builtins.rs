//! `aiter()` and `anext()`: the built-ins for driving asynchronous
//! iterators by hand, as `async for` does.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{Args, BuiltinFn, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// `anext(it, default)` awaits `it.__anext__()` and turns the end of the
/// iteration into `default`: a coroutine is the natural way to write that.
const ANEXT_DEFAULT: &str = "\
async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
";

thread_local! {
    /// The compiled `anext_default`, made on the first `anext(it, default)`.
    static ANEXT_HELPER: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Adds `aiter` and `anext` to the builtins dict.
pub fn install(builtins: &PyDict) {
    for (name, func) in [("aiter", aiter as BuiltinFn), ("anext", anext)] {
        builtins.set_str(name, super::builtins::builtin(name, func));
    }
}

/// `aiter(obj)`: `obj.__aiter__()`.
fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("aiter")?;
    let obj = &args.check_count("aiter", 1, 1)?[0];
    vm.get_aiter(obj).map_err(|e| {
        if e.is(crate::objects::ExcKind::TypeError) {
            PyErr::type_error(format!(
                "'{}' object is not an async iterable",
                crate::vm::ops::type_name(obj)
            ))
        } else {
            e
        }
    })
}

/// `anext(it)`: the awaitable of `it.__anext__()`; with a default, a
/// coroutine that returns the default when the iterator is exhausted.
fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("anext", 1, 2)?;
    let it = &a[0];
    if !is_async_iterator(it) {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterator",
            crate::vm::ops::type_name(it)
        )));
    }
    let awaitable = vm.get_anext(it)?;
    let Some(default) = a.get(1) else {
        return Ok(awaitable);
    };
    let helper = anext_helper(vm)?;
    vm.call_positional(&helper, &[awaitable, default.clone()])
}

/// True for async generators and objects whose class has `__anext__`.
fn is_async_iterator(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind == crate::bytecode::CodeKind::AsyncGenerator,
        Value::Instance(_) => {
            crate::vm::class::lookup(&crate::objects::class::class_of(v), "__anext__").is_some()
        }
        _ => false,
    }
}

fn anext_helper(vm: &mut Vm) -> PyResult<Value> {
    if let Some(f) = ANEXT_HELPER.with(|h| h.borrow().clone()) {
        return Ok(f);
    }
    let ns = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &ns, "anext", ANEXT_DEFAULT);
    let f = ns
        .get_name(&PyStr::new("anext_default"))
        .ok_or_else(|| PyErr::new(crate::objects::ExcKind::SystemError, "anext helper"))?;
    ANEXT_HELPER.with(|h| *h.borrow_mut() = Some(f.clone()));
    Ok(f)
}
