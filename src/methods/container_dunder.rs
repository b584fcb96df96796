//! The special methods of the built-in containers called by name
//! (`[].__len__()`, `d.__getitem__(k)`, `l.__setitem__(s, v)`): each runs
//! the operation its syntax runs.

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
];

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
    let allowed = match name {
        "__len__" | "__contains__" | "__iter__" => container,
        "__getitem__" => container && subscriptable,
        "__setitem__" | "__delitem__" => mutable,
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
