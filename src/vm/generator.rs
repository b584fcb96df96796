//! Generator, coroutine and async generator objects: each owns a suspended
//! frame, resumed by the VM without Rust recursion when driven by `for`
//! or `yield from`.
//!
//! Dropping the last reference to a generator suspended inside a `try` or
//! `with` block queues it (moved into a fresh `Rc`) for finalization: the VM
//! then closes it, running its `finally` blocks, as CPython does when the
//! reference count reaches zero.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::{CodeKind, Op};
use crate::objects::class::types;
use crate::objects::exception::is_exception_class;
use crate::objects::{ExcKind, PyClass, PyErr, PyResult, PyStr, Value};

use super::eval::GenStep;
use super::frame::Frame;
use super::ops::type_name;
use super::Vm;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Created, not yet started: the frame is at its first instruction.
    Created,
    /// Paused at a `yield`: the frame holds the point to resume.
    Suspended,
    /// Running: its frame is on the VM's frame stack, not in `frame`.
    Running,
    /// Returned or raised: no frame.
    Closed,
}

/// A generator (or coroutine / async generator, by `kind`).
pub struct PyGenerator {
    pub kind: CodeKind,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub state: Cell<GenState>,
    /// The suspended frame (`None` while running or once closed).
    pub frame: RefCell<Option<Box<Frame>>>,
    /// The code object, kept for `gi_code` once the frame is gone.
    pub code: Rc<crate::bytecode::Code>,
    /// Set on the object the finalizer closes, so it is finalized once.
    finalized: Cell<bool>,
    /// The exception being handled where the generator is suspended.
    pub exc_state: RefCell<Value>,
}

impl PyGenerator {
    /// A new generator owning `frame`, not yet started.
    pub fn new(frame: Box<Frame>) -> Rc<PyGenerator> {
        Rc::new(PyGenerator {
            kind: frame.code.kind,
            name: RefCell::new(frame.code.name.clone()),
            qualname: RefCell::new(frame.code.qualname.clone()),
            state: Cell::new(GenState::Created),
            code: frame.code.clone(),
            frame: RefCell::new(Some(frame)),
            finalized: Cell::new(false),
            exc_state: RefCell::new(Value::None),
        })
    }

    /// `generator`, `coroutine` or `async_generator`.
    pub fn class(&self) -> Rc<PyClass> {
        let t = types();
        match self.kind {
            CodeKind::Coroutine => t.coroutine.clone(),
            CodeKind::AsyncGenerator => t.async_generator.clone(),
            _ => t.generator.clone(),
        }
    }

    /// The type word used in reprs and messages.
    pub fn type_word(&self) -> &'static str {
        match self.kind {
            CodeKind::Coroutine => "coroutine",
            CodeKind::AsyncGenerator => "async_generator",
            _ => "generator",
        }
    }

    /// The iterator a suspended `yield from` delegates to (`gi_yieldfrom`).
    pub fn yield_from(&self) -> Option<Value> {
        if self.state.get() != GenState::Suspended {
            return None;
        }
        let frame = self.frame.borrow();
        let f = frame.as_ref()?;
        delegating_send(f)?;
        f.stack.last().cloned()
    }
}

/// The `Send` instruction's exit target when `f` is suspended at the
/// `yield` of a `yield from` loop (stack top: the sub-iterator).
pub fn delegating_send(f: &Frame) -> Option<u32> {
    let ip = f.ip as usize;
    match (
        f.code.ops.get(ip.wrapping_sub(2)),
        f.code.ops.get(ip.wrapping_sub(1)),
    ) {
        (Some(Op::Send(done)), Some(Op::YieldValue)) => Some(*done),
        _ => None,
    }
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        if self.kind == CodeKind::Coroutine && self.state.get() == GenState::Created {
            super::coroutine::queue_unawaited(self.qualname.borrow().as_str().to_owned());
        }
        if self.state.get() != GenState::Suspended || self.finalized.get() {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if frame.code.handler_for(frame.ip.saturating_sub(1)).is_none() {
            return;
        }
        // Resurrect: the finalizer closes the frame in a new generator object.
        let g = Rc::new(PyGenerator {
            kind: self.kind,
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            state: Cell::new(GenState::Suspended),
            frame: RefCell::new(Some(frame)),
            code: self.code.clone(),
            finalized: Cell::new(true),
            exc_state: RefCell::new(std::mem::replace(self.exc_state.get_mut(), Value::None)),
        });
        crate::objects::instance::queue_finalizer(Value::Generator(g));
    }
}

