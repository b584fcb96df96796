//! printf-style `str % args` and `bytes % args`, driving
//! [`format::PercentParser`] the way CPython's `PyUnicode_Format` and
//! `_PyBytes_FormatEx` do: a tuple supplies arguments in order, a mapping
//! supplies `%(key)` values, anything else is a single argument.
//!
//! A bytes template is run through the same parser as Latin-1 text (one
//! char per byte), so widths and precisions count bytes, and the output is
//! encoded back byte for byte.

use crate::format::{self, percent_errors, ConvSpec, Count, Piece};
use crate::numeric::{self, Int, NumError};
use crate::objects::bytes::bytes_like;
use crate::objects::{PyErr, PyResult, PyStr, Value};
use crate::vm::ops::type_name;
use crate::vm::repr::ascii_escape;
use crate::vm::Vm;

use super::number::protocol;

/// Which `%` operator is running: they differ in argument conversions and
/// error texts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Str,
    Bytes,
}

/// Where the arguments come from, as CPython tracks them: `arglen` -1 means
/// a single (non-tuple) argument, whose index starts at -2.
struct ArgState {
    args: Value,
    arglen: isize,
    argidx: isize,
    dict: Option<Value>,
}

impl ArgState {
    fn new(args: &Value, mode: Mode) -> ArgState {
        match args {
            Value::Tuple(t) => ArgState {
                args: args.clone(),
                arglen: t.items.len() as isize,
                argidx: 0,
                dict: None,
            },
            _ => ArgState {
                args: args.clone(),
                arglen: -1,
                argidx: -2,
                dict: is_mapping(args, mode).then(|| args.clone()),
            },
        }
    }

    fn next(&mut self) -> PyResult<Value> {
        if self.arglen < 0 {
            if self.argidx == -2 {
                self.argidx = -1;
                return Ok(self.args.clone());
            }
        } else if self.argidx < self.arglen {
            let i = self.argidx as usize;
            self.argidx += 1;
            if let Value::Tuple(t) = &self.args {
                return Ok(t.items[i].clone());
            }
        }
        Err(percent_errors::not_enough_arguments().into())
    }
}

/// True for arguments used as the `%(key)` mapping: objects with
/// `__getitem__` (CPython's `PyMapping_Check`) other than tuples and the
/// template's own type (str, or bytes and bytearray).
fn is_mapping(v: &Value, mode: Mode) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
        Value::Bytes(_) | Value::ByteArray(_) => mode == Mode::Str,
        Value::Instance(i) => crate::vm::class::has_user_attr(&i.class, "__getitem__"),
        _ => false,
    }
}

/// `template % args` for a str template.
pub fn format(vm: &mut Vm, template: &PyStr, args: &Value) -> PyResult<Value> {
    let out = run(vm, template.as_str(), args, Mode::Str)?;
    Ok(Value::string(out))
}

/// `template % args` for a bytes or bytearray template; the result has the
/// template's type.
pub fn format_bytes(vm: &mut Vm, template: &Value, args: &Value) -> PyResult<Value> {
    let data = bytes_like(template).unwrap_or_default();
    let text: String = data.iter().map(|&b| char::from(b)).collect();
    let out = run(vm, &text, args, Mode::Bytes)?;
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(match template {
        Value::ByteArray(_) => Value::bytearray(bytes),
        _ => Value::bytes(bytes),
    })
}

/// The formatting loop shared by both modes; in bytes mode every char of
/// `template` and of the result is a byte.
fn run(vm: &mut Vm, template: &str, args: &Value, mode: Mode) -> PyResult<String> {
    let mut st = ArgState::new(args, mode);
    let mut out = String::with_capacity(template.len());
    for piece in format::PercentParser::new(template) {
        let mut spec = match piece? {
            Piece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            Piece::Conv(spec) => spec,
        };
        if let Some(key) = &spec.key {
            let Some(dict) = st.dict.clone() else {
                return Err(percent_errors::requires_mapping().into());
            };
            let key = match mode {
                Mode::Str => Value::str(key),
                Mode::Bytes => Value::bytes(key.chars().map(|c| c as u32 as u8).collect()),
            };
            st.args = vm.get_item(&dict, &key)?;
            st.arglen = -1;
            st.argidx = -2;
        }
        if spec.width == Count::Star {
            let w = star(st.next()?, "ssize_t", i64::MAX)?;
            spec.set_star_width(w);
        }
        if spec.precision == Count::Star {
            let p = star(st.next()?, "int", i32::MAX.into())?;
            spec.set_star_precision(p);
        }
        let v = st.next()?;
        out.push_str(&convert(vm, &spec, &v, mode)?);
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        let what = match mode {
            Mode::Str => "string",
            Mode::Bytes => "bytes",
        };
        return Err(percent_errors::not_all_converted(what).into());
    }
    Ok(out)
}

