//! The text-like methods of `bytes` and `bytearray`: ASCII case mapping and
//! the `is*` predicates, padding (`center`, `zfill`, `expandtabs`),
//! `translate`/`maketrans`, `hex`/`fromhex` and `decode`.

use crate::objects::bytes::view;
use crate::objects::{Args, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::args::keywords_from;
use super::bytes::{
    arg, buffer, bytes_arg, c_int_arg, data, kind, parse, same, ssize_arg, str_of, Sig,
};
use super::bytes_search::is_space;
use super::MethodTable;

/// Class-level methods of `bytes` (`bytes.fromhex`, `bytes.maketrans`).
pub(super) const BYTES_CLASS_METHODS: MethodTable =
    &[("fromhex", bytes_fromhex), ("maketrans", bytes_maketrans)];

/// Class-level methods of `bytearray`.
pub(super) const BYTEARRAY_CLASS_METHODS: MethodTable = &[
    ("fromhex", bytearray_fromhex),
    ("maketrans", bytearray_maketrans),
];

fn map_bytes(args: Args, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (me, _) = parse(&args, name, Sig::NoArgs)?;
    let out = f(&data(me));
    Ok(same(me, out))
}

/// `b.upper()` (ASCII letters only).
pub fn upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, "upper", <[u8]>::to_ascii_uppercase)
}

/// `b.lower()` (ASCII letters only).
pub fn lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, "lower", <[u8]>::to_ascii_lowercase)
}

/// `b.capitalize()`: the first byte upper-cased, the rest lower-cased.
pub fn capitalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

/// `b.title()`: letters after a non-letter upper-cased, others lower-cased.
pub fn title(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let out = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// `b.swapcase()`.
pub fn swapcase(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(args, "swapcase", |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(args: Args, name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let (me, _) = parse(&args, name, Sig::NoArgs)?;
    let d = data(me);
    Ok(Value::Bool(f(&d)))
}

/// True when `d` is non-empty and every byte satisfies `f`.
fn all_of(d: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

/// `b.isalpha()`.
pub fn isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isalpha", |d| all_of(d, u8::is_ascii_alphabetic))
}

/// `b.isalnum()`.
pub fn isalnum(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isalnum", |d| all_of(d, u8::is_ascii_alphanumeric))
}

/// `b.isdigit()`.
pub fn isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isdigit", |d| all_of(d, u8::is_ascii_digit))
}

/// `b.isspace()`.
pub fn isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isspace", |d| all_of(d, |b| is_space(*b)))
}

/// `b.islower()`: some lower-case letter and no upper-case one.
pub fn islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

/// `b.isupper()`: some upper-case letter and no lower-case one.
pub fn isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

/// `b.istitle()`: upper-case letters only start words, lower-case ones
/// only follow letters, and there is at least one letter.
pub fn istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "istitle", |d| {
        let (mut cased, mut prev_cased) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                (cased, prev_cased) = (true, true);
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// `b.isascii()`.
pub fn isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isascii", |d| d.is_ascii())
}

/// The width and fill byte of `center`/`ljust`/`rjust`; `None` when no
/// padding is needed.
fn pad_args(args: &Args, name: &str) -> PyResult<(Value, usize, u8)> {
    let (me, a) = parse(args, name, Sig::Positional(1, 2))?;
    let width = ssize_arg(arg(&a, 0))?;
    let fill = match &a[1] {
        None => b' ',
        Some(v) => match view(v) {
            Some(d) if d.len() == 1 => d[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(v)
                )))
            }
        },
    };
    Ok((me.clone(), usize::try_from(width).unwrap_or(0), fill))
}

/// `d` padded to `width` with `left` fill bytes before it.
fn padded(d: &[u8], width: usize, fill: u8, left: usize) -> PyResult<Vec<u8>> {
    let mut out = buffer(width.max(d.len()))?;
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(width.max(d.len()), fill);
    Ok(out)
}

