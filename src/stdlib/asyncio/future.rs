//! `asyncio.Future` and `asyncio.Task` (one native struct: a task is a
//! future that drives a coroutine), and the task step that resumes the
//! coroutine once per wake-up.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::methods::MethodTable;
use crate::objects::{Args, ExcKind, NativeObject, PyClass, PyErr, PyResult, Value};
use crate::vm::eval::GenStep;
use crate::vm::generator::GenState;
use crate::vm::Vm;

use super::event_loop::{as_loop, call_soon, Job};
use super::{cancelled_error, classes, invalid_state, kwarg};

/// Where a future is in its life.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Finished,
    Cancelled,
}

/// What runs when a future completes.
#[derive(Clone)]
pub enum Callback {
    /// A Python callable, called with the future in the context (second)
    /// current when it was added.
    Py(Value, Value),
    /// Wakes the task (the value) that awaits the future.
    Wakeup(Value),
    /// Stops the loop (`run_until_complete`).
    StopLoop,
}

/// The coroutine-driving part of a task.
pub struct TaskPart {
    pub coro: Value,
    /// The coroutine's code (for the repr once it is done).
    pub code: Option<Rc<crate::bytecode::Code>>,
    pub name: RefCell<String>,
    /// The `contextvars.Context` the task's steps run in (None when the
    /// module was never imported).
    pub context: Value,
    /// The future the task waits on.
    pub waiter: RefCell<Option<Value>>,
    pub must_cancel: Cell<bool>,
    pub cancel_requests: Cell<u32>,
}

/// A future (or, with `task`, a task).
pub struct Future {
    /// The loop (a `Value::Native` event loop).
    pub lp: Value,
    pub state: Cell<FutState>,
    pub result: RefCell<Value>,
    pub exception: RefCell<Option<PyErr>>,
    pub cancel_msg: RefCell<Value>,
    pub callbacks: RefCell<Vec<Callback>>,
    pub task: Option<TaskPart>,
    /// The futures a `gather()` future cancels when it is cancelled.
    pub children: RefCell<Vec<Value>>,
    /// Set when cancelling a `gather()` future cancelled a child.
    pub cancel_requested: Cell<bool>,
    /// Set on `gather()`'s outer future (class `_GatheringFuture`).
    pub gathering: Cell<bool>,
    /// The CancelledError the task's coroutine raised, re-raised (once) by
    /// `result()` so the traceback continues through the awaiting code.
    pub cancelled_exc: RefCell<Option<PyErr>>,
    /// Set when the future finishes with an exception; cleared when
    /// `result()` or `exception()` reads it. Still set when the future is
    /// freed: "exception was never retrieved" is reported.
    pub log_traceback: Cell<bool>,
}

impl Future {
    /// A new pending future on loop `lp`.
    pub fn new(lp: Value, task: Option<TaskPart>) -> Future {
        Future {
            lp,
            state: Cell::new(FutState::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            cancel_msg: RefCell::new(Value::None),
            callbacks: RefCell::new(Vec::new()),
            task,
            children: RefCell::new(Vec::new()),
            cancel_requested: Cell::new(false),
            gathering: Cell::new(false),
            cancelled_exc: RefCell::new(None),
            log_traceback: Cell::new(false),
        }
    }

    /// True once finished or cancelled.
    pub fn done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    /// The `CancelledError` a cancelled future raises.
    pub fn cancelled_error(&self) -> PyErr {
        if let Some(e) = self.cancelled_exc.borrow_mut().take() {
            return e;
        }
        cancelled_error(self.cancel_msg.borrow().clone())
    }

    /// `result()`: the value, or raises the exception / CancelledError.
    pub fn get_result(&self) -> PyResult<Value> {
        self.log_traceback.set(false);
        match self.state.get() {
            FutState::Cancelled => Err(self.cancelled_error()),
            FutState::Pending => Err(invalid_state("Result is not set.")),
            FutState::Finished => match &*self.exception.borrow() {
                Some(e) => Err(e.clone()),
                None => Ok(self.result.borrow().clone()),
            },
        }
    }
}

/// The future behind `v`, if it is one.
pub fn as_future(v: &Value) -> Option<&Future> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Future>(),
        _ => None,
    }
}

