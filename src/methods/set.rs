//! Methods of `set` and `frozenset`, and the set algebra the operators
//! share, each building its result the way CPython 3.11's
//! `Objects/setobject.c` does (which decides the result's iteration order).

use std::rc::Rc;

use crate::objects::dict::needs_vm_eq;
use crate::objects::set::{pop_empty_error, SetTable};
use crate::objects::{Args, PyErr, PyResult, PySet, Value};
use crate::vm::Vm;

use super::MethodTable;

/// `set` methods.
pub const METHODS: MethodTable = &[
    ("add", add),
    ("clear", clear),
    ("copy", copy),
    ("difference", difference),
    ("difference_update", difference_update),
    ("discard", discard),
    ("intersection", intersection),
    ("intersection_update", intersection_update),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("pop", pop),
    ("remove", remove),
    ("symmetric_difference", symmetric_difference),
    ("symmetric_difference_update", symmetric_difference_update),
    ("union", union),
    ("update", update),
];

/// `frozenset` methods.
pub const FROZENSET_METHODS: MethodTable = &[
    ("copy", copy),
    ("difference", difference),
    ("intersection", intersection),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("symmetric_difference", symmetric_difference),
    ("union", union),
];

fn set_of(v: &Value) -> &Rc<PySet> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => s,
        _ => unreachable!("set method called on a set"),
    }
}

fn any_set(v: &Value) -> Option<&Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

fn type_word(v: &Value) -> &'static str {
    if matches!(v, Value::FrozenSet(_)) {
        "frozenset"
    } else {
        "set"
    }
}

/// A new set or frozenset (the same type as `like`) owning `table`.
fn wrap(like: &Value, table: SetTable) -> Value {
    let set = Rc::new(PySet::from_table(table));
    if matches!(like, Value::FrozenSet(_)) {
        Value::FrozenSet(set)
    } else {
        Value::Set(set)
    }
}

/// Self and exactly one argument, with CPython's messages (`METH_O`).
fn one_arg<'a>(args: &Args<'a>, what: &str, self_: &Value) -> PyResult<(&'a Value, &'a Value)> {
    let name = format!("{}.{what}", type_word(self_));
    args.no_kwargs(&name)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            pos.len() - 1
        )));
    }
    Ok((&pos[0], &pos[1]))
}

/// Self only (`METH_NOARGS`).
fn no_args<'a>(args: &Args<'a>, what: &str) -> PyResult<&'a Value> {
    let pos = args.values;
    let name = format!("{}.{what}", type_word(&pos[0]));
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{name}() takes no arguments ({} given)",
            pos.len() - 1
        )));
    }
    Ok(&pos[0])
}

/// Self and any number of positional arguments (`METH_VARARGS`).
fn var_args<'a>(args: &Args<'a>, what: &str) -> PyResult<(&'a Value, &'a [Value])> {
    let pos = args.pos();
    args.no_kwargs(&format!("{}.{what}", type_word(&pos[0])))?;
    Ok((&pos[0], &pos[1..]))
}

/// `set(iterable)` / `frozenset(iterable)`: `name` is the type.
pub fn construct(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    args.no_kwargs(name)?;
    let a = args.check_count(name, 0, 1)?;
    if name == "frozenset" {
        if let Some(v @ Value::FrozenSet(_)) = a.first() {
            return Ok(v.clone());
        }
    }
    let set = Rc::new(PySet::new());
    if let Some(src) = a.first() {
        update_set(vm, &set, src)?;
    }
    Ok(if name == "set" {
        Value::Set(set)
    } else {
        Value::FrozenSet(set)
    })
}

/// `set_update_internal`: adds the items of any iterable to `target`
/// (a set or frozenset merges, a dict adds its keys after one big resize,
/// anything else adds item by item). Also `{*iterable}` in displays.
pub fn update_set(vm: &mut Vm, target: &Rc<PySet>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) | Value::FrozenSet(o) if !has_user_keys(target) && !has_user_keys(o) => {
            if !Rc::ptr_eq(target, o) {
                target.table_mut().merge(&o.table());
            }
        }
        Value::Dict(d) => {
            let keys: Vec<(i64, Value)> = d
                .map()
                .keys()
                .map(|k| (k.hash(), k.value().clone()))
                .collect();
            if has_user_keys(target) || keys.iter().any(|(_, k)| needs_vm_eq(k)) {
                for (h, k) in keys {
                    vm.set_add_hashed(target, k, h)?;
                }
                return Ok(());
            }
            let mut t = target.table_mut();
            t.presize(keys.len());
            for (h, k) in keys {
                t.add(h, k);
            }
        }
        _ => for_each_hashed(vm, other, false, |vm, k, h| {
            vm.set_add_hashed(target, k, h)?;
            Ok(true)
        })?,
    }
    Ok(())
}

