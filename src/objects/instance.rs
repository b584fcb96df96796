//! Instances of classes defined in Python, and bound methods.
//!
//! An instance is its class plus an attribute dict. Dropping the last
//! reference to an instance whose class defines `__del__` queues the object
//! (resurrected into a fresh `Rc`) on a thread-local list; the VM runs the
//! queued finalizers at a safe point (see `Vm::run_finalizers`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{PyClass, PyDict, Value};

/// An instance of a user-defined class.
pub struct PyInstance {
    pub class: Rc<PyClass>,
    /// The instance's attributes (`__dict__`).
    pub dict: Rc<PyDict>,
    /// The built-in value an instance of a subclass of a built-in type
    /// carries (the list of a `list` subclass); see `vm::builtin_subclass`.
    pub base: Option<Value>,
    /// Set once `__del__` has been queued, so an object is finalized once.
    finalized: Cell<bool>,
}

impl PyInstance {
    /// A new instance of `class` with an empty attribute dict.
    pub fn new(class: Rc<PyClass>) -> Rc<PyInstance> {
        Rc::new(PyInstance {
            class,
            dict: Rc::new(PyDict::new()),
            base: None,
            finalized: Cell::new(false),
        })
    }

    /// A new instance of a subclass of a built-in type, carrying `base`.
    pub fn with_base(class: Rc<PyClass>, base: Value) -> Rc<PyInstance> {
        Rc::new(PyInstance {
            class,
            dict: Rc::new(PyDict::new()),
            base: Some(base),
            finalized: Cell::new(false),
        })
    }
}

/// A function bound to an object (`obj.method`).
pub struct PyMethod {
    pub func: Value,
    pub this: Value,
}

thread_local! {
    /// Objects waiting for finalization (`__del__`, or a generator's close).
    static FINALIZE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Makes the VM run its finalizer hook at the next instruction (for
/// finalization work queued elsewhere, such as coroutine warnings).
pub fn set_finalizers_pending() {
    crate::vm::interrupt::request();
}

/// Takes the instances waiting for their `__del__`.
pub fn take_finalizers() -> Vec<Value> {
    crate::vm::interrupt::clear();
    FINALIZE.with(|f| std::mem::take(&mut *f.borrow_mut()))
}

impl Drop for PyInstance {
    fn drop(&mut self) {
        if self.finalized.get() || !has_del(&self.class) {
            return;
        }
        // Resurrect: move the contents into a new object that the finalizer runs on.
        let obj = Rc::new(PyInstance {
            class: self.class.clone(),
            dict: std::mem::take(&mut self.dict),
            base: self.base.take(),
            finalized: Cell::new(true),
        });
        queue_finalizer(Value::Instance(obj));
    }
}

/// Queues an object for finalization at the VM's next safe point: an
/// instance runs `__del__`, a generator is closed.
pub fn queue_finalizer(obj: Value) {
    let queued = FINALIZE.try_with(|f| f.borrow_mut().push(obj));
    if queued.is_ok() {
        crate::vm::interrupt::request();
    }
}

fn has_del(class: &Rc<PyClass>) -> bool {
    std::iter::once(class)
        .chain(class.mro.iter())
        .any(|c| c.dict.get_str("__del__").is_some())
}
