//! The searching and splitting methods of `bytes` and `bytearray`:
//! `find`/`index`/`count` and their right-hand forms, `startswith`/`endswith`,
//! `split`/`rsplit`/`splitlines`, `partition`, `replace`, `strip`, `join`
//! and the affix removers.

use crate::objects::bytes::view;
use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::{is_int, type_name};
use crate::vm::Vm;

use super::args::slice_range;
use super::bytes::{arg, byte_value, bytes_arg, c_int_arg, data, parse, same, ssize_arg, Sig};

/// True for the bytes CPython's `bytes.isspace`/`split()` treat as
/// whitespace (ASCII space, `\t\n\r\v\f`).
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The first index of `needle` in `hay[start..end]`.
pub fn find_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + start)
}

/// The last index of `needle` in `hay[start..end]`.
pub fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|i| i + start)
}

/// The needle of `find`/`count`/`index`: bytes-like or a single byte value.
pub fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if is_int(v) {
        return Ok(vec![byte_value(v)?]);
    }
    view(v).map(|d| d.to_vec()).ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))
    })
}

fn search(args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (me, a) = parse(&args, name, Sig::Tuple(1, 3))?;
    let d = data(me);
    let (start, end) = slice_range(d.len(), a[1].as_ref(), a[2].as_ref())?;
    let n = needle(arg(&a, 0))?;
    Ok(if reverse {
        rfind_in(&d, &n, start, end)
    } else {
        find_in(&d, &n, start, end)
    })
}

fn as_index(r: Option<usize>) -> Value {
    Value::Int(r.map_or(-1, |i| i as i64))
}

/// `b.find(sub[, start[, end]])`.
pub fn find(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(as_index(search(args, "find", false)?))
}

/// `b.rfind(sub[, start[, end]])`.
pub fn rfind(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(as_index(search(args, "rfind", true)?))
}

/// `b.index(sub[, start[, end]])`.
pub fn index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

/// `b.rindex(sub[, start[, end]])`.
pub fn rindex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

/// `b.count(sub[, start[, end]])`: non-overlapping occurrences.
pub fn count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "count", Sig::Tuple(1, 3))?;
    let d = data(me);
    let (start, end) = slice_range(d.len(), a[1].as_ref(), a[2].as_ref())?;
    let n = needle(arg(&a, 0))?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if n.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let mut c = 0;
    let mut i = start;
    while let Some(j) = find_in(&d, &n, i, end) {
        c += 1;
        i = j + n.len();
    }
    Ok(Value::Int(c))
}

fn affix(args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (me, a) = parse(&args, name, Sig::Tuple(1, 3))?;
    let d = data(me);
    let (start, end) = slice_range(d.len(), a[1].as_ref(), a[2].as_ref())?;
    let test = |p: &[u8]| {
        if start > end || end - start < p.len() {
            return false;
        }
        let s = &d[start..end];
        if suffix {
            s.ends_with(p)
        } else {
            s.starts_with(p)
        }
    };
    match arg(&a, 0) {
        Value::Tuple(t) => {
            for p in t.items.iter() {
                if test(&bytes_arg(p)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => match view(other) {
            Some(p) => Ok(Value::Bool(test(&p))),
            None => Err(PyErr::type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                type_name(other)
            ))),
        },
    }
}

/// `b.startswith(prefix[, start[, end]])`, `prefix` bytes or a tuple of them.
pub fn startswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "startswith", false)
}

/// `b.endswith(suffix[, start[, end]])`, `suffix` bytes or a tuple of them.
pub fn endswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "endswith", true)
}

/// The `sep` and `maxsplit` of `split`/`rsplit` (`None` sep: whitespace;
/// negative maxsplit: no limit).
fn split_args(args: &Args, name: &str) -> PyResult<(Value, Option<Vec<u8>>, usize)> {
    let (me, a) = parse(args, name, Sig::Keywords(&["sep", "maxsplit"]))?;
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?.to_vec()),
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(PyErr::value_error("empty separator"));
    }
    let maxsplit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    Ok((me.clone(), sep, maxsplit))
}

/// `b.split(sep=None, maxsplit=-1)`.
pub fn split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, sep, maxsplit) = split_args(&args, "split")?;
    let d = data(&me);
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            loop {
                while i < d.len() && is_space(d[i]) {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if parts.len() == maxsplit {
                    parts.push(same(&me, d[i..].to_vec()));
                    break;
                }
                let start = i;
                while i < d.len() && !is_space(d[i]) {
                    i += 1;
                }
                parts.push(same(&me, d[start..i].to_vec()));
            }
        }
        Some(sep) => {
            let mut start = 0;
            while parts.len() < maxsplit {
                let Some(i) = find_in(&d, &sep, start, d.len()) else {
                    break;
                };
                parts.push(same(&me, d[start..i].to_vec()));
                start = i + sep.len();
            }
            parts.push(same(&me, d[start..].to_vec()));
        }
    }
    Ok(Value::list(parts))
}

