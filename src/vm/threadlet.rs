//! Threadlets: how `loop.run_in_executor` and `asyncio.to_thread` run a
//! blocking function "in a worker thread" on a VM that has one thread.
//!
//! Python values are reference-counted without atomics, so no Python code
//! can run on another OS thread. What tutorials put in a worker thread is
//! a function that blocks in `time.sleep` (standing in for slow I/O), and
//! the point they make is that the event loop keeps running meanwhile. A
//! threadlet gives that: the function's frames run on the VM's frame stack
//! like any call, and when one of them calls `time.sleep` directly (no Rust
//! code between the threadlet and the call), the whole chain of frames is
//! lifted off the stack and parked, and the event loop wakes it when the
//! sleep is over. Sleeps that cannot be parked (inside a callback run by
//! native code, such as a `key=` function) block as they would anyway.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{Args, ExcKind, PyErr, PyResult, PyTuple, Value};

use super::eval::FrameExit;
use super::frame::Frame;
use super::Vm;

/// A function running "in a thread", between its steps.
pub struct Threadlet {
    state: RefCell<State>,
}

enum State {
    /// To call the callable at the first step: positional then keyword
    /// values, and the keyword names.
    Start(Value, Vec<Value>, Option<PyTuple>),
    /// Python frames parked in `time.sleep`: the one that called it, its
    /// callers (outermost first) and the exception they were handling.
    #[allow(clippy::vec_box)]
    Parked {
        top: Box<Frame>,
        callers: Vec<Box<Frame>>,
        handled_exc: Value,
    },
    /// `to_thread(time.sleep, secs)` itself: done when woken.
    Slept,
    /// Returned or raised.
    Finished,
}

/// How far a step of a threadlet got.
pub enum ThreadletStep {
    /// The function returned.
    Done(Value),
    /// The function raised.
    Failed(PyErr),
    /// The function sleeps for this many seconds; step it again after.
    Sleep(f64),
}

impl Threadlet {
    /// A threadlet that will call `func(*args, **kwargs)`.
    pub fn new(func: Value, mut args: Vec<Value>, kwargs: Vec<(Value, Value)>) -> Rc<Threadlet> {
        let kwnames = if kwargs.is_empty() {
            None
        } else {
            let (names, mut values): (Vec<Value>, Vec<Value>) = kwargs.into_iter().unzip();
            args.append(&mut values);
            Some(PyTuple {
                items: names.into_boxed_slice(),
            })
        };
        Rc::new(Threadlet {
            state: RefCell::new(State::Start(func, args, kwnames)),
        })
    }
}

/// The seconds of a `time.sleep(secs)` call (checked as `time.sleep`
/// checks them); `None` when `callable` is not `time.sleep` or the
/// arguments are not one positional value.
fn sleep_request(callable: &Value, args: &Args) -> Option<PyResult<f64>> {
    let is_sleep = matches!(callable, Value::Builtin(b)
        if b.bound.is_none() && std::ptr::fn_addr_eq(b.func, crate::stdlib::time::SLEEP));
    if !is_sleep || args.has_kwargs() || args.values.len() != 1 {
        return None;
    }
    Some(crate::stdlib::time::sleep_seconds(&args.values[0]))
}

impl Vm {
    /// Runs `t` until its function returns, raises or sleeps.
    pub fn threadlet_step(&mut self, t: &Threadlet) -> ThreadletStep {
        let state = std::mem::replace(&mut *t.state.borrow_mut(), State::Finished);
        let base = self.frames.len();
        let (frame, own_exc) = match state {
            State::Start(func, values, kwnames) => {
                let args = Args {
                    values: &values,
                    kwnames: kwnames.as_ref(),
                };
                match &func {
                    Value::Function(f) if !f.code.is_generator_like() => {
                        match self.function_frame(f, args) {
                            Ok(frame) => (frame, Value::None),
                            Err(e) => return ThreadletStep::Failed(e),
                        }
                    }
                    _ => {
                        // `to_thread(time.sleep, secs)`, or any other
                        // callable: one call, which blocks.
                        let outcome = match sleep_request(&func, &args) {
                            Some(Ok(secs)) => {
                                *t.state.borrow_mut() = State::Slept;
                                return ThreadletStep::Sleep(secs);
                            }
                            Some(Err(e)) => Err(e),
                            None => self.call(&func, args),
                        };
                        return match outcome {
                            Ok(v) => ThreadletStep::Done(v),
                            Err(e) => ThreadletStep::Failed(e),
                        };
                    }
                }
            }
            State::Parked {
                mut top,
                callers,
                handled_exc,
            } => {
                self.frames.extend(callers);
                // What `time.sleep` returned.
                top.stack.push(Value::None);
                (top, handled_exc)
            }
            State::Slept => return ThreadletStep::Done(Value::None),
            State::Finished => {
                return ThreadletStep::Failed(PyErr::new(
                    ExcKind::RuntimeError,
                    "the worker has finished",
                ))
            }
        };
        let outer_exc = std::mem::replace(&mut self.handled_exc, own_exc);
        let outer_depth = self.threadlet_depth.replace(self.native_depth + 1);
        let (f, exit) = self.execute_above(base, frame);
        self.threadlet_depth = outer_depth;
        let own_exc = std::mem::replace(&mut self.handled_exc, outer_exc);
        match exit {
            FrameExit::Error(_) if self.threadlet_sleep.is_some() => {
                let secs = self.threadlet_sleep.take().unwrap_or(0.0);
                *t.state.borrow_mut() = State::Parked {
                    top: f,
                    callers: self.frames.drain(base..).collect(),
                    handled_exc: own_exc,
                };
                ThreadletStep::Sleep(secs)
            }
            exit => {
                self.recycle_frame(f);
                match exit {
                    FrameExit::Return(v) => ThreadletStep::Done(v),
                    FrameExit::Error(e) => ThreadletStep::Failed(e),
                    FrameExit::Yield(_) => ThreadletStep::Failed(PyErr::new(
                        ExcKind::SystemError,
                        "a worker's frame yielded",
                    )),
                }
            }
        }
    }

    /// At a call of `time.sleep(secs)` straight from a threadlet's frames:
    /// asks the threadlet's driver to park it (the caller unwinds to it with
    /// the error this returns). `None`: not in a threadlet, or native code
    /// sits between, so the sleep runs as usual.
    pub(super) fn park_in_sleep(&mut self, callable: &Value, args: &Args) -> Option<PyErr> {
        if self.threadlet_depth != Some(self.native_depth) {
            return None;
        }
        match sleep_request(callable, args)? {
            Ok(secs) => {
                self.threadlet_sleep = Some(secs);
                Some(PyErr::new(ExcKind::SystemError, "parked in time.sleep"))
            }
            Err(e) => Some(e),
        }
    }
}
