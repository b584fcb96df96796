//! Methods of `str`: the method table, case mapping, the `is*` predicates,
//! padding, `expandtabs`, `encode`, `maketrans`/`translate` and the affix
//! removers. Searching and splitting live in [`super::str_search`],
//! `format` in [`super::str_format`].

use std::rc::Rc;

use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::args::{index_arg, keywords_from, with_keywords};
use super::str_dunder as dunder;
use super::str_format::{format, format_map};
use super::str_search::*;
use super::str_unicode as uni;
use super::MethodTable;

/// `str` methods.
pub const METHODS: MethodTable = &[
    ("join", join),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("partition", partition),
    ("rpartition", rpartition),
    ("upper", upper),
    ("lower", lower),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("casefold", casefold),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("isascii", isascii),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("encode", encode),
    ("maketrans", maketrans),
    ("translate", translate),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("format", format_method),
    ("format_map", format_map_method),
    ("__len__", dunder::len),
    ("__contains__", dunder::contains),
    ("__getitem__", dunder::getitem),
    ("__iter__", dunder::iter),
    ("__add__", dunder::add),
    ("__mul__", dunder::mul),
    ("__rmul__", dunder::mul),
    ("__mod__", dunder::modulo),
    ("__eq__", dunder::eq),
    ("__ne__", dunder::ne),
    ("__lt__", dunder::lt),
    ("__le__", dunder::le),
    ("__gt__", dunder::gt),
    ("__ge__", dunder::ge),
    ("__hash__", dunder::hash),
    ("__str__", dunder::to_str),
    ("__repr__", dunder::repr),
    ("__format__", dunder::format),
];

/// Stores the methods in the `str` class's dict, so `str.upper`,
/// `str.join(",", xs)` and `key=str.lower` work unbound; `maketrans` is
/// bound to the class, as CPython's static method shows itself.
pub fn install_unbound(class: &Rc<crate::objects::PyClass>) {
    for &(name, func) in METHODS.iter() {
        let bound = (name == "maketrans").then(|| Value::Class(class.clone()));
        let method = crate::objects::PyBuiltin {
            name,
            func,
            bound,
            as_python_function: false,
            reads_frame: false,
        };
        class.dict.set_str(name, Value::Builtin(Rc::new(method)));
    }
}

/// True for a method taken from the `str` class (`str.upper`), which
/// CPython shows as `<method 'upper' of 'str' objects>`.
pub fn is_unbound_method(b: &crate::objects::PyBuiltin) -> bool {
    b.bound.is_none()
        && METHODS
            .iter()
            .any(|&(n, f)| n == b.name && f as usize == b.func as usize)
}

/// Fails as CPython's method descriptors do when `str.method` is called
/// unbound without a `str` first argument.
pub(super) fn check_self(args: &Args, name: &str) -> PyResult<()> {
    match args.pos().first() {
        Some(Value::Str(_)) => Ok(()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(PyErr::type_error(format!(
            "unbound method str.{name}() needs an argument"
        ))),
    }
}

/// As [`with_keywords`], after checking `self` is a `str`.
pub(super) fn keyword_args(
    args: &Args,
    name: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    check_self(args, name)?;
    let given = args.pos().len() - 1 + args.kwargs().count();
    if given > names.len() {
        let plural = if names.len() == 1 { "" } else { "s" };
        let kind = if args.pos().len() == 1 {
            " keyword"
        } else {
            ""
        };
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {}{kind} argument{plural} ({given} given)",
            names.len()
        )));
    }
    with_keywords(args, name, names)
}

/// The name CPython's argument errors give a value's type (`None` for None).
fn arg_type_name(v: &Value) -> String {
    match v {
        Value::None => "None".to_owned(),
        _ => type_name(v),
    }
}

fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

/// The arguments of a method CPython declares with Argument Clinic and no
/// keywords: `str.upper() takes no arguments (1 given)`,
/// `center expected at least 1 argument, got 0`. Counts exclude `self`.
pub(super) fn clinic_args<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    check_self(args, name)?;
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    let pos = args.pos();
    if (min + 1..=max + 1).contains(&pos.len()) {
        return Ok(pos);
    }
    if min == max {
        args.check_method_count(&format!("str.{name}"), min + 1, max + 1)
    } else {
        args.check_method_count(name, min + 1, max + 1)
    }
}

/// The arguments of the search methods (`find`, `count`, `startswith`, ...),
/// whose errors read `find() takes at least 1 argument (0 given)`.
pub(super) fn search_args<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    check_self(args, name)?;
    // A direct call `s.find(x, start=1)` goes through the method descriptor,
    // which names the type.
    if args.has_kwargs() {
        args.no_kwargs(&format!("str.{name}"))?;
    }
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(PyErr::type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(pos)
}

