//! Waiting on file descriptors beside the timers: the loop's selector.
//! `loop.add_reader` / `add_writer` register a callback for an fd; the
//! loop's iteration waits (with the next timer as the timeout) until one
//! is readable or writable and queues its callback, as CPython's
//! `BaseSelectorEventLoop` does over `selectors.DefaultSelector`.
//!
//! Registrations are level-triggered: a callback is queued at every
//! iteration while its fd stays ready, until it is removed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use polling::{Event, Events, PollMode, Poller};

use crate::objects::os_error::from_io;
use crate::objects::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::event_loop::{as_loop, EventLoop, Handle, Job};
use super::kwarg;

/// The callbacks waiting on one fd.
#[derive(Default)]
struct Watch {
    reader: Option<Rc<Handle>>,
    writer: Option<Rc<Handle>>,
}

/// The poller and what waits on it (made with the loop, see `Default`).
struct Selector {
    poller: Arc<Poller>,
    events: Events,
    fds: HashMap<i32, Watch>,
}

impl Selector {
    fn new() -> PyResult<Selector> {
        let poller = Poller::new().map_err(|e| from_io(&e))?;
        Ok(Selector {
            poller: Arc::new(poller),
            events: Events::new(),
            fds: HashMap::new(),
        })
    }
}

impl Drop for Selector {
    /// Lets go of the poller (and its fds) also where Ctrl-C would wake it.
    fn drop(&mut self) {
        if let Ok(mut w) = WAITING.lock() {
            if w.as_ref().is_some_and(|p| Arc::ptr_eq(p, &self.poller)) {
                w.take();
            }
        }
    }
}

/// A loop's fd registrations, and the transports that own fds (CPython's
/// `loop._transports`: add_reader & co. refuse those fds).
pub struct Readiness {
    selector: RefCell<Option<Selector>>,
    transports: RefCell<HashMap<i32, Value>>,
}

/// The poller Ctrl-C notifies: the one a loop waits on (or waited on last).
static WAITING: Mutex<Option<Arc<Poller>>> = Mutex::new(None);

/// Makes `poller` the one Ctrl-C wakes; the first call installs the waker.
fn wake_on_interrupt(poller: &Arc<Poller>) {
    let Ok(mut w) = WAITING.lock() else {
        return;
    };
    if w.as_ref().is_some_and(|p| Arc::ptr_eq(p, poller)) {
        return;
    }
    if w.is_none() {
        crate::vm::interrupt::set_waker(Box::new(|| {
            if let Ok(w) = WAITING.lock() {
                if let Some(p) = w.as_ref() {
                    let _ = p.notify();
                }
            }
        }));
    }
    *w = Some(poller.clone());
}

/// What an iteration's wait found.
pub enum Waited {
    /// Handles to queue (readiness callbacks, in the order found).
    Ready(Vec<Rc<Handle>>),
    /// Ctrl-C arrived.
    Interrupted,
}

impl Default for Readiness {
    /// A loop's selector, made at once as CPython's loop makes its
    /// selector and self-pipe: the poller's three fds (epoll, eventfd,
    /// timerfd on Linux) stand where CPython's three are, so sockets made
    /// in the loop get the fd numbers they get there. (If that fails it is
    /// tried again, with its error, when an fd is added.)
    fn default() -> Readiness {
        Readiness {
            selector: RefCell::new(Selector::new().ok()),
            transports: RefCell::new(HashMap::new()),
        }
    }
}

impl Readiness {
    /// True when some fd is registered (the loop then waits on the poller).
    #[inline]
    pub fn active(&self) -> bool {
        self.selector
            .borrow()
            .as_ref()
            .is_some_and(|s| !s.fds.is_empty())
    }

    /// Forgets every registration (`loop.close()`).
    pub fn close(&self) {
        self.selector.borrow_mut().take();
        self.transports.borrow_mut().clear();
    }

    /// Waits up to `timeout` (None: until something is ready) and returns
    /// the callbacks of the fds that are ready.
    pub fn wait(&self, timeout: Option<Duration>) -> PyResult<Waited> {
        let mut sel = self.selector.borrow_mut();
        let Some(sel) = sel.as_mut() else {
            return Ok(Waited::Ready(Vec::new()));
        };
        let blocking = timeout != Some(Duration::ZERO);
        if blocking {
            wake_on_interrupt(&sel.poller);
            if crate::vm::interrupt::interrupted() {
                return Ok(Waited::Interrupted);
            }
        }
        sel.events.clear();
        sel.poller
            .wait(&mut sel.events, timeout)
            .map_err(|e| from_io(&e))?;
        if blocking && crate::vm::interrupt::interrupted() {
            return Ok(Waited::Interrupted);
        }
        let mut out = Vec::new();
        for ev in sel.events.iter() {
            let Some(w) = i32::try_from(ev.key).ok().and_then(|fd| sel.fds.get(&fd)) else {
                continue;
            };
            if ev.readable {
                out.extend(w.reader.iter().filter(|h| !h.is_cancelled()).cloned());
            }
            if ev.writable {
                out.extend(w.writer.iter().filter(|h| !h.is_cancelled()).cloned());
            }
        }
        Ok(Waited::Ready(out))
    }

