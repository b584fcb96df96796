//! The event loop: a ready queue of handles and a timer heap, run by a plain
//! Rust loop (`run_forever` / `run_until_complete`). Sleeping until the next
//! timer sleeps the process.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::methods::MethodTable;
use crate::objects::{Args, ExcKind, NativeObject, PyClass, PyErr, PyResult, Value};
use crate::vm::generator::PyGenerator;
use crate::vm::threadlet::Threadlet;
use crate::vm::Vm;

use super::future::{self, as_future, Callback, FutState};
use super::handler::{self, format_callback_source};
use super::readiness::{self, Waited};
use super::{classes, kwarg};

/// Work queued on the loop.
pub enum Job {
    /// Run a task's step, throwing the error in if given.
    Step(Value, Option<PyErr>),
    /// Wake the task (first) after the future (second) completed.
    Wakeup(Value, Value),
    /// Call a Python callable with arguments, in a `contextvars.Context`
    /// (None: the current one).
    Call(Value, Vec<Value>, Value),
    /// Set a future's result unless it was cancelled (`asyncio.sleep`).
    SetResult(Value, Value),
    /// Stop the loop (the value).
    Stop(Value),
    /// Close an async generator freed while suspended, as CPython's loop
    /// finalizer hook does: a first hop (its `create_task(agen.aclose())`
    /// callback) queues the second, the task step that closes it.
    CloseAsyncGen(Rc<PyGenerator>, bool),
    /// Step a `run_in_executor` worker in a `contextvars.Context` (None:
    /// the current one); its result goes to the future.
    Worker(Rc<Threadlet>, Value, Value),
}

/// `asyncio.Handle` / `asyncio.TimerHandle`: a queued job that can be cancelled.
pub struct Handle {
    job: RefCell<Option<Job>>,
    /// The Python callable and arguments of a `Job::Call`, kept for the
    /// repr and error reports after the job ran (cleared by `cancel`).
    callback: RefCell<Option<(Value, Vec<Value>)>>,
    cancelled: Cell<bool>,
    when: Option<f64>,
    /// A reader's or writer's callback: it runs each time its fd is ready
    /// (the job is kept, not taken, when it runs).
    repeat: bool,
}

impl NativeObject for Handle {
    fn class(&self) -> Rc<PyClass> {
        if self.when.is_some() {
            classes().timer_handle.clone()
        } else {
            classes().handle.clone()
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        &[
            ("cancel", handle_cancel),
            ("cancelled", handle_cancelled),
            ("when", handle_when),
        ]
    }
    fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let mut out = String::from(match self.when {
            Some(_) => "<TimerHandle",
            None => "<Handle",
        });
        if self.cancelled.get() {
            out.push_str(" cancelled");
        }
        if let Some(w) = self.when {
            out.push_str(&format!(" when={}", vm.repr(&Value::Float(w))?));
        }
        let cb = self.callback.borrow().clone();
        if let Some((f, args)) = cb {
            out.push(' ');
            out.push_str(&format_callback_source(vm, &f, &args)?);
        }
        out.push('>');
        Ok(out)
    }
}

impl Handle {
    fn new(job: Job, when: Option<f64>) -> Rc<Handle> {
        let callback = match &job {
            Job::Call(f, args, _) => Some((f.clone(), args.clone())),
            _ => None,
        };
        Rc::new(Handle {
            job: RefCell::new(Some(job)),
            callback: RefCell::new(callback),
            cancelled: Cell::new(false),
            when,
            repeat: false,
        })
    }

    /// The handle of an fd's callback (`add_reader`): it runs every time
    /// the fd is ready, until cancelled.
    pub fn repeating(job: Job) -> Rc<Handle> {
        let mut h = Handle::new(job, None);
        if let Some(h) = Rc::get_mut(&mut h) {
            h.repeat = true;
        }
        h
    }

    /// Whether `cancel` was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }

    /// The job to run now: taken, or for a repeating handle a copy.
    fn job_to_run(&self) -> Option<Job> {
        if !self.repeat {
            return self.job.borrow_mut().take();
        }
        match &*self.job.borrow() {
            Some(Job::Call(f, args, ctx)) => Some(Job::Call(f.clone(), args.clone(), ctx.clone())),
            _ => None,
        }
    }