impl Vm {
    /// Marks `g` running on `frame` and makes the exception it was handling
    /// when it last yielded the handled one (the caller's is saved in the frame).
    pub(crate) fn gen_enter(&mut self, g: &Rc<PyGenerator>, frame: &mut Frame) {
        g.state.set(GenState::Running);
        frame.generator = Some(g.clone());
        let mut state = g.exc_state.borrow_mut();
        frame.saved_exc = if state.is_none() {
            // The common case: the generator handles nothing of its own.
            self.handled_exc.clone()
        } else {
            let own = std::mem::replace(&mut *state, Value::None);
            std::mem::replace(&mut self.handled_exc, own)
        };
    }

    /// At a `yield`: keeps the exception the generator is handling and
    /// gives the caller back its own.
    pub(crate) fn gen_suspend(&mut self, g: &PyGenerator, frame: &mut Frame) {
        g.state.set(GenState::Suspended);
        let caller = std::mem::replace(&mut frame.saved_exc, Value::None);
        if caller.is_none() && self.handled_exc.is_none() {
            // The common case: no exception handled on either side.
            return;
        }
        let own = std::mem::replace(&mut self.handled_exc, caller);
        if !own.is(&self.handled_exc) {
            *g.exc_state.borrow_mut() = own;
        }
    }

    /// When the generator's frame returns or raises: the caller's handled
    /// exception is current again.
    pub(crate) fn gen_finish(&mut self, frame: &mut Frame) {
        self.handled_exc = std::mem::replace(&mut frame.saved_exc, Value::None);
    }

