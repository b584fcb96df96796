//! `compile()`, `exec()` and `eval()`: running source text made at run time
//! (what `dataclasses`, `timeit` and tutorials on dynamic code rely on).
//! Bad source raises a `SyntaxError` object carrying its location.

use std::rc::Rc;

use crate::bytecode::{Code, Source};
use crate::objects::{Args, BuiltinFn, PyBuiltin, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// Adds `compile`, `exec` and `eval` to the builtins dict.
pub fn install(builtins: &PyDict) {
    builtins.set_str("compile", super::builtins::builtin("compile", compile));
    for (name, func) in [("exec", exec as BuiltinFn), ("eval", eval)] {
        let f = PyBuiltin {
            name,
            func,
            bound: None,
            as_python_function: false,
            reads_frame: true,
        };
        builtins.set_str(name, Value::Builtin(Rc::new(f)));
    }
}

/// The three ways source can be compiled, as `compile()`'s `mode` names them.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// A module body (`exec`).
    Exec,
    /// A lone expression whose value is returned (`eval`).
    Eval,
    /// One interactive statement whose expression values are echoed.
    Single,
}

/// Compiles `text` as `filename` in `mode`, raising `SyntaxError` for bad source.
fn compile_text(text: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
    // `eval` forgives leading blanks: its input is often indented text.
    let text = match mode {
        Mode::Eval => text.trim_start_matches([' ', '\t']),
        Mode::Exec | Mode::Single => text,
    };
    let source = Source::new(filename, text);
    if mode == Mode::Eval && text.trim().is_empty() {
        // CPython places an empty expression on line 0.
        return Err(crate::vm::syntax_error::empty_input(filename));
    }
    use crate::vm::syntax_error::{exception, QuotedLine};
    let quoted = match mode {
        Mode::Eval => QuotedLine::Expression,
        Mode::Exec | Mode::Single => QuotedLine::Statement,
    };
    let parse_error = |e| exception(&e, &source, quoted);
    let compile_error = |e| exception(&e, &source, QuotedLine::Compiled);
    match mode {
        Mode::Eval => {
            let e = crate::syntax::parse_expression(text).map_err(parse_error)?;
            crate::compiler::compile_expression(&e, source.clone()).map_err(compile_error)
        }
        Mode::Exec => {
            let m = crate::syntax::parse_module(text).map_err(parse_error)?;
            crate::compiler::compile_module(&m, source.clone()).map_err(compile_error)
        }
        Mode::Single => {
            let m = crate::syntax::parse_module(text).map_err(parse_error)?;
            let m = single_statement(m, text).map_err(parse_error)?;
            crate::compiler::compile_interactive(&m, source.clone()).map_err(compile_error)
        }
    }
}

/// `single` mode compiles one statement: a compound statement, or simple
/// statements on one line (`x = 1; y = 2`).
fn single_statement(
    module: crate::syntax::ast::Module,
    text: &str,
) -> Result<crate::syntax::ast::Module, crate::syntax::SyntaxError> {
    use crate::syntax::ast::{Span, StmtKind};
    let Some(first) = module.body.first() else {
        return Ok(module);
    };
    let Some(next) = module.body.iter().skip(1).find(|s| {
        let gap = text.get(first.span.end as usize..s.span.start as usize);
        gap.is_some_and(|g| g.contains('\n'))
    }) else {
        return Ok(module);
    };
    let compound = matches!(
        first.kind,
        StmtKind::If { .. }
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::FunctionDef { .. }
            | StmtKind::ClassDef { .. }
    );
    Err(if compound {
        let start = next.span.start;
        crate::syntax::SyntaxError::new(
            "invalid syntax",
            Span {
                start,
                end: start + 1,
            },
        )
    } else {
        let end = first.span.end;
        crate::syntax::SyntaxError::new(
            "multiple statements found while compiling a single statement",
            Span { start: end, end },
        )
    })
}