    /// Cancels the job (it will not run).
    pub fn cancel(&self) {
        self.cancelled.set(true);
        self.job.borrow_mut().take();
        self.callback.borrow_mut().take();
    }
}

fn as_handle(v: &Value) -> PyResult<&Handle> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Handle>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("a Handle was expected"))
}

fn handle_cancel(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("cancel", 1, 1)?;
    as_handle(&a[0])?.cancel();
    Ok(Value::None)
}

fn handle_cancelled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("cancelled", 1, 1)?;
    Ok(Value::Bool(as_handle(&a[0])?.cancelled.get()))
}

fn handle_when(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("when", 1, 1)?;
    Ok(Value::Float(as_handle(&a[0])?.when.unwrap_or(0.0)))
}

/// A timer in the heap: earliest `when` first, then scheduling order.
struct Timer {
    when: f64,
    seq: u64,
    handle: Rc<Handle>,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    fn cmp(&self, other: &Self) -> Ordering {
        // Reversed: `BinaryHeap` is a max-heap.
        other
            .when
            .total_cmp(&self.when)
            .then(other.seq.cmp(&self.seq))
    }
}

/// An event loop.
pub struct EventLoop {
    ready: RefCell<VecDeque<Rc<Handle>>>,
    timers: RefCell<BinaryHeap<Timer>>,
    seq: Cell<u64>,
    pub running: Cell<bool>,
    pub closed: Cell<bool>,
    stopping: Cell<bool>,
    pub debug: Cell<bool>,
    /// What `set_exception_handler` installed (None: the default report).
    pub exception_handler: RefCell<Value>,
    /// The task whose step is running.
    pub current_task: RefCell<Value>,
    /// The loop's tasks, held weakly as CPython's `_all_tasks` WeakSet:
    /// a finished task nobody references is freed (and may report a lost
    /// exception) at once.
    tasks: RefCell<Vec<std::rc::Weak<dyn NativeObject>>>,
    /// The length of `tasks` at which the freed entries are dropped next
    /// (twice the live count after the last pruning: amortized O(1)).
    prune_at: Cell<usize>,
    /// The fds waited on (`add_reader` / `add_writer`).
    pub readiness: super::readiness::Readiness,
    /// `run_in_executor` workers not finished yet.
    pub workers: Cell<usize>,
    /// Futures to complete when `workers` drops to zero.
    pub workers_idle: RefCell<Vec<Value>>,
}

impl EventLoop {
    /// The loop's tasks that are not done yet (`all_tasks`, and what
    /// `asyncio.run` cancels at the end).
    pub fn pending_tasks(&self) -> Vec<Value> {
        self.tasks
            .borrow()
            .iter()
            .filter_map(|t| t.upgrade())
            .map(Value::Native)
            .filter(|t| as_future(t).is_some_and(|f| !f.done()))
            .collect()
    }

    /// Marks the loop closed and lets go of its selector (and its fds).
    pub fn mark_closed(&self) {
        self.closed.set(true);
        self.readiness.close();
    }

    /// A new loop, as a Python value.
    pub fn new_value() -> Value {
        Value::Native(Rc::new(EventLoop {
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(BinaryHeap::new()),
            seq: Cell::new(0),
            running: Cell::new(false),
            closed: Cell::new(false),
            stopping: Cell::new(false),
            debug: Cell::new(false),
            exception_handler: RefCell::new(Value::None),
            current_task: RefCell::new(Value::None),
            tasks: RefCell::new(Vec::new()),
            prune_at: Cell::new(MIN_PRUNE_AT),
            readiness: Default::default(),
            workers: Cell::new(0),
            workers_idle: RefCell::new(Vec::new()),
        }))
    }
}

