//! `json.loads` of well-formed documents by `serde_json`. The Python
//! scanner in `json.py` (CPython's) stays the reference: it runs whenever
//! this path declines (hooks given, NaN/Infinity, lone surrogates, ints
//! past 64 bits, any error), so results and error messages are CPython's.

use std::borrow::Cow;

use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::Vm;

/// `_fast_loads(s)`: the decoded document, or `NotImplemented` when the
/// Python scanner must decide.
pub fn fast_loads(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_fast_loads", 1, 1)?;
    let Value::Str(s) = &a[0] else {
        return Ok(Value::NotImplemented);
    };
    match serde_json::from_str::<serde_json::Value>(s.as_str()) {
        Ok(doc) => Ok(convert(doc).unwrap_or(Value::NotImplemented)),
        Err(_) => Ok(Value::NotImplemented),
    }
}

/// The Python value of a parsed document; `None` where CPython's scanner
/// would build something this cannot (an int past 64 bits).
fn convert(v: serde_json::Value) -> Option<Value> {
    use serde_json::Value as J;
    Some(match v {
        J::Null => Value::None,
        J::Bool(b) => Value::Bool(b),
        J::Number(n) => {
            let text = n.as_str();
            if text.contains(['.', 'e', 'E']) {
                Value::Float(text.parse().ok()?)
            } else {
                Value::Int(text.parse().ok()?)
            }
        }
        J::String(s) => Value::string(s),
        J::Array(items) => {
            let items: Option<Vec<Value>> = items.into_iter().map(convert).collect();
            Value::list(items?)
        }
        J::Object(map) => {
            let dict = PyDict::new();
            for (k, v) in map {
                dict.set_str(&k, convert(v)?);
            }
            Value::Dict(std::rc::Rc::new(dict))
        }
    })
}

/// The options of a `JSONEncoder` the fast encoder honours.
struct EncodeOptions<'a> {
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    skipkeys: bool,
    indent: Option<&'a str>,
    item_separator: &'a str,
    key_separator: &'a str,
}

/// Why the fast encoder gave the value back to `json.py`'s encoder.
struct Decline;

/// Nesting past this is left to the Python encoder (which detects cycles).
const MAX_DEPTH: usize = 100;

/// `_fast_encode(o, ensure_ascii, allow_nan, sort_keys, skipkeys, indent,
/// item_separator, key_separator)`: the JSON text of `o` when it is made
/// of the built-in types only (exactly: subclasses may override what the
/// encoder calls), else `NotImplemented` and `json.py`'s encoder, CPython's
/// algorithm, does it (with `default()`, errors and cycle detection).
pub fn fast_encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_fast_encode", 8, 8)?;
    let text_of = |v: &Value| match v {
        Value::Str(s) => Some(s.as_str().to_owned()),
        _ => None,
    };
    let (Some(item_separator), Some(key_separator)) = (text_of(&a[6]), text_of(&a[7])) else {
        return Ok(Value::NotImplemented);
    };
    let indent = match &a[5] {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_owned()),
        _ => return Ok(Value::NotImplemented),
    };
    let flag = |v: &Value| matches!(v, Value::Bool(true));
    let options = EncodeOptions {
        ensure_ascii: flag(&a[1]),
        allow_nan: flag(&a[2]),
        sort_keys: flag(&a[3]),
        skipkeys: flag(&a[4]),
        indent: indent.as_deref(),
        item_separator: &item_separator,
        key_separator: &key_separator,
    };
    let mut out = String::new();
    match encode(&a[0], &options, 0, &mut out) {
        Ok(()) => Ok(Value::string(out)),
        Err(Decline) => Ok(Value::NotImplemented),
    }
}

fn encode(v: &Value, o: &EncodeOptions, level: usize, out: &mut String) -> Result<(), Decline> {
    match v {
        Value::Str(s) => encode_str(s.as_str(), o.ensure_ascii, out),
        Value::None => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&float_text(*f, o)?),
        // No Python code runs while encoding, so the list cannot change.
        Value::List(l) => encode_sequence(&l.items.borrow(), o, level, out)?,
        Value::Tuple(t) => encode_sequence(&t.items, o, level, out)?,
        Value::Dict(d) => encode_dict(d, o, level, out)?,
        _ => return Err(Decline),
    }
    Ok(())
}

/// `float.__repr__`, or NaN/Infinity/-Infinity when allowed.
fn float_text(f: f64, o: &EncodeOptions) -> Result<String, Decline> {
    if f.is_finite() {
        return Ok(crate::numeric::float_repr(f));
    }
    if !o.allow_nan {
        return Err(Decline);
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_owned())
}

/// Opens a container: `[` or `{`, and the newline and indent of its items.
fn open(bracket: char, o: &EncodeOptions, level: usize, out: &mut String) -> Option<String> {
    out.push(bracket);
    let indent = o.indent?;
    let newline = format!("\n{}", indent.repeat(level + 1));
    out.push_str(&newline);
    Some(newline)
}

fn close(bracket: char, o: &EncodeOptions, level: usize, out: &mut String) {
    if let Some(indent) = o.indent {
        out.push('\n');
        out.push_str(&indent.repeat(level));
    }
    out.push(bracket);
}

fn encode_sequence(
    items: &[Value],
    o: &EncodeOptions,
    level: usize,
    out: &mut String,
) -> Result<(), Decline> {
    if items.is_empty() {
        out.push_str("[]");
        return Ok(());
    }
    if level >= MAX_DEPTH {
        return Err(Decline);
    }
    let newline = open('[', o, level, out);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(o.item_separator);
            if let Some(n) = &newline {
                out.push_str(n);
            }
        }
        encode(item, o, level + 1, out)?;
    }
    close(']', o, level, out);
    Ok(())
}

fn encode_dict(
    d: &PyDict,
    o: &EncodeOptions,
    level: usize,
    out: &mut String,
) -> Result<(), Decline> {
    let mut items = d.items();
    if items.is_empty() {
        out.push_str("{}");
        return Ok(());
    }
    if level >= MAX_DEPTH {
        return Err(Decline);
    }
    if o.sort_keys {
        // Only str keys sort here; mixed keys raise in the Python encoder.
        if !items.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
            return Err(Decline);
        }
        items.sort_by(|(a, _), (b, _)| match (a, b) {
            (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
            _ => std::cmp::Ordering::Equal,
        });
    }
    let newline = open('{', o, level, out);
    let mut first = true;
    for (key, value) in &items {
        let key: Cow<str> = match key {
            Value::Str(s) => Cow::Borrowed(s.as_str()),
            Value::Float(f) => Cow::Owned(float_text(*f, o)?),
            Value::Bool(true) => Cow::Borrowed("true"),
            Value::Bool(false) => Cow::Borrowed("false"),
            Value::None => Cow::Borrowed("null"),
            Value::Int(i) => Cow::Owned(i.to_string()),
            _ if o.skipkeys && !matches!(key, Value::BigInt(_) | Value::Instance(_)) => continue,
            _ => return Err(Decline),
        };
        if !first {
            out.push_str(o.item_separator);
            if let Some(n) = &newline {
                out.push_str(n);
            }
        }
        first = false;
        encode_str(&key, o.ensure_ascii, out);
        out.push_str(o.key_separator);
        encode(value, o, level + 1, out)?;
    }
    close('}', o, level, out);
    Ok(())
}

/// A JSON string literal, escaped as CPython's encoder escapes it.
fn encode_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && c > '~' => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
