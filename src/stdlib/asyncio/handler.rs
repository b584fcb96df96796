//! The loop's exception handler (`set_exception_handler`,
//! `call_exception_handler`) and CPython's default report, which errors in
//! callbacks and lost task exceptions go through; plus the callback
//! descriptions (`bad(1) at FILE:LINE`) that handle reprs and reports show.

use std::rc::Rc;

use crate::objects::{Args, ExcKind, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

use super::event_loop::as_loop;

/// `func(args) at FILE:LINE`, as CPython's `_format_callback_source`: the
/// callable's qualified name, the argument reprs, and where a plain Python
/// function was defined.
pub fn format_callback_source(vm: &mut Vm, func: &Value, args: &[Value]) -> PyResult<String> {
    let mut out = callable_name(vm, func)?;
    out.push('(');
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&short_repr(vm, a, 6)?);
    }
    out.push(')');
    if let Value::Function(f) = func {
        out.push_str(&format!(
            " at {}:{}",
            f.code.source.filename, f.code.firstlineno
        ));
    }
    Ok(out)
}

/// `reprlib.repr` (CPython's callback descriptions use it): strings cut
/// to 30 characters, ints to 40 digits, other objects' reprs to 30
/// characters, lists and tuples to 6 items, 6 levels deep.
pub fn short_repr(vm: &mut Vm, v: &Value, level: u32) -> PyResult<String> {
    let items = match v {
        Value::Str(s) => {
            let chars: Vec<char> = s.as_str().chars().collect();
            let head: String = chars.iter().take(30).collect();
            let r = vm.repr(&Value::str(&head))?;
            if r.chars().count() <= 30 {
                return Ok(r);
            }
            // Python's x[:13] + x[len(x) - 14:], negative starts included.
            let n = chars.len() as i64;
            let start = match n - 14 {
                k if k >= 0 => k,
                k => (k + n).max(0),
            } as usize;
            let cut: String = chars[..chars.len().min(13)]
                .iter()
                .chain(&chars[start..])
                .collect();
            let r: Vec<char> = vm.repr(&Value::str(&cut))?.chars().collect();
            let tail = r.len().saturating_sub(14);
            let mut out: String = r[..r.len().min(13)].iter().collect();
            out.push_str("...");
            out.extend(&r[tail..]);
            return Ok(out);
        }
        Value::Int(_) | Value::BigInt(_) => return Ok(shorten(&vm.repr(v)?, 40)),
        Value::List(l) => ("[", "]", l.items.borrow().clone()),
        Value::Tuple(t) => ("(", ")", t.items.to_vec()),
        _ => return Ok(shorten(&vm.repr(v)?, 30)),
    };
    let (left, mut right, elems) = items;
    let mut pieces = Vec::new();
    if level == 0 && !elems.is_empty() {
        pieces.push("...".to_owned());
    } else {
        for e in elems.iter().take(6) {
            pieces.push(short_repr(vm, e, level.saturating_sub(1))?);
        }
        if elems.len() > 6 {
            pieces.push("...".to_owned());
        }
    }
    if elems.len() == 1 && left == "(" {
        right = ",)";
    }
    Ok(format!("{left}{}{right}", pieces.join(", ")))
}

/// `s` with its middle replaced by `...` when longer than `max` characters.
fn shorten(s: &str, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s.to_owned();
    }
    let i = (max - 3) / 2;
    let j = max - 3 - i;
    let mut out: String = chars[..i].iter().collect();
    out.push_str("...");
    out.extend(&chars[chars.len() - j..]);
    out
}

