//! The `contextvars` module. `ContextVar`, `Token` and `Context` are
//! Python (`contextvars.py`); the current context is held here so that
//! asyncio can run each task's steps in the context the task copied when
//! it was created, as CPython does.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::Vm;

thread_local! {
    /// The current `Context` (None until the module first needs one).
    static CURRENT: RefCell<Value> = const { RefCell::new(Value::None) };
    /// `copy_context`, once the module was imported (tasks copy contexts
    /// only then: without the module no variable can be set).
    static COPY_CONTEXT: RefCell<Value> = const { RefCell::new(Value::None) };
    /// The `Context` class, to make the first context.
    static CONTEXT_CLASS: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// The `contextvars` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = crate::stdlib::python_namespace(&[
        ("_get_context", get_context),
        ("_set_context", set_context),
    ]);
    crate::stdlib::pysource::run_into(vm, &dict, "contextvars", include_str!("contextvars.py"));
    let remember = |slot: &'static std::thread::LocalKey<RefCell<Value>>, name: &str| {
        if let Some(v) = dict.get_str(name) {
            slot.with(|s| *s.borrow_mut() = v);
        }
    };
    remember(&COPY_CONTEXT, "copy_context");
    remember(&CONTEXT_CLASS, "Context");
    dict
}

fn get_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("_get_context", 0, 0)?;
    let cur = CURRENT.with(|c| c.borrow().clone());
    if !cur.is_none() {
        return Ok(cur);
    }
    let class = CONTEXT_CLASS.with(|c| c.borrow().clone());
    let ctx = vm.call_positional(&class, &[])?;
    CURRENT.with(|c| *c.borrow_mut() = ctx.clone());
    Ok(ctx)
}

fn set_context(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_set_context", 1, 1)?;
    CURRENT.with(|c| *c.borrow_mut() = a[0].clone());
    Ok(Value::None)
}

/// The context a new task runs in: `explicit` (the `context=` argument)
/// when given, else a copy of the current one; None when `contextvars`
/// was never imported.
pub fn task_context(vm: &mut Vm, explicit: Option<Value>) -> PyResult<Value> {
    if let Some(c) = explicit.filter(|c| !c.is_none()) {
        return Ok(c);
    }
    let copy = COPY_CONTEXT.with(|c| c.borrow().clone());
    if copy.is_none() {
        return Ok(Value::None);
    }
    vm.call_positional(&copy, &[])
}

/// Makes `ctx` current (unless None) and returns what to restore with
/// [`leave`].
pub fn enter(ctx: &Value) -> Option<Value> {
    if ctx.is_none() {
        return None;
    }
    Some(CURRENT.with(|c| c.replace(ctx.clone())))
}

/// Restores the context [`enter`] replaced.
pub fn leave(prev: Option<Value>) {
    if let Some(p) = prev {
        CURRENT.with(|c| *c.borrow_mut() = p);
    }
}