impl NativeObject for EventLoop {
    fn class(&self) -> Rc<PyClass> {
        classes().event_loop.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        &[
            ("run_until_complete", loop_run_until_complete),
            ("run_forever", loop_run_forever),
            ("stop", loop_stop),
            ("close", loop_close),
            ("is_closed", loop_is_closed),
            ("is_running", loop_is_running),
            ("create_task", loop_create_task),
            ("create_future", loop_create_future),
            ("run_in_executor", super::executor::loop_run_in_executor),
            ("_run_in_thread", super::executor::loop_run_in_thread),
            ("_workers_idle", super::executor::loop_workers_idle),
            ("shutdown_asyncgens", loop_shutdown_asyncgens),
            ("shutdown_default_executor", loop_shutdown_default_executor),
            ("call_soon", loop_call_soon),
            ("add_reader", readiness::loop_add_reader),
            ("add_writer", readiness::loop_add_writer),
            ("remove_reader", readiness::loop_remove_reader),
            ("remove_writer", readiness::loop_remove_writer),
            ("_add_reader", readiness::loop_private_add_reader),
            ("_add_writer", readiness::loop_private_add_writer),
            ("_remove_reader", readiness::loop_private_remove_reader),
            ("_remove_writer", readiness::loop_private_remove_writer),
            ("_transport_fd", readiness::loop_transport_fd),
            ("sock_recv", loop_sock_recv),
            ("sock_recv_into", loop_sock_recv_into),
            ("sock_sendall", loop_sock_sendall),
            ("sock_connect", loop_sock_connect),
            ("sock_accept", loop_sock_accept),
            ("getaddrinfo", loop_getaddrinfo),
            ("create_connection", loop_create_connection),
            ("create_server", loop_create_server),
            ("create_unix_connection", loop_create_unix_connection),
            ("create_unix_server", loop_create_unix_server),
            ("connect_accepted_socket", loop_connect_accepted_socket),
            // One thread runs Python code: scheduling from "another thread"
            // is scheduling.
            ("call_soon_threadsafe", loop_call_soon),
            ("call_later", loop_call_later),
            ("call_at", loop_call_at),
            ("time", loop_time),
            ("get_debug", loop_get_debug),
            ("set_debug", loop_set_debug),
            ("set_exception_handler", handler::loop_set_exception_handler),
            ("get_exception_handler", handler::loop_get_exception_handler),
            (
                "call_exception_handler",
                handler::loop_call_exception_handler,
            ),
            (
                "default_exception_handler",
                handler::loop_default_exception_handler,
            ),
        ]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<_UnixSelectorEventLoop running={} closed={} debug={}>",
            py_bool(self.running.get()),
            py_bool(self.closed.get()),
            py_bool(self.debug.get())
        ))
    }
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// The loop behind `v`, if it is one.
pub fn as_loop(v: &Value) -> Option<&EventLoop> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<EventLoop>(),
        _ => None,
    }
}

fn me(v: &Value) -> PyResult<&EventLoop> {
    as_loop(v).ok_or_else(|| PyErr::type_error("an event loop was expected"))
}

thread_local! {
    static START: Instant = Instant::now();
}

/// The loop's clock (monotonic seconds).
pub fn now() -> f64 {
    START.with(|s| s.elapsed().as_secs_f64())
}

/// Queues `job` to run at the loop's next iteration.
pub fn call_soon(lp: &Value, job: Job) -> Rc<Handle> {
    let h = Handle::new(job, None);
    if let Some(l) = as_loop(lp) {
        l.ready.borrow_mut().push_back(h.clone());
    }
    h
}

/// Queues `job` to run at loop time `when`.
pub fn call_at(lp: &Value, when: f64, job: Job) -> Rc<Handle> {
    let h = Handle::new(job, Some(when));
    if let Some(l) = as_loop(lp) {
        let seq = l.seq.get();
        l.seq.set(seq + 1);
        l.timers.borrow_mut().push(Timer {
            when,
            seq,
            handle: h.clone(),
        });
    }
    h
}

