//! The `sys` module and the standard stream objects.

use std::rc::Rc;

use crate::methods::MethodTable;
use crate::objects::class::types;
use crate::objects::{Args, ExcKind, NativeObject, PyClass, PyDict, PyErr, PyResult, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

/// Which standard stream a `TextStream` writes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamKind {
    Stdout,
    Stderr,
}

/// `sys.stdout` / `sys.stderr`.
pub struct TextStream {
    pub kind: StreamKind,
}

impl NativeObject for TextStream {
    fn class(&self) -> Rc<PyClass> {
        types().named("TextIOWrapper")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        &[("write", stream_write), ("flush", stream_flush)]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        let name = match self.kind {
            StreamKind::Stdout => "<stdout>",
            StreamKind::Stderr => "<stderr>",
        };
        Ok(format!(
            "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
        ))
    }
}

fn stream_of(v: &Value) -> Option<StreamKind> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<TextStream>().map(|s| s.kind),
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("write", 2, 2)?;
    let Value::Str(s) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            type_name(&a[1])
        )));
    };
    write_to(vm, &a[0], s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("flush", 1, 1)?;
    vm.flush_stdout();
    Ok(Value::None)
}

/// Writes `text` to `file` (None: `sys.stdout`), as `print(file=...)` does.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    let target = if file.is_none() {
        let sys = vm.import_module("sys")?;
        let Value::Module(m) = sys else {
            return Ok(());
        };
        m.dict.get_str("stdout").unwrap_or(Value::None)
    } else {
        file.clone()
    };
    match stream_of(&target) {
        Some(StreamKind::Stdout) => vm.write_stdout(text),
        Some(StreamKind::Stderr) => vm.write_stderr(text),
        None => {
            let write = Rc::new(crate::objects::PyStr::new("write"));
            let (f, this) = vm.get_method(target, &write)?;
            let arg = Value::str(text);
            if let Value::Null = this {
                vm.call_positional(&f, &[arg])?;
            } else {
                vm.call_positional(&f, &[this, arg])?;
            }
        }
    }
    Ok(())
}

/// The `sys` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let d = super::namespace(&[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        (
            "get_int_max_str_digits",
            crate::methods::number::get_int_max_str_digits,
        ),
        (
            "set_int_max_str_digits",
            crate::methods::number::set_int_max_str_digits,
        ),
    ]);
    crate::vm::excepthook::install(&d);
    let argv = vm.argv.iter().map(|a| Value::str(a)).collect();
    d.set_str("argv", Value::list(argv));
    let warnoptions = vm.warnoptions.iter().map(|w| Value::str(w)).collect();
    d.set_str("warnoptions", Value::list(warnoptions));
    d.set_str(
        "stdout",
        Value::Native(Rc::new(TextStream {
            kind: StreamKind::Stdout,
        })),
    );
    d.set_str(
        "stderr",
        Value::Native(Rc::new(TextStream {
            kind: StreamKind::Stderr,
        })),
    );
    d.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str(
        "version",
        Value::str(&format!(
            "3.11.7 (snippy {}) [Rust]",
            env!("CARGO_PKG_VERSION")
        )),
    );
    d.set_str("platform", Value::str(std::env::consts::OS));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("byteorder", Value::str("little"));
    d
}

fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("exit", 0, 1)?;
    Err(PyErr::with_args(ExcKind::SystemExit, a.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("setrecursionlimit", 1, 1)?;
    match &a[0] {
        Value::Int(n) if *n >= 1 => {
            vm.recursion_limit = (*n as usize).min(100_000);
            Ok(Value::None)
        }
        Value::Int(_) => Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("exc_info", 0, 0)?;
    Ok(match &vm.handled_exc {
        Value::Exception(e) => Value::tuple(vec![
            Value::Class(e.class.clone()),
            vm.handled_exc.clone(),
            crate::vm::traceback_object::TracebackObject::of(e),
        ]),
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}