    /// `gen.throw(exc)`: raises `err` where the generator is suspended,
    /// first delegating to the iterator of a `yield from` it waits on
    /// (PEP 380); `GeneratorExit` closes that iterator instead.
    pub fn gen_throw(&mut self, g: &Rc<PyGenerator>, err: PyErr) -> PyResult<GenStep> {
        match g.state.get() {
            GenState::Running => return Err(already_executing(g)),
            GenState::Closed => return Err(err),
            _ => {}
        }
        let Some(sub) = g.yield_from() else {
            return self.raise_in(g, err);
        };
        g.state.set(GenState::Running);
        if err.is(ExcKind::GeneratorExit) {
            let closed = self.close_iter(&sub);
            g.state.set(GenState::Suspended);
            return match closed {
                Ok(()) => self.raise_in(g, err),
                Err(e) => self.raise_in(g, e),
            };
        }
        let step = match &sub {
            Value::Generator(s) => self.gen_throw(s, err),
            Value::Native(n) if crate::stdlib::asyncio::is_native_awaitable(n) => {
                crate::stdlib::asyncio::native_throw(self, n, err)
            }
            other => match self.optional_attr(other, "throw")? {
                Some(throw) => self
                    .call_positional(&throw, &[err.value()])
                    .map(GenStep::Yield),
                None => {
                    g.state.set(GenState::Suspended);
                    return self.raise_in(g, err);
                }
            },
        };
        g.state.set(GenState::Suspended);
        match step {
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(v)) => self.finish_yield_from(g, v),
            Err(e) if e.is(ExcKind::StopIteration) && !matches!(sub, Value::Generator(_)) => {
                let v = e.exc.first_arg().unwrap_or(Value::None);
                self.finish_yield_from(g, v)
            }
            Err(e) => self.raise_in(g, e),
        }
    }

    /// `gen.close()`: raises `GeneratorExit` in the generator; fails with
    /// `RuntimeError` if it yields again.
    pub fn gen_close(&mut self, g: &Rc<PyGenerator>) -> PyResult<()> {
        match g.state.get() {
            GenState::Running => return Err(already_executing(g)),
            GenState::Closed => return Ok(()),
            GenState::Created => {
                g.state.set(GenState::Closed);
                if let Some(frame) = g.frame.borrow_mut().take() {
                    self.recycle_frame(frame);
                }
                return Ok(());
            }
            GenState::Suspended => {}
        }
        let mut err = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
        if let Some(sub) = g.yield_from() {
            g.state.set(GenState::Running);
            let closed = self.close_iter(&sub);
            g.state.set(GenState::Suspended);
            if let Err(e) = closed {
                err = e;
            }
        }
        match self.raise_in(g, err) {
            Ok(GenStep::Yield(_)) => Err(PyErr::new(
                ExcKind::RuntimeError,
                format!("{} ignored GeneratorExit", g.type_word()),
            )),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) if e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Closes the iterator of a `yield from`: a generator's `close()`, or
    /// the object's `close` method if it has one.
    fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        if let Value::Generator(s) = sub {
            return self.gen_close(s);
        }
        if let Some(close) = self.optional_attr(sub, "close")? {
            self.call_positional(&close, &[])?;
        }
        Ok(())
    }

    /// `sub.send(value)` for the iterator of a `yield from`: `Ok(v)` when
    /// it yields, `Err(result)` when it stops with `StopIteration(result)`.
    pub fn send_to_iter(&mut self, sub: &Value, value: Value) -> PyResult<Result<Value, Value>> {
        let send = self.get_attr(sub, &PyStr::new("send"))?;
        match self.call_positional(&send, &[value]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if e.is(ExcKind::StopIteration) => {
                Ok(Err(e.exc.first_arg().unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    }

    /// `obj.name`, or `None` when it has no such attribute.
    fn optional_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr(obj, &PyStr::new(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Resumes a generator suspended in `yield from` as if its iterator
    /// had returned `value`.
    fn finish_yield_from(&mut self, g: &Rc<PyGenerator>, value: Value) -> PyResult<GenStep> {
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Ok(GenStep::Return(Value::None));
        };
        if let Some(done) = delegating_send(&frame) {
            frame.stack.pop();
            frame.ip = done;
        }
        frame.stack.push(value);
        self.gen_enter(g, &mut frame);
        let (frame, exit) = self.execute(frame, None);
        self.after_resume(g, frame, exit)
    }

    /// Raises `err` in the generator's frame (at its start, if not started).
    fn raise_in(&mut self, g: &Rc<PyGenerator>, err: PyErr) -> PyResult<GenStep> {
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            g.state.set(GenState::Closed);
            return Err(err);
        };
        self.gen_enter(g, &mut frame);
        let (frame, exit) = self.execute(frame, Some(err));
        self.after_resume(g, frame, exit)
    }

    /// The exception `gen.throw(typ[, val[, tb]])` raises.
    pub fn throw_args(&mut self, a: &[Value]) -> PyResult<PyErr> {
        let typ = &a[0];
        let val = a.get(1).cloned().unwrap_or(Value::None);
        if let Some(tb) = a.get(2) {
            if !tb.is_none() {
                return Err(PyErr::type_error(
                    "throw() third argument must be a traceback object",
                ));
            }
        }
        match typ {
            Value::Exception(e) => {
                if !val.is_none() {
                    return Err(PyErr::type_error(
                        "instance exception may not have a separate value",
                    ));
                }
                Ok(PyErr { exc: e.clone() })
            }
            Value::Class(c) if is_exception_class(typ) => {
                if let Value::Exception(e) = &val {
                    if e.class.is_subclass(c) {
                        return Ok(PyErr { exc: e.clone() });
                    }
                }
                let made = match &val {
                    Value::None => self.call_positional(typ, &[])?,
                    Value::Tuple(t) => self.call_positional(typ, &t.items.clone())?,
                    other => self.call_positional(typ, std::slice::from_ref(other))?,
                };
                match made {
                    Value::Exception(e) => Ok(PyErr { exc: e }),
                    other => Err(PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr(typ)?,
                        type_name(&other)
                    ))),
                }
            }
            other => Err(PyErr::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                type_name(other)
            ))),
        }
    }
}

