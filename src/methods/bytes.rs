//! Methods and operators of `bytes` and `bytearray`, and their constructors.

use crate::bytecode::BinaryOp;
use crate::objects::bytes::bytes_like;
use crate::objects::{Args, ExcKind, PyErr, PyResult, Value};
use crate::vm::ops::{is_int, type_name};
use crate::vm::Vm;

use super::args::{index_arg, keywords_from, slice_range, with_keywords};
use super::MethodTable;

/// `bytes` methods (`bytearray` has these too).
pub const METHODS: MethodTable = &[
    ("decode", decode),
    ("hex", hex),
    ("fromhex", fromhex_method),
    ("split", split),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("upper", upper),
    ("lower", lower),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isspace", isspace),
];

/// `bytearray`-only methods, looked up before [`METHODS`].
pub const BYTEARRAY_METHODS: MethodTable = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
];

fn data(v: &Value) -> Vec<u8> {
    bytes_like(v).unwrap_or_default()
}

/// A value of the same type as `like` (bytes or bytearray) holding `d`.
fn same(like: &Value, d: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => Value::bytearray(d),
        _ => Value::bytes(d),
    }
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// An int argument that must be a byte value (0..=255).
pub fn byte_value(v: &Value) -> PyResult<u8> {
    let i = index_arg(v)?;
    u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// The items of a bytes-like value as ints, for iteration.
pub fn int_items(v: &Value) -> Vec<Value> {
    data(v).into_iter().map(|b| Value::Int(b as i64)).collect()
}

/// `item in container` for a bytes-like container.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    let hay = data(container);
    if is_int(item) {
        let b = byte_value(item)?;
        return Ok(hay.contains(&b));
    }
    let needle = bytes_arg(item)?;
    Ok(find_in(&hay, &needle, 0, hay.len()).is_some())
}

fn find_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    (start..=end - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `+`, `*`, `%` and their in-place forms with a bytes-like operand.
pub fn binary_op(
    vm: &mut Vm,
    op: BinaryOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Add => {
            let Some(mut x) = bytes_like(a) else {
                return Ok(None);
            };
            let y = bytes_like(b).ok_or_else(|| {
                PyErr::type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))
            })?;
            if let (true, Value::ByteArray(ba)) = (inplace, a) {
                ba.data.borrow_mut().extend(y);
                return Ok(Some(a.clone()));
            }
            x.extend(y);
            Ok(Some(same(a, x)))
        }
        BinaryOp::Mul => {
            let (seq, n) = if bytes_like(a).is_some() {
                (a, b)
            } else {
                (b, a)
            };
            let Some(d) = bytes_like(seq) else {
                return Ok(None);
            };
            if !is_int(n) {
                return Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                )));
            }
            let n = index_arg(n)?.max(0) as usize;
            if d.len().saturating_mul(n) > 1 << 32 {
                return Err(PyErr::new(ExcKind::MemoryError, ""));
            }
            let out = d.repeat(n);
            if let (true, Value::ByteArray(ba)) = (inplace, seq) {
                *ba.data.borrow_mut() = out;
                return Ok(Some(seq.clone()));
            }
            Ok(Some(same(seq, out)))
        }
        BinaryOp::Mod if bytes_like(a).is_some() => {
            crate::methods::percent::format_bytes(vm, a, b).map(Some)
        }
        _ => Ok(None),
    }
}

/// `bytes(...)` and `bytearray(...)`.
pub fn construct(vm: &mut Vm, args: Args, array: bool) -> PyResult<Value> {
    let name = if array { "bytearray" } else { "bytes" };
    let a = keywords_from(&args, 0, name, &["source", "encoding", "errors"])?;
    let make = |d: Vec<u8>| {
        if array {
            Value::bytearray(d)
        } else {
            Value::bytes(d)
        }
    };
    let encoding = a[1]
        .as_ref()
        .map(|v| str_of(v, name, "encoding"))
        .transpose()?;
    let errors = a[2]
        .as_ref()
        .map(|v| str_of(v, name, "errors"))
        .transpose()?;
    let Some(src) = &a[0] else {
        if encoding.is_some() || errors.is_some() {
            return Err(PyErr::type_error(
                "encoding or errors without sequence argument",
            ));
        }
        return Ok(make(Vec::new()));
    };
    if let Value::Str(s) = src {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let errors = errors.unwrap_or_else(|| "strict".into());
        return Ok(make(super::codec::encode(s.as_str(), &enc, &errors)?));
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if let Some(d) = bytes_like(src) {
        return Ok(make(d));
    }
    if is_int(src) {
        let n = index_arg(src)?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        if n > 1 << 32 {
            return Err(PyErr::new(ExcKind::MemoryError, ""));
        }
        return Ok(make(vec![0; n as usize]));
    }
    if !vm.is_iterable(src) {
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to {name}",
            type_name(src)
        )));
    }
    let mut out = Vec::new();
    for item in vm.collect(src)? {
        let i = index_arg(&item)?;
        out.push(
            u8::try_from(i).map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?,
        );
    }
    Ok(make(out))
}

