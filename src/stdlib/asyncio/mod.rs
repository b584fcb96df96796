//! The `asyncio` module: a real event loop ([`event_loop`]), futures and
//! tasks ([`future`]), `asyncio.sleep`, `asyncio.run` and the loop
//! accessors in Rust; the higher-level helpers (gather, wait_for, queues,
//! locks, ...) in Python (`lib.py`, with native fast paths for `Queue` in
//! [`queue`]; `taskgroup.py` for `TaskGroup`,
//! `runner.py` for `Runner`),
//! compiled when the module is imported,
//! whose frames tracebacks leave out as CPython's own library frames are.
//! Sockets, transports, servers and streams (`streams.py`) are compiled on
//! first use (the module's `__getattr__`, the loop's socket methods), so
//! programs without them don't pay for it. The loop waits on file
//! descriptors through [`readiness`].

pub mod contextvars;
pub mod event_loop;
pub mod executor;
pub mod future;
pub mod handler;
pub mod nested;
pub mod queue;
pub mod readiness;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::CodeKind;
use crate::methods::MethodTable;
use crate::objects::class::types;
use crate::objects::exception::PyException;
use crate::objects::{Args, ExcKind, NativeObject, PyClass, PyDict, PyErr, PyResult, Value};
use crate::vm::coroutine::AsyncGenOp;
use crate::vm::eval::GenStep;
use crate::vm::Vm;

use crate::vm::generator::PyGenerator;
use event_loop::{as_loop, call_at, call_soon, now, EventLoop, Job};
use future::{as_future, Future};

/// The classes the module defines.
pub struct Classes {
    pub cancelled_error: Rc<PyClass>,
    pub invalid_state_error: Rc<PyClass>,
    pub future: Rc<PyClass>,
    pub gathering_future: Rc<PyClass>,
    pub task: Rc<PyClass>,
    pub handle: Rc<PyClass>,
    pub timer_handle: Rc<PyClass>,
    pub event_loop: Rc<PyClass>,
}

thread_local! {
    static CLASSES: Rc<Classes> = Rc::new(make_classes());
    /// The loop running now (`get_running_loop`), or None.
    static RUNNING: RefCell<Value> = const { RefCell::new(Value::None) };
    /// The loop `set_event_loop` set (or `get_event_loop` made).
    static CURRENT: RefCell<Value> = const { RefCell::new(Value::None) };
    /// Whether `set_event_loop` was called (then `get_event_loop` makes no loop).
    static SET_CALLED: Cell<bool> = const { Cell::new(false) };
    static TASK_COUNTER: Cell<u64> = const { Cell::new(0) };
}

fn make_classes() -> Classes {
    let t = types();
    let base_exc = t.exception(ExcKind::BaseException);
    let exc = t.exception(ExcKind::Exception);
    let future = PyClass::builtin("Future", "_asyncio", Some(&t.object));
    Classes {
        cancelled_error: PyClass::builtin("CancelledError", "asyncio.exceptions", Some(base_exc)),
        invalid_state_error: PyClass::builtin("InvalidStateError", "asyncio.exceptions", Some(exc)),
        task: PyClass::builtin("Task", "_asyncio", Some(&future)),
        gathering_future: PyClass::builtin("_GatheringFuture", "asyncio.tasks", Some(&future)),
        future,
        handle: PyClass::builtin("Handle", "asyncio.events", Some(&t.object)),
        timer_handle: PyClass::builtin("TimerHandle", "asyncio.events", Some(&t.object)),
        event_loop: PyClass::builtin(
            "_UnixSelectorEventLoop",
            "asyncio.unix_events",
            Some(&t.object),
        ),
    }
}

/// The module's classes.
pub fn classes() -> Rc<Classes> {
    CLASSES.with(|c| c.clone())
}

/// `asyncio.CancelledError(msg)` (no args when `msg` is None).
pub fn cancelled_error(msg: Value) -> PyErr {
    let args = if msg.is_none() { vec![] } else { vec![msg] };
    PyErr {
        exc: PyException::new(classes().cancelled_error.clone(), args),
    }
}

/// `asyncio.InvalidStateError(msg)`.
pub fn invalid_state(msg: &str) -> PyErr {
    PyErr {
        exc: PyException::new(classes().invalid_state_error.clone(), vec![Value::str(msg)]),
    }
}

/// The keyword argument `name`, if passed.
pub fn kwarg(args: &Args, name: &str) -> Option<Value> {
    args.kwargs()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.clone())
}