fn map_text(args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let a = clinic_args(&args, name, 0, 0)?;
    Ok(Value::string(f(text(&a[0]))))
}

fn upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "upper", uni::upper)
}

fn lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "lower", uni::lower)
}

fn capitalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "capitalize", uni::capitalize)
}

fn title(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "title", uni::title)
}

fn swapcase(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "swapcase", uni::swapcase)
}

fn casefold(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "casefold", uni::casefold)
}

/// A predicate that holds when `s` is non-empty and every character passes.
fn predicate(args: Args, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let a = clinic_args(&args, name, 0, 0)?;
    let s = text(&a[0]);
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

/// A predicate on the whole string.
fn whole(args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let a = clinic_args(&args, name, 0, 0)?;
    Ok(Value::Bool(f(text(&a[0]))))
}

fn isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isdigit", uni::is_digit)
}

fn isdecimal(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isdecimal", uni::is_decimal)
}

fn isnumeric(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isnumeric", uni::is_numeric)
}

fn isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isalpha", uni::is_alpha)
}

fn isalnum(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isalnum", uni::is_alnum)
}

fn isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isspace", uni::is_space)
}

fn isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    whole(args, "isascii", str::is_ascii)
}

fn isprintable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    whole(args, "isprintable", |s| s.chars().all(uni::is_printable))
}

fn islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    whole(args, "islower", |s| {
        s.chars().any(char::is_lowercase)
            && !s.chars().any(|c| c.is_uppercase() || uni::is_titlecase(c))
    })
}

fn isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    whole(args, "isupper", |s| {
        s.chars().any(char::is_uppercase)
            && !s.chars().any(|c| c.is_lowercase() || uni::is_titlecase(c))
    })
}

fn istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    whole(args, "istitle", uni::is_title)
}

fn isidentifier(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    whole(args, "isidentifier", uni::is_identifier)
}

/// An integer argument CPython converts to `Py_ssize_t` (a width or count).
pub(super) fn ssize_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        _ => index_arg(v),
    }
}

/// The `MemoryError` of a result too large to allocate.
fn memory_error() -> PyErr {
    PyErr::with_args(crate::objects::ExcKind::MemoryError, vec![])
}

/// A string with room for `bytes` bytes, or `MemoryError`.
fn buffer(bytes: usize) -> PyResult<String> {
    let mut out = String::new();
    out.try_reserve_exact(bytes).map_err(|_| memory_error())?;
    Ok(out)
}

/// The `width` and `fillchar` arguments of `center`/`ljust`/`rjust`.
fn pad_args(args: Args, name: &str) -> PyResult<(usize, usize, char)> {
    let a = clinic_args(&args, name, 1, 2)?;
    let width = ssize_arg(&a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        None => ' ',
        Some(Value::Str(s)) if s.char_len() == 1 => s.char_at(0).unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "The fill character must be a unicode character, not {}",
                type_name(other)
            )))
        }
    };
    let len = match &a[0] {
        Value::Str(s) => s.char_len(),
        _ => 0,
    };
    Ok((width, len, fill))
}

/// `s` with `left` and `right` fill characters around it.
fn padded(s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let bytes = (left + right)
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(s.len()))
        .ok_or_else(memory_error)?;
    let mut out = buffer(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn center(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(args.pos().first().unwrap_or(&Value::None));
    let (width, len, fill) = pad_args(args, "center")?;
    let marg = width.saturating_sub(len);
    let left = marg / 2 + (marg & width & 1);
    padded(s, left, marg - left, fill)
}

fn ljust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(args.pos().first().unwrap_or(&Value::None));
    let (width, len, fill) = pad_args(args, "ljust")?;
    padded(s, 0, width.saturating_sub(len), fill)
}

fn rjust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(args.pos().first().unwrap_or(&Value::None));
    let (width, len, fill) = pad_args(args, "rjust")?;
    padded(s, width.saturating_sub(len), 0, fill)
}

fn zfill(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(&args, "zfill", 1, 1)?;
    let s = text(&a[0]);
    let width = ssize_arg(&a[1])?.max(0) as usize;
    let len = match &a[0] {
        Value::Str(p) => p.char_len(),
        _ => 0,
    };
    let fill = width.saturating_sub(len);
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    let mut out = buffer(s.len().saturating_add(fill))?;
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::string(out))
}

