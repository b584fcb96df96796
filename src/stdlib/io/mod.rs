//! The `io` module (and `_io`, where CPython's file classes live):
//! `open()`, the file classes, `StringIO` and `BytesIO`, written in Python
//! in `io.py` over the native `posix` module's file descriptors.

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The `io` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "io", include_str!("io.py"));
    dict
}

/// The built-in `open()`: `io.open` with the same arguments.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let open = vm.get_attr(&io, &PyStr::new("open"))?;
    vm.call(&open, args)
}
