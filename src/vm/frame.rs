//! Frames: the activation record of a running or suspended code object.
//! Frames live on the heap (`Box<Frame>`) so a generator can own its
//! suspended frame and the VM can switch frames without Rust recursion.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::objects::{PyCell, PyDict, Value};

use super::generator::PyGenerator;

/// What a frame is waiting for from the frame it started (its callee).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    /// A function call: push the return value.
    Call,
    /// `for` over a generator: push what it yields; on return, pop the iterator and jump.
    ForIter { exit: u32 },
    /// `yield from`: push what it yields; on return, replace the iterator with the value and jump.
    Send { done: u32 },
    /// `gen.send(v)` called from Python code: push what it yields; its
    /// return raises `StopIteration(value)` here.
    SendCall,
    /// A class call running `__init__` on the new instance, which is
    /// already on the stack: the return value must be None.
    Init,
}

/// A frame of Python code.
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction to run.
    pub ip: u32,
    pub stack: Vec<Value>,
    /// Fast locals; `Value::Null` marks an unbound one.
    pub locals: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<PyCell>>,
    pub globals: Rc<PyDict>,
    /// The namespace of module and class bodies (`LoadName`/`StoreName`).
    pub names: Option<Rc<PyDict>>,
    /// The generator running this frame, while it runs.
    pub generator: Option<Rc<PyGenerator>>,
    /// How to deliver the result of the frame this one is waiting on.
    pub pending: Pending,
    /// In a generator's frame: the caller's handled exception, restored
    /// when the generator yields, returns or raises.
    pub saved_exc: Value,
}

impl Frame {
    /// An empty frame for `code`; the VM's frame pool reuses their buffers.
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>) -> Frame {
        Frame {
            code,
            ip: 0,
            stack: Vec::new(),
            locals: Vec::new(),
            cells: Vec::new(),
            globals,
            names: None,
            generator: None,
            pending: Pending::Call,
            saved_exc: Value::None,
        }
    }

    /// The bound local, cell and free variables by name: what `locals()`
    /// and a frame's `f_locals` show.
    pub fn locals_dict(&self) -> PyDict {
        let dict = PyDict::new();
        let code = &self.code;
        for (i, name) in code.varnames.iter().enumerate() {
            let cell = code
                .cellvars
                .iter()
                .position(|c| c.as_str() == name.as_str());
            let v = match cell {
                Some(c) => self.cells.get(c).and_then(|c| c.value.borrow().clone()),
                None => self.locals.get(i).cloned(),
            };
            match v {
                Some(Value::Null) | None => {}
                Some(v) => dict.set_str(name.as_str(), v),
            }
        }
        let extra = code.cellvars.iter().chain(code.freevars.iter());
        for (name, cell) in extra.zip(self.cells.iter()) {
            if code.varnames.iter().any(|v| v.as_str() == name.as_str()) {
                continue;
            }
            if let Some(v) = cell.value.borrow().clone() {
                dict.set_str(name.as_str(), v);
            }
        }
        dict
    }

    /// The line being run (for tracebacks and `f_lineno`).
    pub fn line(&self) -> u32 {
        self.code.line_of(self.ip.saturating_sub(1))
    }
}
