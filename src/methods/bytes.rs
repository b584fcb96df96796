//! `bytes` and `bytearray`: the method table, argument parsing with
//! CPython's messages, the constructors, `in` and the `+`/`*` operators.
//! Searching and splitting live in [`super::bytes_search`], the text-like
//! transforms (case, padding, translate, hex, decode) in
//! [`super::bytes_text`], mutation in [`super::bytearray`].

use crate::bytecode::BinaryOp;
use crate::objects::bytes::{bytes_like, view, BytesView};
use crate::objects::{Args, BuiltinFn, ExcKind, PyErr, PyResult, Value};
use crate::vm::ops::{is_int, type_name};
use crate::vm::Vm;

use super::args::{index_arg, keywords_from};
use super::bytes_search::*;
use super::bytes_text::*;
use super::MethodTable;

/// `bytes` methods (`bytearray` has these too).
pub const METHODS: MethodTable = &[
    ("decode", decode),
    ("hex", hex),
    ("fromhex", fromhex_method),
    ("maketrans", maketrans_method),
    ("translate", translate),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
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
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("upper", upper),
    ("lower", lower),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isdigit", isdigit),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isascii", isascii),
];

/// The attributes of the `bytes` (or, with `array`, `bytearray`) class:
/// every method, callable unbound as `bytes.upper(b)`, and the class-level
/// `fromhex`/`maketrans` (last, so they replace the instance forms).
pub fn class_attributes(array: bool) -> impl Iterator<Item = (&'static str, BuiltinFn)> {
    let (own, class): (MethodTable, MethodTable) = if array {
        (super::bytearray::METHODS, BYTEARRAY_CLASS_METHODS)
    } else {
        (&[], BYTES_CLASS_METHODS)
    };
    METHODS.iter().chain(own).chain(class).copied()
}

/// How a method takes its arguments: CPython's argument-error messages
/// depend on which of its argument parsers the method uses.
#[derive(Clone, Copy)]
pub enum Sig {
    /// No arguments (`METH_NOARGS`).
    NoArgs,
    /// Exactly one positional argument (`METH_O`).
    One,
    /// `min..=max` positional-only arguments (Argument Clinic).
    Positional(usize, usize),
    /// `min..=max` positional arguments (`PyArg_ParseTuple`).
    Tuple(usize, usize),
    /// Optional positional-or-keyword arguments with these names.
    Keywords(&'static [&'static str]),
}

/// `"bytes"` or `"bytearray"`: the type name CPython puts in messages.
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::ByteArray(_) => "bytearray",
        _ => "bytes",
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The receiver and arguments of a bytes/bytearray method call (missing
/// optional arguments are `None`), checked against `sig` with CPython's
/// messages.
pub fn parse<'a>(
    args: &Args<'a>,
    name: &str,
    sig: Sig,
) -> PyResult<(&'a Value, Vec<Option<Value>>)> {
    let pos = args.pos();
    let Some(me) = pos.first() else {
        let class = if super::bytearray::METHODS.iter().any(|(n, _)| *n == name) {
            "bytearray"
        } else {
            "bytes"
        };
        return Err(PyErr::type_error(format!(
            "unbound method {class}.{name}() needs an argument"
        )));
    };
    if !matches!(me, Value::Bytes(_) | Value::ByteArray(_))
        && super::memoryview::as_view(me).is_none()
    {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            type_name(me)
        )));
    }
    let n = pos.len() - 1;
    let no_kwargs = || -> PyResult<()> {
        if !args.has_kwargs() {
            return Ok(());
        }
        Err(PyErr::type_error(format!(
            "{}.{name}() takes no keyword arguments",
            kind(me)
        )))
    };
    let msg = match sig {
        Sig::Keywords(names) => return Ok((me, keywords_from(args, 1, name, names)?)),
        Sig::NoArgs => {
            no_kwargs()?;
            (n != 0).then(|| format!("{}.{name}() takes no arguments ({n} given)", kind(me)))
        }
        Sig::One => {
            no_kwargs()?;
            (n != 1).then(|| {
                format!(
                    "{}.{name}() takes exactly one argument ({n} given)",
                    kind(me)
                )
            })
        }
        Sig::Positional(min, max) => {
            no_kwargs()?;
            if min == max && n != min {
                Some(format!(
                    "{name} expected {min} argument{}, got {n}",
                    plural(min)
                ))
            } else if n < min {
                Some(format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                ))
            } else if n > max {
                Some(format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                ))
            } else {
                None
            }
        }
        Sig::Tuple(min, max) => {
            no_kwargs()?;
            if n < min {
                Some(format!(
                    "{name}() takes at least {min} argument{} ({n} given)",
                    plural(min)
                ))
            } else if n > max {
                Some(format!(
                    "{name}() takes at most {max} argument{} ({n} given)",
                    plural(max)
                ))
            } else {
                None
            }
        }
    };
    if let Some(msg) = msg {
        return Err(PyErr::type_error(msg));
    }
    let mut out: Vec<Option<Value>> = pos[1..].iter().cloned().map(Some).collect();
    let width = match sig {
        Sig::Positional(_, max) | Sig::Tuple(_, max) => max,
        _ => n,
    };
    out.resize(width, None);
    Ok((me, out))
}

/// The `i`th argument [`parse`] returned (`None` when it was not passed).
pub fn arg(a: &[Option<Value>], i: usize) -> &Value {
    a.get(i).and_then(Option::as_ref).unwrap_or(&Value::None)
}

