//! The `io` module (and `_io`, where CPython's file classes live):
//! `open()`, the file classes, `StringIO` and `BytesIO`, written in Python
//! in `io.py` over the native `posix` module's file descriptors.

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The `io` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &dict, "io", include_str!("io.py"));
    dict
}

/// The parameters of `open()`, in order.
const OPEN_PARAMS: [&str; 8] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// The built-in `open()`: `io.open` with the same arguments, checked with
/// the wording of CPython's C `open()`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos().len() + args.kwargs().count();
    if given > OPEN_PARAMS.len() {
        return Err(PyErr::type_error(format!(
            "open() takes at most 8 arguments ({given} given)"
        )));
    }
    if let Some((name, _)) = args.kwargs().find(|(k, _)| !OPEN_PARAMS.contains(k)) {
        return Err(PyErr::type_error(format!(
            "'{name}' is an invalid keyword argument for open()"
        )));
    }
    if args.pos().is_empty() && !args.kwargs().any(|(k, _)| k == "file") {
        return Err(PyErr::type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    }
    let io = vm.import_module("io")?;
    let open = vm.get_attr(&io, &PyStr::new("open"))?;
    vm.call(&open, args)
}
