//! The `warnings` module: CPython's pure-Python implementation
//! (`py/warnings.py`) with `warn` in Rust, as it must find the frame the
//! warning is attributed to, plus the helpers the Python half needs.
//! The VM's own warnings (a coroutine never awaited) go through it once it
//! is loaded, so filters and `-W` options apply to them too.

use std::rc::Rc;

use crate::objects::class::types;
use crate::objects::{Args, BuiltinFn, ExcKind, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The `warnings` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[
        ("_getline", getline as BuiltinFn),
        ("_match", regex_match),
        ("_escape", escape),
    ]);
    super::pysource::run_into(vm, &dict, "warnings", include_str!("py/warnings.py"));
    dict.set_str("warn", super::builtins::frame_reading_builtin("warn", warn));
    dict
}

/// `warnings.warn(message, category=None, stacklevel=1, source=None)`:
/// attributes the warning to the frame `stacklevel` calls up and hands it
/// to `warn_explicit` with that module's registry.
fn warn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 4 {
        return Err(PyErr::type_error(format!(
            "warn() takes at most 4 arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: [Option<Value>; 4] = Default::default();
    for (i, v) in pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (name, v) in args.kwargs() {
        let i = match name {
            "message" => 0,
            "category" => 1,
            "stacklevel" => 2,
            "source" => 3,
            _ => {
                return Err(PyErr::type_error(format!(
                    "warn() got an unexpected keyword argument '{name}'"
                )))
            }
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for warn() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [message, category, stacklevel, source] = slots;
    let Some(message) = message else {
        return Err(PyErr::type_error(
            "warn() missing required argument 'message' (pos 1)",
        ));
    };
    let category = warning_category(&message, category.unwrap_or(Value::None))?;
    let level = match stacklevel {
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => b as i64,
        None => 1,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::vm::ops::type_name(&other)
            )))
        }
    };
    let site = vm.frame_site(level.max(1) as usize);
    let (filename, lineno, globals) = match site {
        Some(s) => (
            Value::str(&s.code.source.filename),
            Value::Int(s.line as i64),
            s.globals,
        ),
        None => {
            let sys = vm.import_module("sys")?;
            let globals = match &sys {
                Value::Module(m) => m.dict.clone(),
                _ => Rc::new(PyDict::new()),
            };
            (Value::str("sys"), Value::Int(1), globals)
        }
    };
    warn_at(
        vm,
        message,
        category,
        filename,
        lineno,
        &globals,
        source.unwrap_or(Value::None),
    )
}

/// The category of a warning: the message's class when it is a Warning,
/// UserWarning when none is given, else it must be a Warning subclass.
fn warning_category(message: &Value, category: Value) -> PyResult<Value> {
    let t = types();
    let warning = t.exception(ExcKind::Warning);
    if let Value::Exception(e) = message {
        if e.class.is_subclass(warning) {
            return Ok(Value::Class(e.class.clone()));
        }
    }
    match category {
        Value::None => Ok(Value::Class(t.exception(ExcKind::UserWarning).clone())),
        Value::Class(c) if c.is_subclass(warning) => Ok(Value::Class(c)),
        other => {
            let name = crate::vm::ops::type_name(&other);
            Err(PyErr::type_error(format!(
                "category must be a Warning subclass, not '{name}'"
            )))
        }
    }
}

/// Issues a warning attributed to `filename:lineno` in the module whose
/// globals are `globals`, through `warnings.warn_explicit`.
pub fn warn_at(
    vm: &mut Vm,
    message: Value,
    category: Value,
    filename: Value,
    lineno: Value,
    globals: &Rc<PyDict>,
    source: Value,
) -> PyResult<Value> {
    let module = globals
        .get_name(&PyStr::new("__name__"))
        .unwrap_or_else(|| Value::str("<string>"));
    let key = PyStr::new("__warningregistry__");
    let registry = match globals.get_name(&key) {
        Some(r) => r,
        None => {
            let r = Value::Dict(Rc::new(PyDict::new()));
            globals.set_str("__warningregistry__", r.clone());
            r
        }
    };
    let warnings = vm.import_module("warnings")?;
    let explicit = vm.get_attr(&warnings, &PyStr::new("warn_explicit"))?;
    vm.call_positional(
        &explicit,
        &[
            message,
            category,
            filename,
            lineno,
            module,
            registry,
            Value::Dict(globals.clone()),
            source,
        ],
    )
}

/// `_getline(filename, lineno)`: the source line, as `linecache.getline`
/// reads it from the file ('' when there is none).
fn getline(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_getline", 2, 2)?;
    let (Value::Str(name), Value::Int(n)) = (&a[0], &a[1]) else {
        return Ok(Value::str(""));
    };
    let line = std::fs::read_to_string(name.as_str())
        .ok()
        .and_then(|text| {
            let i = usize::try_from(*n).ok()?.checked_sub(1)?;
            text.split_inclusive('\n').nth(i).map(str::to_owned)
        })
        .unwrap_or_default();
    Ok(Value::str(&line))
}

/// `_match(pattern, text, ignorecase)`: whether the regular expression
/// matches at the start of `text` (`re.match`).
fn regex_match(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_match", 3, 3)?;
    let (Value::Str(pattern), Value::Str(text)) = (&a[0], &a[1]) else {
        return Err(PyErr::type_error("_match() expects strings"));
    };
    let ignore_case = matches!(a[2], Value::Bool(true));
    let re = regex::RegexBuilder::new(&format!("^(?:{})", pattern.as_str()))
        .case_insensitive(ignore_case)
        .build()
        .map_err(|e| PyErr::value_error(format!("bad warning filter pattern: {e}")))?;
    Ok(Value::Bool(re.is_match(text.as_str())))
}

/// `_escape(text)`: `re.escape`, for `-W` option fields.
fn escape(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_escape", 1, 1)?;
    match &a[0] {
        Value::Str(s) => Ok(Value::str(&regex::escape(s.as_str()))),
        _ => Err(PyErr::type_error("_escape() expects a string")),
    }
}