/// `b.center(width[, fillchar])`, splitting the padding as CPython does.
pub fn center(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, width, fill) = pad_args(&args, "center")?;
    let d = data(&me);
    let marg = width.saturating_sub(d.len());
    let left = marg / 2 + (marg & width & 1);
    let out = padded(&d, width, fill, left)?;
    Ok(same(&me, out))
}

/// `b.ljust(width[, fillchar])`.
pub fn ljust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, width, fill) = pad_args(&args, "ljust")?;
    let out = padded(&data(&me), width, fill, 0)?;
    Ok(same(&me, out))
}

/// `b.rjust(width[, fillchar])`.
pub fn rjust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, width, fill) = pad_args(&args, "rjust")?;
    let d = data(&me);
    let out = padded(&d, width, fill, width.saturating_sub(d.len()))?;
    Ok(same(&me, out))
}

/// `b.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "zfill", Sig::One)?;
    let width = ssize_arg(arg(&a, 0))?;
    let d = data(me);
    let width = usize::try_from(width).unwrap_or(0);
    let mut out = padded(&d, width, b'0', width.saturating_sub(d.len()))?;
    let fill = width.saturating_sub(d.len());
    if fill > 0 && matches!(d.first(), Some(b'+' | b'-')) {
        out.swap(0, fill);
    }
    Ok(same(me, out))
}

/// `b.expandtabs(tabsize=8)`; columns restart after `\n` and `\r`.
pub fn expandtabs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "expandtabs", Sig::Keywords(&["tabsize"]))?;
    let tabsize = match &a[0] {
        Some(v) => c_int_arg(v)?,
        None => 8,
    };
    // The columns each byte takes: a tab reaches the next multiple of
    // tabsize (none for tabsize <= 0), a line break restarts at column 0.
    let widths = |d: &[u8]| -> Vec<i64> {
        let mut col: i64 = 0;
        d.iter()
            .map(|&b| {
                let w = match b {
                    b'\t' if tabsize > 0 => tabsize - col % tabsize,
                    b'\t' => 0,
                    _ => 1,
                };
                col = if b == b'\n' || b == b'\r' { 0 } else { col + w };
                w
            })
            .collect()
    };
    let d = data(me);
    let widths = widths(&d);
    let len = widths
        .iter()
        .fold(0usize, |n, &w| n.saturating_add(w as usize));
    let mut out = buffer(len)?;
    for (&b, &w) in d.iter().zip(&widths) {
        if b == b'\t' {
            out.resize(out.len() + w as usize, b' ');
        } else {
            out.push(b);
        }
    }
    Ok(same(me, out))
}

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping `frm` to `to`.
fn maketrans(args: &[Value], kw: bool, class: &str) -> PyResult<Value> {
    if kw {
        return Err(PyErr::type_error(format!(
            "{class}.maketrans() takes no keyword arguments"
        )));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let (frm, to) = (bytes_arg(&args[0])?, bytes_arg(&args[1])?);
    if frm.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(Value::bytes(table))
}

/// `b.maketrans(frm, to)` called on an instance (it ignores the instance).
pub fn maketrans_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let class = pos.first().map_or("bytes", kind);
    maketrans(pos.get(1..).unwrap_or(&[]), args.has_kwargs(), class)
}

fn bytes_maketrans(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    maketrans(args.pos(), args.has_kwargs(), "bytes")
}

fn bytearray_maketrans(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    maketrans(args.pos(), args.has_kwargs(), "bytearray")
}

