//! Built-in iterator objects (`list_iterator`, `range_iterator`, `zip`, `map`, ...).
//! The VM steps them; this module holds their state.

use std::cell::RefCell;
use std::rc::Rc;

use super::class::types;
use super::{PyClass, PyDict, Value};

/// Which part of a dict an iterator or view yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list, tuple, str, bytes or bytearray by index (a list or
    /// bytearray may change while iterating).
    Seq { seq: Value, index: usize },
    /// Over a range: the next value and how many are left.
    Range { next: i128, step: i128, left: i128 },
    /// Over a dict (see [`DictCursor`]).
    Dict(DictCursor),
    /// Over a set's table from slot `pos`; `used` is the size at creation
    /// (`None` once a size change was reported, which stays reported).
    Set {
        set: Rc<super::PySet>,
        pos: usize,
        used: Option<usize>,
    },
    /// `enumerate(iterable, start)`. `result` is the last tuple handed
    /// out, refilled in place when nobody else holds it (as CPython does).
    Enumerate {
        iter: Value,
        count: i64,
        result: Option<Rc<super::PyTuple>>,
    },
    /// `zip(*iterables, strict=...)`, with its last tuple as `enumerate`'s.
    Zip {
        iters: Rc<[Value]>,
        strict: bool,
        result: Option<Rc<super::PyTuple>>,
    },
    /// `map(func, *iterables)`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter(func, iterable)`; `func` None keeps truthy items.
    Filter { func: Value, iter: Value },
    /// `reversed(seq)` over a list or tuple: the next index to yield, counting down.
    Reversed { seq: Value, next: isize },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Finished: yields nothing more.
    Done,
}

/// Where an iterator over a dict is. `len` is the size at creation (to
/// report resizing); `left` counts the items still expected, so finding
/// more means keys were replaced ("dictionary keys changed during
/// iteration"). When the keys changed since the last item (`version`),
/// the position is found again from the last key yielded.
pub struct DictCursor {
    pub dict: Rc<PyDict>,
    pub part: DictPart,
    pub index: usize,
    pub len: usize,
    pub left: usize,
    pub version: u64,
    pub last: Option<(i64, Value)>,
}

impl DictCursor {
    /// A cursor at the start of `dict`.
    pub fn new(dict: Rc<PyDict>, part: DictPart) -> DictCursor {
        let len = dict.len();
        DictCursor {
            version: dict.version(),
            dict,
            part,
            index: 0,
            len,
            left: len,
            last: None,
        }
    }
}

/// A built-in iterator object.
pub struct PyIter {
    pub class_name: &'static str,
    pub state: RefCell<IterState>,
}

impl PyIter {
    /// A new iterator value of the class named `class_name`.
    pub fn value(class_name: &'static str, state: IterState) -> Value {
        Value::Iter(Rc::new(PyIter {
            class_name,
            state: RefCell::new(state),
        }))
    }

    /// The iterator's class.
    pub fn class(&self) -> Rc<PyClass> {
        types().named(self.class_name)
    }
}