/// `b.rsplit(sep=None, maxsplit=-1)`: splits from the right.
pub fn rsplit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, sep, maxsplit) = split_args(&args, "rsplit")?;
    let d = data(&me);
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        None => {
            let mut i = d.len();
            loop {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == maxsplit {
                    parts.push(same(&me, d[..i].to_vec()));
                    break;
                }
                let end = i;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                parts.push(same(&me, d[i..end].to_vec()));
            }
        }
        Some(sep) => {
            let mut end = d.len();
            while parts.len() < maxsplit {
                let Some(i) = rfind_in(&d, &sep, 0, end) else {
                    break;
                };
                parts.push(same(&me, d[i + sep.len()..end].to_vec()));
                end = i;
            }
            parts.push(same(&me, d[..end].to_vec()));
        }
    }
    parts.reverse();
    Ok(Value::list(parts))
}

/// `b.splitlines(keepends=False)`: splits at `\n`, `\r` and `\r\n`.
pub fn splitlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "splitlines", Sig::Keywords(&["keepends"]))?;
    let keep = match &a[0] {
        Some(v) => c_int_arg(v)? != 0,
        None => false,
    };
    let d = data(me);
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let brk = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + brk } else { i };
        parts.push(same(me, d[start..end].to_vec()));
        i += brk;
        start = i;
    }
    if start < d.len() {
        parts.push(same(me, d[start..].to_vec()));
    }
    Ok(Value::list(parts))
}

fn partition_with(args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (me, a) = parse(&args, name, Sig::One)?;
    let sep = bytes_arg(arg(&a, 0))?.to_vec();
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let d = data(me);
    let found = if reverse {
        rfind_in(&d, &sep, 0, d.len())
    } else {
        find_in(&d, &sep, 0, d.len())
    };
    let parts = match found {
        Some(i) => [&d[..i], &sep[..], &d[i + sep.len()..]],
        None if reverse => [&[][..], &[][..], &d[..]],
        None => [&d[..], &[][..], &[][..]],
    };
    Ok(Value::tuple(
        parts.iter().map(|p| same(me, p.to_vec())).collect(),
    ))
}

/// `b.partition(sep)`: (before, sep, after) at the first `sep`.
pub fn partition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_with(args, "partition", false)
}

/// `b.rpartition(sep)`: (before, sep, after) at the last `sep`.
pub fn rpartition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_with(args, "rpartition", true)
}

/// `b.replace(old, new[, count])`.
pub fn replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "replace", Sig::Positional(2, 3))?;
    let old = bytes_arg(arg(&a, 0))?.to_vec();
    let new = bytes_arg(arg(&a, 1))?.to_vec();
    let limit = match &a[2] {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let mut left = usize::try_from(limit).unwrap_or(usize::MAX);
    let d = data(me);
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        // The replacement goes before every byte and at the end.
        let mut i = 0;
        while i <= d.len() && left > 0 {
            out.extend_from_slice(&new);
            if let Some(&b) = d.get(i) {
                out.push(b);
            }
            i += 1;
            left -= 1;
        }
        if i < d.len() {
            out.extend_from_slice(&d[i..]);
        }
        return Ok(same(me, out));
    }
    let mut i = 0;
    while left > 0 {
        let Some(j) = find_in(&d, &old, i, d.len()) else {
            break;
        };
        out.extend_from_slice(&d[i..j]);
        out.extend_from_slice(&new);
        i = j + old.len();
        left -= 1;
    }
    out.extend_from_slice(&d[i..]);
    Ok(same(me, out))
}

fn strip_with(args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (me, a) = parse(&args, name, Sig::Positional(0, 1))?;
    let chars = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?.to_vec()),
    };
    let strip = |b: u8| match &chars {
        None => is_space(b),
        Some(c) => c.contains(&b),
    };
    let d = data(me);
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end && strip(d[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(d[end - 1]) {
            end -= 1;
        }
    }
    Ok(same(me, d[start..end].to_vec()))
}

/// `b.strip([chars])`.
pub fn strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "strip", true, true)
}

/// `b.lstrip([chars])`.
pub fn lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "lstrip", true, false)
}

/// `b.rstrip([chars])`.
pub fn rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "rstrip", false, true)
}

/// `sep.join(iterable)`: the items must be bytes-like.
pub fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "join", Sig::One)?;
    let it = a[0].clone().unwrap_or(Value::None);
    if !vm.is_iterable(&it) {
        return Err(PyErr::type_error("can only join an iterable"));
    }
    let items = vm.collect(&it)?;
    let sep = data(me);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match view(item) {
            Some(d) => out.extend_from_slice(&d),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(item)
                )))
            }
        }
    }
    Ok(same(me, out))
}

fn remove_affix(args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (me, a) = parse(&args, name, Sig::One)?;
    let affix = bytes_arg(arg(&a, 0))?.to_vec();
    let d = data(me);
    let rest = if suffix {
        d.strip_suffix(&affix[..])
    } else {
        d.strip_prefix(&affix[..])
    };
    Ok(same(me, rest.unwrap_or(&d).to_vec()))
}

/// `b.removeprefix(prefix)`.
pub fn removeprefix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(args, "removeprefix", false)
}

/// `b.removesuffix(suffix)`.
pub fn removesuffix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(args, "removesuffix", true)
}