/// One iteration: wait (for the earliest timer, or on the registered fds
/// with that timer as the timeout) when nothing is ready, queue the
/// callbacks of ready fds and the due timers, run what was ready. False
/// when there is nothing left to wait for.
pub(super) fn run_once(vm: &mut Vm, lp_v: &Value) -> PyResult<bool> {
    let lp = me(lp_v)?;
    let busy = !lp.ready.borrow().is_empty() || lp.stopping.get();
    let next_timer = {
        let mut timers = lp.timers.borrow_mut();
        while timers.peek().is_some_and(|t| t.handle.cancelled.get()) {
            timers.pop();
        }
        timers.peek().map(|t| t.when)
    };
    let interrupted = if lp.readiness.active() {
        let timeout = if busy {
            Some(Duration::ZERO)
        } else {
            next_timer.map(timer_wait)
        };
        match lp.readiness.wait(timeout)? {
            Waited::Interrupted => true,
            Waited::Ready(handles) => {
                lp.ready.borrow_mut().extend(handles);
                false
            }
        }
    } else if busy {
        false
    } else {
        match next_timer {
            Some(when) => crate::vm::interrupt::sleep_until_interrupted(timer_wait(when)),
            None => return Ok(false),
        }
    };
    if interrupted {
        // Ctrl-C: KeyboardInterrupt, or the main task of asyncio.run
        // cancelled (it is ready now).
        if let Some(e) = vm.take_interrupt() {
            return Err(e);
        }
        return Ok(true);
    }
    {
        let mut timers = lp.timers.borrow_mut();
        let end = now();
        while timers.peek().is_some_and(|t| t.when <= end) {
            if let Some(t) = timers.pop() {
                if !t.handle.cancelled.get() {
                    lp.ready.borrow_mut().push_back(t.handle);
                }
            }
        }
    }
    let n = lp.ready.borrow().len();
    for _ in 0..n {
        let Some(h) = lp.ready.borrow_mut().pop_front() else {
            break;
        };
        if let Some(job) = h.job_to_run() {
            run_job(vm, lp_v, &h, job)?;
        }
    }
    Ok(true)
}

/// Whether `stop()` was called and the loop did not stop yet.
pub(super) fn stopping(lp: &Value) -> bool {
    as_loop(lp).is_some_and(|l| l.stopping.get())
}

/// Sets (or clears) the loop's stop request.
pub(super) fn set_stopping(lp: &Value, on: bool) {
    if let Some(l) = as_loop(lp) {
        l.stopping.set(on);
    }
}

/// How long to wait for a timer due at `when`: whole milliseconds,
/// rounded up, as CPython's epoll selector waits (timers due within the
/// same millisecond fire in the same iteration).
fn timer_wait(when: f64) -> Duration {
    let wait = when - now();
    if wait > 0.0 {
        Duration::from_secs_f64((wait * 1e3).ceil() / 1e3)
    } else {
        Duration::ZERO
    }
}

/// Runs one job, then finalizes what it freed (as CPython's reference
/// counting does at once): a finished task's coroutine frame lets go of
/// its locals here, while its loop still runs.
fn run_job(vm: &mut Vm, lp: &Value, h: &Rc<Handle>, job: Job) -> PyResult<()> {
    let r = run_job_now(vm, lp, h, job);
    if crate::vm::interrupt::pending() {
        vm.run_finalizers();
    }
    r
}

/// Calls `f(*args)` with `ctx` as the current context (when not None).
fn in_context(vm: &mut Vm, ctx: &Value, f: &Value, args: &[Value]) -> PyResult<Value> {
    let outer = super::contextvars::enter(ctx);
    let r = vm.call_positional(f, args);
    super::contextvars::leave(outer);
    r
}

fn run_job_now(vm: &mut Vm, lp: &Value, h: &Rc<Handle>, job: Job) -> PyResult<()> {
    match job {
        Job::Step(task, exc) => future::step(vm, &task, exc),
        Job::Wakeup(task, fut) => future::wakeup(vm, &task, &fut),
        Job::Call(f, args, ctx) => match in_context(vm, &ctx, &f, &args) {
            Ok(_) => Ok(()),
            // As Handle._run: all but SystemExit and KeyboardInterrupt
            // (CancelledError too) go to the exception handler.
            Err(e) if !e.is(ExcKind::SystemExit) && !e.is(ExcKind::KeyboardInterrupt) => {
                let what = format_callback_source(vm, &f, &args)?;
                let context = Rc::new(crate::objects::PyDict::new());
                context.set_str(
                    "message",
                    Value::str(&format!("Exception in callback {what}")),
                );
                context.set_str("exception", e.value());
                context.set_str("handle", Value::Native(h.clone()));
                handler::call_exception_handler(vm, lp, context)
            }
            Err(e) => Err(e),
        },
        Job::SetResult(fut, v) => {
            if as_future(&fut).is_some_and(|f| !f.done()) {
                future::set_result(&fut, v)?;
            }
            Ok(())
        }
        Job::Stop(lp) => {
            if let Some(l) = as_loop(&lp) {
                l.stopping.set(true);
            }
            Ok(())
        }
        Job::CloseAsyncGen(g, true) => {
            call_soon(lp, Job::CloseAsyncGen(g, false));
            Ok(())
        }
        Job::Worker(worker, fut, ctx) => super::executor::step(vm, lp, worker, fut, ctx),
        Job::CloseAsyncGen(g, false) => {
            if let Err(e) = vm.gen_close(&g) {
                let what = vm.repr(&Value::Generator(g))?;
                let report = crate::vm::traceback::format_unraisable(vm, &e);
                vm.write_stderr(&format!("Exception ignored in: {what}\n{report}"));
            }
            Ok(())
        }
    }
}

