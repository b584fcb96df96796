//! `posix`: the native half of `os`, as in CPython. File descriptors are
//! the operating system's own numbers; the open files are kept in a table
//! keyed by them, so everything stays safe Rust (`std::fs`). Descriptors
//! 0, 1 and 2 go through the interpreter's standard streams, so `print`
//! and `input` stay in order with them. Failures raise `OSError` with the
//! errno, the C library's message and the file name, which picks the
//! subclass (`FileNotFoundError`, ...) as CPython does.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::rc::Rc;

use crate::objects::{Args, ExcKind, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::ops::type_name;
use crate::vm::Vm;

thread_local! {
    /// The files opened through `posix.open`, by descriptor.
    static FILES: RefCell<HashMap<i64, File>> = RefCell::new(HashMap::new());
}

const O_WRONLY: i64 = 1;
const O_RDWR: i64 = 2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;

/// The `posix` namespace.
pub fn create() -> Rc<PyDict> {
    let d = super::super::namespace(&[
        ("open", open),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("close", close),
        ("ftruncate", ftruncate),
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("chmod", chmod),
        ("getpid", getpid),
        ("cpu_count", cpu_count),
        ("isatty", isatty),
        ("strerror", strerror),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("urandom", urandom),
        ("symlink", symlink),
        ("readlink", readlink),
    ]);
    for (name, value) in [
        ("O_RDONLY", 0),
        ("O_WRONLY", O_WRONLY),
        ("O_RDWR", O_RDWR),
        ("O_CREAT", O_CREAT),
        ("O_EXCL", O_EXCL),
        ("O_TRUNC", O_TRUNC),
        ("O_APPEND", O_APPEND),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ] {
        d.set_str(name, Value::Int(value));
    }
    let environ = PyDict::new();
    for (k, v) in std::env::vars_os() {
        environ.set_str(&k.to_string_lossy(), Value::str(&v.to_string_lossy()));
    }
    d.set_str("environ", Value::Dict(Rc::new(environ)));
    d
}

/// The `OSError` for a failed system call on `files` (none, one or two names).
fn os_error(e: &std::io::Error, files: &[&Value]) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let mut args = vec![
        Value::Int(errno),
        Value::string(crate::objects::os_error::strerror(e)),
    ];
    if let Some(f) = files.first() {
        args.push((*f).clone());
    }
    if let Some(f) = files.get(1) {
        args.push(Value::Int(0));
        args.push((*f).clone());
    }
    PyErr::with_args(ExcKind::OSError, args)
}

/// A path argument: a str, bytes, or an object with `__fspath__`.
fn path_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
        Value::Instance(_) => {
            let name = PyStr::new("__fspath__");
            let (f, this) = vm
                .get_method(v.clone(), &name)
                .map_err(|_| bad_path(func, v))?;
            let r = if let Value::Null = this {
                vm.call_positional(&f, &[])?
            } else {
                vm.call_positional(&f, &[this])?
            };
            path_arg(vm, func, &r)
        }
        _ => Err(bad_path(func, v)),
    }
}

fn bad_path(func: &str, v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "{func}: path should be string, bytes or os.PathLike, not {}",
        type_name(v)
    ))
}

fn int_arg(v: &Value) -> PyResult<i64> {
    crate::methods::args::index_arg(v)
}

/// Runs `f` on the open file `fd`, or raises `OSError: [Errno 9] Bad file descriptor`.
fn with_file<T>(fd: i64, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> PyResult<T> {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        match files.get_mut(&fd) {
            Some(file) => f(file).map_err(|e| os_error(&e, &[])),
            None => Err(bad_fd()),
        }
    })
}

