//! `OSError`'s constructor: CPython picks the subclass from the errno
//! (`OSError(2, ...)` is a `FileNotFoundError`) and keeps `errno`,
//! `strerror`, `filename` and `filename2` as attributes, which its `str`
//! (`[Errno 2] No such file or directory: 'x'`) is made of.

use std::rc::Rc;

use super::class::types;
use super::exception::{ExcKind, PyErr};
use super::{PyClass, PyDict, Value};

/// The C library's message for an I/O error, without Rust's "(os error N)".
pub fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// The `OSError` (its subclass chosen by the errno) for a failed system call.
pub fn from_io(e: &std::io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => PyErr::with_args(
            ExcKind::OSError,
            vec![Value::Int(errno as i64), Value::string(strerror(e))],
        ),
        None => PyErr::new(ExcKind::OSError, strerror(e)),
    }
}

/// The `OSError` subclass CPython raises for a Linux errno, if any.
pub fn kind_for_errno(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// True for `OSError` and its subclasses.
pub fn is_os_error(class: &Rc<PyClass>) -> bool {
    class.is_subclass(types().exception(ExcKind::OSError))
}

/// Applies `OSError.__new__`/`__init__` to a new exception of `class`: the
/// class to use, the `args` to keep, and the attributes to set in `dict`.
pub fn construct(
    class: Rc<PyClass>,
    mut args: Vec<Value>,
    dict: &PyDict,
) -> (Rc<PyClass>, Vec<Value>) {
    let t = types();
    let mut class = class;
    for name in ["errno", "strerror", "filename", "filename2"] {
        dict.set_str(name, Value::None);
    }
    if (2..=5).contains(&args.len()) {
        if let (true, Value::Int(n)) = (Rc::ptr_eq(&class, t.exception(ExcKind::OSError)), &args[0])
        {
            if let Some(kind) = kind_for_errno(*n) {
                class = t.exception(kind).clone();
            }
        }
        dict.set_str("errno", args[0].clone());
        dict.set_str("strerror", args[1].clone());
        if let Some(f) = args.get(2) {
            dict.set_str("filename", f.clone());
        }
        if let Some(f) = args.get(4) {
            dict.set_str("filename2", f.clone());
        }
        if args.len() >= 3 && !args[2].is_none() {
            args.truncate(2);
        }
    }
    (class, args)
}

/// The parts of `OSError.__str__` when it is not `BaseException`'s: errno,
/// strerror and the file names, or `None`.
pub fn str_parts(dict: &PyDict) -> Option<(Value, Value, Option<Value>, Option<Value>)> {
    let get = |n| dict.get_str(n).unwrap_or(Value::None);
    let (errno, strerror) = (get("errno"), get("strerror"));
    let filename = get("filename");
    if !filename.is_none() {
        let filename2 = get("filename2");
        let second = (!filename2.is_none()).then_some(filename2);
        return Some((errno, strerror, Some(filename), second));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Some((errno, strerror, None, None));
    }
    None
}
