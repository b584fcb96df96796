//! `list.sort`: CPython's algorithm as far as it can be observed. Runs are
//! found and extended with binary insertion exactly as `listsort` does, so
//! a list shorter than 64 items is sorted with the same `<` calls in the same
//! order (user `__lt__` side effects and error messages match); longer
//! lists merge the runs with a plain stable merge. Only `<` is used, and
//! on an error the items stay in whatever order the sort had reached.

use std::cmp::Ordering;

use crate::bytecode::CompareOp;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// A key and the item it was computed from.
type Entry = (Value, Value);

/// `x < y` as a truth value (CPython's `ISLT`).
fn lt(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    if let (Value::Int(a), Value::Int(b)) = (x, y) {
        return Ok(a < b);
    }
    let r = vm.compare(CompareOp::Lt, x, y)?;
    vm.is_true(&r)
}

/// Sorts `values` by `key` (None: the values themselves), stably, with
/// `reverse` as CPython applies it (reversing before and after, so equal
/// items keep their order). Returns the items and the error, if any.
pub fn sort(
    vm: &mut Vm,
    values: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> (Vec<Value>, PyResult<()>) {
    let mut entries: Vec<Entry> = Vec::with_capacity(values.len());
    if key.is_none() {
        entries.extend(values.iter().map(|v| (v.clone(), v.clone())));
    } else {
        for v in &values {
            match vm.call_positional(key, std::slice::from_ref(v)) {
                Ok(k) => entries.push((k, v.clone())),
                Err(e) => return (values, Err(e)),
            }
        }
    }
    drop(values);
    if reverse {
        entries.reverse();
    }
    let result = match native_order(&entries) {
        Some(order) => {
            entries.sort_by(|a, b| order(&a.0, &b.0));
            Ok(())
        }
        None => timsort(vm, &mut entries),
    };
    if reverse {
        entries.reverse();
    }
    (entries.into_iter().map(|(_, v)| v).collect(), result)
}

/// A native order for keys that are all ints or all strs: no Python code
/// can observe their comparisons.
fn native_order(entries: &[Entry]) -> Option<fn(&Value, &Value) -> Ordering> {
    fn ints(a: &Value, b: &Value) -> Ordering {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => x.cmp(y),
            _ => Ordering::Equal,
        }
    }
    fn strs(a: &Value, b: &Value) -> Ordering {
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            _ => Ordering::Equal,
        }
    }
    match &entries.first()?.0 {
        Value::Int(_) if entries.iter().all(|e| matches!(e.0, Value::Int(_))) => Some(ints),
        Value::Str(_) if entries.iter().all(|e| matches!(e.0, Value::Str(_))) => Some(strs),
        _ => None,
    }
}

/// `merge_compute_minrun`: the run length below which runs are extended.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `count_run`: the length of the run starting at `lo`, and whether it is
/// strictly descending.
fn count_run(vm: &mut Vm, a: &[Entry], lo: usize) -> PyResult<(usize, bool)> {
    if lo + 1 == a.len() {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(vm, &a[lo + 1].0, &a[lo].0)? {
        while lo + n < a.len() && lt(vm, &a[lo + n].0, &a[lo + n - 1].0)? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while lo + n < a.len() && !lt(vm, &a[lo + n].0, &a[lo + n - 1].0)? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// `binarysort`: extends the sorted `a[lo..start]` to `a[lo..hi]` by binary insertion.
fn binary_sort(vm: &mut Vm, a: &mut [Entry], lo: usize, hi: usize, start: usize) -> PyResult<()> {
    let start = if lo == start { start + 1 } else { start };
    for s in start..hi {
        let (mut l, mut r) = (lo, s);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, &a[s].0, &a[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        a[l..=s].rotate_right(1);
    }
    Ok(())
}

/// Splits `a` into runs as CPython does (each at least `minrun` long but
/// the last), then merges neighbouring runs until one is left.
fn timsort(vm: &mut Vm, a: &mut [Entry]) -> PyResult<()> {
    let total = a.len();
    if total < 2 {
        return Ok(());
    }
    let min = minrun(total);
    let mut runs = Vec::new();
    let mut lo = 0;
    while lo < total {
        let (mut n, descending) = count_run(vm, a, lo)?;
        if descending {
            a[lo..lo + n].reverse();
        }
        if n < min {
            let force = min.min(total - lo);
            binary_sort(vm, a, lo, lo + force, lo + n)?;
            n = force;
        }
        runs.push(lo..lo + n);
        lo += n;
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            match pair {
                [x, y] => {
                    merge(vm, a, x.start, x.end, y.end)?;
                    merged.push(x.start..y.end);
                }
                [x] => merged.push(x.clone()),
                _ => {}
            }
        }
        runs = merged;
    }
    Ok(())
}

/// Merges the sorted `a[lo..mid]` and `a[mid..hi]`, taking from the right
/// only when strictly smaller (stable). On an error every item is kept.
fn merge(vm: &mut Vm, a: &mut [Entry], lo: usize, mid: usize, hi: usize) -> PyResult<()> {
    let left: Vec<Entry> = a[lo..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, lo);
    let mut error: Option<PyErr> = None;
    while i < left.len() && j < hi {
        match lt(vm, &a[j].0, &left[i].0) {
            Ok(true) => {
                a.swap(k, j);
                j += 1;
            }
            Ok(false) => {
                a[k] = left[i].clone();
                i += 1;
            }
            Err(e) => {
                error = Some(e);
                break;
            }
        }
        k += 1;
    }
    // The slots `a[k..j]` are free: the rest of the left run goes there,
    // before what is left of the right run.
    for (n, e) in left[i..].iter().enumerate() {
        a[k + n] = e.clone();
    }
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::minrun;

    #[test]
    fn minrun_matches_cpython() {
        assert_eq!(minrun(10), 10);
        assert_eq!(minrun(63), 63);
        assert_eq!(minrun(64), 32);
        assert_eq!(minrun(65), 33);
        assert_eq!(minrun(2112), 33);
    }
}
