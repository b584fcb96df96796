//! Python values and the built-in object types.
//!
//! A [`Value`] is 16 bytes: `None`, bools, small ints and floats live inline
//! (no heap allocation); everything else is a reference-counted object, freed
//! when its last reference goes, as in CPython.

pub mod bytes;
pub mod class;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod function;
pub mod instance;
pub mod iter;
pub mod os_error;
pub mod set;
pub mod str;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use bytes::{PyByteArray, PyBytes};
pub use class::PyClass;
pub use dict::PyDict;
pub use exception::{ExcKind, PyErr, PyException, PyResult};
pub use function::{Args, BuiltinFn, PyBuiltin, PyCell, PyFunction};
pub use instance::{PyInstance, PyMethod};
pub use iter::PyIter;
pub use set::PySet;
pub use str::PyStr;

use crate::vm::generator::PyGenerator;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int that does not fit in 64 bits (never one that does).
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<PyStr>),
    Complex(Rc<complex::Complex>),
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<PyByteArray>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    Builtin(Rc<PyBuiltin>),
    Module(Rc<PyModule>),
    Class(Rc<PyClass>),
    Exception(Rc<PyException>),
    Generator(Rc<PyGenerator>),
    Iter(Rc<PyIter>),
    /// An instance of a class defined in Python.
    Instance(Rc<PyInstance>),
    /// A function bound to an object (`obj.method`).
    Method(Rc<PyMethod>),
    /// A compiled code object (function bodies are constants of their parent).
    Code(Rc<crate::bytecode::Code>),
    /// Objects of the less common built-in types (streams, views, ...).
    Native(Rc<dyn NativeObject>),
    /// The "no self" marker of a method call on the value stack; never visible to Python code.
    Null,
}

/// A built-in object whose behaviour lives behind a trait rather than in the VM.
pub trait NativeObject {
    /// The object's class.
    fn class(&self) -> Rc<PyClass>;
    /// Lets the native module that made the object get it back.
    fn as_any(&self) -> &dyn std::any::Any;
    /// The object's methods (self is the first argument); none by default.
    fn methods(&self) -> crate::methods::MethodTable {
        &[]
    }
    /// `repr()` of the object.
    fn repr(&self, vm: &mut crate::vm::Vm) -> PyResult<String>;
}

/// A `list`.
#[derive(Default)]
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

/// A `tuple`.
pub struct PyTuple {
    pub items: Box<[Value]>,
}

/// A `range`. Bounds are 128-bit so ranges past 64 bits (`range(10**20)`) work.
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

/// A `slice` object.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A module: a name and its global namespace.
pub struct PyModule {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

impl PyRange {
    /// Number of items, as `len(range(...))`.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    /// True when the range has no items.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`th item (0 <= i < len).
    pub fn item(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

impl Value {
    /// A new `str` value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// A new `str` value taking ownership of `s`.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// A new `bytes` value.
    pub fn bytes(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(PyBytes::new(data)))
    }

    /// A new `bytearray` value.
    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(PyByteArray {
            data: RefCell::new(data),
        }))
    }

    /// A new `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList {
            items: RefCell::new(items),
        }))
    }

    /// A new `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple {
            items: items.into_boxed_slice(),
        }))
    }

    /// An int from a big integer, normalised to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(b)),
        }
    }

    /// An int from a 128-bit integer, inline when it fits in 64 bits.
    #[inline]
    pub fn from_i128(i: i128) -> Value {
        match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(i))),
        }
    }

    /// The value as a numeric [`Int`](crate::numeric::Int), for ints and bools.
    pub fn as_int(&self) -> Option<crate::numeric::Int> {
        use crate::numeric::Int;
        match self {
            Value::Int(i) => Some(Int::Small(*i)),
            Value::Bool(b) => Some(Int::Small(*b as i64)),
            Value::BigInt(b) => Some(Int::Big((**b).clone())),
            _ => None,
        }
    }

    /// An int value from a numeric [`Int`](crate::numeric::Int).
    pub fn from_int(i: crate::numeric::Int) -> Value {
        match i {
            crate::numeric::Int::Small(i) => Value::Int(i),
            crate::numeric::Int::Big(b) => Value::from_bigint(b),
        }
    }

    /// A new `complex` value.
    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new(complex::Complex::new(re, im)))
    }

    /// True for `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object, or the same inline singleton/value.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Null, Null) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of a heap object, used for `id()` and identity.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Exception(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }
}

impl PyTuple {
    /// The empty tuple's items.
    pub fn empty() -> Rc<PyTuple> {
        Rc::new(PyTuple {
            items: Box::new([]),
        })
    }
}
