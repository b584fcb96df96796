//! `str` methods that search and cut: `find`/`index`/`count` families,
//! `startswith`/`endswith`, `split`/`rsplit`/`splitlines`, `partition`,
//! `strip` family, `replace`, `join`. Indices are code points.

use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::args::slice_range;
use super::str::{clinic_args, keyword_args, search_args, ssize_arg};
use super::str_unicode::is_space;

fn chars(v: &Value) -> Vec<char> {
    match v {
        Value::Str(s) => s.as_str().chars().collect(),
        _ => Vec::new(),
    }
}

fn string(c: &[char]) -> Value {
    Value::string(c.iter().collect())
}

/// A `str` argument, or `TypeError: {what} must be str, not int`.
pub fn str_arg(v: &Value, what: &str) -> PyResult<Vec<char>> {
    match v {
        Value::Str(s) => Ok(s.as_str().chars().collect()),
        Value::None => Err(PyErr::type_error(format!("{what} must be str, not None"))),
        _ => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            type_name(v)
        ))),
    }
}

fn find_in(hay: &[char], needle: &[char], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    (start..=end - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rfind_in(hay: &[char], needle: &[char], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn search(args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let a = search_args(&args, name, 1, 3)?;
    let s = chars(&a[0]);
    let sub = match &a[1] {
        Value::Str(_) => chars(&a[1]),
        other => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                type_name(other)
            )))
        }
    };
    let (start, end) = slice_range(s.len(), a.get(2), a.get(3))?;
    Ok(if reverse {
        rfind_in(&s, &sub, start, end)
    } else {
        find_in(&s, &sub, start, end)
    })
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
    let s = chars(&a[0]);
    let sub = match &a[1] {
        Value::Str(_) => chars(&a[1]),
        other => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                type_name(other)
            )))
        }
    };
    let (start, end) = slice_range(s.len(), a.get(2), a.get(3))?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let mut n = 0;
    let mut i = start;
    while let Some(j) = find_in(&s, &sub, i, end) {
        n += 1;
        i = j + sub.len();
    }
    Ok(Value::Int(n))
}

fn affix(args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let a = search_args(&args, name, 1, 3)?;
    let s = chars(&a[0]);
    let (start, end) = slice_range(s.len(), a.get(2), a.get(3))?;
    let test = |p: &[char]| {
        if start > end || end - start < p.len() {
            return false;
        }
        if suffix {
            s[start..end].ends_with(p)
        } else {
            s[start..end].starts_with(p)
        }
    };
    match &a[1] {
        Value::Str(_) => Ok(Value::Bool(test(&chars(&a[1])))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                let p = match p {
                    Value::Str(_) => chars(p),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(other)
                        )))
                    }
                };
                if test(&p) {
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

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(args: &Args, name: &str) -> PyResult<(Option<Vec<char>>, i64)> {
    let a = keyword_args(args, name, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.as_str().is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            Some(s.as_str().chars().collect())
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "must be str or None, not {}",
                type_name(other)
            )))
        }
    };
    let maxsplit = match &a[1] {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// `str.split`.
pub fn split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(&args, "split")?;
    let s = chars(&args.pos()[0]);
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            loop {
                while i < s.len() && is_space(s[i]) {
                    i += 1;
                }
                if i >= s.len() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(string(&s[i..]));
                    break;
                }
                let start = i;
                while i < s.len() && !is_space(s[i]) {
                    i += 1;
                }
                parts.push(string(&s[start..i]));
            }
        }
        Some(sep) => {
            let mut start = 0;
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                match find_in(&s, &sep, start, s.len()) {
                    Some(i) => {
                        parts.push(string(&s[start..i]));
                        start = i + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(string(&s[start..]));
        }
    }
    Ok(Value::list(parts))
}

/// `str.rsplit`.
pub fn rsplit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(&args, "rsplit")?;
    let s = chars(&args.pos()[0]);
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = s.len();
            loop {
                while i > 0 && is_space(s[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(string(&s[..i]));
                    break;
                }
                let end = i;
                while i > 0 && !is_space(s[i - 1]) {
                    i -= 1;
                }
                parts.push(string(&s[i..end]));
            }
        }
        Some(sep) => {
            let mut end = s.len();
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                match rfind_in(&s, &sep, 0, end) {
                    Some(i) => {
                        parts.push(string(&s[i + sep.len()..end]));
                        end = i;
                    }
                    None => break,
                }
            }
            parts.push(string(&s[..end]));
        }
    }
    parts.reverse();
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
    let s = chars(&args.pos()[0]);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let start = i;
        while i < s.len() && !is_line_break(s[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < s.len() {
            i += if s[i] == '\r' && s.get(i + 1) == Some(&'\n') {
                2
            } else {
                1
            };
            if keep {
                eol = i;
            }
        }
        out.push(string(&s[start..eol]));
    }
    Ok(Value::list(out))
}

fn partition_with(args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let a = clinic_args(&args, name, 1, 1)?;
    let s = chars(&a[0]);
    let sep = str_arg(&a[1], "must be str, not")
        .map_err(|_| PyErr::type_error(format!("must be str, not {}", type_name(&a[1]))))?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let hit = if reverse {
        rfind_in(&s, &sep, 0, s.len())
    } else {
        find_in(&s, &sep, 0, s.len())
    };
    let empty = Value::str("");
    Ok(Value::tuple(match hit {
        Some(i) => vec![string(&s[..i]), string(&sep), string(&s[i + sep.len()..])],
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
    let s = chars(&a[0]);
    let set = match a.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(_)) => Some(chars(&a[1])),
        Some(_) => return Err(PyErr::type_error(format!("{name} arg must be None or str"))),
    };
    let strip = |c: char| match &set {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let (mut start, mut end) = (0, s.len());
    if left {
        while start < end && strip(s[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(s[end - 1]) {
            end -= 1;
        }
    }
    Ok(string(&s[start..end]))
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
    let s = chars(&a[0]);
    let old = str_arg(&a[1], "replace() argument 1")?;
    let new = str_arg(&a[2], "replace() argument 2")?;
    let mut left = match a.get(3) {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    let mut i = 0;
    if old.is_empty() {
        while i <= s.len() && left != 0 {
            out.extend_from_slice(&new);
            if i < s.len() {
                out.push(s[i]);
            }
            i += 1;
            left -= 1;
        }
        if i < s.len() {
            out.extend_from_slice(&s[i..]);
        }
        return Ok(string(&out));
    }
    while left != 0 {
        match find_in(&s, &old, i, s.len()) {
            Some(j) => {
                out.extend_from_slice(&s[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&s[i..]);
    Ok(string(&out))
}

/// `str.join`.
pub fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(&args, "join", 1, 1)?;
    let sep = match &a[0] {
        Value::Str(s) => s.as_str().to_owned(),
        _ => String::new(),
    };
    if !vm.is_iterable(&a[1]) {
        return Err(PyErr::type_error("can only join an iterable"));
    }
    let mut out = String::new();
    for (i, item) in vm.collect(&a[1])?.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other)
                )))
            }
        }
    }
    Ok(Value::string(out))
}
