//! The `collections` module: `deque`, `defaultdict`, `Counter`,
//! `OrderedDict`, `ChainMap` and `namedtuple`, written in Python (as much of
//! CPython's is) in `collections.py`: the mappings are dict subclasses and
//! named tuples tuple subclasses, as in CPython.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `collections` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "collections", include_str!("collections.py"));
    dict
}
