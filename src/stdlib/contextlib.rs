//! The `contextlib` module: `contextmanager` (generator-based context
//! managers), `suppress`, `closing`, `nullcontext` and `ContextDecorator`,
//! written in Python (`py/contextlib.py`) with two helpers from Rust that
//! restore an exception's traceback after it passed through the generator.

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The `contextlib` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let helpers = super::namespace(&[("_tb_len", tb_len), ("_tb_truncate", tb_truncate)]);
    super::pysource::run_into(vm, &helpers, "contextlib", include_str!("py/contextlib.py"));
    helpers
}

/// `_tb_len(exc)`: how many traceback entries the exception has.
fn tb_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_tb_len", 1, 1)?;
    match &a[0] {
        Value::Exception(e) => Ok(Value::Int(e.traceback.borrow().len() as i64)),
        _ => Err(PyErr::type_error("_tb_len() expects an exception")),
    }
}

/// `_tb_truncate(exc, n)`: drops the traceback entries added after the first `n`.
fn tb_truncate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_tb_truncate", 2, 2)?;
    if let (Value::Exception(e), Value::Int(n)) = (&a[0], &a[1]) {
        e.traceback.borrow_mut().truncate((*n).max(0) as usize);
    }
    Ok(Value::None)
}
