//! `str` methods that search and cut: `find`/`index`/`count` families,
//! `startswith`/`endswith`, `split`/`rsplit`/`splitlines`, `partition`,
//! `strip` family, `replace`, `join`. Indices are code points; the work is
//! done on the UTF-8 text (substring search on UTF-8 bytes finds exactly
//! the code-point matches), converting offsets only for non-ASCII text.

use crate::objects::{Args, PyErr, PyResult, PyStr, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::args::slice_range;
use super::str::{clinic_args, keyword_args, search_args, ssize_arg};
use super::str_unicode::is_space;

/// The `str` behind `self` (checked by the argument helpers).
fn this(v: &Value) -> PyResult<&PyStr> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            type_name(other)
        ))),
    }
}

/// A `str` argument, or `TypeError: {what} must be str, not int`.
pub fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        Value::None => Err(PyErr::type_error(format!("{what} must be str, not None"))),
        _ => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            type_name(v)
        ))),
    }
}

/// The substring argument of `find`/`count`: `must be str, not int`.
fn needle(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!(
            "must be str, not {}",
            type_name(other)
        ))),
    }
}

/// The byte offset of code point `i` (at most the length).
fn byte_at(s: &PyStr, i: usize) -> usize {
    s.byte_offset(i)
}

/// The code-point index of byte offset `b`.
fn char_at_byte(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        return b;
    }
    s.as_str()[..b].chars().count()
}

/// The `[start, end)` window of `find`-like methods as byte offsets, or
/// `None` when `start` lies beyond `end` (nothing, not even "", is found).
fn window(
    s: &PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let (start, end) = slice_range(s.char_len(), start, end)?;
    if start > end {
        return Ok(None);
    }
    Ok(Some((byte_at(s, start), byte_at(s, end))))
}

fn search(args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let a = search_args(&args, name, 1, 3)?;
    let s = this(&a[0])?;
    let bounds = window(s, a.get(2), a.get(3))?;
    let sub = needle(&a[1])?;
    let Some((lo, hi)) = bounds else {
        return Ok(None);
    };
    let hay = &s.as_str()[lo..hi];
    let hit = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(hit.map(|b| char_at_byte(s, lo + b)))
}

fn found(r: Option<usize>) -> Value {
    Value::Int(r.map_or(-1, |i| i as i64))
}

/// `str.find`.
pub fn find(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(found(search(args, "find", false)?))
}

/// `str.rfind`.
pub fn rfind(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(found(search(args, "rfind", true)?))
}

/// `str.index`.
pub fn index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::value_error("substring not found"))
}

/// `str.rindex`.
pub fn rindex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::value_error("substring not found"))
}

/// `str.count`.
pub fn count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = search_args(&args, "count", 1, 3)?;
    let s = this(&a[0])?;
    let bounds = window(s, a.get(2), a.get(3))?;
    let sub = needle(&a[1])?;
    let Some((lo, hi)) = bounds else {
        return Ok(Value::Int(0));
    };
    let hay = &s.as_str()[lo..hi];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix(args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let a = search_args(&args, name, 1, 3)?;
    let s = this(&a[0])?;
    let hay = window(s, a.get(2), a.get(3))?.map(|(lo, hi)| &s.as_str()[lo..hi]);
    let test = |p: &str| match hay {
        None => false,
        Some(h) if suffix => h.ends_with(p),
        Some(h) => h.starts_with(p),
    };
    match &a[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                let Value::Str(p) = p else {
                    return Err(PyErr::type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name(p)
                    )));
                };
                if test(p.as_str()) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(other)
        ))),
    }
}

/// `str.startswith`.
pub fn startswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "startswith", false)
}

/// `str.endswith`.
pub fn endswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "endswith", true)
}

/// `sep` and `maxsplit` of `split`/`rsplit` (a negative `maxsplit`: no limit).
fn split_args<'a>(args: &Args<'a>, name: &str) -> PyResult<(Option<Value>, usize)> {
    let a = keyword_args(args, name, &["sep", "maxsplit"])?;
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.as_str().is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            a[0].clone()
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "must be str or None, not {}",
                type_name(other)
            )))
        }
    };
    Ok((sep, usize::try_from(maxsplit).unwrap_or(usize::MAX)))
}

/// The parts of `s` split on whitespace runs, at most `max` cuts, from the
/// left or (for `rsplit`) from the right, in left-to-right order.
fn split_whitespace(s: &str, max: usize, from_right: bool) -> Vec<Value> {
    let mut parts = Vec::new();
    if from_right {
        let mut rest = s.trim_end_matches(is_space);
        while !rest.is_empty() {
            if parts.len() == max {
                parts.push(Value::str(rest));
                break;
            }
            let cut = rest.rfind(is_space);
            let word_start = cut.map_or(0, |b| {
                b + rest[b..].chars().next().map_or(1, char::len_utf8)
            });
            parts.push(Value::str(&rest[word_start..]));
            rest = rest[..word_start].trim_end_matches(is_space);
        }
        parts.reverse();
    } else {
        let mut rest = s.trim_start_matches(is_space);
        while !rest.is_empty() {
            if parts.len() == max {
                parts.push(Value::str(rest));
                break;
            }
            let end = rest.find(is_space).unwrap_or(rest.len());
            parts.push(Value::str(&rest[..end]));
            rest = rest[end..].trim_start_matches(is_space);
        }
    }
    parts
}