/// A `*` argument: an int (`* wants int` otherwise) within the C type
/// CPython reads it into (`ssize_t` for widths, `int` for precisions).
fn star(v: Value, c_type: &str, limit: i64) -> PyResult<i64> {
    let Some(i) = v.as_int() else {
        return Err(percent_errors::star_wants_int().into());
    };
    match i.as_i64() {
        Some(n) if (-limit - 1..=limit).contains(&n) => Ok(n),
        _ => Err(PyErr::overflow(format!(
            "Python int too large to convert to C {c_type}"
        ))),
    }
}

/// A TypeError raised while converting an argument becomes `err` (CPython
/// reports the conversion's own wording, not the protocol's).
fn retype<T>(r: PyResult<Option<T>>, err: impl FnOnce() -> NumError) -> PyResult<T> {
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(err().into()),
        Err(e) if e.is(crate::objects::ExcKind::TypeError) => Err(err().into()),
        Err(e) => Err(e),
    }
}

/// One conversion of `v`.
fn convert(vm: &mut Vm, spec: &ConvSpec, v: &Value, mode: Mode) -> PyResult<String> {
    let text = match spec.conv {
        's' if mode == Mode::Str => vm.str(v)?,
        's' | 'b' if mode == Mode::Bytes => latin1(&bytes_of(vm, v)?),
        'r' if mode == Mode::Str => vm.repr(v)?,
        'a' | 'r' => ascii_escape(&vm.repr(v)?),
        'c' => {
            let c = match mode {
                Mode::Str => str_char(vm, v)?,
                Mode::Bytes => byte_char(vm, v)?,
            };
            spec.check_width()?;
            return Ok(format::percent_format_char(c, spec));
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let i = if matches!(spec.conv, 'd' | 'i' | 'u') {
                // bytes formatting reads `%i` as `%d` before converting.
                let conv = match (mode, spec.conv) {
                    (Mode::Bytes, 'i') => 'd',
                    (_, c) => c,
                };
                let r = protocol::to_int(vm, v);
                retype(r, || {
                    percent_errors::real_number_required(conv, &type_name(v))
                })?
            } else {
                let r = protocol::to_index(vm, v);
                retype(r, || {
                    percent_errors::integer_required(spec.conv, &type_name(v))
                })?
            };
            spec.check_width()?;
            return Ok(format::percent_format_int(
                &i,
                spec,
                numeric::max_str_digits(),
            )?);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match mode {
                Mode::Str => match protocol::to_float(vm, v)? {
                    Some(x) => x,
                    None => return Err(percent_errors::must_be_real(&type_name(v)).into()),
                },
                Mode::Bytes => match protocol::to_float(vm, v) {
                    Ok(Some(x)) => x,
                    _ => return Err(percent_errors::float_required(&type_name(v)).into()),
                },
            };
            spec.check_width()?;
            return Ok(format::percent_format_float(x, spec));
        }
        _ => {
            return Err(match mode {
                Mode::Str => spec.unsupported(),
                Mode::Bytes => spec.unsupported_bytes(),
            }
            .into())
        }
    };
    spec.check_width()?;
    Ok(format::percent_format_str(&text, spec))
}

/// The bytes as Latin-1 text (one char per byte).
fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

/// `%s`/`%b` of a bytes template: a bytes-like object or `__bytes__`.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    match vm.call_special(v, "__bytes__", &[])? {
        Some(Value::Bytes(b)) => Ok(b.data.to_vec()),
        Some(other) => Err(PyErr::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name(&other)
        ))),
        None => Err(percent_errors::bytes_required(&type_name(v)).into()),
    }
}

/// `%c` of a str template: a one-char str or an int (`__index__`).
fn str_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Value::Str(s) = v {
        return match s.char_at(0) {
            Some(c) if s.char_len() == 1 => Ok(c),
            _ => Err(percent_errors::char_required().into()),
        };
    }
    match retype(protocol::to_index(vm, v), percent_errors::char_required)? {
        Int::Big(_) => Err(PyErr::overflow("%c arg not in range(0x110000)")),
        i => Ok(format::char_from_int(&i)?),
    }
}

/// `%c` of a bytes template: a one-byte bytes object or an int in range(256).
fn byte_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Some(d) = bytes_like(v) {
        return match d[..] {
            [b] => Ok(char::from(b)),
            _ => Err(percent_errors::byte_required().into()),
        };
    }
    let i = retype(protocol::to_index(vm, v), percent_errors::byte_required)?;
    match i {
        Int::Small(b @ 0..=255) => Ok(char::from(b as u8)),
        _ => Err(PyErr::overflow("%c arg not in range(256)")),
    }
}