fn str_of(v: &Value, func: &str, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        _ => Err(PyErr::type_error(format!(
            "{func}() argument '{what}' must be str, not {}",
            type_name(v)
        ))),
    }
}

fn decode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = with_keywords(&args, "decode", &["encoding", "errors"])?;
    let enc = match &a[0] {
        Some(v) => str_of(v, "decode", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match &a[1] {
        Some(v) => str_of(v, "decode", "errors")?,
        None => "strict".into(),
    };
    let d = data(&args.pos()[0]);
    Ok(Value::string(super::codec::decode(&d, &enc, &errors)?))
}

fn hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = with_keywords(&args, "hex", &["sep", "bytes_per_sep"])?;
    let d = data(&args.pos()[0]);
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = &a[0] else {
        return Ok(Value::string(digits.concat()));
    };
    let sep = match sep {
        Value::Str(s) => s.as_str().to_owned(),
        other => match bytes_like(other) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(PyErr::type_error(format!(
                    "sep must be str or bytes, not {}",
                    type_name(other)
                )))
            }
        },
    };
    if sep.chars().count() != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    let per = match &a[1] {
        Some(v) => index_arg(v)?,
        None => 1,
    };
    let group = per.unsigned_abs().max(1) as usize;
    let n = digits.len();
    let mut out = String::new();
    for (i, dg) in digits.iter().enumerate() {
        // Groups count from the right for a positive bytes_per_sep.
        let boundary = if per >= 0 {
            (n - i).is_multiple_of(group)
        } else {
            i.is_multiple_of(group)
        };
        if i > 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(dg);
    }
    Ok(Value::string(out))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`; `array` picks the result type.
pub fn fromhex(s: &Value, array: bool) -> PyResult<Value> {
    let Value::Str(s) = s else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(s)
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(if array {
        Value::bytearray(out)
    } else {
        Value::bytes(out)
    })
}

/// `bytes.fromhex(s)` called on the class.
pub fn bytes_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fromhex", 1, 1)?;
    fromhex(&a[0], false)
}

/// `bytearray.fromhex(s)` called on the class.
pub fn bytearray_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fromhex", 1, 1)?;
    fromhex(&a[0], true)
}

fn fromhex_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fromhex", 2, 2)?;
    fromhex(&a[1], matches!(a[0], Value::ByteArray(_)))
}

fn split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = with_keywords(&args, "split", &["sep", "maxsplit"])?;
    let me = &args.pos()[0];
    let d = data(me);
    let maxsplit = match &a[1] {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match &a[0] {
        None | Some(Value::None) => {
            let mut i = 0;
            loop {
                while i < d.len() && d[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    parts.push(d[i..].to_vec());
                    break;
                }
                let start = i;
                while i < d.len() && !d[i].is_ascii_whitespace() {
                    i += 1;
                }
                parts.push(d[start..i].to_vec());
            }
        }
        Some(sep) => {
            let sep = bytes_arg(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut start = 0;
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                match find_in(&d, &sep, start, d.len()) {
                    Some(i) => {
                        parts.push(d[start..i].to_vec());
                        start = i + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(d[start..].to_vec());
        }
    }
    Ok(Value::list(
        parts.into_iter().map(|p| same(me, p)).collect(),
    ))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("join", 2, 2)?;
    let sep = data(&a[0]);
    let mut out = Vec::new();
    for (i, item) in vm.collect(&a[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(item) {
            Some(d) => out.extend(d),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name(item)
                )))
            }
        }
    }
    Ok(same(&a[0], out))
}

fn strip_with(args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let a = args.check_count(name, 1, 2)?;
    let d = data(&a[0]);
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?),
    };
    let strip = |b: &u8| match &chars {
        None => b.is_ascii_whitespace() || *b == 0x0b,
        Some(c) => c.contains(b),
    };
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end && strip(&d[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&d[end - 1]) {
            end -= 1;
        }
    }
    Ok(same(&a[0], d[start..end].to_vec()))
}

fn strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "strip", true, true)
}

fn lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "lstrip", true, false)
}

fn rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "rstrip", false, true)
}

fn replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("replace", 3, 4)?;
    let d = data(&a[0]);
    let (old, new) = (bytes_arg(&a[1])?, bytes_arg(&a[2])?);
    let mut count = match a.get(3) {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        while i <= d.len() && count != 0 {
            out.extend_from_slice(&new);
            if i < d.len() {
                out.push(d[i]);
            }
            i += 1;
            count -= 1;
        }
        if i <= d.len() {
            out.extend_from_slice(&d[i.min(d.len())..]);
        }
        return Ok(same(&a[0], out));
    }
    while count != 0 {
        match find_in(&d, &old, i, d.len()) {
            Some(j) => {
                out.extend_from_slice(&d[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    Ok(same(&a[0], out))
}

fn affix(args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let a = args.check_count(name, 2, 4)?;
    let d = data(&a[0]);
    let (start, end) = slice_range(d.len(), a.get(2), a.get(3))?;
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
    let bad = |v: &Value| {
        PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(v)
        ))
    };
    match &a[1] {
        Value::Tuple(t) => {
            for p in t.items.iter() {
                let p = bytes_like(p).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        type_name(p)
                    ))
                })?;
                if test(&p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Ok(Value::Bool(test(
            &bytes_like(other).ok_or_else(|| bad(other))?,
        ))),
    }
}

fn startswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "startswith", false)
}

fn endswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "endswith", true)
}

/// The needle of `find`/`count`/`index`: bytes-like or a single byte value.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if is_int(v) {
        return Ok(vec![byte_value(v)?]);
    }
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))
    })
}

fn search(args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let a = args.check_count(name, 2, 4)?;
    let d = data(&a[0]);
    let n = needle(&a[1])?;
    let (start, end) = slice_range(d.len(), a.get(2), a.get(3))?;
    Ok(if reverse {
        rfind_in(&d, &n, start, end)
    } else {
        find_in(&d, &n, start, end)
    })
}

fn as_index(r: Option<usize>) -> Value {
    Value::Int(r.map_or(-1, |i| i as i64))
}

fn find(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(as_index(search(args, "find", false)?))
}

fn rfind(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(as_index(search(args, "rfind", true)?))
}

fn index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn rindex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("count", 2, 4)?;
    let d = data(&a[0]);
    let n = needle(&a[1])?;
    let (start, end) = slice_range(d.len(), a.get(2), a.get(3))?;
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

fn map_bytes(args: Args, name: &str, f: fn(&u8) -> u8) -> PyResult<Value> {
    let a = args.check_count(name, 1, 1)?;
    Ok(same(&a[0], data(&a[0]).iter().map(f).collect()))
}

fn upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, "upper", u8::to_ascii_uppercase)
}

fn lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, "lower", u8::to_ascii_lowercase)
}

fn predicate(args: Args, name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let a = args.check_count(name, 1, 1)?;
    let d = data(&a[0]);
    Ok(Value::Bool(!d.is_empty() && d.iter().all(f)))
}

fn isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isdigit", u8::is_ascii_digit)
}

fn isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isalpha", u8::is_ascii_alphabetic)
}

fn isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isspace", |b| b.is_ascii_whitespace() || *b == 0x0b)
}

fn array_of(v: &Value) -> PyResult<&crate::objects::PyByteArray> {
    match v {
        Value::ByteArray(b) => Ok(b),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            type_name(other)
        ))),
    }
}

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("append", 2, 2)?;
    let b = byte_value(&a[1])?;
    array_of(&a[0])?.data.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes an `extend` or slice assignment takes from `v`.
pub fn bytes_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    if matches!(v, Value::Str(_)) || !vm.is_iterable(v) {
        return Err(PyErr::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    vm.collect(v)?.iter().map(byte_value).collect()
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("extend", 2, 2)?;
    if matches!(a[1], Value::Str(_)) {
        return Err(PyErr::type_error(
            "expected iterable of integers; got: 'str'",
        ));
    }
    if !vm.is_iterable(&a[1]) {
        return Err(PyErr::type_error(format!(
            "can't extend bytearray with {}",
            type_name(&a[1])
        )));
    }
    let new = bytes_from_iterable(vm, &a[1])?;
    array_of(&a[0])?.data.borrow_mut().extend(new);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("pop", 1, 2)?;
    let mut d = array_of(&a[0])?.data.borrow_mut();
    if d.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let len = d.len() as i64;
    let i = match a.get(1) {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(i as usize) as i64))
}

fn insert(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("insert", 3, 3)?;
    let i = index_arg(&a[1])?;
    let b = byte_value(&a[2])?;
    let mut d = array_of(&a[0])?.data.borrow_mut();
    let len = d.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    d.insert(i as usize, b);
    Ok(Value::None)
}

fn remove(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("remove", 2, 2)?;
    let b = byte_value(&a[1])?;
    let mut d = array_of(&a[0])?.data.borrow_mut();
    match d.iter().position(|x| *x == b) {
        Some(i) => {
            d.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("clear", 1, 1)?;
    array_of(&a[0])?.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("copy", 1, 1)?;
    Ok(Value::bytearray(data(&a[0])))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("reverse", 1, 1)?;
    array_of(&a[0])?.data.borrow_mut().reverse();
    Ok(Value::None)
}