fn me(v: &Value) -> PyResult<&Future> {
    as_future(v).ok_or_else(|| PyErr::type_error("a Future was expected"))
}

/// Marks `fut` done and schedules its callbacks.
fn schedule_callbacks(fut_v: &Value) {
    let Some(fut) = as_future(fut_v) else { return };
    let cbs = std::mem::take(&mut *fut.callbacks.borrow_mut());
    for cb in cbs {
        let job = match cb {
            Callback::Py(f, ctx) => Job::Call(f, vec![fut_v.clone()], ctx),
            Callback::Wakeup(task) => Job::Wakeup(task, fut_v.clone()),
            Callback::StopLoop => Job::Stop(fut.lp.clone()),
        };
        call_soon(&fut.lp, job);
    }
}

/// `set_result(v)`.
pub fn set_result(fut_v: &Value, v: Value) -> PyResult<()> {
    let fut = me(fut_v)?;
    if fut.done() {
        return Err(invalid_state("invalid state"));
    }
    *fut.result.borrow_mut() = v;
    fut.state.set(FutState::Finished);
    schedule_callbacks(fut_v);
    Ok(())
}

/// `set_exception(e)`.
pub fn set_exception(fut_v: &Value, e: PyErr) -> PyResult<()> {
    let fut = me(fut_v)?;
    if fut.done() {
        return Err(invalid_state("invalid state"));
    }
    *fut.exception.borrow_mut() = Some(e);
    fut.log_traceback.set(true);
    fut.state.set(FutState::Finished);
    schedule_callbacks(fut_v);
    Ok(())
}

/// `Future.cancel(msg)` (not the task override): true if it was pending.
pub fn cancel_future(fut_v: &Value, msg: Value) -> bool {
    let Some(fut) = as_future(fut_v) else {
        return false;
    };
    if fut.done() {
        return false;
    }
    *fut.cancel_msg.borrow_mut() = msg;
    fut.state.set(FutState::Cancelled);
    schedule_callbacks(fut_v);
    true
}

/// `cancel(msg)` of a future or task.
pub fn cancel(fut_v: &Value, msg: Value) -> bool {
    let Some(fut) = as_future(fut_v) else {
        return false;
    };
    let Some(task) = &fut.task else {
        let children = fut.children.borrow().clone();
        if children.is_empty() {
            return cancel_future(fut_v, msg);
        }
        if fut.done() {
            return false;
        }
        let mut ret = false;
        for c in &children {
            ret |= cancel(c, msg.clone());
        }
        if ret {
            fut.cancel_requested.set(true);
        }
        return ret;
    };
    if fut.done() {
        return false;
    }
    task.cancel_requests.set(task.cancel_requests.get() + 1);
    let waiter = task.waiter.borrow().clone();
    if let Some(w) = waiter {
        if cancel(&w, msg.clone()) {
            return true;
        }
    }
    task.must_cancel.set(true);
    *fut.cancel_msg.borrow_mut() = msg;
    true
}

/// Adds a done callback (scheduled at once when already done).
pub fn add_callback(fut_v: &Value, cb: Callback) {
    let Some(fut) = as_future(fut_v) else { return };
    fut.callbacks.borrow_mut().push(cb);
    if fut.done() {
        schedule_callbacks(fut_v);
    }
}

fn state_word(fut: &Future) -> &'static str {
    match fut.state.get() {
        FutState::Pending => "pending",
        FutState::Finished => "finished",
        FutState::Cancelled => "cancelled",
    }
}

