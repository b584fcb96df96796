//! The native half of `re` (CPython's `_sre`): compiled pattern code runs on
//! RustPython's port of CPython's SRE matcher (`rustpython-sre_engine`), so
//! matches, backtracking order and group captures are CPython's own (the
//! crate is vendored with fixes, see `vendor/rustpython-sre_engine`). The
//! code itself comes from CPython's `_parser`/`_compiler`, in `sre_parse.py`
//! and `sre_compile.py`.

use std::rc::Rc;

use rustpython_sre_engine::string::lower_ascii;
use rustpython_sre_engine::{Request, State, StrDrive};

use crate::objects::class::types;
use crate::objects::{Args, NativeObject, PyClass, PyErr, PyResult, Value};

/// The compiled opcodes of one pattern, as `_sre` keeps them.
pub struct SreCode {
    code: Vec<u32>,
    groups: usize,
}

impl NativeObject for SreCode {
    fn class(&self) -> Rc<PyClass> {
        types().named("_sre_code")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr(&self, _vm: &mut crate::vm::Vm) -> PyResult<String> {
        Ok("<_sre_code object>".into())
    }
}

fn int_arg(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(PyErr::type_error(format!("{what} must be an int"))),
    }
}

/// `_sre_code(code, groups)`: the compiler's list of opcodes, kept natively.
pub fn sre_code(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_sre_code", 2, 2)?;
    let Value::List(list) = &a[0] else {
        return Err(PyErr::type_error("_sre_code() expects a list"));
    };
    let code = list
        .items
        .borrow()
        .iter()
        .map(|v| {
            int_arg(v, "code")
                .ok()
                .and_then(|i| u32::try_from(i).ok())
                .ok_or_else(|| PyErr::overflow("regular expression code size limit exceeded"))
        })
        .collect::<PyResult<Vec<u32>>>()?;
    let groups = usize::try_from(int_arg(&a[1], "groups")?).unwrap_or(0);
    Ok(Value::Native(Rc::new(SreCode { code, groups })))
}

/// How `_sre_run` applies the pattern.
#[derive(Clone, Copy)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

/// The flat spans of the match `state` holds (start, end for group 0, 1,
/// ...; -1 where a group did not take part) and its last closed group.
fn spans_of(state: &State, groups: usize) -> Value {
    let mut spans = Vec::with_capacity(2 * (groups + 1));
    spans.push(Value::Int(state.start as i64));
    spans.push(Value::Int(state.cursor.position as i64));
    for g in 0..groups {
        let (start, end) = state.marks.get(g);
        if start.is_some() && end.is_some() && start.unpack() <= end.unpack() {
            spans.push(Value::Int(start.unpack() as i64));
            spans.push(Value::Int(end.unpack() as i64));
        } else {
            spans.push(Value::Int(-1));
            spans.push(Value::Int(-1));
        }
    }
    let last = state.marks.last_index();
    let last = if last >= 1 {
        Value::Int(last as i64)
    } else {
        Value::None
    };
    Value::tuple(vec![Value::tuple(spans), last])
}

/// Runs the engine once over one subject: `None` when nothing matched.
fn run_once<S: StrDrive>(prog: &SreCode, subject: S, range: Range, mode: Mode) -> Value {
    let mut req = Request::new(
        subject,
        range.pos,
        range.endpos,
        &prog.code,
        matches!(mode, Mode::FullMatch),
    );
    req.must_advance = range.must_advance;
    let mut state = State::default();
    let found = match mode {
        Mode::Search => state.search(req),
        Mode::Match | Mode::FullMatch => state.py_match(&req),
    };
    if found {
        spans_of(&state, prog.groups)
    } else {
        Value::None
    }
}

/// Every non-overlapping match from `range.pos` (at most `limit`, 0 for
/// all), as CPython's findall/sub/split loop finds them: after an empty
/// match the next one must advance. One pass, so a non-ASCII subject is
/// walked once rather than once a match.
fn run_all<S: StrDrive>(prog: &SreCode, subject: S, range: Range, limit: usize) -> Value {
    let req = Request::new(subject, range.pos, range.endpos, &prog.code, false);
    let mut iter = rustpython_sre_engine::SearchIter {
        req,
        state: State::default(),
    };
    let mut found = Vec::new();
    while (limit == 0 || found.len() < limit) && iter.next().is_some() {
        found.push(spans_of(&iter.state, prog.groups));
    }
    Value::list(found)
}

/// Where a run starts and ends (already clamped to the subject).
#[derive(Clone, Copy)]
struct Range {
    pos: usize,
    endpos: usize,
    must_advance: bool,
}

