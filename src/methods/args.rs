//! Argument helpers shared by the methods of the built-in sequences:
//! `start`/`end` slice bounds, integer arguments, keyword-or-positional lookup.

use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::type_name;

/// An argument that must be an int (`__index__`), as an `i64` clamped to
/// the `i64` range for big ints.
pub fn index_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// Resolves optional `start`/`end` arguments against `len` like CPython's
/// `ADJUST_INDICES`: negative counts from the end (clamped at 0), `end` is
/// clamped to `len`, a positive `start` is not (so it may exceed `end`).
pub fn slice_range(
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let bound = |v: Option<&Value>, default: usize, clamp: bool| -> PyResult<usize> {
        let i = match v {
            None | Some(Value::None) => return Ok(default),
            Some(Value::Int(i)) => *i,
            Some(Value::Bool(b)) => *b as i64,
            Some(Value::BigInt(b)) => {
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            Some(_) => {
                return Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        let len = len as i64;
        Ok(if i < 0 {
            (i.saturating_add(len)).max(0) as usize
        } else if clamp {
            i.min(len) as usize
        } else {
            i as usize
        })
    };
    Ok((bound(start, 0, false)?, bound(end, len, true)?))
}

/// The positional arguments after `self`, with keyword arguments `names`
/// (in positional order) filled in; fails on unknown or repeated keywords.
pub fn with_keywords(args: &Args, func: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    keywords_from(args, 1, func, names)
}

/// As [`with_keywords`], skipping `skip` leading positional arguments
/// (0 for constructors, which have no `self`).
pub fn keywords_from(
    args: &Args,
    skip: usize,
    func: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    let mut out: Vec<Option<Value>> = pos.iter().skip(skip).cloned().map(Some).collect();
    if out.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "{func}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            out.len()
        )));
    }
    out.resize(names.len(), None);
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(PyErr::type_error(format!(
                    "argument for {func}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for {func}()"
                )))
            }
        }
    }
    Ok(out)
}