/// Resumes the task's coroutine once (with `exc` thrown in, if given) and
/// arranges its next wake-up.
pub fn step(vm: &mut Vm, task_v: &Value, exc: Option<PyErr>) -> PyResult<()> {
    let Some(fut) = as_future(task_v) else {
        return Ok(());
    };
    let Some(task) = &fut.task else {
        return Ok(());
    };
    if fut.done() {
        return Ok(());
    }
    let mut exc = exc;
    if task.must_cancel.get() {
        if !exc.as_ref().is_some_and(is_cancelled_error) {
            exc = Some(fut.cancelled_error());
        }
        task.must_cancel.set(false);
    }
    *task.waiter.borrow_mut() = None;
    let lp = as_loop(&fut.lp);
    let prev = lp.map(|l| l.current_task.replace(task_v.clone()));
    let outer = super::contextvars::enter(&task.context);
    let r = super::coro_step(vm, &task.coro, exc);
    super::contextvars::leave(outer);
    if let (Some(l), Some(p)) = (lp, prev) {
        *l.current_task.borrow_mut() = p;
    }
    match r {
        Ok(GenStep::Return(v)) => {
            if task.must_cancel.get() {
                let msg = fut.cancel_msg.borrow().clone();
                cancel_future(task_v, msg);
            } else {
                set_result(task_v, v)?;
            }
        }
        Err(e) if is_cancelled_error(&e) => {
            let msg = e.exc.first_arg().unwrap_or(Value::None);
            *fut.cancelled_exc.borrow_mut() = Some(e);
            cancel_future(task_v, msg);
        }
        Err(e) if e.is(ExcKind::KeyboardInterrupt) || e.is(ExcKind::SystemExit) => {
            set_exception(task_v, e.clone())?;
            return Err(e);
        }
        Err(e) => set_exception(task_v, e)?,
        Ok(GenStep::Yield(v)) => match as_future(&v) {
            Some(_) => {
                if v.ptr() == task_v.ptr() {
                    let e = PyErr::new(
                        ExcKind::RuntimeError,
                        format!("Task cannot await on itself: {}", vm.repr(task_v)?),
                    );
                    call_soon(&fut.lp, Job::Step(task_v.clone(), Some(e)));
                } else {
                    add_callback(&v, Callback::Wakeup(task_v.clone()));
                    *task.waiter.borrow_mut() = Some(v.clone());
                    if task.must_cancel.get() {
                        let msg = fut.cancel_msg.borrow().clone();
                        if cancel(&v, msg) {
                            task.must_cancel.set(false);
                        }
                    }
                }
            }
            None if v.is_none() => {
                call_soon(&fut.lp, Job::Step(task_v.clone(), None));
            }
            None => {
                let e = PyErr::new(
                    ExcKind::RuntimeError,
                    format!("Task got bad yield: {}", vm.repr(&v)?),
                );
                call_soon(&fut.lp, Job::Step(task_v.clone(), Some(e)));
            }
        },
    }
    Ok(())
}

/// Wakes `task` after the future it waited on completed.
pub fn wakeup(vm: &mut Vm, task: &Value, fut_v: &Value) -> PyResult<()> {
    let exc = match as_future(fut_v) {
        Some(f) => f.get_result().err(),
        None => None,
    };
    step(vm, task, exc)
}

/// True for `asyncio.CancelledError` (and subclasses).
pub fn is_cancelled_error(e: &PyErr) -> bool {
    e.exc.class.is_subclass(&classes().cancelled_error)
}