/// The running loop, or None.
pub fn running_loop() -> Value {
    RUNNING.with(|r| r.borrow().clone())
}

/// Sets (or with None clears) the running loop.
pub fn set_running_loop(lp: Value) {
    RUNNING.with(|r| *r.borrow_mut() = lp);
}

/// The number of the next unnamed task (`Task-N`).
pub fn next_task_number() -> u64 {
    TASK_COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    })
}

/// Starts the `Task-N` names at 1 again.
pub fn reset_task_numbers() {
    TASK_COUNTER.with(|c| c.set(0));
}

/// True for coroutine objects (and `asyncio.sleep(...)`'s).
pub fn is_coroutine(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind == CodeKind::Coroutine,
        Value::Native(n) => n.as_any().is::<Sleep>(),
        _ => false,
    }
}

/// Resumes a task's coroutine once: sends None, or throws `exc`.
pub fn coro_step(vm: &mut Vm, coro: &Value, exc: Option<PyErr>) -> PyResult<GenStep> {
    match coro {
        Value::Generator(g) => match exc {
            Some(e) => {
                if g.state.get() == crate::vm::generator::GenState::Created {
                    g.state.set(crate::vm::generator::GenState::Closed);
                    g.frame.borrow_mut().take();
                    return Err(e);
                }
                vm.gen_throw(g, e)
            }
            None => vm.resume_generator(g, Value::None, None),
        },
        Value::Native(n) => match exc {
            Some(e) => native_throw(vm, n, e),
            None => native_send(vm, n).unwrap_or_else(|| Err(PyErr::type_error("not a coroutine"))),
        },
        _ => Err(PyErr::type_error("not a coroutine")),
    }
}

/// For `await` on a native object: `Some(Ok)` when it is awaitable (it is
/// its own iterator), `Some(Err)` when it cannot be awaited again.
pub fn native_awaitable(n: &Rc<dyn NativeObject>) -> Option<PyResult<()>> {
    let any = n.as_any();
    if any.is::<Future>() || any.is::<AsyncGenOp>() {
        return Some(Ok(()));
    }
    if let Some(s) = any.downcast_ref::<Sleep>() {
        if s.state.get() != SleepState::New {
            return Some(Err(PyErr::new(
                ExcKind::RuntimeError,
                "cannot reuse already awaited coroutine",
            )));
        }
        return Some(Ok(()));
    }
    None
}

/// One `Send` into a native awaitable: `None` when `n` is not one.
pub fn native_send(vm: &mut Vm, n: &Rc<dyn NativeObject>) -> Option<PyResult<GenStep>> {
    let any = n.as_any();
    if let Some(op) = any.downcast_ref::<AsyncGenOp>() {
        return Some(op.send(vm));
    }
    if let Some(f) = any.downcast_ref::<Future>() {
        if !f.done() {
            return Some(Ok(GenStep::Yield(Value::Native(n.clone()))));
        }
        return Some(f.get_result().map(GenStep::Return));
    }
    let s = any.downcast_ref::<Sleep>()?;
    Some(sleep_send(vm, s))
}

/// Throws `err` into a native awaitable (it just propagates).
/// True for the native awaitables `native_send`/`native_throw` drive
/// (async generator operations and `asyncio.sleep`).
pub fn is_native_awaitable(n: &Rc<dyn NativeObject>) -> bool {
    n.as_any().is::<AsyncGenOp>() || n.as_any().is::<Sleep>()
}

/// Throws `err` into a native awaitable (see [`is_native_awaitable`]).
pub fn native_throw(vm: &mut Vm, n: &Rc<dyn NativeObject>, err: PyErr) -> PyResult<GenStep> {
    if let Some(op) = n.as_any().downcast_ref::<AsyncGenOp>() {
        return op.throw(vm, err);
    }
    if let Some(s) = n.as_any().downcast_ref::<Sleep>() {
        s.state.set(SleepState::Done);
        if let Some(h) = s.handle.borrow_mut().take() {
            h.cancel();
        }
    }
    Err(err)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SleepState {
    New,
    /// `sleep(0)`: yielded once.
    Yielded,
    Waiting,
    Done,
}

/// The coroutine `asyncio.sleep(delay, result)` returns.
pub struct Sleep {
    delay: f64,
    result: Value,
    state: Cell<SleepState>,
    fut: RefCell<Option<Value>>,
    handle: RefCell<Option<Rc<event_loop::Handle>>>,
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if self.state.get() == SleepState::New {
            crate::vm::coroutine::queue_unawaited("sleep".to_owned());
        }
    }
}