/// Calls `f` with each item of `other` and its hash until it returns
/// false: the stored hashes of a set's members (CPython does not call
/// `__hash__` again), else each item hashed as it comes. With `lookup`, a
/// `set` item hashes as the equal frozenset.
fn for_each_hashed(
    vm: &mut Vm,
    other: &Value,
    lookup: bool,
    mut f: impl FnMut(&mut Vm, Value, i64) -> PyResult<bool>,
) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        let entries = o.entries();
        for (h, k) in entries {
            if !f(vm, k, h)? {
                break;
            }
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(v) = vm.iter_next(&it)? {
        let h = if lookup {
            vm.set_lookup_hash(&v)?
        } else {
            vm.hash(&v)?
        };
        if !f(vm, v, h)? {
            break;
        }
    }
    Ok(())
}

/// A set as a value (the set type: only its members matter here).
fn set_value(s: &Rc<PySet>) -> Value {
    Value::Set(s.clone())
}

/// True when comparing keys of `s` may call a user `__eq__`: the table
/// algorithms between two sets compare natively, so such sets go key by
/// key through the VM instead.
fn has_user_keys(s: &PySet) -> bool {
    s.table().has_user_keys()
}

/// A fresh table of the items of any iterable (`make_new_set`).
fn table_of(vm: &mut Vm, iterable: &Value) -> PyResult<Rc<PySet>> {
    let set = Rc::new(PySet::new());
    update_set(vm, &set, iterable)?;
    Ok(set)
}

/// `a.copy()`-like result of `a`'s type.
fn copy_of(a: &Value) -> Value {
    wrap(a, set_of(a).table().copy())
}