impl NativeObject for Future {
    fn class(&self) -> Rc<PyClass> {
        if self.task.is_some() {
            classes().task.clone()
        } else if self.gathering.get() {
            classes().gathering_future.clone()
        } else {
            classes().future.clone()
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        &[
            ("result", fut_result),
            ("exception", fut_exception),
            ("done", fut_done),
            ("cancelled", fut_cancelled),
            ("cancel", fut_cancel),
            ("set_result", fut_set_result),
            ("set_exception", fut_set_exception),
            ("add_done_callback", fut_add_done_callback),
            ("remove_done_callback", fut_remove_done_callback),
            ("get_loop", fut_get_loop),
            ("__await__", fut_await),
            ("__iter__", fut_await),
            ("get_name", task_get_name),
            ("set_name", task_set_name),
            ("get_coro", task_get_coro),
            ("cancelling", task_cancelling),
            ("uncancel", task_uncancel),
            ("_set_children", fut_set_children),
            ("_cancel_requested", fut_cancel_requested),
            ("_cancel_message", fut_cancel_message),
        ]
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let mut parts = vec![match (&self.task, self.state.get()) {
            (_, FutState::Cancelled) => "cancelled".to_owned(),
            (Some(t), FutState::Pending) if t.cancel_requests.get() > 0 => "cancelling".to_owned(),
            _ => state_word(self).to_owned(),
        }];
        if let Some(t) = &self.task {
            let name = t.name.borrow().clone();
            parts.push(format!("name={}", vm.repr(&Value::str(&name))?));
            parts.push(format!("coro=<{}>", coro_repr(t)));
            let w = t.waiter.borrow().clone();
            if let Some(w) = w {
                parts.push(format!("wait_for={}", vm.repr(&w)?));
            }
        }
        if self.state.get() == FutState::Finished {
            match &*self.exception.borrow() {
                Some(e) => parts.push(format!("exception={}", vm.repr(&e.value())?)),
                None => {
                    let r = self.result.borrow().clone();
                    let text = super::handler::short_repr(vm, &r, 6)?;
                    parts.push(format!("result={text}"));
                }
            }
        }
        let callbacks = self.callbacks.borrow().clone();
        if let Some(cb) = callbacks_repr(vm, &callbacks)? {
            parts.push(cb);
        }
        let class = self.class();
        let word = class.name.as_str();
        Ok(format!("<{word} {}>", parts.join(" ")))
    }
}

/// `cb=[...]` as CPython's `_format_callbacks`: the first and last
/// callbacks, with `<N more>` between when there are more than two.
fn callbacks_repr(vm: &mut Vm, cbs: &[Callback]) -> PyResult<Option<String>> {
    let one = |vm: &mut Vm, cb: &Callback| -> PyResult<String> {
        match cb {
            Callback::Py(f, _) => super::handler::format_callback_source(vm, f, &[]),
            Callback::Wakeup(_) => Ok("Task.task_wakeup()".to_owned()),
            Callback::StopLoop => Ok("_run_until_complete_cb()".to_owned()),
        }
    };
    let inner = match cbs {
        [] => return Ok(None),
        [a] => one(vm, a)?,
        [a, b] => format!("{}, {}", one(vm, a)?, one(vm, b)?),
        [a, .., z] => format!("{}, <{} more>, {}", one(vm, a)?, cbs.len() - 2, one(vm, z)?),
    };
    Ok(Some(format!("cb=[{inner}]")))
}

/// `f() running at FILE:LINE` / `f() done, defined at FILE:LINE`.
fn coro_repr(t: &TaskPart) -> String {
    let Value::Generator(g) = &t.coro else {
        return "sleep() running".into();
    };
    let frame = g.frame.borrow();
    match (g.state.get(), frame.as_ref()) {
        (GenState::Closed, _) | (_, None) => match &t.code {
            Some(c) => format!(
                "{}() done, defined at {}:{}",
                g.qualname.borrow().as_str(),
                c.source.filename,
                c.firstlineno
            ),
            None => format!("{}()", g.qualname.borrow().as_str()),
        },
        (GenState::Created, Some(f)) => format!(
            "{}() running at {}:{}",
            g.qualname.borrow().as_str(),
            f.code.source.filename,
            f.code.firstlineno
        ),
        (_, Some(f)) => format!(
            "{}() running at {}:{}",
            g.qualname.borrow().as_str(),
            f.code.source.filename,
            f.line()
        ),
    }
}

fn this<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let a = args.check_count(name, min, max)?;
    me(&a[0])?;
    Ok(a)
}

fn fut_result(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "result", 1, 1)?;
    me(&a[0])?.get_result()
}

