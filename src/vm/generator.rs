//! Generator, coroutine and async generator objects: each owns a suspended
//! frame, resumed by the VM without Rust recursion when driven by `for`
//! or `yield from`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::CodeKind;
use crate::objects::class::types;
use crate::objects::{PyClass, PyStr};

use super::frame::Frame;

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
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub state: Cell<GenState>,
    /// The suspended frame (`None` while running or once closed).
    pub frame: RefCell<Option<Box<Frame>>>,
}

impl PyGenerator {
    /// A new generator owning `frame`, not yet started.
    pub fn new(frame: Box<Frame>) -> Rc<PyGenerator> {
        Rc::new(PyGenerator {
            kind: frame.code.kind,
            name: frame.code.name.clone(),
            qualname: frame.code.qualname.clone(),
            state: Cell::new(GenState::Created),
            frame: RefCell::new(Some(frame)),
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
}
