//! The `collections` module: `deque`, `defaultdict`, `Counter`,
//! `OrderedDict`, `ChainMap`, `namedtuple` and `UserDict`/`UserList`/
//! `UserString`, written in Python (as much of CPython's is) in
//! `collections.py`: the mappings are dict subclasses and named tuples
//! tuple subclasses, as in CPython.

use std::cell::Cell;
use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

thread_local! {
    /// Set while `collections.py` runs (it imports `_collections_abc`,
    /// which must not import `collections` back).
    static LOADING: Cell<bool> = const { Cell::new(false) };
}

/// True while the `collections` module is being made.
pub fn is_loading() -> bool {
    LOADING.with(Cell::get)
}

/// The `collections` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    LOADING.with(|l| l.set(true));
    super::pysource::run_into(vm, &dict, "collections", include_str!("collections.py"));
    LOADING.with(|l| l.set(false));
    dict
}