fn fut_exception(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "exception", 1, 1)?;
    let f = me(&a[0])?;
    match f.state.get() {
        FutState::Cancelled => Err(f.cancelled_error()),
        FutState::Pending => Err(invalid_state("Exception is not set.")),
        FutState::Finished if f.log_traceback.replace(false) => Ok(f
            .exception
            .borrow()
            .as_ref()
            .map_or(Value::None, |e| e.value())),
        FutState::Finished => Ok(f
            .exception
            .borrow()
            .as_ref()
            .map_or(Value::None, |e| e.value())),
    }
}

fn fut_done(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "done", 1, 1)?;
    Ok(Value::Bool(me(&a[0])?.done()))
}

fn fut_cancelled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "cancelled", 1, 1)?;
    Ok(Value::Bool(me(&a[0])?.state.get() == FutState::Cancelled))
}

fn fut_cancel(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "cancel", 1, 2)?;
    let msg = a
        .get(1)
        .cloned()
        .or_else(|| super::kwarg(&args, "msg"))
        .unwrap_or(Value::None);
    Ok(Value::Bool(cancel(&a[0], msg)))
}

/// Tasks finish only through their coroutine.
fn refuse_on_task(v: &Value, op: &str) -> PyResult<()> {
    if me(v)?.task.is_some() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            format!("Task does not support {op} operation"),
        ));
    }
    Ok(())
}

fn fut_set_result(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "set_result", 2, 2)?;
    refuse_on_task(&a[0], "set_result")?;
    set_result(&a[0], a[1].clone())?;
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "set_exception", 2, 2)?;
    refuse_on_task(&a[0], "set_exception")?;
    let e = match &a[1] {
        Value::Exception(e) => PyErr { exc: e.clone() },
        c @ Value::Class(_) => match vm.call_positional(c, &[])? {
            Value::Exception(e) => PyErr { exc: e },
            _ => return Err(PyErr::type_error("invalid exception object")),
        },
        _ => return Err(PyErr::type_error("invalid exception object")),
    };
    if e.is(ExcKind::StopIteration) {
        return Err(PyErr::type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    set_exception(&a[0], e)?;
    Ok(Value::None)
}

fn fut_add_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "add_done_callback", 2, 2)?;
    let ctx = super::contextvars::task_context(vm, kwarg(&args, "context"))?;
    add_callback(&a[0], Callback::Py(a[1].clone(), ctx));
    Ok(Value::None)
}

fn fut_remove_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "remove_done_callback", 2, 2)?;
    let f = me(&a[0])?;
    let cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    let mut kept = Vec::new();
    let mut removed = 0;
    for cb in cbs {
        if let Callback::Py(c, _) = &cb {
            if vm.eq(c, &a[1])? {
                removed += 1;
                continue;
            }
        }
        kept.push(cb);
    }
    *f.callbacks.borrow_mut() = kept;
    Ok(Value::Int(removed))
}

/// `__await__` / `__iter__`, for custom awaitables that delegate with
/// `yield from fut.__await__()`: a generator (`_future_iter` in lib.py)
/// that yields the future until it is done, then returns its result.
fn fut_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "__await__", 1, 1)?;
    let module = vm.import_module("asyncio")?;
    let make = vm.get_attr(&module, &crate::objects::PyStr::new("_future_iter"))?;
    vm.call_positional(&make, &a[..1])
}

fn fut_get_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "get_loop", 1, 1)?;
    Ok(me(&a[0])?.lp.clone())
}

fn task_part<'a>(v: &'a Value, name: &str) -> PyResult<&'a TaskPart> {
    me(v)?.task.as_ref().ok_or_else(|| {
        PyErr::attribute_error(format!(
            "'_asyncio.Future' object has no attribute '{name}'"
        ))
    })
}

fn task_get_name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "get_name", 1, 1)?;
    Ok(Value::str(&task_part(&a[0], "get_name")?.name.borrow()))
}

fn task_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "set_name", 2, 2)?;
    let name = vm.str(&a[1])?;
    *task_part(&a[0], "set_name")?.name.borrow_mut() = name;
    Ok(Value::None)
}