/// Runs what is ready now, a few rounds, without waiting for timers: the
/// iterations CPython's `asyncio.run` spends in `shutdown_asyncgens` and
/// `shutdown_default_executor` after the main task, where late callbacks
/// (such as async generator finalizers) still run.
pub fn run_ready(vm: &mut Vm, lp_v: &Value) -> PyResult<()> {
    let lp = me(lp_v)?;
    for _ in 0..4 {
        let n = lp.ready.borrow().len();
        if n == 0 {
            break;
        }
        for _ in 0..n {
            let Some(h) = lp.ready.borrow_mut().pop_front() else {
                break;
            };
            let job = h.job_to_run();
            if let Some(job) = job {
                run_job(vm, lp_v, &h, job)?;
            }
        }
    }
    Ok(())
}

/// The checks `run_forever` and `run_until_complete` make first: an
/// open loop, not running, and no other loop running.
fn check_can_run(lp_v: &Value) -> PyResult<()> {
    let lp = me(lp_v)?;
    if lp.closed.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Event loop is closed"));
    }
    if lp.running.get() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "This event loop is already running",
        ));
    }
    if !super::running_loop().is_none() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Cannot run the event loop while another loop is running",
        ));
    }
    Ok(())
}

/// `run_forever()`: runs until `stop()` (or until nothing is left to run).
pub fn run_forever(vm: &mut Vm, lp_v: &Value) -> PyResult<()> {
    if super::nested::active() {
        return super::nested::run_forever(vm, lp_v);
    }
    check_can_run(lp_v)?;
    let lp = me(lp_v)?;
    lp.running.set(true);
    super::set_running_loop(lp_v.clone());
    let r = loop {
        match run_once(vm, lp_v) {
            Ok(true) if !lp.stopping.get() => {}
            Ok(_) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    lp.stopping.set(false);
    lp.running.set(false);
    super::set_running_loop(Value::None);
    r
}

/// Wraps a coroutine in a task on `lp`; futures pass through.
pub fn ensure_future(vm: &mut Vm, lp: &Value, v: &Value, name: Option<Value>) -> PyResult<Value> {
    if as_future(v).is_some() {
        return Ok(v.clone());
    }
    if super::is_coroutine(v) {
        return create_task(vm, lp, v.clone(), name, None);
    }
    // Other awaitables (objects with __await__) run in a wrapping coroutine.
    if let Value::Instance(i) = v {
        if crate::vm::class::lookup(&i.class, "__await__").is_some() {
            let module = vm.import_module("asyncio")?;
            let wrap = vm.get_attr(&module, &crate::objects::PyStr::new("_wrap_awaitable"))?;
            let coro = vm.call_positional(&wrap, std::slice::from_ref(v))?;
            return create_task(vm, lp, coro, name, None);
        }
    }
    Err(PyErr::type_error(
        "An asyncio.Future, a coroutine or an awaitable is required",
    ))
}

/// The smallest `EventLoop::prune_at`.
const MIN_PRUNE_AT: usize = 64;

/// A new task running `coro` on `lp`, scheduled to start.
pub fn create_task(
    vm: &mut Vm,
    lp: &Value,
    coro: Value,
    name: Option<Value>,
    context: Option<Value>,
) -> PyResult<Value> {
    if !super::is_coroutine(&coro) {
        let r = vm.repr(&coro)?;
        return Err(PyErr::type_error(format!(
            "a coroutine was expected, got {r}"
        )));
    }
    if me(lp)?.closed.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Event loop is closed"));
    }
    let name = match name {
        Some(n) if !n.is_none() => vm.str(&n)?,
        _ => format!("Task-{}", super::next_task_number()),
    };
    let context = super::contextvars::task_context(vm, context)?;
    let task = Value::Native(Rc::new(future::Future::new(
        lp.clone(),
        Some(future::TaskPart {
            code: match &coro {
                Value::Generator(g) => g.frame.borrow().as_ref().map(|f| f.code.clone()),
                _ => None,
            },
            coro,
            name: RefCell::new(name),
            waiter: RefCell::new(None),
            context,
            must_cancel: Cell::new(false),
            cancel_requests: Cell::new(0),
        }),
    )));
    call_soon(lp, Job::Step(task.clone(), None));
    let l = me(lp)?;
    if let Value::Native(n) = &task {
        let mut tasks = l.tasks.borrow_mut();
        if tasks.len() >= l.prune_at.get() {
            tasks.retain(|t| t.strong_count() > 0);
            l.prune_at.set((tasks.len() * 2).max(MIN_PRUNE_AT));
        }
        tasks.push(Rc::downgrade(n));
    }
    Ok(task)
}

/// `run_until_complete(aw)`.
pub fn run_until_complete(vm: &mut Vm, lp: &Value, aw: &Value) -> PyResult<Value> {
    if super::nested::active() {
        return super::nested::run_until_complete(vm, lp, aw);
    }
    check_can_run(lp)?;
    let fut = ensure_future(vm, lp, aw, None)?;
    future::add_callback(&fut, Callback::StopLoop);
    let r = run_forever(vm, lp);
    if let Some(f) = as_future(&fut) {
        f.callbacks
            .borrow_mut()
            .retain(|c| !matches!(c, Callback::StopLoop));
    }
    if r.is_err() {
        // The error (SystemExit, KeyboardInterrupt) leaves the loop; in
        // CPython its traceback keeps this future alive to the end, where
        // a lost exception is not reported.
        if let Some(f) = as_future(&fut) {
            f.log_traceback.set(false);
        }
    }
    r?;
    let f = as_future(&fut).expect("a future");
    if f.state.get() == FutState::Pending {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Event loop stopped before Future completed.",
        ));
    }
    f.get_result()
}

