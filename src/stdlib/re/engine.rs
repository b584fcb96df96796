//! The native half of `re` (CPython's `_sre`): compiled pattern code runs on
//! RustPython's port of CPython's SRE matcher (`rustpython-sre_engine`), so
//! matches, backtracking order and group captures are CPython's own. The
//! code itself comes from CPython's `_parser`/`_compiler`, in `sre_parse.py`
//! and `sre_compile.py`.

use std::rc::Rc;

use rustpython_sre_engine::string::{lower_ascii, lower_unicode, upper_unicode};
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

/// Runs the engine over one subject; `None` when nothing matched, else the
/// flat spans (start, end for group 0, 1, ...; -1 where a group did not
/// take part) and the last closed group.
fn run<S: StrDrive>(
    prog: &SreCode,
    subject: S,
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<(Vec<Value>, Value)> {
    let mut req = Request::new(
        subject,
        pos,
        endpos,
        &prog.code,
        matches!(mode, Mode::FullMatch),
    );
    req.must_advance = must_advance;
    let mut state = State::default();
    let found = match mode {
        Mode::Search => state.search(req),
        Mode::Match | Mode::FullMatch => state.py_match(&req),
    };
    if !found {
        return None;
    }
    let mut spans = Vec::with_capacity(2 * (prog.groups + 1));
    spans.push(Value::Int(state.start as i64));
    spans.push(Value::Int(state.cursor.position as i64));
    for g in 0..prog.groups {
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
    Some((spans, last))
}

/// `_sre_run(code, string, pos, endpos, mode, must_advance)`: mode 0
/// matches at `pos`, 1 matches all of `pos:endpos`, 2 searches. Returns
/// `None` or `(spans, lastindex)`; pos and endpos are already clamped.
pub fn sre_run(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_sre_run", 6, 6)?;
    let prog = match &a[0] {
        Value::Native(n) => n.as_any().downcast_ref::<SreCode>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("_sre_run() expects compiled code"))?;
    let pos = usize::try_from(int_arg(&a[2], "pos")?).unwrap_or(0);
    let endpos = usize::try_from(int_arg(&a[3], "endpos")?).unwrap_or(0);
    let mode = match int_arg(&a[4], "mode")? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let must_advance = matches!(a[5], Value::Bool(true));
    let found = match &a[1] {
        Value::Str(s) if s.is_ascii() => {
            run(prog, s.as_str().as_bytes(), pos, endpos, mode, must_advance)
        }
        Value::Str(s) => run(prog, s.as_str(), pos, endpos, mode, must_advance),
        Value::Bytes(b) => run(prog, &b.data[..], pos, endpos, mode, must_advance),
        Value::ByteArray(b) => {
            let data = b.data.borrow().clone();
            run(prog, &data[..], pos, endpos, mode, must_advance)
        }
        _ => return Err(PyErr::type_error("_sre_run() expects str or bytes")),
    };
    Ok(match found {
        Some((spans, last)) => Value::tuple(vec![Value::tuple(spans), last]),
        None => Value::None,
    })
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

/// `unicode_iscased(ch)`: whether the character has another case.
pub fn unicode_iscased(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(&args, "unicode_iscased")?;
    Ok(Value::Bool(
        ch != lower_unicode(ch) || ch != upper_unicode(ch),
    ))
}

/// `unicode_tolower(ch)`: the simple lower-case mapping SRE uses.
pub fn unicode_tolower(_vm: &mut crate::vm::Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(&args, "unicode_tolower")?;
    Ok(Value::Int(lower_unicode(ch) as i64))
}