fn bad_fd() -> PyErr {
    PyErr::with_args(
        ExcKind::OSError,
        vec![Value::Int(9), Value::str("Bad file descriptor")],
    )
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("open", 2, 3)?;
    let path = path_arg(vm, "open", &a[0])?;
    let flags = int_arg(&a[1])?;
    let mode = match a.get(2) {
        Some(m) => int_arg(m)?,
        None => 0o777,
    };
    let access = flags & 3;
    let mut o = OpenOptions::new();
    o.read(access == 0 || access == O_RDWR)
        .write(access == O_WRONLY || access == O_RDWR)
        .append(flags & O_APPEND != 0)
        .truncate(flags & O_TRUNC != 0)
        .mode(mode as u32);
    if flags & O_CREAT != 0 {
        if flags & O_EXCL != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    let file = o.open(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    let fd = file.as_raw_fd() as i64;
    FILES.with(|files| files.borrow_mut().insert(fd, file));
    Ok(Value::Int(fd))
}

fn read(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("read", 2, 2)?;
    let fd = int_arg(&a[0])?;
    let n = int_arg(&a[1])?;
    let mut buf = Vec::new();
    // Up to `n` bytes (all with a negative `n`), the buffer growing with
    // what comes rather than allocated up front.
    let mut fill = |r: &mut dyn Read| -> std::io::Result<()> {
        if n < 0 {
            r.read_to_end(&mut buf)?;
        } else {
            r.take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(())
    };
    if fd == 0 {
        // Standard input answers with what one read gives (a line from a terminal).
        let mut chunk = vec![0; n.clamp(0, 1 << 16) as usize];
        let got = if n < 0 {
            std::io::stdin().lock().read_to_end(&mut buf)
        } else {
            std::io::stdin().lock().read(&mut chunk)
        };
        let got = got.map_err(|e| os_error(&e, &[]))?;
        if n >= 0 {
            buf.extend_from_slice(&chunk[..got]);
        }
    } else {
        with_file(fd, |f| fill(f))?;
    }
    Ok(Value::bytes(buf))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("write", 2, 2)?;
    let fd = int_arg(&a[0])?;
    let Some(data) = crate::objects::bytes::bytes_like(&a[1]) else {
        return Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(&a[1])
        )));
    };
    match fd {
        1 | 2 => {
            vm.flush_stdout();
            let r = if fd == 1 {
                std::io::stdout().write_all(&data)
            } else {
                std::io::stderr().write_all(&data)
            };
            r.map_err(|e| os_error(&e, &[]))?;
        }
        _ => with_file(fd, |f| f.write_all(&data))?,
    }
    Ok(Value::Int(data.len() as i64))
}

fn lseek(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("lseek", 3, 3)?;
    let fd = int_arg(&a[0])?;
    let pos = int_arg(&a[1])?;
    let to = match int_arg(&a[2])? {
        0 if pos < 0 => {
            let e = std::io::Error::from_raw_os_error(22);
            return Err(os_error(&e, &[]));
        }
        0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        _ => SeekFrom::End(pos),
    };
    Ok(Value::Int(with_file(fd, |f| f.seek(to))? as i64))
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("close", 1, 1)?;
    let fd = int_arg(&a[0])?;
    if (0..=2).contains(&fd) {
        return Ok(Value::None);
    }
    match FILES.with(|files| files.borrow_mut().remove(&fd)) {
        Some(_) => Ok(Value::None),
        None => Err(bad_fd()),
    }
}

fn ftruncate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("ftruncate", 2, 2)?;
    let fd = int_arg(&a[0])?;
    let len = int_arg(&a[1])?;
    if len < 0 {
        return Err(os_error(&std::io::Error::from_raw_os_error(22), &[]));
    }
    with_file(fd, |f| f.set_len(len as u64))?;
    Ok(Value::None)
}

