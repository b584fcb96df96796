//! The `traceback` module: the exception reports the interpreter prints,
//! as strings or written to a file (`print_exc`, `format_exc`,
//! `print_exception`, `format_exception`, `format_exception_only`).

use std::rc::Rc;

use crate::objects::{Args, BuiltinFn, PyDict, PyErr, PyResult, Value};
use crate::vm::traceback as report;
use crate::vm::Vm;

/// The `traceback` namespace.
pub fn create() -> Rc<PyDict> {
    super::python_namespace(&[
        ("print_exc", print_exc as BuiltinFn),
        ("format_exc", format_exc),
        ("print_exception", print_exception),
        ("format_exception", format_exception),
        ("format_exception_only", format_exception_only),
    ])
}

/// The keyword argument `name`, if given.
fn kwarg(args: &Args, name: &str) -> Option<Value> {
    args.kwargs()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.clone())
}

/// The full report of `exc` (chain included), or CPython's `NoneType: None`
/// when there is no exception.
fn full_report(vm: &mut Vm, exc: &Value) -> String {
    match exc {
        Value::Exception(e) => report::format_exception(vm, &PyErr { exc: e.clone() }),
        _ => "NoneType: None\n".to_owned(),
    }
}

/// The exception `print_exception(exc)` / `print_exception(type, value, tb)`
/// reports: the value when given, else the first argument.
fn reported(args: &Args, name: &str) -> PyResult<Value> {
    let pos = args.check_count(name, 1, 3)?;
    let value = pos.get(1).cloned().or_else(|| kwarg(args, "value"));
    Ok(match (value, &pos[0]) {
        (Some(v), _) if !v.is_none() => v,
        (_, Value::Class(_)) | (Some(_), _) => Value::None,
        (None, first) => first.clone(),
    })
}

/// `traceback.print_exc(limit=None, file=None, chain=True)`: the exception
/// being handled, reported on `file` (default stderr).
fn print_exc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("print_exc", 0, 3)?;
    let exc = vm.handled_exc.clone();
    let text = full_report(vm, &exc);
    write(
        vm,
        kwarg(&args, "file").or_else(|| args.pos().get(1).cloned()),
        &text,
    )
}

/// `traceback.format_exc()`: what `print_exc` prints, as a string.
fn format_exc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("format_exc", 0, 2)?;
    let exc = vm.handled_exc.clone();
    Ok(Value::str(&full_report(vm, &exc)))
}

/// `traceback.print_exception(exc)` (or the `(type, value, tb)` form).
fn print_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = reported(&args, "print_exception")?;
    let text = full_report(vm, &exc);
    write(vm, kwarg(&args, "file"), &text)
}

/// `traceback.format_exception(exc)`: the report as a list of strings, one
/// per header, frame (with its source and marker lines) or message line.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = reported(&args, "format_exception")?;
    let text = full_report(vm, &exc);
    Ok(Value::list(
        chunks(&text).into_iter().map(|c| Value::str(&c)).collect(),
    ))
}

/// `traceback.format_exception_only(exc)`: just the `Name: message` lines.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = reported(&args, "format_exception_only")?;
    let line = match &exc {
        Value::Exception(e) => report::format_exception_only(vm, e),
        _ => "NoneType: None\n".to_owned(),
    };
    Ok(Value::list(vec![Value::str(&line)]))
}

/// Writes a report to `file` (stderr when None).
fn write(vm: &mut Vm, file: Option<Value>, text: &str) -> PyResult<Value> {
    match file {
        Some(f) if !f.is_none() => super::sys::write_to(vm, &f, text)?,
        _ => vm.write_stderr(text),
    }
    Ok(Value::None)
}

/// The lines CPython prints between the reports of a chain.
const SEPARATORS: [&str; 2] = [
    "\nThe above exception was the direct cause of the following exception:\n\n",
    "\nDuring handling of the above exception, another exception occurred:\n\n",
];

/// Splits a report the way `format_exception` lists it: a chain separator
/// is one string, a `File` line keeps the indented lines under it, other
/// lines stand alone.
fn chunks(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let next_sep = SEPARATORS
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, *sep)))
            .min();
        let (body, sep) = match next_sep {
            Some((i, sep)) => (&rest[..i], Some(sep)),
            None => (rest, None),
        };
        let mut in_frame = false;
        for line in body.split_inclusive('\n') {
            match out.last_mut() {
                Some(last) if in_frame && line.starts_with("    ") => last.push_str(line),
                _ => {
                    in_frame = line.starts_with("  File ");
                    out.push(line.to_owned());
                }
            }
        }
        match sep {
            Some(sep) => {
                out.push(sep.to_owned());
                rest = &rest[body.len() + sep.len()..];
            }
            None => break,
        }
    }
    out
}
