//! Methods of `list` and `tuple`.

use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::MethodTable;

/// `list` methods.
pub const METHODS: MethodTable = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
    ("sort", sort),
];

/// `tuple` methods.
pub const TUPLE_METHODS: MethodTable = &[("index", index), ("count", count)];

fn items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn list_of(v: &Value) -> &crate::objects::PyList {
    match v {
        Value::List(l) => l,
        _ => unreachable!("list method called on a list"),
    }
}

/// An index argument converted as C `Py_ssize_t` (`insert`, `pop`): ints
/// past 64 bits are an OverflowError.
fn ssize_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        other => super::args::index_arg(other),
    }
}

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("list.append", 2, 2)?;
    list_of(&a[0]).items.borrow_mut().push(a[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("list.extend", 2, 2)?;
    let new = vm.collect(&a[1])?;
    list_of(&a[0]).items.borrow_mut().extend(new);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("pop", 1, 2)?;
    let i = match a.get(1) {
        Some(v) => Some(ssize_arg(v)?),
        None => None,
    };
    let mut items = list_of(&a[0]).items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let len = items.len() as i64;
    let i = i.unwrap_or(len - 1);
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(items.remove(i as usize))
}

fn insert(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("insert", 3, 3)?;
    let mut items = list_of(&a[0]).items.borrow_mut();
    let len = items.len() as i64;
    let i = ssize_arg(&a[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(i as usize, a[2].clone());
    Ok(Value::None)
}

/// Item `i` of a list or tuple as it is now (a list may change while its
/// items are compared).
fn item_at(seq: &Value, i: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.items.borrow().get(i).cloned(),
        Value::Tuple(t) => t.items.get(i).cloned(),
        _ => None,
    }
}

/// The first index in `start..stop` (and within the live length) whose item
/// equals `x`.
fn position(
    vm: &mut Vm,
    seq: &Value,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(v) = item_at(seq, i) else { break };
        if v.is(x) || vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("list.remove", 2, 2)?;
    if let Some(i) = position(vm, &a[0], &a[1], 0, usize::MAX)? {
        let mut items = list_of(&a[0]).items.borrow_mut();
        if i < items.len() {
            items.remove(i);
        }
        return Ok(Value::None);
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("index", 2, 4)?;
    let len = items_len(&a[0]) as i64;
    let bound = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        let Some(v) = v else { return Ok(default) };
        let i = super::args::index_arg(v).map_err(|_| {
            PyErr::type_error("slice indices must be integers or have an __index__ method")
        })?;
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
    };
    let (start, stop) = (bound(a.get(2), 0)?, bound(a.get(3), len as usize)?);
    match position(vm, &a[0], &a[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error(match &a[0] {
            Value::Tuple(_) => "tuple.index(x): x not in tuple".to_owned(),
            _ => format!("{} is not in list", vm.repr(&a[1])?),
        })),
    }
}

fn items_len(seq: &Value) -> usize {
    match seq {
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        _ => 0,
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.values.first() {
        Some(Value::Tuple(_)) => "tuple.count",
        _ => "list.count",
    };
    let a = args.check_method_count(name, 2, 2)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = item_at(&a[0], i) {
        if v.is(&a[1]) || vm.eq(&v, &a[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("list.reverse", 1, 1)?;
    list_of(&a[0]).items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("list.copy", 1, 1)?;
    Ok(Value::list(items(&a[0])))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("list.clear", 1, 1)?;
    list_of(&a[0]).items.borrow_mut().clear();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    let mut key = Value::None;
    let mut reverse = false;
    let nkw = args.kwargs().count();
    if nkw > 2 {
        return Err(PyErr::type_error(format!(
            "sort() takes at most 2 keyword arguments ({nkw} given)"
        )));
    }
    for (name, v) in args.kwargs() {
        match name {
            "key" => key = v.clone(),
            "reverse" => {
                reverse = match v {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    Value::BigInt(_) => true,
                    other => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            crate::vm::ops::type_name(other)
                        )))
                    }
                }
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{name}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    if a.len() != 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let list = list_of(&a[0]);
    let values = std::mem::take(&mut *list.items.borrow_mut());
    let (sorted, result) = super::sort::sort(vm, values, &key, reverse);
    // The list looks empty while sorting; anything put in it meanwhile is dropped.
    let modified = !std::mem::replace(&mut *list.items.borrow_mut(), sorted).is_empty();
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}