fn loop_run_until_complete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("run_until_complete", 2, 2)?;
    run_until_complete(vm, &a[0], &a[1])
}

fn loop_run_forever(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("run_forever", 1, 1)?;
    run_forever(vm, &a[0])?;
    Ok(Value::None)
}

fn loop_stop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("stop", 1, 1)?;
    me(&a[0])?.stopping.set(true);
    Ok(Value::None)
}

fn loop_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("close", 1, 1)?;
    let l = me(&a[0])?;
    if l.running.get() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Cannot close a running event loop",
        ));
    }
    l.mark_closed();
    l.ready.borrow_mut().clear();
    l.timers.borrow_mut().clear();
    Ok(Value::None)
}

fn loop_is_closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("is_closed", 1, 1)?;
    Ok(Value::Bool(me(&a[0])?.closed.get()))
}

fn loop_is_running(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("is_running", 1, 1)?;
    Ok(Value::Bool(me(&a[0])?.running.get()))
}

fn loop_create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("create_task", 2, 2)?;
    let (name, context) = (kwarg(&args, "name"), kwarg(&args, "context"));
    create_task(vm, &a[0], a[1].clone(), name, context)
}

fn loop_create_future(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("create_future", 1, 1)?;
    Ok(Value::Native(Rc::new(future::Future::new(
        a[0].clone(),
        None,
    ))))
}

/// A coroutine from lib.py, called with the loop.
fn lib_coroutine(vm: &mut Vm, name: &str, lp: &Value) -> PyResult<Value> {
    let module = vm.import_module("asyncio")?;
    let f = vm.get_attr(&module, &crate::objects::PyStr::new(name))?;
    vm.call_positional(&f, std::slice::from_ref(lp))
}