fn task_get_coro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "get_coro", 1, 1)?;
    Ok(task_part(&a[0], "get_coro")?.coro.clone())
}

fn task_cancelling(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "cancelling", 1, 1)?;
    Ok(Value::Int(
        task_part(&a[0], "cancelling")?.cancel_requests.get() as i64,
    ))
}

fn task_uncancel(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "uncancel", 1, 1)?;
    let t = task_part(&a[0], "uncancel")?;
    let n = t.cancel_requests.get().saturating_sub(1);
    t.cancel_requests.set(n);
    Ok(Value::Int(n as i64))
}

fn fut_set_children(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "_set_children", 2, 2)?;
    let children = vm.collect(&a[1])?;
    let f = me(&a[0])?;
    *f.children.borrow_mut() = children;
    f.gathering.set(true);
    Ok(Value::None)
}

fn fut_cancel_requested(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "_cancel_requested", 1, 1)?;
    Ok(Value::Bool(me(&a[0])?.cancel_requested.get()))
}

fn fut_cancel_message(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(&args, "_cancel_message", 1, 1)?;
    Ok(me(&a[0])?.cancel_msg.borrow().clone())
}

impl Future {
    /// What CPython's loop reports when this future is freed: an exception
    /// nobody retrieved, or a task destroyed while still pending.
    fn lost_report(&self) -> Option<&'static str> {
        match (&self.task, self.state.get()) {
            (_, FutState::Finished) if self.log_traceback.get() => Some(match self.task {
                Some(_) => "Task exception was never retrieved",
                None => "Future exception was never retrieved",
            }),
            (Some(_), FutState::Pending) => Some("Task was destroyed but it is pending!"),
            _ => None,
        }
    }
}

impl Drop for Future {
    fn drop(&mut self) {
        if self.lost_report().is_none() {
            return;
        }
        // Resurrect the contents into a new future for the report, which
        // the VM prints at its next safe point (`report_lost`).
        let report = Future {
            lp: std::mem::replace(&mut self.lp, Value::None),
            state: Cell::new(self.state.get()),
            result: RefCell::new(self.result.replace(Value::None)),
            exception: RefCell::new(self.exception.take()),
            cancel_msg: RefCell::new(self.cancel_msg.replace(Value::None)),
            callbacks: RefCell::new(Vec::new()),
            task: self.task.take(),
            children: RefCell::new(Vec::new()),
            cancel_requested: Cell::new(false),
            gathering: Cell::new(self.gathering.get()),
            cancelled_exc: RefCell::new(None),
            log_traceback: Cell::new(self.log_traceback.get()),
        };
        crate::objects::instance::queue_finalizer(Value::Native(Rc::new(report)));
    }
}

/// Prints what the loop's default exception handler prints for a future
/// freed with a lost exception or while pending (see [`Future::lost_report`]);
/// false when `obj` is not such a future.
pub fn report_lost(vm: &mut Vm, obj: &Value) -> bool {
    let Some(f) = as_future(obj) else {
        return false;
    };
    let Some(message) = f.lost_report() else {
        return true;
    };
    let key = if f.task.is_some() && f.state.get() == FutState::Pending {
        "task"
    } else {
        "future"
    };
    let context = Rc::new(crate::objects::PyDict::new());
    context.set_str("message", Value::str(message));
    if let Some(e) = f.exception.borrow().clone() {
        context.set_str("exception", e.value());
    }
    context.set_str(key, obj.clone());
    f.log_traceback.set(false);
    let lp = f.lp.clone();
    let r = super::handler::call_exception_handler(vm, &lp, context);
    // Report once: the resurrected future must not report again when freed.
    if f.state.get() == FutState::Pending {
        f.state.set(FutState::Cancelled);
    }
    if let Err(e) = r {
        let tb = crate::vm::traceback::format_exception(vm, &e);
        vm.write_stderr(&tb);
    }
    true
}
