//! The numeric constructors `int()`, `float()` and `complex()`.

use crate::numeric::{self, NumError};
use crate::objects::bytes::{bytes_like, bytes_repr};
use crate::objects::complex::Complex;
use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::protocol;
use crate::methods::args::keywords_from;

/// Parses bytes as number text: bytes past ASCII can never be part of a
/// number, and errors show the bytes' repr rather than a str's.
fn parse_bytes<T>(
    data: &[u8],
    parse: impl FnOnce(&str) -> numeric::NumResult<T>,
    invalid: impl FnOnce(&str) -> String,
) -> PyResult<T> {
    let err = || PyErr::from(NumError::value(invalid(&bytes_repr(data))));
    let Ok(text) = std::str::from_utf8(data) else {
        return Err(err());
    };
    if !text.is_ascii() {
        return Err(err());
    }
    parse(text).map_err(|e| match e.kind {
        numeric::ExcKind::ValueError if e.msg.starts_with("invalid literal") => err(),
        numeric::ExcKind::ValueError if e.msg.starts_with("could not convert") => err(),
        _ => e.into(),
    })
}

/// `int(x=0)` and `int(x, base=10)`.
pub fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let mut base = a.get(1).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "base" if base.is_none() => base = Some(v.clone()),
            "base" => {
                return Err(PyErr::type_error(
                    "argument for int() given by name ('base') and position (2)",
                ))
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for int()"
                )))
            }
        }
    }
    let Some(x) = a.first() else {
        return match base {
            Some(_) => Err(PyErr::type_error("int() missing string argument")),
            None => Ok(Value::Int(0)),
        };
    };
    let base = match &base {
        None => None,
        Some(b) => match protocol::to_index(vm, b)? {
            Some(i) => Some(i.as_i64().unwrap_or(i64::MAX)),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(b)
                )))
            }
        },
    };
    let digits = numeric::max_str_digits();
    if let Value::Str(s) = x {
        let parsed = numeric::parse_int(s.as_str(), base.unwrap_or(10), digits)?;
        return Ok(Value::from_int(parsed));
    }
    if let Some(data) = bytes_like(x) {
        let b = base.unwrap_or(10);
        let parsed = parse_bytes(
            &data,
            |t| numeric::parse_int(t, b, digits),
            |r| format!("invalid literal for int() with base {b}: {r}"),
        )?;
        return Ok(Value::from_int(parsed));
    }
    if base.is_some() {
        return Err(PyErr::type_error(
            "int() can't convert non-string with explicit base",
        ));
    }
    match protocol::to_int(vm, x)? {
        Some(i) => Ok(Value::from_int(i)),
        None => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(x)
        ))),
    }
}

/// `float(x=0.0)`.
pub fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("float")?;
    let a = args.check_count("float", 0, 1)?;
    let Some(x) = a.first() else {
        return Ok(Value::Float(0.0));
    };
    if let Value::Str(s) = x {
        return Ok(Value::Float(numeric::parse_float(s.as_str())?));
    }
    if let Some(data) = bytes_like(x) {
        let f = parse_bytes(&data, numeric::parse_float, |r| {
            format!("could not convert string to float: {r}")
        })?;
        return Ok(Value::Float(f));
    }
    match protocol::to_float(vm, x)? {
        Some(f) => Ok(Value::Float(f)),
        None => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(x)
        ))),
    }
}

/// One argument of `complex()` as a complex, and whether it was one.
fn complex_part(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(Complex, bool)> {
    if let Value::Complex(c) = v {
        return Ok((**c, true));
    }
    if let Some(r) = vm.call_special(v, "__complex__", &[])? {
        return match r {
            Value::Complex(c) => Ok((*c, true)),
            other => Err(PyErr::type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(&other)
            ))),
        };
    }
    match protocol::to_float(vm, v)? {
        Some(f) => Ok((Complex::new(f, 0.0), false)),
        None => Err(PyErr::type_error(format!(
            "complex() {which} must be {}a number, not '{}'",
            if which == "first argument" {
                "a string or "
            } else {
                ""
            },
            type_name(v)
        ))),
    }
}

/// `complex(real=0, imag=0)` and `complex(str)`, combined as CPython's
/// `complex_new`: `real - imag.imag` and `imag.real + real.imag`, each only
/// when that argument is itself complex (so `-0.0` parts survive).
pub fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = keywords_from(&args, 0, "complex", &["real", "imag"])?;
    if let Some(Value::Str(s)) = &a[0] {
        if a[1].is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = parse_complex(s.as_str())?;
        return Ok(Value::complex(re, im));
    }
    if let Some(Value::Str(_)) = &a[1] {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    let (mut r, r_complex) = match &a[0] {
        Some(v) => complex_part(vm, v, "first argument")?,
        None => (Complex::new(0.0, 0.0), false),
    };
    let Some(imag) = &a[1] else {
        return Ok(Value::complex(r.re, r.im));
    };
    let (mut i, i_complex) = complex_part(vm, imag, "second argument")?;
    if i_complex {
        r.re -= i.im;
    }
    if r_complex {
        i.re += r.im;
    }
    Ok(Value::complex(r.re, i.re))
}

/// `complex(s)`: `[(] real | imag j | real±imag j [)]`, whitespace allowed
/// only around the whole and inside the parentheses. Underscores are
/// checked and removed first, as CPython's
/// `_Py_string_to_number_with_underscores` does (with its own message).
fn parse_complex(text: &str) -> PyResult<(f64, f64)> {
    if !text.contains('_') {
        return parse_complex_plain(text);
    }
    let mut plain = String::with_capacity(text.len());
    let mut prev = '\0';
    let mut misplaced = false;
    for c in text.chars() {
        misplaced |= if c == '_' {
            !prev.is_ascii_digit()
        } else {
            plain.push(c);
            prev == '_' && !c.is_ascii_digit()
        };
        prev = c;
    }
    if misplaced || prev == '_' {
        return Err(PyErr::value_error(format!(
            "could not convert string to complex: {}",
            numeric::py_str_repr(text)
        )));
    }
    parse_complex_plain(&plain)
}

fn parse_complex_plain(text: &str) -> PyResult<(f64, f64)> {
    let err = || PyErr::value_error("complex() arg is a malformed string");
    let t = text.trim_matches(crate::methods::str_unicode::is_space);
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')').ok_or_else(err)?,
        None => t,
    };
    let t = t.trim_matches(crate::methods::str_unicode::is_space);
    if t.is_empty() || t.contains(crate::methods::str_unicode::is_space) {
        return Err(err());
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Ok((numeric::parse_float(t).map_err(|_| err())?, 0.0));
    };
    let split = body
        .char_indices()
        .skip(1)
        .filter(|&(i, c)| (c == '+' || c == '-') && !matches!(body.as_bytes()[i - 1], b'e' | b'E'))
        .map(|(i, _)| i)
        .last();
    let (re, im) = match split {
        Some(i) => (&body[..i], &body[i..]),
        None => ("0", body),
    };
    let im = match im {
        "" | "+" => "1",
        "-" => "-1",
        other => other,
    };
    let re = numeric::parse_float(re).map_err(|_| err())?;
    let im = numeric::parse_float(im).map_err(|_| err())?;
    Ok((re, im))
}
