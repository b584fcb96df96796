//! The `socket` module: TCP sockets over `socket2`, with CPython's
//! errors (`OSError` subclasses chosen by errno).

use crate::objects::{ExcKind, PyErr};

/// The C library's message for an error, without Rust's "(os error N)".
fn message(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// The `OSError` (subclass by errno) for a failed system call.
pub fn os_error(e: &std::io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => PyErr::with_args(
            ExcKind::OSError,
            vec![
                crate::objects::Value::Int(errno as i64),
                crate::objects::Value::string(message(e)),
            ],
        ),
        None => PyErr::new(ExcKind::OSError, message(e)),
    }
}