    /// Registers `handle` as the reader (or writer) of `fd`, replacing
    /// (and cancelling) the previous one.
    fn add(&self, fd: i32, write: bool, handle: Rc<Handle>) -> PyResult<()> {
        let mut slot = self.selector.borrow_mut();
        if slot.is_none() {
            *slot = Some(Selector::new()?);
        }
        let Some(sel) = slot.as_mut() else {
            return Ok(());
        };
        let old = sel.fds.get(&fd);
        let known = old.is_some();
        let reading = if write {
            old.is_some_and(|w| w.reader.is_some())
        } else {
            true
        };
        let writing = if write {
            true
        } else {
            old.is_some_and(|w| w.writer.is_some())
        };
        let interest = Event::new(fd as usize, reading, writing);
        // SAFETY: the fd was added with the same number; a closed fd
        // makes the call fail (an OSError), nothing worse.
        let modified = known.then(|| {
            let b = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
            sel.poller.modify_with_mode(b, interest, PollMode::Level)
        });
        let r = match modified {
            Some(Err(e)) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            Some(Ok(())) => Ok(()),
            // New, or closed since and its number reused: the kernel
            // dropped the old registration by itself.
            // SAFETY: the registration is removed before the loop forgets
            // the fd; the kernel drops it by itself when the fd closes.
            _ => unsafe { sel.poller.add_with_mode(fd, interest, PollMode::Level) },
        };
        r.map_err(|e| from_io(&e))?;
        let w = sel.fds.entry(fd).or_default();
        let slot = if write { &mut w.writer } else { &mut w.reader };
        if let Some(old) = slot.replace(handle) {
            old.cancel();
        }
        Ok(())
    }

    /// Unregisters the reader (or writer) of `fd`: true if there was one.
    fn remove(&self, fd: i32, write: bool) -> bool {
        let mut slot = self.selector.borrow_mut();
        let Some(sel) = slot.as_mut() else {
            return false;
        };
        let Some(w) = sel.fds.get_mut(&fd) else {
            return false;
        };
        let old = if write {
            w.writer.take()
        } else {
            w.reader.take()
        };
        let Some(old) = old else {
            return false;
        };
        old.cancel();
        let (reading, writing) = (w.reader.is_some(), w.writer.is_some());
        // SAFETY: as in `add`; a closed fd only makes the call fail.
        let b = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
        if reading || writing {
            let interest = Event::new(fd as usize, reading, writing);
            let _ = sel.poller.modify_with_mode(b, interest, PollMode::Level);
        } else {
            sel.fds.remove(&fd);
            let _ = sel.poller.delete(b);
        }
        true
    }
}

/// The fd of `v`: an int, or what its `fileno()` returns (CPython's
/// `selectors._fileobj_to_fd`).
pub fn fileobj_to_fd(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = fileobj_to_int(vm, v)?;
    checked_fd(&n)
}

/// The int `v` stands for as a file: itself, or its `fileno()`.
fn fileobj_to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v, Value::Bool(_) | Value::Int(_) | Value::BigInt(_)) {
        return Ok(v.clone());
    }
    match fileno_of(vm, v) {
        Ok(fd @ (Value::Bool(_) | Value::Int(_) | Value::BigInt(_))) => Ok(fd),
        Ok(_) => Err(PyErr::type_error("an integer is required")),
        Err(e) if !is_lookup_error(&e) => Err(e),
        Err(_) => {
            let r = vm.repr(v)?;
            Err(PyErr::value_error(format!("Invalid file object: {r}")))
        }
    }
}

/// An fd number: not negative, within a C int.
fn checked_fd(v: &Value) -> PyResult<i32> {
    let too_large = || {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    };
    let negative = |fd: String| PyErr::value_error(format!("Invalid file descriptor: {fd}"));
    match v {
        Value::Bool(b) => Ok(*b as i32),
        Value::Int(i) if *i < 0 => Err(negative(i.to_string())),
        Value::Int(i) => i32::try_from(*i).map_err(|_| too_large()),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Err(negative(b.to_string())),
        _ => Err(too_large()),
    }
}