/// `ValueError: generator already executing`.
pub fn already_executing(g: &PyGenerator) -> PyErr {
    PyErr::value_error(format!("{} already executing", g.type_word()))
}

/// The attributes of a generator (`gi_*`, `__name__`, `__qualname__`).
pub fn gen_attr(g: &Rc<PyGenerator>, name: &str) -> Option<Value> {
    let prefix = match g.kind {
        CodeKind::Coroutine => "cr_",
        CodeKind::AsyncGenerator => "ag_",
        _ => "gi_",
    };
    if name == "__name__" {
        return Some(Value::Str(g.name.borrow().clone()));
    }
    if name == "__qualname__" {
        return Some(Value::Str(g.qualname.borrow().clone()));
    }
    let field = name.strip_prefix(prefix)?;
    let state = g.state.get();
    Some(match field {
        "frame" if state == GenState::Closed => Value::None,
        "frame" => Value::Native(Rc::new(FrameObject { gen: g.clone() })),
        "running" => Value::Bool(state == GenState::Running),
        "suspended" => Value::Bool(state == GenState::Suspended),
        "code" => Value::Code(g.code.clone()),
        "yieldfrom" | "await" => g.yield_from().unwrap_or(Value::None),
        _ => return None,
    })
}

/// `gen.name = value`: only `__name__` and `__qualname__` are writable.
pub fn set_gen_attr(g: &Rc<PyGenerator>, name: &str, value: Value) -> PyResult<()> {
    let slot = match name {
        "__name__" => &g.name,
        "__qualname__" => &g.qualname,
        _ => {
            return Err(PyErr::attribute_error(match gen_attr(g, name) {
                Some(_) => format!(
                    "attribute '{name}' of '{}' objects is not writable",
                    g.type_word()
                ),
                None => format!("'{}' object has no attribute '{name}'", g.type_word()),
            }))
        }
    };
    match value {
        Value::Str(s) => {
            *slot.borrow_mut() = s;
            Ok(())
        }
        _ => Err(PyErr::type_error(format!(
            "{name} must be set to a string object"
        ))),
    }
}

/// The frame of a generator, as `gen.gi_frame` shows it.
pub struct FrameObject {
    gen: Rc<PyGenerator>,
}

impl FrameObject {
    /// The line the generator is at: its `def` line before it starts.
    fn line(&self) -> u32 {
        match (self.gen.state.get(), &*self.gen.frame.borrow()) {
            (GenState::Suspended, Some(f)) => f.line(),
            _ => self.gen.code.firstlineno,
        }
    }

    /// `f_locals`: the bound local, cell and free variables.
    fn locals(&self) -> Value {
        match &*self.gen.frame.borrow() {
            Some(f) => Value::Dict(Rc::new(f.locals_dict())),
            None => Value::Dict(Rc::new(crate::objects::PyDict::new())),
        }
    }
}

impl crate::objects::NativeObject for FrameObject {
    fn class(&self) -> Rc<PyClass> {
        types().named("frame")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            self as *const FrameObject as usize,
            self.gen.code.source.filename,
            self.line(),
            self.gen.code.name.as_str()
        ))
    }
}

/// The attributes of a frame object (`f_lineno`, `f_locals`, ...).
pub fn frame_attr(obj: &dyn std::any::Any, name: &str) -> Option<Value> {
    let f = obj.downcast_ref::<FrameObject>()?;
    Some(match name {
        "f_lineno" => Value::Int(f.line() as i64),
        "f_locals" => f.locals(),
        "f_code" => Value::Code(f.gen.code.clone()),
        "f_back" => Value::None,
        "f_globals" => match &*f.gen.frame.borrow() {
            Some(fr) => Value::Dict(fr.globals.clone()),
            None => Value::None,
        },
        _ => return None,
    })
}
