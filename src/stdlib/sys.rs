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
    Stdin,
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
        match self.kind {
            StreamKind::Stdin => super::stdin::METHODS,
            _ => &[
                ("write", stream_write),
                ("flush", stream_flush),
                ("fileno", stream_fileno),
                ("isatty", stream_isatty),
                ("readable", stream_false),
                ("writable", stream_true),
            ],
        }
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        let (name, mode) = match self.kind {
            StreamKind::Stdin => ("<stdin>", "r"),
            StreamKind::Stdout => ("<stdout>", "w"),
            StreamKind::Stderr => ("<stderr>", "w"),
        };
        Ok(format!(
            "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
        ))
    }
}

/// A standard stream's `buffer`: its bytes, written after what `print`
/// has buffered.
pub struct BinaryStream {
    pub kind: StreamKind,
}

/// True when the binary layer of the standard streams is unbuffered
/// (`PYTHONUNBUFFERED`): CPython then gives the raw `FileIO` as `buffer`.
fn unbuffered() -> bool {
    std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty())
}

impl NativeObject for BinaryStream {
    fn class(&self) -> Rc<PyClass> {
        types().named(if unbuffered() {
            "FileIO"
        } else {
            "BufferedWriter"
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        &[("write", binary_write), ("flush", stream_flush)]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        let name = match self.kind {
            StreamKind::Stdin => "<stdin>",
            StreamKind::Stdout => "<stdout>",
            StreamKind::Stderr => "<stderr>",
        };
        Ok(if unbuffered() {
            format!("<_io.FileIO name='{name}' mode='wb' closefd=False>")
        } else {
            format!("<_io.BufferedWriter name='{name}'>")
        })
    }
}

fn binary_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::Write;
    let a = args.check_count("write", 2, 2)?;
    let Some(data) = crate::objects::bytes::bytes_like(&a[1]) else {
        return Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(&a[1])
        )));
    };
    let kind = match &a[0] {
        Value::Native(n) => n.as_any().downcast_ref::<BinaryStream>().map(|b| b.kind),
        _ => None,
    };
    vm.flush_stdout();
    let _ = match kind {
        Some(StreamKind::Stderr) => std::io::stderr().write_all(&data),
        _ => std::io::stdout().write_all(&data),
    };
    Ok(Value::Int(data.len() as i64))
}

/// The data attributes of the standard streams (`name`, `mode`,
/// `encoding`, `errors`, `closed`, `buffer`, `line_buffering`).
pub fn stream_attr(obj: &dyn std::any::Any, name: &str) -> Option<Value> {
    if let Some(b) = obj.downcast_ref::<BinaryStream>() {
        return match name {
            "closed" => Some(Value::Bool(false)),
            "mode" => Some(Value::str("wb")),
            "name" => Some(Value::str(if b.kind == StreamKind::Stderr {
                "<stderr>"
            } else {
                "<stdout>"
            })),
            _ => None,
        };
    }
    let s = obj.downcast_ref::<TextStream>()?;
    Some(match name {
        "name" => Value::str(match s.kind {
            StreamKind::Stdin => "<stdin>",
            StreamKind::Stdout => "<stdout>",
            StreamKind::Stderr => "<stderr>",
        }),
        "mode" => Value::str(if s.kind == StreamKind::Stdin {
            "r"
        } else {
            "w"
        }),
        "encoding" => Value::str("utf-8"),
        "errors" => Value::str(if s.kind == StreamKind::Stderr {
            "backslashreplace"
        } else {
            "strict"
        }),
        "closed" | "line_buffering" => Value::Bool(false),
        "buffer" if s.kind != StreamKind::Stdin => {
            Value::Native(Rc::new(BinaryStream { kind: s.kind }))
        }
        _ => return None,
    })
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

/// `fileno()` of a standard stream: 0, 1 or 2.
pub fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fileno", 1, 1)?;
    Ok(Value::Int(match stream_of(&a[0]) {
        Some(StreamKind::Stdin) => 0,
        Some(StreamKind::Stdout) => 1,
        _ => 2,
    }))
}

/// `isatty()` of a standard stream.
pub fn stream_isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let a = args.check_count("isatty", 1, 1)?;
    Ok(Value::Bool(match stream_of(&a[0]) {
        Some(StreamKind::Stdin) => std::io::stdin().is_terminal(),
        Some(StreamKind::Stdout) => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

/// `readable()`/`writable()` answers of a standard stream.
pub fn stream_true(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("writable", 1, 1)?;
    Ok(Value::Bool(true))
}

/// See [`stream_true`].
pub fn stream_false(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("readable", 1, 1)?;
    Ok(Value::Bool(false))
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
        Some(StreamKind::Stdin) | None => {
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
        ("getsizeof", super::sizeof::getsizeof),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getdefaultencoding),
        ("intern", intern),
        (
            "get_int_max_str_digits",
            crate::methods::number::get_int_max_str_digits,
        ),
        (
            "set_int_max_str_digits",
            crate::methods::number::set_int_max_str_digits,
        ),
    ]);
    let modules = PyDict::new();
    for (name, m) in &vm.modules {
        modules.set_str(name, m.clone());
    }
    d.set_str("modules", Value::Dict(Rc::new(modules)));
    d.set_str("path", Value::list(vec![Value::str(&script_dir(vm))]));
    crate::vm::excepthook::install(&d);
    let argv = vm.argv.iter().map(|a| Value::str(a)).collect();
    d.set_str("argv", Value::list(argv));
    let warnoptions = vm.warnoptions.iter().map(|w| Value::str(w)).collect();
    d.set_str("warnoptions", Value::list(warnoptions));
    for (name, kind) in [
        ("stdin", StreamKind::Stdin),
        ("stdout", StreamKind::Stdout),
        ("stderr", StreamKind::Stderr),
    ] {
        let stream = Value::Native(Rc::new(TextStream { kind }));
        d.set_str(name, stream.clone());
        d.set_str(&format!("__{name}__"), stream);
    }
    let extra = Rc::new(PyDict::new());
    super::pysource::run_into(vm, &extra, "sys", include_str!("sys_version_info.py"));
    d.set_str(
        "version_info",
        extra.get_str("version_info").unwrap_or(Value::None),
    );
    d.set_str("hexversion", Value::Int(0x030b07f0));
    d.set_str(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
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

/// `sys.path[0]`: the folder of the script being run (symbolic links
/// resolved), or `''` (the working folder) for `-c` and stdin.
fn script_dir(vm: &Vm) -> String {
    let Some(script) = vm
        .argv
        .first()
        .filter(|a| !a.is_empty() && *a != "-c" && *a != "-")
    else {
        return String::new();
    };
    let path = std::path::Path::new(script);
    let real = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    real.parent()
        .map_or_else(String::new, |p| p.to_string_lossy().into_owned())
}

fn getdefaultencoding(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("getdefaultencoding", 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn intern(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("intern", 1, 1)?;
    match &a[0] {
        Value::Str(_) => Ok(a[0].clone()),
        other => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            type_name(other)
        ))),
    }
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
