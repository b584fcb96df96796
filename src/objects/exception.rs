//! Exception objects, the built-in exception hierarchy, and `PyErr`, the
//! Rust-side error that carries a raised exception.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::class::types;
use super::{PyClass, PyDict, PyTuple, Value};
use crate::bytecode::Code;

macro_rules! exc_kinds {
    ($($kind:ident $(: $base:ident)?),* $(,)?) => {
        /// The built-in exception classes. Each base comes before its subclasses.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind { $($kind),* }

        impl ExcKind {
            /// Every kind, bases first.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];

            /// The class name.
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }

            /// The direct base class (`None` for `BaseException`).
            pub fn base(self) -> Option<ExcKind> {
                match self { $(ExcKind::$kind => exc_kinds!(@base $($base)?)),* }
            }
        }
    };
    (@base $base:ident) => { Some(ExcKind::$base) };
    (@base) => { None };
}

exc_kinds! {
    BaseException,
    BaseExceptionGroup: BaseException,
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ExceptionGroup: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

/// One traceback entry: a frame's code and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub ip: u32,
}

/// An exception instance.
pub struct PyException {
    pub class: Rc<PyClass>,
    pub args: RefCell<Rc<PyTuple>>,
    /// Entries innermost first (the order they were added while unwinding).
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Option<Rc<PyException>>>,
    pub context: RefCell<Option<Rc<PyException>>>,
    pub suppress_context: Cell<bool>,
    /// Other attributes (`value` of StopIteration, `code` of SystemExit, user ones).
    pub dict: Rc<PyDict>,
    /// The "Did you mean" hint printed after the message, if any.
    pub suggestion: RefCell<Option<String>>,
    /// For exception groups (PEP 654): the message and the sub-exceptions.
    pub group: RefCell<Option<GroupParts>>,
}

/// What `BaseExceptionGroup.__new__` stores besides `args`: `message` and
/// `exceptions` (always exception instances).
#[derive(Clone)]
pub struct GroupParts {
    pub message: Value,
    pub exceptions: Rc<PyTuple>,
}

impl PyException {
    /// A new exception of `class` with `args`.
    pub fn new(class: Rc<PyClass>, args: Vec<Value>) -> Rc<PyException> {
        let dict = PyDict::new();
        let (class, args) = if super::os_error::is_os_error(&class) {
            super::os_error::construct(class, args, &dict)
        } else {
            (class, args)
        };
        Rc::new(PyException {
            class,
            args: RefCell::new(Rc::new(PyTuple {
                items: args.into_boxed_slice(),
            })),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: Rc::new(dict),
            suggestion: RefCell::new(None),
            group: RefCell::new(None),
        })
    }

    /// True when this exception is an instance of `kind` (or a subclass).
    pub fn is(&self, kind: ExcKind) -> bool {
        self.class.is_subclass(types().exception(kind))
    }

    /// The sub-exceptions when this is an exception group.
    pub fn group_exceptions(&self) -> Option<Rc<PyTuple>> {
        self.group.borrow().as_ref().map(|g| g.exceptions.clone())
    }

    /// The first argument, if any.
    pub fn first_arg(&self) -> Option<Value> {
        self.args.borrow().items.first().cloned()
    }
}

/// A raised Python exception travelling through Rust code.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<PyException>,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// A new exception of a built-in kind with a message.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let class = types().exception(kind).clone();
        PyErr {
            exc: PyException::new(class, vec![Value::string(msg.into())]),
        }
    }

    /// A new exception of a built-in kind with the given args.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        let class = types().exception(kind).clone();
        PyErr {
            exc: PyException::new(class, args),
        }
    }

    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(ExcKind::KeyError, vec![key])
    }

    /// `StopIteration(value)` (no args when `value` is None).
    pub fn stop_iteration(value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr::with_args(ExcKind::StopIteration, args)
    }

    /// True when the exception is a `kind` (or a subclass).
    pub fn is(&self, kind: ExcKind) -> bool {
        self.exc.is(kind)
    }

    /// The exception as a Python value.
    pub fn value(&self) -> Value {
        Value::Exception(self.exc.clone())
    }
}

/// True when `value` is an exception class (a subclass of BaseException).
pub fn is_exception_class(value: &Value) -> bool {
    match value {
        Value::Class(c) => c.is_subclass(types().exception(ExcKind::BaseException)),
        _ => false,
    }
}

impl From<crate::numeric::NumError> for PyErr {
    fn from(e: crate::numeric::NumError) -> PyErr {
        use crate::numeric::ExcKind as N;
        let kind = match e.kind {
            N::ValueError => ExcKind::ValueError,
            N::TypeError => ExcKind::TypeError,
            N::OverflowError => ExcKind::OverflowError,
            N::ZeroDivisionError => ExcKind::ZeroDivisionError,
            N::MemoryError => ExcKind::MemoryError,
        };
        if e.msg.is_empty() {
            PyErr::with_args(kind, vec![])
        } else {
            PyErr::new(kind, e.msg)
        }
    }
}