/// `__qualname__`, else `__name__`, else the repr.
fn callable_name(vm: &mut Vm, func: &Value) -> PyResult<String> {
    match func {
        Value::Function(f) => return Ok(f.qualname.borrow().as_str().to_owned()),
        // A built-in method: its class's name, as `__qualname__` has it in
        // CPython (the loop's methods are defined on `BaseEventLoop`).
        Value::Builtin(b) => {
            if let Some(owner) = &b.bound {
                let class = if as_loop(owner).is_some() {
                    "BaseEventLoop".to_owned()
                } else {
                    crate::vm::ops::type_name(owner).to_string()
                };
                return Ok(format!("{class}.{}", b.name));
            }
        }
        _ => {}
    }
    for attr in ["__qualname__", "__name__"] {
        match vm.get_attr(func, &PyStr::new(attr)) {
            Ok(Value::Str(s)) if !s.as_str().is_empty() => return Ok(s.as_str().to_owned()),
            Ok(_) => {}
            Err(e) if e.is(ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    vm.repr(func)
}

/// `loop.call_exception_handler(context)`: the handler `set_exception_handler`
/// installed, or the default report; an error in a custom handler is itself
/// reported by the default handler, as CPython does.
pub fn call_exception_handler(vm: &mut Vm, lp: &Value, context: Rc<PyDict>) -> PyResult<()> {
    let handler = as_loop(lp)
        .map(|l| l.exception_handler.borrow().clone())
        .unwrap_or(Value::None);
    if handler.is_none() {
        return default_report(vm, &context);
    }
    match vm.call_positional(&handler, &[lp.clone(), Value::Dict(context.clone())]) {
        Ok(_) => Ok(()),
        Err(e) if e.is(ExcKind::SystemExit) || e.is(ExcKind::KeyboardInterrupt) => Err(e),
        Err(e) => {
            let outer = PyDict::new();
            outer.set_str(
                "message",
                Value::str("Unhandled error in exception handler"),
            );
            outer.set_str("exception", e.value());
            outer.set_str("context", Value::Dict(context));
            default_report(vm, &outer)
        }
    }
}

/// CPython's `default_exception_handler`: the message, the other context
/// entries sorted by key as `key: repr`, then the exception's traceback,
/// written to stderr as the `asyncio` logger's last-resort handler does.
pub fn default_report(vm: &mut Vm, context: &PyDict) -> PyResult<()> {
    let message = match context.get_str("message") {
        Some(m) if vm.is_true(&m)? => vm.str(&m)?,
        _ => "Unhandled exception in event loop".to_owned(),
    };
    let mut entries: Vec<(String, Value)> = Vec::new();
    for (k, v) in context.items() {
        let key = vm.str(&k)?;
        if key != "message" && key != "exception" {
            entries.push((key, v));
        }
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut text = message;
    text.push('\n');
    for (key, v) in entries {
        let r = vm.repr(&v)?;
        text.push_str(&format!("{key}: {r}\n"));
    }
    if let Some(Value::Exception(exc)) = context.get_str("exception") {
        text.push_str(&crate::vm::traceback::format_exception(vm, &PyErr { exc }));
    }
    vm.write_stderr(&text);
    Ok(())
}

fn context_arg(v: &Value) -> PyResult<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        _ => Err(PyErr::type_error("context must be a dict")),
    }
}

/// `loop.set_exception_handler(handler)`.
pub fn loop_set_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("set_exception_handler", 2, 2)?;
    let h = &a[1];
    if !h.is_none() && !crate::stdlib::builtins::is_callable(h) {
        let r = vm.repr(h)?;
        return Err(PyErr::type_error(format!(
            "A callable object or None is expected, got {r}"
        )));
    }
    if let Some(l) = as_loop(&a[0]) {
        *l.exception_handler.borrow_mut() = h.clone();
    }
    Ok(Value::None)
}

/// `loop.get_exception_handler()`.
pub fn loop_get_exception_handler(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("get_exception_handler", 1, 1)?;
    Ok(as_loop(&a[0])
        .map(|l| l.exception_handler.borrow().clone())
        .unwrap_or(Value::None))
}

/// `loop.call_exception_handler(context)`.
pub fn loop_call_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("call_exception_handler", 2, 2)?;
    let ctx = context_arg(&a[1])?;
    call_exception_handler(vm, &a[0], ctx)?;
    Ok(Value::None)
}

/// `loop.default_exception_handler(context)`.
pub fn loop_default_exception_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("default_exception_handler", 2, 2)?;
    let ctx = context_arg(&a[1])?;
    default_report(vm, &ctx)?;
    Ok(Value::None)
}