impl NativeObject for Sleep {
    fn class(&self) -> Rc<PyClass> {
        types().coroutine.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        &[("close", sleep_close)]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<coroutine object sleep at {:#x}>",
            self as *const Sleep as usize
        ))
    }
}

fn sleep_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("close", 1, 1)?;
    if let Value::Native(n) = &a[0] {
        if let Some(s) = n.as_any().downcast_ref::<Sleep>() {
            s.state.set(SleepState::Done);
        }
    }
    Ok(Value::None)
}

fn sleep_send(_vm: &mut Vm, s: &Sleep) -> PyResult<GenStep> {
    match s.state.get() {
        SleepState::New => {
            if s.delay <= 0.0 {
                s.state.set(SleepState::Yielded);
                return Ok(GenStep::Yield(Value::None));
            }
            let lp = get_running_loop_checked()?;
            let fut = Value::Native(Rc::new(Future::new(lp.clone(), None)));
            let h = call_at(
                &lp,
                now() + s.delay,
                Job::SetResult(fut.clone(), s.result.clone()),
            );
            *s.handle.borrow_mut() = Some(h);
            *s.fut.borrow_mut() = Some(fut.clone());
            s.state.set(SleepState::Waiting);
            Ok(GenStep::Yield(fut))
        }
        SleepState::Yielded => {
            s.state.set(SleepState::Done);
            Ok(GenStep::Return(s.result.clone()))
        }
        SleepState::Waiting => {
            let fut = s.fut.borrow().clone();
            match fut.as_ref().and_then(as_future) {
                Some(f) if !f.done() => Ok(GenStep::Yield(fut.clone().unwrap_or(Value::None))),
                Some(f) => {
                    s.state.set(SleepState::Done);
                    s.handle.borrow_mut().take();
                    f.get_result().map(GenStep::Return)
                }
                None => Ok(GenStep::Return(s.result.clone())),
            }
        }
        SleepState::Done => Err(PyErr::new(
            ExcKind::RuntimeError,
            "cannot reuse already awaited coroutine",
        )),
    }
}

fn get_running_loop_checked() -> PyResult<Value> {
    let lp = running_loop();
    if lp.is_none() {
        return Err(PyErr::new(ExcKind::RuntimeError, "no running event loop"));
    }
    Ok(lp)
}

/// The `asyncio` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::python_namespace(&[
        ("run", run),
        ("sleep", sleep),
        ("get_event_loop", get_event_loop),
        ("new_event_loop", new_event_loop),
        ("set_event_loop", set_event_loop),
        ("get_running_loop", get_running_loop),
        ("_get_running_loop", _get_running_loop),
        ("create_task", create_task),
        ("ensure_future", ensure_future),
        ("current_task", current_task),
        ("all_tasks", all_tasks),
        ("iscoroutine", iscoroutine),
        ("isfuture", isfuture),
        ("_queue_setup", queue::queue_setup),
        ("_nest_apply", nested::nest_apply),
        ("_queue_put", queue::queue_put),
        ("_queue_get", queue::queue_get),
        ("_queue_task_done", queue::queue_task_done),
    ]);
    let c = classes();
    dict.set_str("CancelledError", Value::Class(c.cancelled_error.clone()));
    dict.set_str(
        "InvalidStateError",
        Value::Class(c.invalid_state_error.clone()),
    );
    dict.set_str(
        "TimeoutError",
        Value::Class(types().exception(ExcKind::TimeoutError).clone()),
    );
    // Future[int] / Task[str] in annotations give the class back, as
    // subscripting the built-in types does.
    let class_getitem = super::builtins::builtin("__class_getitem__", class_getitem);
    c.future.dict.set_str("__class_getitem__", class_getitem);
    dict.set_str("Future", Value::Class(c.future.clone()));
    dict.set_str("Task", Value::Class(c.task.clone()));
    dict.set_str("Handle", Value::Class(c.handle.clone()));
    dict.set_str("TimerHandle", Value::Class(c.timer_handle.clone()));
    dict.set_str("__name__", Value::str("asyncio"));
    super::pysource::run_into(vm, &dict, "asyncio", include_str!("lib.py"));
    super::pysource::run_into(vm, &dict, "asyncio", include_str!("taskgroup.py"));
    super::pysource::run_into(vm, &dict, "asyncio", include_str!("runner.py"));
    dict.set_str(
        "__getattr__",
        super::builtins::builtin("__getattr__", module_getattr),
    );
    dict
}