/// `b.translate(table, /, delete=b'')`: `table` is None or 256 bytes.
pub fn translate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(me) = pos.first() else {
        return Err(PyErr::type_error(
            "unbound method bytes.translate() needs an argument",
        ));
    };
    let n = args.values.len() - 1;
    if n > 2 {
        return Err(PyErr::type_error(format!(
            "translate() takes at most 2 arguments ({n} given)"
        )));
    }
    let Some(table) = pos.get(1) else {
        return Err(PyErr::type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    };
    let mut delete = None;
    for (k, v) in args.kwargs() {
        if k != "delete" {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for translate()"
            )));
        }
        delete = Some(v);
    }
    let table = match table {
        Value::None => None,
        t => {
            let t = bytes_arg(t)?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match delete.or(pos.get(2)) {
        Some(v) => bytes_arg(v)?.to_vec(),
        None => Vec::new(),
    };
    let d = data(me);
    let out = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    drop(d);
    Ok(same(me, out))
}

/// `b.hex(sep=..., bytes_per_sep=1)`: two hex digits a byte, with `sep`
/// every `bytes_per_sep` bytes (counted from the right when positive).
pub fn hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "hex", Sig::Keywords(&["sep", "bytes_per_sep"]))?;
    let per = match &a[1] {
        Some(v) => c_int_arg(v)?,
        None => 1,
    };
    let sep = match &a[0] {
        None => None,
        Some(v) => Some(hex_sep(v)?),
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let d = data(me);
    let n = d.len();
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(n * 3);
    for (i, &b) in d.iter().enumerate() {
        if let (Some(sep), true, true) = (sep, i > 0, group > 0) {
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    Ok(Value::string(out))
}

/// The separator of `hex()`: one ASCII character, as str or bytes.
fn hex_sep(v: &Value) -> PyResult<char> {
    let len = match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        _ => {
            return Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                type_name(v)
            )))
        }
    };
    if len != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    let c = match v {
        Value::Str(s) => s.as_str().chars().next().unwrap_or(' '),
        Value::Bytes(b) => b.data[0] as char,
        _ => return Err(PyErr::value_error("sep must be str or bytes.")),
    };
    if !c.is_ascii() {
        return Err(PyErr::value_error("sep must be ASCII."));
    }
    Ok(c)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`; `array` picks the result
/// type. Whitespace may separate the two-digit pairs.
pub fn fromhex(s: &Value, array: bool) -> PyResult<Value> {
    let Value::Str(s) = s else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(s)
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let bad = |i: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
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

fn class_fromhex(args: Args, class: &str, array: bool) -> PyResult<Value> {
    args.no_kwargs(&format!("{class}.fromhex"))?;
    match args.pos() {
        [s] => fromhex(s, array),
        a => Err(PyErr::type_error(format!(
            "{class}.fromhex() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

fn bytes_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    class_fromhex(args, "bytes", false)
}

fn bytearray_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    class_fromhex(args, "bytearray", true)
}

/// `b.fromhex(s)` called on an instance: a new object of the same type.
pub fn fromhex_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "fromhex", Sig::One)?;
    fromhex(arg(&a, 0), matches!(me, Value::ByteArray(_)))
}

/// `b.decode(encoding='utf-8', errors='strict')`.
pub fn decode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, a) = parse(&args, "decode", Sig::Keywords(&["encoding", "errors"]))?;
    let enc = match &a[0] {
        Some(v) => str_of(v, "decode", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match &a[1] {
        Some(v) => str_of(v, "decode", "errors")?,
        None => "strict".into(),
    };
    let d = data(me);
    Ok(Value::string(super::codec::decode(&d, &enc, &errors)?))
}

/// `str(object, encoding, errors)`: the constructor form that decodes a
/// bytes-like object (with neither `encoding` nor `errors` it is plain `str()`).
pub fn str_decoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = keywords_from(&args, 0, "str", &["object", "encoding", "errors"])?;
    let (obj, encoding, errors) = (&a[0], &a[1], &a[2]);
    if encoding.is_none() && errors.is_none() {
        return Ok(match obj {
            Some(v) => Value::string(vm.str(v)?),
            None => Value::str(""),
        });
    }
    let enc = match encoding {
        Some(v) => str_of(v, "str", "encoding")?,
        None => "utf-8".into(),
    };
    let errors = match errors {
        Some(v) => str_of(v, "str", "errors")?,
        None => "strict".into(),
    };
    let Some(obj) = obj else {
        return Ok(Value::str(""));
    };
    let Some(d) = view(obj) else {
        return Err(PyErr::type_error(match obj {
            Value::Str(_) => "decoding str is not supported".to_owned(),
            other => format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(other)
            ),
        }));
    };
    Ok(Value::string(super::codec::decode(&d, &enc, &errors)?))
}