/// `int(v.fileno())`.
fn fileno_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = vm.get_attr(v, &crate::objects::PyStr::new("fileno"))?;
    let r = vm.call_positional(&f, &[])?;
    match r {
        Value::Int(_) | Value::Bool(_) => Ok(r),
        other => {
            let int = vm.builtins.get_str("int").unwrap_or(Value::None);
            vm.call_positional(&int, &[other])
        }
    }
}

/// The errors `_fileobj_to_fd` turns into "Invalid file object".
fn is_lookup_error(e: &PyErr) -> bool {
    e.is(ExcKind::AttributeError) || e.is(ExcKind::TypeError) || e.is(ExcKind::ValueError)
}

fn me(v: &Value) -> PyResult<&EventLoop> {
    as_loop(v).ok_or_else(|| PyErr::type_error("an event loop was expected"))
}

/// CPython's `_ensure_fd_no_transport`: an fd a transport owns (and has
/// not started closing) is not for add_reader & co.
fn ensure_no_transport(vm: &mut Vm, lp: &EventLoop, fd_obj: &Value, fd: &Value) -> PyResult<()> {
    let Value::Int(n) = fd else {
        return Ok(());
    };
    let Ok(n) = i32::try_from(*n) else {
        return Ok(());
    };
    let transport = lp.readiness.transports.borrow().get(&n).cloned();
    if let Some(t) = transport {
        let closing = vm.get_attr(&t, &crate::objects::PyStr::new("is_closing"))?;
        let closing = vm.call_positional(&closing, &[])?;
        if !vm.is_true(&closing)? {
            let (f, t) = (vm.repr(fd_obj)?, vm.repr(&t)?);
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                format!("File descriptor {f} is used by transport {t}"),
            ));
        }
    }
    Ok(())
}

/// add_reader / add_writer; `checked`: refuse a transport's fd (the
/// public methods; transports use the private ones).
fn add(vm: &mut Vm, args: Args, name: &str, write: bool, checked: bool) -> PyResult<Value> {
    let a = args.check_count(name, 3, usize::MAX)?;
    let lp = me(&a[0])?;
    let n = fileobj_to_int(vm, &a[1])?;
    if checked {
        ensure_no_transport(vm, lp, &a[1], &n)?;
    }
    if lp.closed.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Event loop is closed"));
    }
    let fd = checked_fd(&n)?;
    let ctx = super::contextvars::task_context(vm, kwarg(&args, "context"))?;
    let h = Handle::repeating(Job::Call(a[2].clone(), a[3..].to_vec(), ctx));
    lp.readiness.add(fd, write, h)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args, name: &str, write: bool, checked: bool) -> PyResult<Value> {
    let a = args.check_count(name, 2, 2)?;
    let lp = me(&a[0])?;
    let n = fileobj_to_int(vm, &a[1])?;
    if checked {
        ensure_no_transport(vm, lp, &a[1], &n)?;
    }
    if lp.closed.get() {
        return Ok(Value::Bool(false));
    }
    let fd = checked_fd(&n)?;
    Ok(Value::Bool(lp.readiness.remove(fd, write)))
}

/// `loop._transport_fd(fd, transport)`: records the transport owning
/// `fd` (None: forgets it).
pub fn loop_transport_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_transport_fd", 3, 3)?;
    let lp = me(&a[0])?;
    let fd = fileobj_to_fd(vm, &a[1])?;
    let mut transports = lp.readiness.transports.borrow_mut();
    if a[2].is_none() {
        transports.remove(&fd);
    } else {
        transports.insert(fd, a[2].clone());
    }
    Ok(Value::None)
}

/// `loop.add_reader(fd, callback, *args)`.
pub fn loop_add_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, "add_reader", false, true)
}

/// `loop.add_writer(fd, callback, *args)`.
pub fn loop_add_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, "add_writer", true, true)
}

/// `loop.remove_reader(fd)`: True if a reader was registered.
pub fn loop_remove_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, "remove_reader", false, true)
}

/// `loop.remove_writer(fd)`: True if a writer was registered.
pub fn loop_remove_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, "remove_writer", true, true)
}

/// `loop._add_reader(fd, callback, *args)`: for transports (no check).
pub fn loop_private_add_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, "_add_reader", false, false)
}

/// `loop._add_writer(fd, callback, *args)`: for transports.
pub fn loop_private_add_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, "_add_writer", true, false)
}

/// `loop._remove_reader(fd)`: for transports.
pub fn loop_private_remove_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, "_remove_reader", false, false)
}

/// `loop._remove_writer(fd)`: for transports.
pub fn loop_private_remove_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, "_remove_writer", true, false)
}