/// `loop.shutdown_asyncgens()`: a coroutine. Suspended async generators
/// are closed by the loop when freed (see `defer_asyncgen_close`); none
/// are tracked beyond that, so there is nothing left to close here.
fn loop_shutdown_asyncgens(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("shutdown_asyncgens", 1, 1)?;
    lib_coroutine(vm, "_shutdown_asyncgens", &a[0])
}

/// `loop.shutdown_default_executor()`: a coroutine; executor jobs run
/// inline here, so none is ever left running.
fn loop_shutdown_default_executor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("shutdown_default_executor", 1, 1)?;
    lib_coroutine(vm, "_shutdown_default_executor", &a[0])
}

pub fn check_open(lp: &Value) -> PyResult<()> {
    if me(lp)?.closed.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Event loop is closed"));
    }
    Ok(())
}

fn loop_call_soon(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("call_soon", 2, usize::MAX)?;
    check_open(&a[0])?;
    let ctx = super::contextvars::task_context(vm, kwarg(&args, "context"))?;
    let h = call_soon(&a[0], Job::Call(a[1].clone(), a[2..].to_vec(), ctx));
    Ok(Value::Native(h))
}

fn seconds(v: &Value) -> PyResult<f64> {
    match crate::vm::ops::to_f64(v) {
        Some(r) => r,
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as a number",
            crate::vm::ops::type_name(v)
        ))),
    }
}

fn loop_call_later(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("call_later", 3, usize::MAX)?;
    let delay = match &a[1] {
        Value::None => return Err(PyErr::type_error("delay must not be None")),
        d => crate::vm::ops::to_f64(d).unwrap_or_else(|| {
            Err(PyErr::type_error(format!(
                "unsupported operand type(s) for +: 'float' and '{}'",
                crate::vm::ops::type_name(d)
            )))
        })?,
    };
    check_open(&a[0])?;
    let when = now() + delay;
    let ctx = super::contextvars::task_context(vm, kwarg(&args, "context"))?;
    let h = call_at(&a[0], when, Job::Call(a[2].clone(), a[3..].to_vec(), ctx));
    Ok(Value::Native(h))
}

fn loop_call_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("call_at", 3, usize::MAX)?;
    if a[1].is_none() {
        return Err(PyErr::type_error("when cannot be None"));
    }
    check_open(&a[0])?;
    let when = seconds(&a[1])?;
    let ctx = super::contextvars::task_context(vm, kwarg(&args, "context"))?;
    let h = call_at(&a[0], when, Job::Call(a[2].clone(), a[3..].to_vec(), ctx));
    Ok(Value::Native(h))
}

fn loop_time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("time", 1, 1)?;
    Ok(Value::Float(now()))
}

fn loop_get_debug(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("get_debug", 1, 1)?;
    Ok(Value::Bool(me(&a[0])?.debug.get()))
}

fn loop_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("set_debug", 2, 2)?;
    let b = vm.is_true(&a[1])?;
    me(&a[0])?.debug.set(b);
    Ok(Value::None)
}

/// Loop methods written in Python (streams.py's `_loop_<name>`, loaded
/// on first use), as CPython writes them.
macro_rules! python_methods {
    ($($rust:ident => $py:literal),* $(,)?) => {
        $(
            fn $rust(vm: &mut Vm, args: Args) -> PyResult<Value> {
                super::call_streams(vm, $py, args)
            }
        )*
    };
}

python_methods! {
    loop_sock_recv => "_loop_sock_recv",
    loop_sock_recv_into => "_loop_sock_recv_into",
    loop_sock_sendall => "_loop_sock_sendall",
    loop_sock_connect => "_loop_sock_connect",
    loop_sock_accept => "_loop_sock_accept",
    loop_getaddrinfo => "_loop_getaddrinfo",
    loop_create_connection => "_loop_create_connection",
    loop_create_server => "_loop_create_server",
    loop_create_unix_connection => "_loop_create_unix_connection",
    loop_create_unix_server => "_loop_create_unix_server",
    loop_connect_accepted_socket => "_loop_connect_accepted_socket",
}
