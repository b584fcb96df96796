//! The `nest_asyncio` package's API (`nest_asyncio.apply(loop=None)`),
//! built in: it switches the event loop to its reentrant mode (see
//! `asyncio::nested`), which is what the package's patches of CPython's
//! asyncio amount to.

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `nest_asyncio` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "nest_asyncio", include_str!("nest_asyncio.py"));
    dict
}