/// The fields of `os.stat_result`, in CPython's order.
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    let time = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        time(m.atime(), m.atime_nsec()),
        time(m.mtime(), m.mtime_nsec()),
        time(m.ctime(), m.ctime_nsec()),
    ])
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("stat", 1, 1)?;
    let path = path_arg(vm, "stat", &a[0])?;
    let m = std::fs::metadata(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    Ok(stat_tuple(&m))
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("lstat", 1, 1)?;
    let path = path_arg(vm, "lstat", &a[0])?;
    let m = std::fs::symlink_metadata(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    Ok(stat_tuple(&m))
}

fn fstat(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fstat", 1, 1)?;
    let fd = int_arg(&a[0])?;
    let m = with_file(fd, |f| f.metadata())?;
    Ok(stat_tuple(&m))
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("listdir", 0, 1)?;
    let shown = a.first().cloned().unwrap_or_else(|| Value::str("."));
    let path = path_arg(vm, "listdir", &shown)?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(&e, &[&shown]))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, &[&shown]))?;
        names.push(Value::str(&entry.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("mkdir", 1, 2)?;
    let path = path_arg(vm, "mkdir", &a[0])?;
    std::fs::create_dir(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    if let Some(mode) = a.get(1) {
        let mode = int_arg(mode)? as u32 & 0o777;
        if mode != 0o777 {
            let perms = std::fs::Permissions::from_mode(mode);
            std::fs::set_permissions(&path, perms).map_err(|e| os_error(&e, &[&a[0]]))?;
        }
    }
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("rmdir", 1, 1)?;
    let path = path_arg(vm, "rmdir", &a[0])?;
    std::fs::remove_dir(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("remove", 1, 1)?;
    let path = path_arg(vm, "remove", &a[0])?;
    std::fs::remove_file(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("rename", 2, 2)?;
    let src = path_arg(vm, "rename", &a[0])?;
    let dst = path_arg(vm, "rename", &a[1])?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(&e, &[&a[0], &a[1]]))?;
    Ok(Value::None)
}

fn getcwd(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("getcwd", 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, &[]))?;
    Ok(Value::str(&cwd.to_string_lossy()))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("chdir", 1, 1)?;
    let path = path_arg(vm, "chdir", &a[0])?;
    std::env::set_current_dir(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    Ok(Value::None)
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("chmod", 2, 2)?;
    let path = path_arg(vm, "chmod", &a[0])?;
    let perms = std::fs::Permissions::from_mode(int_arg(&a[1])? as u32);
    std::fs::set_permissions(&path, perms).map_err(|e| os_error(&e, &[&a[0]]))?;
    Ok(Value::None)
}

fn getpid(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("getpid", 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn cpu_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("cpu_count", 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let a = args.check_count("isatty", 1, 1)?;
    let fd = int_arg(&a[0])?;
    Ok(Value::Bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => FILES.with(|f| f.borrow().get(&fd).is_some_and(|f| f.is_terminal())),
    }))
}

fn strerror(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("strerror", 1, 1)?;
    let code = int_arg(&a[0])? as i32;
    Ok(Value::string(crate::objects::os_error::strerror(
        &std::io::Error::from_raw_os_error(code),
    )))
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("putenv", 2, 2)?;
    let k = vm.str(&a[0])?;
    let v = vm.str(&a[1])?;
    if k.is_empty() || k.contains(['=', '\0']) || v.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("unsetenv", 1, 1)?;
    let k = vm.str(&a[0])?;
    if k.is_empty() || k.contains(['=', '\0']) {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

fn urandom(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("urandom", 1, 1)?;
    let n = int_arg(&a[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    buf.resize(n as usize, 0);
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(&e, &[]))?;
    Ok(Value::bytes(buf))
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("symlink", 2, 3)?;
    let src = path_arg(vm, "symlink", &a[0])?;
    let dst = path_arg(vm, "symlink", &a[1])?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(&e, &[&a[0], &a[1]]))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("readlink", 1, 1)?;
    let path = path_arg(vm, "readlink", &a[0])?;
    let target = std::fs::read_link(&path).map_err(|e| os_error(&e, &[&a[0]]))?;
    Ok(Value::str(&target.to_string_lossy()))
}
