//! The `os` and `os.path` (`posixpath`) modules: CPython writes them in
//! Python over its native `posix` module, and so does snippy (`os.py`,
//! `posixpath.py`, and `posix.rs` on `std::fs` and `std::env`).

pub mod posix;

use std::rc::Rc;

use crate::objects::PyDict;
use crate::vm::Vm;

/// The `os` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "os", include_str!("os.py"));
    dict
}

/// The `posixpath` namespace (`os.path`).
pub fn create_posixpath(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "posixpath", include_str!("posixpath.py"));
    dict
}