/// The names streams.py defines in `asyncio` (loaded on first use, so
/// programs without sockets don't pay for compiling it).
const STREAM_NAMES: &[&str] = &[
    "open_connection",
    "start_server",
    "open_unix_connection",
    "start_unix_server",
    "StreamReader",
    "StreamWriter",
    "StreamReaderProtocol",
    "IncompleteReadError",
    "LimitOverrunError",
    "BaseProtocol",
    "Protocol",
    "BufferedProtocol",
    "DatagramProtocol",
    "SubprocessProtocol",
    "BaseTransport",
    "ReadTransport",
    "WriteTransport",
    "Transport",
    "AbstractServer",
    "Server",
];

/// Runs streams.py into the `asyncio` namespace (once).
fn load_streams(vm: &mut Vm) -> PyResult<Rc<PyDict>> {
    let module = vm.import_module("asyncio")?;
    let Value::Module(m) = &module else {
        return Err(PyErr::type_error("asyncio is not a module"));
    };
    let dict = m.dict.clone();
    if dict.get_str("StreamReader").is_none() {
        super::pysource::run_into(vm, &dict, "asyncio", include_str!("streams.py"));
    }
    Ok(dict)
}

/// Calls the function `name` of streams.py with `args` (a loop method
/// written in Python: the loop is the first argument).
pub fn call_streams(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    let f = load_streams(vm)?
        .get_str(name)
        .ok_or_else(|| PyErr::type_error(format!("asyncio.{name} is missing")))?;
    vm.call(&f, args)
}

/// `asyncio.__getattr__(name)`: the names of streams.py, loading it.
fn module_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__getattr__", 1, 1)?;
    let name = vm.str(&a[0])?;
    if STREAM_NAMES.contains(&name.as_str()) {
        if let Some(v) = load_streams(vm)?.get_str(&name) {
            return Ok(v);
        }
    }
    let module = vm.import_module("asyncio")?;
    Err(vm.no_attribute(&module, &name))
}

/// Constructs `asyncio.Future(...)` / `asyncio.Task(coro)`.
pub fn construct(vm: &mut Vm, class: &Rc<PyClass>, args: Args) -> Option<PyResult<Value>> {
    let c = classes();
    if Rc::ptr_eq(class, &c.future) {
        let lp = kwarg(&args, "loop").unwrap_or_else(|| running_or_current(vm));
        return Some(Ok(Value::Native(Rc::new(Future::new(lp, None)))));
    }
    if Rc::ptr_eq(class, &c.task) {
        let r = args.check_count("Task", 1, 1).and_then(|a| {
            let lp = kwarg(&args, "loop").unwrap_or_else(|| running_or_current(vm));
            let (name, context) = (kwarg(&args, "name"), kwarg(&args, "context"));
            event_loop::create_task(vm, &lp, a[0].clone(), name, context)
        });
        return Some(r);
    }
    None
}

pub(crate) fn running_or_current(vm: &mut Vm) -> Value {
    let lp = running_loop();
    if !lp.is_none() {
        return lp;
    }
    get_event_loop(vm, Args::positional(&[])).unwrap_or(Value::None)
}

fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("run", 1, 2)?;
    if nested::active() {
        let debug = match kwarg(&args, "debug").or_else(|| a.get(1).cloned()) {
            Some(d) => vm.is_true(&d)?,
            None => false,
        };
        return nested::run(vm, &a[0], debug);
    }
    if !running_loop().is_none() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    if !is_coroutine(&a[0]) {
        let r = vm.repr(&a[0])?;
        return Err(PyErr::value_error(format!(
            "a coroutine was expected, got {r}"
        )));
    }
    let lp = EventLoop::new_value();
    if let Some(d) = kwarg(&args, "debug").or_else(|| a.get(1).cloned()) {
        let b = vm.is_true(&d)?;
        if let Some(l) = as_loop(&lp) {
            l.debug.set(b);
        }
    }
    set_current(lp.clone());
    let r = run_main_task(vm, &lp, &a[0]);
    // Cancel what is left, let it finish, close.
    let left = as_loop(&lp).map(|l| l.pending_tasks()).unwrap_or_default();
    // CPython cancels the leftovers with a gather() future (no task) and
    // then runs two shutdown tasks: the task numbers they take are skipped.
    let numbered = TASK_COUNTER.with(|c| c.get());
    if !left.is_empty() {
        for t in &left {
            future::cancel(t, Value::None);
        }
        let gather = vm
            .import_module("asyncio")
            .and_then(|m| vm.get_attr(&m, &crate::objects::PyStr::new("_gather_all")));
        if let Ok(g) = gather {
            let list = Value::list(left.clone());
            if let Ok(coro) = vm.call_positional(&g, &[lp.clone(), list]) {
                event_loop::run_until_complete(vm, &lp, &coro)?;
            }
        }
        report_shutdown_errors(vm, &lp, &left)?;
    }
    event_loop::run_ready(vm, &lp)?;
    // shutdown_default_executor(): workers still running are waited for.
    if as_loop(&lp).is_some_and(|l| l.workers.get() > 0) {
        let idle = executor::workers_idle(&lp)?;
        event_loop::run_until_complete(vm, &lp, &idle)?;
    }
    TASK_COUNTER.with(|c| c.set(numbered + 2));
    if let Some(l) = as_loop(&lp) {
        l.mark_closed();
    }
    set_current(Value::None);
    r
}