/// `str.split`.
pub fn split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(&args, "split")?;
    let s = this(&args.pos()[0])?.as_str();
    let parts = match &sep {
        Some(Value::Str(sep)) => s
            .splitn(max.saturating_add(1), sep.as_str())
            .map(Value::str)
            .collect(),
        _ => split_whitespace(s, max, false),
    };
    Ok(Value::list(parts))
}

/// `str.rsplit`.
pub fn rsplit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, max) = split_args(&args, "rsplit")?;
    let s = this(&args.pos()[0])?.as_str();
    let parts = match &sep {
        Some(Value::Str(sep)) => {
            let mut parts: Vec<Value> = s
                .rsplitn(max.saturating_add(1), sep.as_str())
                .map(Value::str)
                .collect();
            parts.reverse();
            parts
        }
        _ => split_whitespace(s, max, true),
    };
    Ok(Value::list(parts))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.splitlines`.
pub fn splitlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = keyword_args(&args, "splitlines", &["keepends"])?;
    let keep = match &a[0] {
        Some(v) => {
            ssize_arg(v).or_else(|e| match v {
                Value::BigInt(_) => Ok(1),
                _ => Err(e),
            })? != 0
        }
        None => false,
    };
    let s = this(&args.pos()[0])?.as_str();
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let (line_end, next) = match rest.char_indices().find(|&(_, c)| is_line_break(c)) {
            Some((b, '\r')) if rest[b + 1..].starts_with('\n') => (b, b + 2),
            Some((b, c)) => (b, b + c.len_utf8()),
            None => (rest.len(), rest.len()),
        };
        out.push(Value::str(&rest[..if keep { next } else { line_end }]));
        rest = &rest[next..];
    }
    Ok(Value::list(out))
}

fn partition_with(args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let a = clinic_args(&args, name, 1, 1)?;
    let s = this(&a[0])?.as_str();
    let sep = needle(&a[1])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let hit = if reverse { s.rfind(sep) } else { s.find(sep) };
    let empty = Value::str("");
    Ok(Value::tuple(match hit {
        Some(i) => vec![
            Value::str(&s[..i]),
            a[1].clone(),
            Value::str(&s[i + sep.len()..]),
        ],
        None if reverse => vec![empty.clone(), empty, a[0].clone()],
        None => vec![a[0].clone(), empty.clone(), empty],
    }))
}

/// `str.partition`.
pub fn partition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_with(args, "partition", false)
}

/// `str.rpartition`.
pub fn rpartition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_with(args, "rpartition", true)
}

fn strip_with(args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let a = clinic_args(&args, name, 0, 1)?;
    let s = this(&a[0])?.as_str();
    let set = match a.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(set)) => Some(set.as_str()),
        Some(_) => return Err(PyErr::type_error(format!("{name} arg must be None or str"))),
    };
    let strip = |c: char| match set {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let mut out = s;
    if left {
        out = out.trim_start_matches(strip);
    }
    if right {
        out = out.trim_end_matches(strip);
    }
    Ok(if out.len() == s.len() {
        a[0].clone()
    } else {
        Value::str(out)
    })
}

/// `str.strip`.
pub fn strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "strip", true, true)
}

/// `str.lstrip`.
pub fn lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "lstrip", true, false)
}

/// `str.rstrip`.
pub fn rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "rstrip", false, true)
}

/// `str.replace`.
pub fn replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(&args, "replace", 2, 3)?;
    let s = this(&a[0])?.as_str();
    let old = str_arg(&a[1], "replace() argument 1")?;
    let new = str_arg(&a[2], "replace() argument 2")?;
    let count = match a.get(3) {
        Some(v) => usize::try_from(ssize_arg(v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    if !old.is_empty() {
        return Ok(Value::string(s.replacen(old, new, count)));
    }
    // An empty `old` matches before every character and at the end.
    let mut out = String::with_capacity(
        s.len()
            .saturating_add(new.len().saturating_mul((s.len() + 1).min(count))),
    );
    let mut left = count;
    let mut chars = s.char_indices();
    loop {
        if left == 0 {
            out.push_str(chars.as_str());
            break;
        }
        out.push_str(new);
        left -= 1;
        match chars.next() {
            Some((_, c)) => out.push(c),
            None => break,
        }
    }
    Ok(Value::string(out))
}

/// `str.join`.
pub fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(&args, "join", 1, 1)?;
    let sep = this(&a[0])?.as_str();
    if !vm.is_iterable(&a[1]) {
        return Err(PyErr::type_error("can only join an iterable"));
    }
    let mut out = String::new();
    for (i, item) in vm.collect(&a[1])?.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match crate::vm::builtin_subclass::unwrap_base(item) {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => {
                let other = item;
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other)
                )));
            }
        }
    }
    Ok(Value::string(out))
}