/// The contents of the receiver of a bytes method (empty for anything else,
/// which the method tables never pass).
pub fn data(v: &Value) -> BytesView<'_> {
    view(v).unwrap_or(BytesView::Bytes(&[]))
}

/// A value of the same type as `like` (bytes or bytearray) holding `d`.
pub fn same(like: &Value, d: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => Value::bytearray(d),
        _ => Value::bytes(d),
    }
}

/// The contents of an argument that must be bytes-like, or CPython's
/// "a bytes-like object is required" TypeError.
pub fn bytes_arg(v: &Value) -> PyResult<BytesView<'_>> {
    view(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// An int argument CPython converts to a C `ssize_t`: too big an int is an
/// OverflowError rather than clamped.
pub fn ssize_arg(v: &Value) -> PyResult<i64> {
    if let Value::BigInt(_) = v {
        return Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        ));
    }
    index_arg(v)
}

/// An int argument CPython converts to a C `int`.
pub fn c_int_arg(v: &Value) -> PyResult<i64> {
    let i = index_arg(v)?;
    if matches!(v, Value::BigInt(_)) || i32::try_from(i).is_err() {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    Ok(i)
}

/// A size (count or repeat) operand: too big an int cannot be a size.
fn size_arg(v: &Value) -> PyResult<i64> {
    if let Value::BigInt(_) = v {
        return Err(PyErr::overflow(
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    index_arg(v)
}

/// An empty buffer with room for `n` bytes; MemoryError for sizes snippy
/// will not allocate (beyond 4 GiB) or cannot, instead of aborting.
pub fn buffer(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if n > 1 << 32 || v.try_reserve_exact(n).is_err() {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(v)
}

/// An int argument that must be a byte value (0..=255).
pub fn byte_value(v: &Value) -> PyResult<u8> {
    let i = index_arg(v)?;
    u8::try_from(i).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
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
            let (Value::Bytes(_) | Value::ByteArray(_), Some(x)) = (a, view(a)) else {
                return Ok(None);
            };
            let y = view(b).ok_or_else(|| {
                PyErr::type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))
            })?;
            if let (true, Value::ByteArray(ba)) = (inplace, a) {
                if a.is(b) {
                    // CPython holds a buffer of `b` while resizing `a`.
                    return Err(PyErr::new(
                        ExcKind::BufferError,
                        "Existing exports of data: object cannot be re-sized",
                    ));
                }
                let y = y.to_vec();
                drop(x);
                ba.data.borrow_mut().extend(y);
                return Ok(Some(a.clone()));
            }
            let mut out = Vec::with_capacity(x.len() + y.len());
            out.extend_from_slice(&x);
            out.extend_from_slice(&y);
            Ok(Some(same(a, out)))
        }
        BinaryOp::Mul => {
            let (seq, n) = match a {
                Value::Bytes(_) | Value::ByteArray(_) => (a, b),
                _ => (b, a),
            };
            let Some(d) = view(seq) else {
                return Ok(None);
            };
            if !is_int(n) {
                return Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                )));
            }
            let n = size_arg(n)?.max(0) as usize;
            let total = d.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize);
            if let (None, Value::Bytes(_)) = (total, seq) {
                return Err(PyErr::overflow("repeated bytes are too long"));
            }
            let total = total.unwrap_or(usize::MAX);
            let mut out = buffer(total)?;
            if total > 0 {
                // Doubling copies: log(n) steps, however large n is.
                out.extend_from_slice(&d);
                while out.len() < total {
                    let k = (total - out.len()).min(out.len());
                    out.extend_from_within(..k);
                }
            }
            drop(d);
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

/// `bytes(...)` and `bytearray(...)`, with CPython's argument checks (which
/// differ between the two).
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
    let codec_error = if encoding.is_some() {
        Some("encoding without a string argument")
    } else {
        errors
            .is_some()
            .then_some("errors without a string argument")
    };
    let Some(src) = &a[0] else {
        return match codec_error {
            Some(msg) => Err(PyErr::type_error(msg)),
            None => Ok(make(Vec::new())),
        };
    };
    if let Value::Str(s) = src {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let errors = errors.unwrap_or_else(|| "strict".into());
        return Ok(make(super::codec::encode(s.as_str(), &enc, &errors)?));
    }
    if let Some(msg) = codec_error {
        return Err(PyErr::type_error(msg));
    }
    if !array {
        if let Some(b) = vm.call_special(src, "__bytes__", &[])? {
            return match b {
                Value::Bytes(_) => Ok(b),
                other => Err(PyErr::type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&other)
                ))),
            };
        }
    }
    if let (false, Value::Bytes(_)) = (array, src) {
        return Ok(src.clone());
    }
    if let Some(d) = bytes_like(src) {
        return Ok(make(d));
    }
    if is_int(src) {
        let n = size_arg(src)?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        let mut out = buffer(n as usize)?;
        out.resize(n as usize, 0);
        return Ok(make(out));
    }
    if !vm.is_iterable(src) {
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to {name}",
            type_name(src)
        )));
    }
    let items = vm.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let i = index_arg(item)?;
        out.push(u8::try_from(i).map_err(|_| {
            PyErr::value_error(if array {
                "byte must be in range(0, 256)"
            } else {
                "bytes must be in range(0, 256)"
            })
        })?);
    }
    Ok(make(out))
}

/// A `str` argument, or CPython's "argument 'x' must be str" TypeError.
pub fn str_of(v: &Value, func: &str, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        _ => Err(PyErr::type_error(format!(
            "{func}() argument '{what}' must be str, not {}",
            type_name(v)
        ))),
    }
}
