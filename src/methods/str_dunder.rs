//! The special methods of `str` (`"abc".__len__()`, `str.__add__`, ...),
//! listed in `str`'s method table,
//! for code that calls them by name; the operators themselves do not go
//! through here. Each defers to the VM operation it names, and the binary
//! comparisons return `NotImplemented` for a foreign operand, as CPython's
//! slot wrappers do.

use std::cmp::Ordering;

use crate::bytecode::{BinaryOp, CompareOp};
use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// `self` and the `n` further arguments of a special method, with
/// CPython's `expected 1 argument, got 0` wording.
fn operands<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    match pos.first() {
        Some(Value::Str(_)) => {}
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "descriptor '{name}' requires a 'str' object but received a '{}'",
                type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(format!(
                "descriptor '{name}' of 'str' object needs an argument"
            )))
        }
    }
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let given = pos.len() - 1;
    if given != n {
        return Err(PyErr::type_error(format!(
            "expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(pos)
}

/// `str.__len__`.
pub(super) fn len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__len__", 0)?;
    Ok(match &a[0] {
        Value::Str(s) => Value::Int(s.char_len() as i64),
        _ => Value::Int(0),
    })
}

/// `str.__contains__`.
pub(super) fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

/// `str.__getitem__`.
pub(super) fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__getitem__", 1)?;
    vm.get_item(&a[0], &a[1])
}

/// `str.__iter__`.
pub(super) fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__iter__", 0)?;
    vm.get_iter(&a[0])
}

/// `str.__add__`.
pub(super) fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__add__", 1)?;
    vm.binary_op(BinaryOp::Add, &a[0], &a[1], false)
}

/// `str.__mul__`.
pub(super) fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__mul__", 1)?;
    match &a[1] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            vm.binary_op(BinaryOp::Mul, &a[0], &a[1], false)
        }
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

/// `str.__mod__`.
pub(super) fn modulo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__mod__", 1)?;
    vm.binary_op(BinaryOp::Mod, &a[0], &a[1], false)
}

/// A comparison between two strs, `NotImplemented` against anything else.
fn compare(args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let a = operands(&args, name, 1)?;
    let (Value::Str(x), Value::Str(y)) = (&a[0], &a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let o = x.as_str().cmp(y.as_str());
    Ok(Value::Bool(match op {
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    }))
}

/// `str.__eq__`.
pub(super) fn eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(args, "__eq__", CompareOp::Eq)
}

/// `str.__ne__`.
pub(super) fn ne(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(args, "__ne__", CompareOp::Ne)
}

/// `str.__lt__`.
pub(super) fn lt(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(args, "__lt__", CompareOp::Lt)
}

/// `str.__le__`.
pub(super) fn le(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(args, "__le__", CompareOp::Le)
}

/// `str.__gt__`.
pub(super) fn gt(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(args, "__gt__", CompareOp::Gt)
}

/// `str.__ge__`.
pub(super) fn ge(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(args, "__ge__", CompareOp::Ge)
}

/// `str.__hash__`.
pub(super) fn hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__hash__", 0)?;
    Ok(match &a[0] {
        Value::Str(s) => Value::Int(s.hash()),
        _ => Value::Int(0),
    })
}

/// `str.__str__`.
pub(super) fn to_str(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__str__", 0)?;
    Ok(a[0].clone())
}

/// `str.__format__`: the format-spec mini-language applied to the text.
pub(super) fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::str::clinic_args(&args, "__format__", 1, 1)?;
    let Value::Str(spec) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&a[1])
        )));
    };
    Ok(Value::string(vm.format(&a[0], spec.as_str())?))
}

/// `str.__repr__`.
pub(super) fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands(&args, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&a[0])?))
}
