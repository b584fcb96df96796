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
    /// The exception the function was handling when it was parked.
    handled_exc: RefCell<Value>,
}

enum State {
    /// To call `func(*args, **kwargs)` at the first step.
    Start(Value, Vec<Value>, Vec<(Value, Value)>),
    /// Python frames parked in `time.sleep`, outermost first.
    #[allow(clippy::vec_box)]
    Parked(Vec<Box<Frame>>),
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
    pub fn new(func: Value, args: Vec<Value>, kwargs: Vec<(Value, Value)>) -> Rc<Threadlet> {
        Rc::new(Threadlet {
            state: RefCell::new(State::Start(func, args, kwargs)),
            handled_exc: RefCell::new(Value::None),
        })
    }
}

/// Whether `callable` is `time.sleep`, the one blocking call a threadlet parks at.
pub(super) fn is_time_sleep(callable: &Value) -> bool {
    matches!(callable, Value::Builtin(b)
        if b.bound.is_none()
            && std::ptr::fn_addr_eq(b.func, crate::stdlib::time::SLEEP))
}

impl Vm {
    /// Runs `t` until its function returns, raises or sleeps.
    pub fn threadlet_step(&mut self, t: &Threadlet) -> ThreadletStep {
        let state = std::mem::replace(&mut *t.state.borrow_mut(), State::Finished);
        let base = self.frames.len();
        let frame = match state {
            State::Start(func, args, kwargs) => match &func {
                Value::Function(f) if !f.code.is_generator_like() => {
                    match self.threadlet_frame(f, args, kwargs) {
                        Ok(frame) => frame,
                        Err(e) => return ThreadletStep::Failed(e),
                    }
                }
                _ if is_time_sleep(&func) && kwargs.is_empty() && args.len() == 1 => {
                    return match crate::stdlib::time::sleep_seconds(&args[0]) {
                        Ok(secs) => {
                            *t.state.borrow_mut() = State::Slept;
                            ThreadletStep::Sleep(secs)
                        }
                        Err(e) => ThreadletStep::Failed(e),
                    };
                }
                _ => return self.threadlet_native_call(&func, args, kwargs),
            },
            State::Parked(mut parked) => {
                let Some(mut top) = parked.pop() else {
                    return ThreadletStep::Done(Value::None);
                };
                self.frames.extend(parked);
                // What `time.sleep` returned.
                top.stack.push(Value::None);
                top
            }
            State::Slept => return ThreadletStep::Done(Value::None),
            State::Finished => {
                return ThreadletStep::Failed(PyErr::new(
                    ExcKind::RuntimeError,
                    "the worker has finished",
                ))
            }
        };
        let own_exc = t.handled_exc.replace(Value::None);
        let outer_exc = std::mem::replace(&mut self.handled_exc, own_exc);
        let outer_depth = self.threadlet_depth.replace(self.native_depth + 1);
        let (f, exit) = self.execute_above(base, frame);
        self.threadlet_depth = outer_depth;
        let own_exc = std::mem::replace(&mut self.handled_exc, outer_exc);
        match exit {
            FrameExit::Error(_) if self.threadlet_sleep.is_some() => {
                let secs = self.threadlet_sleep.take().unwrap_or(0.0);
                let mut parked: Vec<Box<Frame>> = self.frames.drain(base..).collect();
                parked.push(f);
                *t.state.borrow_mut() = State::Parked(parked);
                *t.handled_exc.borrow_mut() = own_exc;
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

    /// The first frame of a threadlet calling a Python function.
    fn threadlet_frame(
        &mut self,
        func: &Rc<crate::objects::PyFunction>,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Box<Frame>> {
        let (values, kwnames) = flatten_arguments(args, kwargs);
        let call_args = Args {
            values: &values,
            kwnames: kwnames.as_ref(),
        };
        self.function_frame(func, call_args)
    }

    /// A threadlet of any other callable: one call that blocks.
    fn threadlet_native_call(
        &mut self,
        func: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> ThreadletStep {
        let (values, kwnames) = flatten_arguments(args, kwargs);
        let call_args = Args {
            values: &values,
            kwnames: kwnames.as_ref(),
        };
        match self.call(func, call_args) {
            Ok(v) => ThreadletStep::Done(v),
            Err(e) => ThreadletStep::Failed(e),
        }
    }

    /// At a call of `time.sleep(secs)` straight from a threadlet's frames:
    /// asks the threadlet's driver to park it (the caller unwinds to it with
    /// the error this returns). `None`: not in a threadlet, or native code
    /// sits between, so the sleep runs as usual.
    pub(super) fn park_in_sleep(&mut self, callable: &Value, args: &Args) -> Option<PyErr> {
        if self.threadlet_depth != Some(self.native_depth) || !is_time_sleep(callable) {
            return None;
        }
        if args.has_kwargs() || args.values.len() != 1 {
            return None;
        }
        match crate::stdlib::time::sleep_seconds(&args.values[0]) {
            Ok(secs) => {
                self.threadlet_sleep = Some(secs);
                Some(PyErr::new(ExcKind::SystemError, "parked in time.sleep"))
            }
            Err(e) => Some(e),
        }
    }
}

/// Positional then keyword values, and the keyword names, as calls take them.
fn flatten_arguments(
    mut args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
) -> (Vec<Value>, Option<PyTuple>) {
    if kwargs.is_empty() {
        return (args, None);
    }
    let (names, mut values): (Vec<Value>, Vec<Value>) = kwargs.into_iter().unzip();
    args.append(&mut values);
    let kwnames = PyTuple {
        items: names.into_boxed_slice(),
    };
    (args, Some(kwnames))
}