thread_local! {
    /// The event loop of an interactive session with top-level `await`,
    /// kept between statements as `python -m asyncio` keeps its loop.
    static SESSION_LOOP: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// Runs `coro` (a statement compiled with top-level `await`) to the end on
/// the interactive session's event loop, made on first use.
pub fn run_in_session_loop(vm: &mut Vm, coro: &Value) -> PyResult<Value> {
    vm.import_module("asyncio")?;
    let lp = SESSION_LOOP.with(|l| l.borrow().clone());
    let lp = if lp.is_none() {
        let lp = EventLoop::new_value();
        SESSION_LOOP.with(|l| *l.borrow_mut() = lp.clone());
        lp
    } else {
        lp
    };
    set_current(lp.clone());
    run_main_task(vm, &lp, coro)
}

/// Runs `asyncio.run`'s main task. The first Ctrl-C cancels it; when it
/// then ends cancelled, `KeyboardInterrupt` is raised (while handling its
/// CancelledError), as CPython's runner does.
fn run_main_task(vm: &mut Vm, lp: &Value, coro: &Value) -> PyResult<Value> {
    let task = event_loop::ensure_future(vm, lp, coro, None)?;
    let outer = vm.sigint_task.replace((task.clone(), 0));
    let r = event_loop::run_until_complete(vm, lp, &task);
    let interrupts = vm.sigint_task.take().map_or(0, |(_, n)| n);
    vm.sigint_task = outer;
    match r {
        Err(e) if interrupts > 0 && is_cancelled_error(&e) => {
            let uncancelled = as_future(&task).and_then(|f| f.task.as_ref()).map(|t| {
                let n = t.cancel_requests.get().saturating_sub(1);
                t.cancel_requests.set(n);
                n
            });
            if uncancelled == Some(0) {
                let ki = crate::vm::interrupt::keyboard_interrupt();
                *ki.exc.context.borrow_mut() = Some(e.exc.clone());
                return Err(ki);
            }
            Err(e)
        }
        r => r,
    }
}

/// True for `asyncio.CancelledError` (and subclasses).
pub(crate) fn is_cancelled_error(e: &PyErr) -> bool {
    e.exc.class.is_subclass(&classes().cancelled_error)
}

/// Leftover tasks that, cancelled at `asyncio.run`'s end, finished with an
/// exception instead go to the loop's exception handler (which retrieves
/// the exception), as CPython's `_cancel_all_tasks` does.
fn report_shutdown_errors(vm: &mut Vm, lp: &Value, tasks: &[Value]) -> PyResult<()> {
    for t in tasks {
        let Some(f) = as_future(t) else { continue };
        let Some(e) = f.exception.borrow().clone() else {
            continue;
        };
        f.log_traceback.set(false);
        let context = Rc::new(PyDict::new());
        context.set_str(
            "message",
            Value::str("unhandled exception during asyncio.run() shutdown"),
        );
        context.set_str("exception", e.value());
        context.set_str("task", t.clone());
        handler::call_exception_handler(vm, lp, context)?;
    }
    Ok(())
}

/// An async generator freed while suspended inside a running loop is
/// closed by the loop at its next iteration, as CPython's finalizer hook
/// schedules `aclose()`, not at once; false when no loop runs (or `g` is
/// not an async generator) and the caller closes it now.
pub fn defer_asyncgen_close(g: &Rc<PyGenerator>) -> bool {
    let lp = running_loop();
    if g.kind != CodeKind::AsyncGenerator || lp.is_none() {
        return false;
    }
    call_soon(&lp, Job::CloseAsyncGen(g.clone(), true));
    true
}

fn set_current(lp: Value) {
    SET_CALLED.with(|s| s.set(true));
    CURRENT.with(|c| *c.borrow_mut() = lp);
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("sleep", 1, 2)?;
    let delay = match crate::vm::ops::to_f64(&a[0]) {
        Some(r) => r?,
        None => {
            let _ = vm;
            return Err(PyErr::type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                crate::vm::ops::type_name(&a[0])
            )));
        }
    };
    let result = a
        .get(1)
        .cloned()
        .or_else(|| kwarg(&args, "result"))
        .unwrap_or(Value::None);
    Ok(Value::Native(Rc::new(Sleep {
        delay,
        result,
        state: Cell::new(SleepState::New),
        fut: RefCell::new(None),
        handle: RefCell::new(None),
    })))
}

