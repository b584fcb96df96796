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

/// The poller and what waits on it (made when the first fd is added).
struct Selector {
    poller: Arc<Poller>,
    events: Events,
    fds: HashMap<i32, Watch>,
}

/// A loop's fd registrations.
#[derive(Default)]
pub struct Readiness(RefCell<Option<Selector>>);

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

impl Readiness {
    /// True when some fd is registered (the loop then waits on the poller).
    #[inline]
    pub fn active(&self) -> bool {
        self.0.borrow().as_ref().is_some_and(|s| !s.fds.is_empty())
    }

    /// Forgets every registration (`loop.close()`).
    pub fn close(&self) {
        self.0.borrow_mut().take();
    }

    /// Waits up to `timeout` (None: until something is ready) and returns
    /// the callbacks of the fds that are ready.
    pub fn wait(&self, timeout: Option<Duration>) -> PyResult<Waited> {
        let mut sel = self.0.borrow_mut();
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
            .map_err(|e| super::super::socket::os_error(&e))?;
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
        let mut slot = self.0.borrow_mut();
        if slot.is_none() {
            let poller = Poller::new().map_err(|e| super::super::socket::os_error(&e))?;
            *slot = Some(Selector {
                poller: Arc::new(poller),
                events: Events::new(),
                fds: HashMap::new(),
            });
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
        let r = if known {
            // SAFETY: the fd was added with the same number; a closed fd
            // makes the call fail (an OSError), nothing worse.
            let b = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
            sel.poller.modify_with_mode(b, interest, PollMode::Level)
        } else {
            // SAFETY: the registration is removed before the loop forgets
            // the fd; the kernel drops it by itself when the fd closes.
            unsafe { sel.poller.add_with_mode(fd, interest, PollMode::Level) }
        };
        r.map_err(|e| super::super::socket::os_error(&e))?;
        let w = sel.fds.entry(fd).or_default();
        let slot = if write { &mut w.writer } else { &mut w.reader };
        if let Some(old) = slot.replace(handle) {
            old.cancel();
        }
        Ok(())
    }

    /// Unregisters the reader (or writer) of `fd`: true if there was one.
    fn remove(&self, fd: i32, write: bool) -> bool {
        let mut slot = self.0.borrow_mut();
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
    if let Some(fd) = int_fd(v) {
        return fd;
    }
    match fileno_of(vm, v) {
        Ok(fd) => int_fd(&fd).unwrap_or_else(|| Err(PyErr::type_error("an integer is required"))),
        Err(e) if !is_lookup_error(&e) => Err(e),
        Err(_) => {
            let r = vm.repr(v)?;
            Err(PyErr::value_error(format!("Invalid file object: {r}")))
        }
    }
}

/// The fd an int names (None: not an int).
fn int_fd(v: &Value) -> Option<PyResult<i32>> {
    let too_large = || {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    };
    let negative = |fd: String| PyErr::value_error(format!("Invalid file descriptor: {fd}"));
    Some(match v {
        Value::Bool(b) => Ok(*b as i32),
        Value::Int(i) if *i < 0 => Err(negative(i.to_string())),
        Value::Int(i) => i32::try_from(*i).map_err(|_| too_large()),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Err(negative(b.to_string())),
        Value::BigInt(_) => Err(too_large()),
        _ => return None,
    })
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

fn open_loop(v: &Value) -> PyResult<&EventLoop> {
    let lp = as_loop(v).ok_or_else(|| PyErr::type_error("an event loop was expected"))?;
    if lp.closed.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Event loop is closed"));
    }
    Ok(lp)
}

fn add(vm: &mut Vm, args: Args, name: &str, write: bool) -> PyResult<Value> {
    let a = args.check_count(name, 3, usize::MAX)?;
    let lp = open_loop(&a[0])?;
    let fd = fileobj_to_fd(vm, &a[1])?;
    let ctx = super::contextvars::task_context(vm, kwarg(&args, "context"))?;
    let h = Handle::repeating(Job::Call(a[2].clone(), a[3..].to_vec(), ctx));
    lp.readiness.add(fd, write, h)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args, name: &str, write: bool) -> PyResult<Value> {
    let a = args.check_count(name, 2, 2)?;
    let lp = as_loop(&a[0]).ok_or_else(|| PyErr::type_error("an event loop was expected"))?;
    if lp.closed.get() {
        return Ok(Value::Bool(false));
    }
    let fd = fileobj_to_fd(vm, &a[1])?;
    Ok(Value::Bool(lp.readiness.remove(fd, write)))
}

/// `loop.add_reader(fd, callback, *args)`.
pub fn loop_add_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, "add_reader", false)
}

/// `loop.add_writer(fd, callback, *args)`.
pub fn loop_add_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, "add_writer", true)
}

/// `loop.remove_reader(fd)`: True if a reader was registered.
pub fn loop_remove_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, "remove_reader", false)
}

/// `loop.remove_writer(fd)`: True if a writer was registered.
pub fn loop_remove_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, "remove_writer", true)
}
