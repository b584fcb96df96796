//! `sys.stdin`: reading standard input as text (UTF-8, line ends kept
//! as they are, as CPython's stdin does) through the process's one buffered reader, which `input()`
//! shares, so the two stay in step.

use std::cell::RefCell;
use std::io::{BufRead, Read};

use crate::methods::MethodTable;
use crate::objects::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The methods of `sys.stdin`.
pub const METHODS: MethodTable = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("__iter__", iter),
    ("__next__", next),
    ("fileno", super::sys::stream_fileno),
    ("isatty", super::sys::stream_isatty),
    ("readable", super::sys::stream_true),
    ("writable", super::sys::stream_false),
    ("flush", flush),
];

thread_local! {
    /// Text read from stdin but not consumed yet (the rest of a line after `read(n)`).
    static PENDING: RefCell<String> = const { RefCell::new(String::new()) };
}

fn os_error(e: std::io::Error) -> PyErr {
    PyErr::new(ExcKind::OSError, e.to_string())
}

/// One line of standard input, `\n`-terminated unless it is the last, or
/// `""` at the end.
pub fn read_line() -> PyResult<String> {
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if let Some(i) = pending.find('\n') {
        let (line, rest) = pending.split_at(i + 1);
        PENDING.with(|p| *p.borrow_mut() = rest.to_owned());
        return Ok(line.to_owned());
    }
    if !pending.is_empty() {
        return Ok(pending + &read_raw_line()?);
    }
    read_raw_line()
}

fn read_raw_line() -> PyResult<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .read_until(b'\n', &mut bytes)
        .map_err(os_error)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn size_arg(args: &[Value], at: usize) -> PyResult<i64> {
    match args.get(at) {
        None | Some(Value::None) => Ok(-1),
        Some(v) => crate::methods::args::index_arg(v),
    }
}

fn read(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("read", 1, 2)?;
    let size = size_arg(a, 1)?;
    if size < 0 {
        let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        let mut bytes = pending.into_bytes();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(os_error)?;
        return Ok(Value::string(String::from_utf8_lossy(&bytes).into_owned()));
    }
    let mut out = String::new();
    let mut count = 0;
    while count < size {
        let line = read_line()?;
        if line.is_empty() {
            break;
        }
        let mut chars = line.char_indices();
        for (i, c) in chars.by_ref() {
            if count == size {
                // The rest of the line waits for the next read.
                PENDING.with(|p| *p.borrow_mut() = line[i..].to_owned());
                break;
            }
            out.push(c);
            count += 1;
        }
    }
    Ok(Value::string(out))
}

fn readline(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("readline", 1, 2)?;
    size_arg(a, 1)?;
    Ok(Value::string(read_line()?))
}

fn readlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("readlines", 1, 2)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line()?;
        if line.is_empty() {
            break;
        }
        lines.push(Value::string(line));
    }
    Ok(Value::list(lines))
}

fn iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("__iter__", 1, 1)?;
    Ok(a[0].clone())
}

fn next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("__next__", 1, 1)?;
    let line = read_line()?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration(Value::None));
    }
    Ok(Value::string(line))
}

fn flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("flush", 1, 1)?;
    Ok(Value::None)
}