fn expandtabs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = keyword_args(&args, "expandtabs", &["tabsize"])?;
    let size = match &a[0] {
        Some(v) => {
            let i = ssize_arg(v).ok().filter(|i| i32::try_from(*i).is_ok());
            match i {
                Some(i) => i,
                None => {
                    index_arg(v)?;
                    return Err(PyErr::overflow("Python int too large to convert to C int"));
                }
            }
        }
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in text(&args.pos()[0]).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.try_reserve(n as usize).map_err(|_| memory_error())?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = keyword_args(&args, "encode", &["encoding", "errors"])?;
    let arg = |v: &Option<Value>, what: &str, default: &str| match v {
        None => Ok(default.to_owned()),
        Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
        Some(other) => Err(PyErr::type_error(format!(
            "encode() argument '{what}' must be str, not {}",
            arg_type_name(other)
        ))),
    };
    let enc = arg(&a[0], "encoding", "utf-8")?;
    let errors = arg(&a[1], "errors", "strict")?;
    let s = text(&args.pos()[0]);
    Ok(Value::bytes(super::codec::encode(s, &enc, &errors)?))
}

/// `str.maketrans(x[, y[, z]])` without `self`.
fn maketrans_static(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(PyErr::type_error(
            "str.maketrans() takes no keyword arguments",
        ));
    }
    let a = args.check_count("maketrans", 1, 3)?;
    let d = PyDict::new();
    let ord = |c: char| Value::Int(c as i64);
    if a.len() == 1 {
        let Value::Dict(src) = &a[0] else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Str(s) if s.char_len() == 1 => ord(s.char_at(0).unwrap_or('\0')),
                Value::Str(_) => {
                    return Err(PyErr::value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => k.clone(),
                _ => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            d.set(key, v)?;
        }
        return Ok(Value::Dict(Rc::new(d)));
    }
    let Value::Str(_) = &a[0] else {
        return Err(PyErr::type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let from = str_arg(&a[0], "maketrans() argument 1")?;
    let to = str_arg(&a[1], "maketrans() argument 2")?;
    if from.chars().count() != to.chars().count() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (x, y) in from.chars().zip(to.chars()) {
        d.set(ord(x), ord(y))?;
    }
    if let Some(z) = a.get(2) {
        for c in str_arg(z, "maketrans() argument 3")?.chars() {
            d.set(ord(c), Value::None)?;
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let values = args.values.get(1..).unwrap_or(&[]);
    maketrans_static(
        vm,
        Args {
            values,
            kwnames: args.kwnames,
        },
    )
}

/// `str.format`, checking `self` when called unbound.
fn format_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_self(&args, "format")?;
    format(vm, args)
}

/// `str.format_map`, with the argument checks of CPython's method.
fn format_map_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    clinic_args(&args, "format_map", 1, 1)?;
    format_map(vm, args)
}

/// `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = keywords_from(&args, 0, "str", &["object", "encoding", "errors"])?;
    let text_arg = |v: &Option<Value>, what: &str| match v {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_owned())),
        Some(other) => Err(PyErr::type_error(format!(
            "str() argument '{what}' must be str, not {}",
            arg_type_name(other)
        ))),
    };
    let encoding = text_arg(&a[1], "encoding")?;
    let errors = text_arg(&a[2], "errors")?;
    let Some(obj) = &a[0] else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return Ok(match obj {
            Value::Str(_) => obj.clone(),
            _ => Value::string(vm.str(obj)?),
        });
    }
    let encoding = encoding.unwrap_or_else(|| "utf-8".to_owned());
    let errors = errors.unwrap_or_else(|| "strict".to_owned());
    let decoded = match obj {
        Value::Bytes(b) => super::codec::decode(&b.data, &encoding, &errors)?,
        Value::ByteArray(b) => super::codec::decode(&b.data.borrow(), &encoding, &errors)?,
        Value::Str(_) => return Err(PyErr::type_error("decoding str is not supported")),
        other => {
            return Err(PyErr::type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(other)
            )))
        }
    };
    Ok(Value::string(decoded))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(&args, "translate", 1, 1)?;
    let mut out = String::new();
    for c in text(&a[0]).chars() {
        let key = Value::Int(c as i64);
        let mapped = match vm.get_item(&a[1], &key) {
            Ok(v) => v,
            Err(e) if e.is(crate::objects::ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            _ => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(Value::string(out))
}

fn removeprefix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(&args, "removeprefix", 1, 1)?;
    let p = str_arg(&a[1], "removeprefix() argument")?;
    match text(&a[0]).strip_prefix(p) {
        Some(rest) if !p.is_empty() => Ok(Value::str(rest)),
        _ => Ok(a[0].clone()),
    }
}

fn removesuffix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(&args, "removesuffix", 1, 1)?;
    let p = str_arg(&a[1], "removesuffix() argument")?;
    match text(&a[0]).strip_suffix(p) {
        Some(rest) if !p.is_empty() => Ok(Value::str(rest)),
        _ => Ok(a[0].clone()),
    }
}
