//! Methods of `str`: the method table, case mapping, the `is*` predicates,
//! padding, `expandtabs`, `encode`, `maketrans`/`translate` and the affix
//! removers. Searching and splitting live in [`super::str_search`],
//! `format` in [`super::str_format`].

use std::rc::Rc;

use crate::numeric::{py_isprintable, py_isspace};
use crate::objects::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

use super::args::{index_arg, with_keywords};
use super::str_format::{format, format_map};
use super::str_search::*;
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
    ("format", format),
    ("format_map", format_map),
];

fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

fn map_text(args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let a = args.check_method_count(name, 1, 1)?;
    Ok(Value::string(f(text(&a[0]))))
}

fn upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "upper", str::to_uppercase)
}

fn lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "lower", str::to_lowercase)
}

fn capitalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) => c
                .to_uppercase()
                .chain(cs.as_str().to_lowercase().chars())
                .collect(),
            None => String::new(),
        }
    })
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

fn title(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "title", |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

fn swapcase(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "swapcase", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn casefold(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_text(args, "casefold", |s| s.to_lowercase().replace('ß', "ss"))
}

fn predicate(args: Args, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let a = args.check_method_count(name, 1, 1)?;
    let s = text(&a[0]);
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

/// Decimal digits (Unicode `Nd`): ASCII and the common script digit blocks.
fn is_decimal(c: char) -> bool {
    const ZEROS: &[u32] = &[
        0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
        0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
    ];
    let u = c as u32;
    ZEROS.iter().any(|&z| (z..z + 10).contains(&u))
}

fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c, '²' | '³' | '¹' | '⁰' | '⁴'..='⁹' | '₀'..='₉' | '①'..='⑨' | '⑴'..='⑼')
}

fn is_numeric(c: char) -> bool {
    is_digit(c) || c.is_numeric()
}

fn isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isdigit", is_digit)
}

fn isdecimal(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isdecimal", is_decimal)
}

fn isnumeric(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isnumeric", is_numeric)
}

fn isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isalpha", char::is_alphabetic)
}

fn isalnum(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isalnum", |c| c.is_alphabetic() || is_numeric(c))
}

fn isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(args, "isspace", py_isspace)
}

fn isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("isascii", 1, 1)?;
    Ok(Value::Bool(text(&a[0]).is_ascii()))
}

fn isprintable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("isprintable", 1, 1)?;
    Ok(Value::Bool(text(&a[0]).chars().all(py_isprintable)))
}

fn islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("islower", 1, 1)?;
    let s = text(&a[0]);
    Ok(Value::Bool(
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase),
    ))
}

fn isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("isupper", 1, 1)?;
    let s = text(&a[0]);
    Ok(Value::Bool(
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase),
    ))
}

fn istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("istitle", 1, 1)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in text(&a[0]).chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn isidentifier(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("isidentifier", 1, 1)?;
    let mut cs = text(&a[0]).chars();
    let ok = match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    };
    Ok(Value::Bool(ok))
}

/// The `width` and `fillchar` arguments of `center`/`ljust`/`rjust`.
fn pad_args(args: Args, name: &str) -> PyResult<(Vec<char>, usize, char)> {
    let a = args.check_method_count(name, 2, 3)?;
    let width = index_arg(&a[1])?.max(0) as usize;
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
    Ok((text(&a[0]).chars().collect(), width, fill))
}

fn padded(s: &[char], left: usize, right: usize, fill: char) -> Value {
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(s.iter());
    out.extend(std::iter::repeat_n(fill, right));
    Value::string(out)
}

fn center(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(args, "center")?;
    let marg = width.saturating_sub(s.len());
    let left = marg / 2 + (marg & width & 1);
    Ok(padded(&s, left, marg - left, fill))
}

fn ljust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(args, "ljust")?;
    Ok(padded(&s, 0, width.saturating_sub(s.len()), fill))
}

fn rjust(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(args, "rjust")?;
    Ok(padded(&s, width.saturating_sub(s.len()), 0, fill))
}

fn zfill(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("zfill", 2, 2)?;
    let s: Vec<char> = text(&a[0]).chars().collect();
    let width = index_arg(&a[1])?.max(0) as usize;
    let fill = width.saturating_sub(s.len());
    let (sign, rest) = match s.first() {
        Some('+' | '-') => (&s[..1], &s[1..]),
        _ => (&s[..0], &s[..]),
    };
    let mut out: String = sign.iter().collect();
    out.extend(std::iter::repeat_n('0', fill));
    out.extend(rest.iter());
    Ok(Value::string(out))
}

fn expandtabs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = with_keywords(&args, "expandtabs", &["tabsize"])?;
    let size = match &a[0] {
        Some(v) => index_arg(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in text(&args.pos()[0]).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
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
    let a = with_keywords(&args, "encode", &["encoding", "errors"])?;
    let arg = |v: &Option<Value>, what: &str, default: &str| match v {
        None => Ok(default.to_owned()),
        Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
        Some(other) => Err(PyErr::type_error(format!(
            "encode() argument '{what}' must be str, not {}",
            type_name(other)
        ))),
    };
    let enc = arg(&a[0], "encoding", "utf-8")?;
    let errors = arg(&a[1], "errors", "strict")?;
    let s = text(&args.pos()[0]);
    Ok(Value::bytes(super::codec::encode(s, &enc, &errors)?))
}

/// `str.maketrans(x[, y[, z]])` called on the class.
pub fn maketrans_static(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("maketrans", 1, 3)?;
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
    let from = str_arg(&a[0], "maketrans() argument 1")?;
    let to = str_arg(&a[1], "maketrans() argument 2")?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (x, y) in from.iter().zip(&to) {
        d.set(ord(*x), ord(*y))?;
    }
    if let Some(z) = a.get(2) {
        for c in str_arg(z, "maketrans() argument 3")? {
            d.set(ord(c), Value::None)?;
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    maketrans_static(vm, Args::positional(args.pos().get(1..).unwrap_or(&[])))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("translate", 2, 2)?;
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
    let a = args.check_method_count("removeprefix", 2, 2)?;
    let p = str_arg(&a[1], "removeprefix() argument")?;
    let p: String = p.into_iter().collect();
    let s = text(&a[0]);
    Ok(Value::str(s.strip_prefix(p.as_str()).unwrap_or(s)))
}

fn removesuffix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_method_count("removesuffix", 2, 2)?;
    let p = str_arg(&a[1], "removesuffix() argument")?;
    let p: String = p.into_iter().collect();
    let s = text(&a[0]);
    Ok(Value::str(s.strip_suffix(p.as_str()).unwrap_or(s)))
}