/// `set_union` / `a | b`: a copy of `a` updated with each other iterable.
pub fn union_of(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<Value> {
    let result = copy_of(a);
    let target = set_of(&result).clone();
    for other in others {
        if other.is(a) {
            continue;
        }
        update_set(vm, &target, other)?;
    }
    Ok(result)
}

/// `set_intersection`: a new set of `a`'s type.
pub fn intersection_of(vm: &mut Vm, a: &Value, other: &Value) -> PyResult<Value> {
    if other.is(a) {
        return Ok(copy_of(a));
    }
    let so = set_of(a);
    if let Some(o) = any_set(other).filter(|o| !has_user_keys(so) && !has_user_keys(o)) {
        let t = so.table().intersection(&o.table());
        return Ok(wrap(a, t));
    }
    let result = Rc::new(PySet::new());
    // Between two sets CPython walks the smaller one.
    let (big, small) = match any_set(other) {
        Some(o) if o.len() > so.len() => (o.clone(), set_value(so)),
        Some(o) => (so.clone(), set_value(o)),
        None => (so.clone(), other.clone()),
    };
    let limit = big.len();
    for_each_hashed(vm, &small, true, |vm, k, h| {
        if vm.set_contains_hashed(&big, &k, h)? {
            vm.set_add_hashed(&result, k, h)?;
            if any_set(other).is_none() && result.len() >= limit {
                return Ok(false);
            }
        }
        Ok(true)
    })?;
    let t = std::mem::take(&mut *result.table_mut());
    Ok(wrap(a, t))
}

/// `set_intersection_multi`: `a & b1 & b2 ...` (a copy when no others).
pub fn intersection_multi(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return Ok(copy_of(a));
    }
    let mut result = a.clone();
    for other in others {
        result = intersection_of(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`: removes the items of `other` from `so`.
pub fn difference_update_set(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        if Rc::ptr_eq(so, o) {
            so.table_mut().clear();
            return Ok(());
        }
        if !has_user_keys(so) && !has_user_keys(o) {
            so.table_mut().difference_update(&o.table());
            return Ok(());
        }
    }
    for_each_hashed(vm, other, true, |vm, k, h| {
        vm.set_discard_hashed(so, &k, h)?;
        Ok(true)
    })?;
    so.table_mut().compact();
    Ok(())
}

/// `set_difference`: `a - other` as a new set of `a`'s type.
pub fn difference_of(vm: &mut Vm, a: &Value, other: &Value) -> PyResult<Value> {
    let so = set_of(a);
    let other_size = match other {
        Value::Set(o) | Value::FrozenSet(o) => Some(o.len()),
        Value::Dict(d) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (so.len() >> 2) <= n && !has_user_keys(so) => {}
        _ => {
            let result = copy_of(a);
            difference_update_set(vm, set_of(&result), other)?;
            return Ok(result);
        }
    }
    if let Some(o) = any_set(other) {
        if has_user_keys(o) {
            let result = copy_of(a);
            difference_update_set(vm, set_of(&result), other)?;
            return Ok(result);
        }
        let t = so.table().difference(&o.table());
        return Ok(wrap(a, t));
    }
    let Value::Dict(d) = other else {
        unreachable!("a dict")
    };
    let mut t = SetTable::new();
    let keys: Vec<(i64, Value)> = so.table().iter().map(|(h, k)| (h, k.clone())).collect();
    for (h, k) in keys {
        if d.get(&k)?.is_none() {
            t.add(h, k);
        }
    }
    Ok(wrap(a, t))
}

/// `set_difference_multi`: the first difference builds the result, the
/// others are removed from it in place.
pub fn difference_multi(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(copy_of(a));
    };
    let result = difference_of(vm, a, first)?;
    for other in rest {
        difference_update_set(vm, set_of(&result), other)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
pub fn symmetric_difference_update_set(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    let user_keys = has_user_keys(so) || any_set(other).is_some_and(|o| has_user_keys(o));
    if user_keys {
        let o = match any_set(other) {
            Some(o) if Rc::ptr_eq(so, o) => {
                so.table_mut().clear();
                return Ok(());
            }
            Some(o) => o.clone(),
            None => table_of(vm, other)?,
        };
        for (h, k) in o.entries() {
            if vm.set_discard_hashed(so, &k, h)?.is_none() {
                vm.set_add_hashed(so, k, h)?;
            }
        }
        return Ok(());
    }
    match other {
        Value::Set(o) | Value::FrozenSet(o) => {
            if Rc::ptr_eq(so, o) {
                so.table_mut().clear();
            } else {
                so.table_mut().symmetric_difference_update(&o.table());
            }
        }
        Value::Dict(d) => {
            let keys: Vec<(i64, Value)> = d
                .map()
                .keys()
                .map(|k| (k.hash(), k.value().clone()))
                .collect();
            let mut t = so.table_mut();
            for (h, k) in keys {
                if t.discard(h, &k).is_none() {
                    t.add(h, k);
                }
            }
        }
        _ => {
            let o = table_of(vm, other)?;
            so.table_mut().symmetric_difference_update(&o.table());
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a new set (of `a`'s type) of `other`'s
/// items, then updated with `a`.
pub fn symmetric_difference_of(vm: &mut Vm, a: &Value, other: &Value) -> PyResult<Value> {
    let result = table_of(vm, other)?;
    symmetric_difference_update_set(vm, &result, a)?;
    let t = std::mem::take(&mut *result.table_mut());
    Ok(wrap(a, t))
}

/// `a <op> b` and `a <op>= b` for `|`, `&`, `-`, `^` between two sets; the
/// in-place forms mutate a `set` left operand and return it.
pub fn binary(
    vm: &mut Vm,
    op: crate::bytecode::BinaryOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> PyResult<Value> {
    use crate::bytecode::BinaryOp;
    let target = match a {
        Value::Set(s) if inplace => Some(s),
        _ => None,
    };
    match (op, target) {
        (BinaryOp::Or, Some(s)) => update_set(vm, s, b)?,
        (BinaryOp::And, Some(s)) => {
            let r = intersection_of(vm, a, b)?;
            let t = std::mem::take(&mut *set_of(&r).table_mut());
            s.table_mut().replace_body(t);
        }
        (BinaryOp::Sub, Some(s)) => difference_update_set(vm, s, b)?,
        (BinaryOp::Xor, Some(s)) => symmetric_difference_update_set(vm, s, b)?,
        (BinaryOp::Or, None) => return union_of(vm, a, std::slice::from_ref(b)),
        (BinaryOp::And, None) => return intersection_of(vm, a, b),
        (BinaryOp::Sub, None) => return difference_of(vm, a, b),
        (_, None) => return symmetric_difference_of(vm, a, b),
        (_, Some(_)) => unreachable!("a set operator"),
    }
    Ok(a.clone())
}

/// `set.issubset`: true when every element of `a` is in `other`.
fn is_subset(vm: &mut Vm, a: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let o = match any_set(other) {
        Some(o) => o.clone(),
        None => table_of(vm, other)?,
    };
    if has_user_keys(a) || has_user_keys(&o) {
        if a.len() > o.len() {
            return Ok(false);
        }
        for (h, k) in a.entries() {
            if !vm.set_contains_hashed(&o, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let r = a.table().is_subset(&o.table());
    Ok(r)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, v) = one_arg(&args, "add", &args.values[0])?;
    vm.set_add(set_of(s), v.clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, v) = one_arg(&args, "discard", &args.values[0])?;
    vm.set_discard(set_of(s), v)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, v) = one_arg(&args, "remove", &args.values[0])?;
    if vm.set_discard(set_of(s), v)?.is_some() {
        Ok(Value::None)
    } else {
        Err(PyErr::key_error(v.clone()))
    }
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(&args, "pop")?;
    let popped = set_of(s).table_mut().pop();
    popped.ok_or_else(pop_empty_error)
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(&args, "clear")?;
    set_of(s).table_mut().clear();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = no_args(&args, "copy")?;
    if let Value::FrozenSet(_) = s {
        return Ok(s.clone());
    }
    Ok(copy_of(s))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = var_args(&args, "update")?;
    for other in others {
        update_set(vm, set_of(s), other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = var_args(&args, "union")?;
    union_of(vm, s, others)
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = var_args(&args, "intersection")?;
    intersection_multi(vm, s, others)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = var_args(&args, "intersection_update")?;
    let r = intersection_multi(vm, s, others)?;
    if !r.is(s) {
        let t = std::mem::take(&mut *set_of(&r).table_mut());
        set_of(s).table_mut().replace_body(t);
    }
    Ok(Value::None)
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = var_args(&args, "difference")?;
    difference_multi(vm, s, others)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, others) = var_args(&args, "difference_update")?;
    for other in others {
        difference_update_set(vm, set_of(s), other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_arg(&args, "symmetric_difference", &args.values[0])?;
    symmetric_difference_of(vm, s, other)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_arg(&args, "symmetric_difference_update", &args.values[0])?;
    symmetric_difference_update_set(vm, set_of(s), other)?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_arg(&args, "issubset", &args.values[0])?;
    Ok(Value::Bool(is_subset(vm, set_of(s), other)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_arg(&args, "issuperset", &args.values[0])?;
    let so = set_of(s);
    if let Some(o) = any_set(other).filter(|o| !has_user_keys(so) && !has_user_keys(o)) {
        let r = o.table().is_subset(&so.table());
        return Ok(Value::Bool(r));
    }
    if let Some(o) = any_set(other) {
        return Ok(Value::Bool(is_subset(vm, o, s)?));
    }
    let mut all = true;
    for_each_hashed(vm, other, true, |vm, k, h| {
        all = vm.set_contains_hashed(so, &k, h)?;
        Ok(all)
    })?;
    Ok(Value::Bool(all))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_arg(&args, "isdisjoint", &args.values[0])?;
    let so = set_of(s);
    if let Some(o) = any_set(other).filter(|o| !has_user_keys(so) && !has_user_keys(o)) {
        if Rc::ptr_eq(so, o) {
            return Ok(Value::Bool(so.is_empty()));
        }
        let (a, b) = (so.table(), o.table());
        let (small, big) = if a.len() > b.len() {
            (&b, &a)
        } else {
            (&a, &b)
        };
        let r = small.iter().all(|(h, k)| !big.contains(h, k));
        return Ok(Value::Bool(r));
    }
    // Between two sets CPython walks the smaller one.
    let (big, small) = match any_set(other) {
        Some(o) if o.len() < so.len() => (so.clone(), set_value(o)),
        Some(o) => (o.clone(), s.clone()),
        None => (so.clone(), other.clone()),
    };
    let mut disjoint = true;
    for_each_hashed(vm, &small, true, |vm, k, h| {
        disjoint = !vm.set_contains_hashed(&big, &k, h)?;
        Ok(disjoint)
    })?;
    Ok(Value::Bool(disjoint))
}
