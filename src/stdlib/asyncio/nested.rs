//! `nest_asyncio.apply()`: makes the event loop reentrant, as the
//! `nest_asyncio` package patches CPython's asyncio. Once applied,
//! `loop.run_until_complete()` and `run_forever()` may be called while
//! the loop runs (they run iterations of the same loop until their
//! future is done), and `asyncio.run()` runs its coroutine on the current
//! loop (made and set when there is none) instead of a new one, without
//! closing it.

use std::cell::Cell;

use crate::objects::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::event_loop::{self, as_loop, EventLoop};
use super::future::{self, as_future};

thread_local! {
    static APPLIED: Cell<bool> = const { Cell::new(false) };
}

/// Whether `nest_asyncio.apply()` was called.
pub fn active() -> bool {
    APPLIED.with(|a| a.get())
}

fn open_loop(lp_v: &Value) -> PyResult<&EventLoop> {
    let lp = as_loop(lp_v).ok_or_else(|| PyErr::type_error("an event loop was expected"))?;
    if lp.closed.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Event loop is closed"));
    }
    Ok(lp)
}

/// Runs `body` with `lp` as the running loop, then puts back the loop
/// state found (an outer run goes on), as nest_asyncio's `manage_run`
/// does; the task of an outer run is not current meanwhile.
fn managed<T>(vm: &mut Vm, lp_v: &Value, body: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let lp = open_loop(lp_v)?;
    let was_running = lp.running.replace(true);
    let outer_loop = super::running_loop();
    let outer_task = lp.current_task.replace(Value::None);
    super::set_running_loop(lp_v.clone());
    let r = body(vm);
    super::set_running_loop(outer_loop);
    *lp.current_task.borrow_mut() = outer_task;
    lp.running.set(was_running);
    r
}

/// The reentrant `run_forever()`.
pub fn run_forever(vm: &mut Vm, lp_v: &Value) -> PyResult<()> {
    let r = managed(vm, lp_v, |vm| loop {
        if !event_loop::run_once(vm, lp_v)? || event_loop::stopping(lp_v) {
            return Ok(());
        }
    });
    event_loop::set_stopping(lp_v, false);
    r
}

/// The reentrant `run_until_complete(aw)`: iterations of the loop until
/// the future is done (or the loop is stopped).
pub fn run_until_complete(vm: &mut Vm, lp_v: &Value, aw: &Value) -> PyResult<Value> {
    open_loop(lp_v)?;
    let fut = event_loop::ensure_future(vm, lp_v, aw, None)?;
    let done = |f: &Value| as_future(f).is_some_and(|f| f.done());
    managed(vm, lp_v, |vm| {
        while !done(&fut) {
            if !event_loop::run_once(vm, lp_v)? || event_loop::stopping(lp_v) {
                break;
            }
        }
        Ok(())
    })?;
    let f = as_future(&fut).ok_or_else(|| PyErr::type_error("a future was expected"))?;
    if !f.done() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Event loop stopped before Future completed.",
        ));
    }
    f.get_result()
}

/// nest_asyncio's `asyncio.run(main, *, debug=False)`: runs `main` on
/// the current loop; a task left pending (an error got out) is cancelled
/// and run to its end.
pub fn run(vm: &mut Vm, main: &Value, debug: bool) -> PyResult<Value> {
    let lp = super::running_or_current(vm);
    open_loop(&lp)?.debug.set(debug);
    let task = event_loop::ensure_future(vm, &lp, main, None)?;
    let r = run_until_complete(vm, &lp, &task);
    if as_future(&task).is_some_and(|f| !f.done()) {
        future::cancel(&task, Value::None);
        match run_until_complete(vm, &lp, &task) {
            Err(e) if !super::is_cancelled_error(&e) => return Err(e),
            _ => {}
        }
    }
    r
}

/// `asyncio._nest_apply(loop)`: what `nest_asyncio.apply(loop)` does.
pub fn nest_apply(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_nest_apply", 1, 1)?;
    if !APPLIED.with(|x| x.replace(true)) {
        // The package swaps in the pure-Python Task, whose name counter
        // (Task-N) starts afresh.
        super::reset_task_numbers();
    }
    let lp = if a[0].is_none() {
        super::running_or_current(vm)
    } else {
        a[0].clone()
    };
    if as_loop(&lp).is_none() {
        let class = crate::objects::class::class_of(&lp);
        let r = vm.repr(&Value::Class(class))?;
        return Err(PyErr::value_error(format!("Can't patch loop of type {r}")));
    }
    Ok(Value::None)
}
