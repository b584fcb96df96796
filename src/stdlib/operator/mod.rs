//! The `operator` module: CPython's pure-Python `Lib/operator.py` in
//! `operator.py`, with `index` (it needs the `__index__` protocol's exact
//! errors) and the comparison and arithmetic functions native (built-in
//! functions, as CPython's, and fast as `reduce` and `sorted` keys).

use std::rc::Rc;

use crate::bytecode::{BinaryOp, CompareOp};
use crate::methods::number::protocol::to_index;
use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// The `operator` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[
        ("index", index),
        ("lt", lt),
        ("le", le),
        ("eq", eq),
        ("ne", ne),
        ("ge", ge),
        ("gt", gt),
        ("add", add),
        ("and_", and_),
        ("floordiv", floordiv),
        ("lshift", lshift),
        ("mod", mod_),
        ("mul", mul),
        ("matmul", matmul),
        ("or_", or_),
        ("pow", pow),
        ("rshift", rshift),
        ("sub", sub),
        ("truediv", truediv),
        ("xor", xor),
    ]);
    super::pysource::run_into(vm, &dict, "operator", include_str!("operator.py"));
    dict
}

/// `operator.index(a)`: `a.__index__()`, with CPython's TypeError.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("index")?;
    let a = args.check_count("index", 1, 1)?;
    match to_index(vm, &a[0])? {
        Some(i) => Ok(Value::from_int(i)),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&a[0])
        ))),
    }
}

/// The two operands of a binary operator function.
fn operands<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        args.no_kwargs(&format!("_operator.{name}"))?;
    }
    args.check_count(name, 2, 2)
}

macro_rules! binary {
    ($($name:ident, $py:literal, $op:expr;)*) => {$(
        /// `operator.
        #[doc = $py]
        /// (a, b)`: the binary operator on `a` and `b`.
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = operands(&args, $py)?;
            vm.binary_op($op, &a[0], &a[1], false)
        }
    )*};
}

binary! {
    add, "add", BinaryOp::Add;
    and_, "and_", BinaryOp::And;
    floordiv, "floordiv", BinaryOp::FloorDiv;
    lshift, "lshift", BinaryOp::LShift;
    mod_, "mod", BinaryOp::Mod;
    mul, "mul", BinaryOp::Mul;
    matmul, "matmul", BinaryOp::MatMul;
    or_, "or_", BinaryOp::Or;
    pow, "pow", BinaryOp::Pow;
    rshift, "rshift", BinaryOp::RShift;
    sub, "sub", BinaryOp::Sub;
    truediv, "truediv", BinaryOp::TrueDiv;
    xor, "xor", BinaryOp::Xor;
}

macro_rules! compare {
    ($($name:ident, $py:literal, $op:expr;)*) => {$(
        /// `operator.
        #[doc = $py]
        /// (a, b)`: the comparison of `a` and `b`.
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = operands(&args, $py)?;
            vm.compare($op, &a[0], &a[1])
        }
    )*};
}

compare! {
    lt, "lt", CompareOp::Lt;
    le, "le", CompareOp::Le;
    eq, "eq", CompareOp::Eq;
    ne, "ne", CompareOp::Ne;
    ge, "ge", CompareOp::Ge;
    gt, "gt", CompareOp::Gt;
}
