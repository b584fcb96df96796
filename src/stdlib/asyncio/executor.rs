//! `loop.run_in_executor` and `asyncio.to_thread`: a blocking function run
//! as a threadlet ([`crate::vm::threadlet`]), stepped by the loop. Its
//! `time.sleep` calls park it on the loop's timers instead of blocking the
//! loop, so other tasks run meanwhile, as with CPython's worker threads.
//! `shutdown_default_executor` (the end of `asyncio.run`) waits for the
//! workers still running, as CPython joins its executor's threads.

use std::rc::Rc;

use crate::objects::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::threadlet::{Threadlet, ThreadletStep};
use crate::vm::Vm;

use super::event_loop::{as_loop, call_at, call_soon, now, Job};
use super::future::{self, as_future};

/// `loop.run_in_executor(executor, func, *args)`: the future of
/// `func(*args)`, started at the loop's next iteration.
pub fn loop_run_in_executor(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((name, _)) = args.kwargs().next() {
        return Err(PyErr::type_error(format!(
            "BaseEventLoop.run_in_executor() got an unexpected keyword argument '{name}'"
        )));
    }
    let a = args.check_count("run_in_executor", 3, usize::MAX)?;
    let lp = &a[0];
    super::event_loop::check_open(lp)?;
    Ok(start(
        lp,
        a[2].clone(),
        a[3..].to_vec(),
        Vec::new(),
        Value::None,
    ))
}

/// `loop._run_in_thread(func, args, kwargs)`: what `asyncio.to_thread`
/// awaits (`run_in_executor` with keyword arguments, in a copy of the
/// current `contextvars` context).
pub fn loop_run_in_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_run_in_thread", 4, 4)?;
    let positional = vm.collect(&a[2])?;
    let keywords = match &a[3] {
        Value::Dict(d) => d.items(),
        _ => Vec::new(),
    };
    let ctx = super::contextvars::task_context(vm, None)?;
    Ok(start(&a[0], a[1].clone(), positional, keywords, ctx))
}

/// The future of a worker for `func(*args, **kwargs)` on loop `lp`, run in
/// context `ctx` (None: the current one).
fn start(
    lp: &Value,
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
    ctx: Value,
) -> Value {
    let fut = Value::Native(Rc::new(future::Future::new(lp.clone(), None)));
    if let Some(l) = as_loop(lp) {
        l.workers.set(l.workers.get() + 1);
    }
    let worker = Threadlet::new(func, args, kwargs);
    call_soon(lp, Job::Worker(worker, fut.clone(), ctx));
    fut
}

/// Runs a worker until it finishes or sleeps; a sleeping worker is woken
/// by a timer. A cancelled future does not stop the worker (nor does it
/// stop a thread), its result is dropped.
pub fn step(
    vm: &mut Vm,
    lp: &Value,
    worker: Rc<Threadlet>,
    fut: Value,
    ctx: Value,
) -> PyResult<()> {
    let wanted = as_future(&fut).is_some_and(|f| !f.done());
    // As on a worker thread: no running loop, the given context.
    let running = super::running_loop();
    super::set_running_loop(Value::None);
    let outer = super::contextvars::enter(&ctx);
    let stepped = vm.threadlet_step(&worker);
    super::contextvars::leave(outer);
    super::set_running_loop(running);
    let outcome = match stepped {
        ThreadletStep::Sleep(secs) => {
            call_at(lp, now() + secs, Job::Worker(worker, fut, ctx));
            return Ok(());
        }
        ThreadletStep::Done(v) => {
            if wanted {
                future::set_result(&fut, v)?;
            }
            Ok(())
        }
        ThreadletStep::Failed(e) if e.is(ExcKind::Exception) => {
            if wanted {
                future::set_exception(&fut, e)?;
            }
            Ok(())
        }
        ThreadletStep::Failed(e) => Err(e),
    };
    worker_finished(lp);
    outcome
}

fn worker_finished(lp: &Value) {
    let Some(l) = as_loop(lp) else { return };
    l.workers.set(l.workers.get().saturating_sub(1));
    if l.workers.get() == 0 {
        for waiter in std::mem::take(&mut *l.workers_idle.borrow_mut()) {
            if as_future(&waiter).is_some_and(|f| !f.done()) {
                let _ = future::set_result(&waiter, Value::None);
            }
        }
    }
}

/// `loop._workers_idle()`: a future done when no worker runs (what
/// `shutdown_default_executor` awaits).
pub fn loop_workers_idle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_workers_idle", 1, 1)?;
    workers_idle(&a[0])
}

/// A future of loop `lp` done when none of its workers runs.
pub fn workers_idle(lp: &Value) -> PyResult<Value> {
    let l = as_loop(lp).ok_or_else(|| PyErr::type_error("an event loop was expected"))?;
    let fut = Value::Native(Rc::new(future::Future::new(lp.clone(), None)));
    if l.workers.get() == 0 {
        future::set_result(&fut, Value::None)?;
    } else {
        l.workers_idle.borrow_mut().push(fut.clone());
    }
    Ok(fut)
}