fn get_event_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("get_event_loop", 0, 0)?;
    let lp = running_loop();
    if !lp.is_none() {
        return Ok(lp);
    }
    let cur = CURRENT.with(|c| c.borrow().clone());
    if !cur.is_none() {
        return Ok(cur);
    }
    // nest_asyncio's patched policy makes a loop whenever there is none.
    if SET_CALLED.with(|s| s.get()) && !nested::active() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "There is no current event loop in thread 'MainThread'.",
        ));
    }
    let lp = EventLoop::new_value();
    CURRENT.with(|c| *c.borrow_mut() = lp.clone());
    Ok(lp)
}

fn new_event_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("new_event_loop", 0, 0)?;
    Ok(EventLoop::new_value())
}

fn set_event_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("set_event_loop", 1, 1)?;
    if !a[0].is_none() && as_loop(&a[0]).is_none() {
        return Err(PyErr::type_error(format!(
            "loop must be an instance of AbstractEventLoop or None, not '{}'",
            crate::vm::ops::type_name(&a[0])
        )));
    }
    set_current(a[0].clone());
    Ok(Value::None)
}

fn get_running_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("get_running_loop", 0, 0)?;
    get_running_loop_checked()
}

fn _get_running_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("_get_running_loop", 0, 0)?;
    Ok(running_loop())
}

fn create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("create_task", 1, 1)?;
    let lp = match get_running_loop_checked() {
        Ok(lp) => lp,
        Err(e) => {
            if let Value::Generator(g) = &a[0] {
                g.state.set(crate::vm::generator::GenState::Closed);
                g.frame.borrow_mut().take();
            }
            return Err(e);
        }
    };
    let (name, context) = (kwarg(&args, "name"), kwarg(&args, "context"));
    event_loop::create_task(vm, &lp, a[0].clone(), name, context)
}

fn ensure_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("ensure_future", 1, 1)?;
    let lp = kwarg(&args, "loop").unwrap_or_else(|| running_or_current(vm));
    event_loop::ensure_future(vm, &lp, &a[0], None)
}

/// The `loop` argument of `current_task` / `all_tasks`, else the running loop.
fn loop_arg(args: &Args, name: &str) -> PyResult<Value> {
    let a = args.check_count(name, 0, 1)?;
    match a.first().cloned().or_else(|| kwarg(args, "loop")) {
        Some(lp) if !lp.is_none() => Ok(lp),
        _ => get_running_loop_checked(),
    }
}

fn current_task(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lp = loop_arg(&args, "current_task")?;
    Ok(as_loop(&lp).map_or(Value::None, |l| l.current_task.borrow().clone()))
}

fn all_tasks(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lp = loop_arg(&args, "all_tasks")?;
    let tasks = as_loop(&lp).map(|l| l.pending_tasks()).unwrap_or_default();
    let set = Rc::new(crate::objects::PySet::new());
    for t in tasks {
        set.add(t)?;
    }
    Ok(Value::Set(set))
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__class_getitem__", 2, 2)?;
    Ok(a[0].clone())
}

/// `asyncio.iscoroutine`: coroutines and, as in 3.11, plain generators
/// (the old generator-based coroutines).
fn iscoroutine(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("iscoroutine", 1, 1)?;
    let old_style = matches!(&a[0], Value::Generator(g) if g.kind == CodeKind::Generator);
    Ok(Value::Bool(old_style || is_coroutine(&a[0])))
}

fn isfuture(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("isfuture", 1, 1)?;
    Ok(Value::Bool(as_future(&a[0]).is_some()))
}
