//! Methods of `str`.

use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::MethodTable;

/// `str` methods.
pub const METHODS: MethodTable = &[
    ("join", join),
    ("split", split),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("count", count),
];

fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            type_name(v)
        ))),
    }
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("str.join", 2, 2)?;
    let sep = text(&a[0]);
    let items = vm.collect(&a[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
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

fn split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("split", 1, 3)?;
    let s = text(&a[0]);
    let mut sep = a.get(1).cloned().unwrap_or(Value::None);
    let mut maxsplit = match a.get(2) {
        Some(Value::Int(n)) => *n,
        _ => -1,
    };
    for (name, v) in args.kwargs() {
        match (name, v) {
            ("sep", v) => sep = v.clone(),
            ("maxsplit", Value::Int(n)) => maxsplit = *n,
            _ => {}
        }
    }
    let parts: Vec<Value> = match &sep {
        Value::None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
        Value::Str(sep) => {
            if sep.as_str().is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.split(sep.as_str()).map(Value::str).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(Value::str)
                    .collect()
            }
        }
        other => {
            return Err(PyErr::type_error(format!(
                "must be str or None, not {}",
                type_name(other)
            )))
        }
    };
    Ok(Value::list(parts))
}

fn strip_with(args: Args, name: &str, f: fn(&str, &[char]) -> String) -> PyResult<Value> {
    let a = args.check_count(name, 1, 2)?;
    let chars: Vec<char> = match a.get(1) {
        None | Some(Value::None) => Vec::new(),
        Some(v) => str_arg(v, "strip arg")?.chars().collect(),
    };
    Ok(Value::string(f(text(&a[0]), &chars)))
}

fn strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "strip", |s, c| {
        if c.is_empty() {
            s.trim().to_owned()
        } else {
            s.trim_matches(c).to_owned()
        }
    })
}

fn lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "lstrip", |s, c| {
        if c.is_empty() {
            s.trim_start().to_owned()
        } else {
            s.trim_start_matches(c).to_owned()
        }
    })
}

fn rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_with(args, "rstrip", |s, c| {
        if c.is_empty() {
            s.trim_end().to_owned()
        } else {
            s.trim_end_matches(c).to_owned()
        }
    })
}

fn upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("upper", 1, 1)?;
    Ok(Value::string(text(&a[0]).to_uppercase()))
}

fn lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("lower", 1, 1)?;
    Ok(Value::string(text(&a[0]).to_lowercase()))
}

fn replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("replace", 3, 4)?;
    let (s, old, new) = (
        text(&a[0]),
        str_arg(&a[1], "replace() argument 1")?,
        str_arg(&a[2], "replace() argument 2")?,
    );
    Ok(Value::string(match a.get(3) {
        Some(Value::Int(n)) if *n >= 0 => s.replacen(old, new, *n as usize),
        _ => s.replace(old, new),
    }))
}

fn affix(args: Args, name: &str, f: fn(&str, &str) -> bool) -> PyResult<Value> {
    let a = args.check_count(name, 2, 4)?;
    let s = text(&a[0]);
    let hit = match &a[1] {
        Value::Str(p) => f(s, p.as_str()),
        Value::Tuple(t) => t.items.iter().any(|p| f(s, text(p))),
        other => {
            return Err(PyErr::type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                type_name(other)
            )))
        }
    };
    Ok(Value::Bool(hit))
}

fn startswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "startswith", |s, p| s.starts_with(p))
}

fn endswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(args, "endswith", |s, p| s.ends_with(p))
}

fn find(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("find", 2, 4)?;
    let s = text(&a[0]);
    let sub = str_arg(&a[1], "must be str, not")?;
    Ok(Value::Int(match s.find(sub) {
        Some(b) => s[..b].chars().count() as i64,
        None => -1,
    }))
}

fn count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("count", 2, 4)?;
    let s = text(&a[0]);
    let sub = str_arg(&a[1], "must be str, not")?;
    Ok(Value::Int(if sub.is_empty() {
        s.chars().count() as i64 + 1
    } else {
        s.matches(sub).count() as i64
    }))
}

/// `str.maketrans(...)` called on the class.
pub fn maketrans_static(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