/// The text of a `compile`/`exec`/`eval` source argument, or `None` for a
/// code object (`Err` for anything else).
fn source_text(func: &str, v: &Value) -> PyResult<Option<String>> {
    match v {
        Value::Str(s) => Ok(Some(s.as_str().to_owned())),
        Value::Bytes(b) => match std::str::from_utf8(&b.data) {
            Ok(s) => Ok(Some(s.to_owned())),
            Err(e) => Err(PyErr::new(
                crate::objects::ExcKind::SyntaxError,
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b.data[e.valid_up_to()],
                    e.valid_up_to()
                ),
            )),
        },
        Value::Code(_) => Ok(None),
        _ if func == "compile" => Err(PyErr::type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        )),
        _ => Err(PyErr::type_error(format!(
            "{func}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// `compile(source, filename, mode)`: a code object for `exec` or `eval`.
fn compile(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 6 {
        return Err(PyErr::type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    let a = crate::methods::args::keywords_from(
        &args,
        0,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    for (i, name) in ["source", "filename", "mode"].iter().enumerate() {
        if a[i].is_none() {
            return Err(PyErr::type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let filename = match &a[1] {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                type_name(other)
            )))
        }
        None => String::new(),
    };
    let mode = match &a[2] {
        Some(Value::Str(s)) if s.as_str() == "exec" => Mode::Exec,
        Some(Value::Str(s)) if s.as_str() == "eval" => Mode::Eval,
        Some(Value::Str(s)) if s.as_str() == "single" => Mode::Single,
        _ => {
            return Err(PyErr::new(
                crate::objects::ExcKind::ValueError,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let source = a[0].clone().unwrap_or(Value::None);
    match source_text("compile", &source)? {
        Some(text) => Ok(Value::Code(compile_text(&text, &filename, mode)?)),
        None => Ok(source),
    }
}

/// `exec(source, globals=None, locals=None)`: runs statements; returns None.
fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, args, "exec", Mode::Exec)?;
    Ok(Value::None)
}

/// `eval(expression, globals=None, locals=None)`: the expression's value.
fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, args, "eval", Mode::Eval)
}

/// Compiles (unless given a code object) and runs `source` in the given
/// namespaces, or in those of the calling frame.
fn run(vm: &mut Vm, args: Args, func: &str, mode: Mode) -> PyResult<Value> {
    args.no_kwargs(func)?;
    let a = args.check_count(func, 1, 3)?;
    let (globals, locals) = namespaces(vm, func, a.get(1), a.get(2))?;
    let code = match source_text(func, &a[0])? {
        Some(text) => compile_text(&text, "<string>", mode)?,
        None => match &a[0] {
            Value::Code(c) => c.clone(),
            _ => unreachable!("source_text accepts only text and code"),
        },
    };
    if code.argcount > 0 || code.kind != crate::bytecode::CodeKind::Module {
        return Err(PyErr::type_error(format!(
            "code object passed to {func}() may not contain free variables"
        )));
    }
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let mut frame = vm.alloc_frame(code, globals);
    frame.names = Some(locals);
    vm.run_frame(frame)
}

/// The globals and locals `exec`/`eval` run in: those given, else the caller's.
fn namespaces(
    vm: &Vm,
    func: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(Rc<PyDict>, Rc<PyDict>)> {
    let locals = match locals {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "locals must be a mapping, not {}",
                type_name(other)
            )))
        }
    };
    match globals {
        None | Some(Value::None) => {
            let (g, caller_locals) = super::namespace_builtins::caller(vm);
            let caller_locals = match caller_locals {
                Value::Dict(d) => d,
                _ => g.clone(),
            };
            Ok((g, locals.unwrap_or(caller_locals)))
        }
        Some(Value::Dict(g)) => Ok((g.clone(), locals.unwrap_or_else(|| g.clone()))),
        Some(other) => Err(PyErr::type_error(format!(
            "{func}() globals must be a dict, not {}",
            type_name(other)
        ))),
    }
}
