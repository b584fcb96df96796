//! The special methods of the built-in containers called by name
//! (`[].__len__()`, `d.__getitem__(k)`, `a.__add__(b)`, `s.__eq__(t)`):
//! each runs the operation its syntax runs, returning `NotImplemented`
//! where the slot would (an operand of another type).

use crate::bytecode::{BinaryOp, CompareOp};
use crate::objects::{Args, PyResult, Value};
use crate::vm::Vm;

use super::MethodTable;

/// Special methods shared by list, tuple, dict, set, frozenset, str, bytes and range.
pub const METHODS: MethodTable = &[
    ("__len__", len),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__str__", str),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__iadd__", iadd),
    ("__imul__", imul),
    ("__or__", or),
    ("__and__", and),
    ("__sub__", sub),
    ("__xor__", xor),
    ("__reversed__", reversed),
    ("__hash__", hash),
];

/// The mutable containers, whose `__hash__` is None (they are unhashable).
pub fn unhashable(obj: &Value) -> bool {
    matches!(
        obj,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)
    )
}

/// The special method `name` of a built-in container, if it has it.
pub fn lookup(obj: &Value, name: &str) -> Option<(&'static str, crate::objects::BuiltinFn)> {
    use Value as V;
    let mutable = matches!(obj, V::List(_) | V::Dict(_) | V::ByteArray(_));
    let container = mutable
        || matches!(
            obj,
            V::Tuple(_) | V::Set(_) | V::FrozenSet(_) | V::Str(_) | V::Bytes(_) | V::Range(_)
        );
    let subscriptable = !matches!(obj, V::Set(_) | V::FrozenSet(_));
    let sequence = matches!(
        obj,
        V::List(_) | V::Tuple(_) | V::Str(_) | V::Bytes(_) | V::ByteArray(_)
    );
    let setlike = matches!(obj, V::Set(_) | V::FrozenSet(_));
    let allowed = match name {
        "__len__" | "__contains__" | "__iter__" | "__repr__" | "__str__" | "__eq__" | "__ne__" => {
            container
        }
        "__getitem__" => container && subscriptable,
        "__setitem__" | "__delitem__" => mutable,
        "__lt__" | "__le__" | "__gt__" | "__ge__" => sequence || setlike,
        "__add__" | "__mul__" | "__rmul__" => sequence,
        "__iadd__" | "__imul__" => matches!(obj, V::List(_) | V::ByteArray(_)),
        "__or__" => setlike || matches!(obj, V::Dict(_)),
        "__and__" | "__sub__" | "__xor__" => setlike,
        "__reversed__" => matches!(obj, V::List(_) | V::Dict(_)),
        "__hash__" => container && !unhashable(obj),
        _ => false,
    };
    if !allowed {
        return None;
    }
    METHODS.iter().find(|(n, _)| *n == name).copied()
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__len__", 1, 1)?;
    crate::stdlib::builtins::len_of(vm, &a[0]).map(|n| Value::Int(n as i64))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__contains__", 2, 2)?;
    vm.contains(&a[0], &a[1]).map(Value::Bool)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__getitem__", 2, 2)?;
    vm.get_item(&a[0], &a[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__setitem__", 3, 3)?;
    vm.set_item(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__delitem__", 2, 2)?;
    vm.del_item(&a[0], &a[1])?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__iter__", 1, 1)?;
    vm.get_iter(&a[0])
}

/// True when `b` is an operand the slots of `a`'s type accept.
fn same_kind(a: &Value, b: &Value) -> bool {
    use Value as V;
    matches!(
        (a, b),
        (V::List(_), V::List(_))
            | (V::Tuple(_), V::Tuple(_))
            | (V::Dict(_), V::Dict(_))
            | (V::Str(_), V::Str(_))
            | (V::Range(_), V::Range(_))
            | (V::Set(_) | V::FrozenSet(_), V::Set(_) | V::FrozenSet(_))
            | (V::Bytes(_) | V::ByteArray(_), V::Bytes(_) | V::ByteArray(_))
    )
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__repr__", 1, 1)?;
    vm.repr(&a[0]).map(Value::string)
}

fn str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__str__", 1, 1)?;
    vm.str(&a[0]).map(Value::string)
}

/// A rich comparison slot: `NotImplemented` for another kind of operand.
fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let a = args.check_method_count(name, 2, 2)?;
    if !same_kind(&a[0], &a[1]) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, &a[0], &a[1])
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", CompareOp::Eq)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", CompareOp::Ne)
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", CompareOp::Lt)
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", CompareOp::Le)
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", CompareOp::Gt)
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", CompareOp::Ge)
}

/// A binary operator slot for operands of the same kind.
fn binary(vm: &mut Vm, args: Args, name: &str, op: BinaryOp, inplace: bool) -> PyResult<Value> {
    let a = args.check_method_count(name, 2, 2)?;
    if !same_kind(&a[0], &a[1]) {
        return Ok(Value::NotImplemented);
    }
    vm.binary_op(op, &a[0], &a[1], inplace)
}

/// `seq + other`: sequences concatenate or raise, never `NotImplemented`.
fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__add__", 2, 2)?;
    vm.binary_op(BinaryOp::Add, &a[0], &a[1], false)
}

fn or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__or__", BinaryOp::Or, false)
}

fn and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__and__", BinaryOp::And, false)
}

fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__sub__", BinaryOp::Sub, false)
}

fn xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "__xor__", BinaryOp::Xor, false)
}

/// The repeat count of `seq * n`, which must be an int.
fn count_arg(n: &Value) -> PyResult<()> {
    if matches!(n, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Ok(());
    }
    Err(crate::objects::PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        crate::vm::ops::type_name(n)
    )))
}

/// `seq * n` (and `n * seq`).
fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__mul__", 2, 2)?;
    count_arg(&a[1])?;
    vm.binary_op(BinaryOp::Mul, &a[0], &a[1], false)
}

/// `list += iterable`.
fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__iadd__", 2, 2)?;
    vm.binary_op(BinaryOp::Add, &a[0], &a[1], true)
}

/// `list *= n`.
fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__imul__", 2, 2)?;
    count_arg(&a[1])?;
    vm.binary_op(BinaryOp::Mul, &a[0], &a[1], true)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__hash__", 1, 1)?;
    vm.hash(&a[0]).map(Value::Int)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("__reversed__", 1, 1)?;
    let f = vm.builtins.get_str("reversed").unwrap_or(Value::None);
    vm.call_positional(&f, &a[..1])
}