/// One run over whichever kind of subject `string` is.
fn dispatch(
    prog: &SreCode,
    string: &Value,
    range: Range,
    what: Option<Mode>,
    limit: usize,
) -> PyResult<Value> {
    fn go<S: StrDrive>(
        prog: &SreCode,
        s: S,
        range: Range,
        what: Option<Mode>,
        limit: usize,
    ) -> Value {
        match what {
            Some(mode) => run_once(prog, s, range, mode),
            None => run_all(prog, s, range, limit),
        }
    }
    Ok(match string {
        Value::Str(s) if s.is_ascii() => go(prog, s.as_str().as_bytes(), range, what, limit),
        Value::Str(s) => go(prog, s.as_str(), range, what, limit),
        Value::Bytes(b) => go(prog, &b.data[..], range, what, limit),
        Value::ByteArray(b) => {
            let data = b.data.borrow().clone();
            go(prog, &data[..], range, what, limit)
        }
        _ => return Err(PyErr::type_error("expected str or bytes")),
    })
}

fn code_arg(v: &Value) -> PyResult<&SreCode> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<SreCode>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("expected compiled pattern code"))
}

fn index_arg(v: &Value, what: &str) -> PyResult<usize> {
    Ok(usize::try_from(int_arg(v, what)?).unwrap_or(0))
}

/// `_sre_run(code, string, pos, endpos, mode, must_advance)`: mode 0
/// matches at `pos`, 1 matches all of `pos:endpos`, 2 searches. Returns
/// `None` or `(spans, lastindex)`; pos and endpos are already clamped.
pub fn sre_run(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_sre_run", 6, 6)?;
    let range = Range {
        pos: index_arg(&a[2], "pos")?,
        endpos: index_arg(&a[3], "endpos")?,
        must_advance: matches!(a[5], Value::Bool(true)),
    };
    let mode = match int_arg(&a[4], "mode")? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    dispatch(code_arg(&a[0])?, &a[1], range, Some(mode), 0)
}

/// `_sre_all(code, string, pos, endpos, limit)`: the list of every
/// `(spans, lastindex)` a findall/finditer/sub/split loop sees.
pub fn sre_all(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_sre_all", 5, 5)?;
    let range = Range {
        pos: index_arg(&a[2], "pos")?,
        endpos: index_arg(&a[3], "endpos")?,
        must_advance: false,
    };
    let limit = index_arg(&a[4], "limit")?;
    dispatch(code_arg(&a[0])?, &a[1], range, None, limit)
}

fn char_arg(args: &Args, name: &str) -> PyResult<u32> {
    let a = args.check_count(name, 1, 1)?;
    let i = int_arg(&a[0], "character")?;
    u32::try_from(i).map_err(|_| PyErr::value_error("character out of range"))
}

/// `ascii_iscased(ch)`: whether an ASCII letter (the only cased ASCII).
pub fn ascii_iscased(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(&args, "ascii_iscased")?;
    Ok(Value::Bool(
        ch < 128 && (ch as u8 as char).is_ascii_alphabetic(),
    ))
}

/// `ascii_tolower(ch)`: lower case of an ASCII character.
pub fn ascii_tolower(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(&args, "ascii_tolower")?;
    Ok(Value::Int(lower_ascii(ch) as i64))
}

/// The first character of `ch`'s full case mapping, as CPython's
/// `Py_UNICODE_TOLOWER`/`TOUPPER` give it (`ß` upper-cases to `S`).
fn first_of(ch: u32, lower: bool) -> u32 {
    match char::from_u32(ch) {
        Some(c) if lower => c.to_lowercase().next().map_or(ch, |c| c as u32),
        Some(c) => c.to_uppercase().next().map_or(ch, |c| c as u32),
        None => ch,
    }
}

/// `unicode_iscased(ch)`: whether the character has another case.
pub fn unicode_iscased(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(&args, "unicode_iscased")?;
    Ok(Value::Bool(
        ch != first_of(ch, true) || ch != first_of(ch, false),
    ))
}

/// `unicode_tolower(ch)`: the lower-case mapping SRE uses.
pub fn unicode_tolower(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(&args, "unicode_tolower")?;
    Ok(Value::Int(first_of(ch, true) as i64))
}

/// `_sre_lookup_name(name)`: the code point of a Unicode character name
/// (`unicodedata.lookup` for `\N{...}`); KeyError when there is none.
pub fn lookup_name(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_sre_lookup_name", 1, 1)?;
    let Value::Str(name) = &a[0] else {
        return Err(PyErr::type_error("name must be a str"));
    };
    unicode_names2::character(name.as_str())
        .map(|c| Value::Int(c as i64))
        .ok_or_else(|| PyErr::key_error(Value::Str(name.clone())))
}
