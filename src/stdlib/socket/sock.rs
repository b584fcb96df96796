//! The native socket object under `socket.socket` (CPython's
//! `_socket.socket`). The fd is always non-blocking underneath; blocking
//! and timeout modes wait with `poll` in short slices, so a timeout gives
//! `TimeoutError('timed out')` and Ctrl-C interrupts a blocked call.

use std::cell::{Cell, RefCell};
use std::io::ErrorKind;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};
use std::rc::Rc;
use std::time::{Duration, Instant};

use socket2::{Domain, Protocol, SockAddr, Socket, Type};

use crate::methods::args::index_arg;
use crate::methods::MethodTable;
use crate::objects::{Args, ExcKind, NativeObject, PyClass, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::addr;
use crate::objects::os_error::from_io;

/// A socket: the OS socket (None once closed or detached), what it was
/// made as, and its timeout (None: blocking; 0.0: non-blocking).
pub struct Sock {
    sock: RefCell<Option<Socket>>,
    pub family: i32,
    pub kind: i32,
    pub proto: i32,
    timeout: Cell<Option<f64>>,
}

impl NativeObject for Sock {
    fn class(&self) -> Rc<PyClass> {
        super::classes().sock.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> MethodTable {
        &[
            ("fileno", sock_fileno),
            ("close", sock_close),
            ("detach", sock_detach),
            ("dup", sock_dup),
            ("settimeout", sock_settimeout),
            ("gettimeout", sock_gettimeout),
            ("setblocking", sock_setblocking),
            ("bind", sock_bind),
            ("listen", sock_listen),
            ("accept", sock_accept),
            ("connect", sock_connect),
            ("connect_ex", sock_connect_ex),
            ("recv", sock_recv),
            ("recv_into", sock_recv_into),
            ("recvfrom", sock_recvfrom),
            ("sendto", sock_sendto),
            ("_info", sock_info),
            ("send", sock_send),
            ("sendall", sock_sendall),
            ("shutdown", sock_shutdown),
            ("getsockname", sock_getsockname),
            ("getpeername", sock_getpeername),
            ("setsockopt", sock_setsockopt),
            ("getsockopt", sock_getsockopt),
        ]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok(format!(
            "<_socket.socket fd={}, family={}, type={}, proto={}>",
            self.fd(),
            self.family,
            self.kind,
            self.proto
        ))
    }
}

/// The most `recv` reads at once.
const MAX_RECV: usize = 1 << 22;

/// `EBADF`, what CPython raises for a closed socket.
pub(crate) fn bad_fd() -> PyErr {
    from_io(&std::io::Error::from_raw_os_error(libc::EBADF))
}

/// `socket.timeout` (`TimeoutError('timed out')`).
fn timed_out() -> PyErr {
    PyErr::new(ExcKind::TimeoutError, "timed out")
}

impl Sock {
    /// Runs one system call on the open socket: EBADF once closed, the
    /// call's failure as the `OSError` for its errno.
    fn with<T>(&self, call: impl FnOnce(&Socket) -> std::io::Result<T>) -> PyResult<T> {
        let guard = self.sock.borrow();
        let sock = guard.as_ref().ok_or_else(bad_fd)?;
        call(sock).map_err(|e| from_io(&e))
    }

    /// A socket object around `sock` (made non-blocking underneath).
    pub fn wrap(sock: Socket, family: i32, kind: i32, proto: i32) -> PyResult<Value> {
        sock.set_nonblocking(true).map_err(|e| from_io(&e))?;
        Ok(Value::Native(Rc::new(Sock {
            sock: RefCell::new(Some(sock)),
            family,
            kind,
            proto,
            timeout: Cell::new(None),
        })))
    }

    /// A new socket (`socket.socket(family, type, proto)`).
    pub fn open(family: i32, kind: i32, proto: i32) -> PyResult<Value> {
        let p = if proto == 0 {
            None
        } else {
            Some(Protocol::from(proto))
        };
        let s = Socket::new(Domain::from(family), Type::from(kind), p).map_err(|e| from_io(&e))?;
        Sock::wrap(s, family, kind, proto)
    }

    /// A socket object for an fd the caller owns (`socket(fileno=fd)`).
    /// What is -1 of `family`, `kind` and `proto` is asked of the fd.
    pub fn from_fd(fd: i32, family: i32, kind: i32, proto: i32) -> PyResult<Value> {
        if fd < 0 {
            return Err(PyErr::value_error("negative file descriptor"));
        }
        // Not a socket (or not open): the OSError CPython raises, before
        // the fd is taken over.
        let mut ty: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: `ty` is a writable c_int of the given length.
        let rc = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_TYPE,
                &mut ty as *mut libc::c_int as *mut libc::c_void,
                &mut len,
            )
        };
        if rc != 0 {
            return Err(from_io(&std::io::Error::last_os_error()));
        }
        // SAFETY: the caller hands the fd over (as `socket(fileno=fd)`
        // does in CPython); it is closed when this socket closes.
        let s = unsafe { Socket::from_raw_fd(fd) };
        let family = match family {
            -1 => s.domain().map_or(libc::AF_INET, libc::c_int::from),
            f => f,
        };
        let kind = if kind == -1 { ty } else { kind };
        let proto = match proto {
            -1 => s.protocol().ok().flatten().map_or(0, libc::c_int::from),
            p => p,
        };
        Sock::wrap(s, family, kind, proto)
    }

    /// The fd, or -1 once closed.
    pub fn fd(&self) -> i32 {
        self.sock.borrow().as_ref().map_or(-1, |s| s.as_raw_fd())
    }

    /// Runs `op` on the socket, waiting (per the timeout) while it would
    /// block: for `write` until writable, else until readable.
    fn io<T>(&self, write: bool, mut op: impl FnMut(&Socket) -> std::io::Result<T>) -> PyResult<T> {
        let deadline = self
            .timeout
            .get()
            .map(|t| Instant::now() + Duration::from_secs_f64(t));
        loop {
            let fd = {
                let s = self.sock.borrow();
                let s = s.as_ref().ok_or_else(bad_fd)?;
                match op(s) {
                    Ok(v) => return Ok(v),
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {
                        if self.timeout.get() == Some(0.0) {
                            return Err(from_io(&e));
                        }
                        s.as_raw_fd()
                    }
                    Err(e) => return Err(from_io(&e)),
                }
            };
            if !crate::vm::interrupt::wait_fd(fd, write, deadline)? {
                return Err(timed_out());
            }
        }
    }
}

/// The socket of a method call.
fn me(v: &Value) -> PyResult<&Sock> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Sock>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("a socket was expected"))
}

fn sock_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("fileno", 1, 1)?;
    Ok(Value::Int(me(&a[0])?.fd() as i64))
}

fn sock_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("close", 1, 1)?;
    me(&a[0])?.sock.borrow_mut().take();
    Ok(Value::None)
}

fn sock_detach(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("detach", 1, 1)?;
    let s = me(&a[0])?.sock.borrow_mut().take();
    Ok(Value::Int(s.map_or(-1, |s| s.into_raw_fd()) as i64))
}

fn sock_dup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("dup", 1, 1)?;
    let s = me(&a[0])?;
    let copy = s.with(|sock| sock.try_clone())?;
    Sock::wrap(copy, s.family, s.kind, s.proto)
}

/// `_info()`: `(family, type, proto)` as made or found.
fn sock_info(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_info", 1, 1)?;
    let s = me(&a[0])?;
    Ok(Value::tuple(vec![
        Value::Int(s.family as i64),
        Value::Int(s.kind as i64),
        Value::Int(s.proto as i64),
    ]))
}

/// A timeout argument: None, or seconds (not negative).
fn timeout_arg(v: &Value) -> PyResult<Option<f64>> {
    if v.is_none() {
        return Ok(None);
    }
    let t = match crate::vm::ops::to_f64(v) {
        Some(r) => r?,
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer or float",
                crate::vm::ops::type_name(v)
            )))
        }
    };
    if t.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(PyErr::value_error("Timeout value out of range"));
    }
    Ok(Some(t))
}

fn sock_settimeout(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("settimeout", 2, 2)?;
    let t = timeout_arg(&a[1])?;
    me(&a[0])?.timeout.set(t);
    Ok(Value::None)
}

fn sock_gettimeout(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("gettimeout", 1, 1)?;
    Ok(me(&a[0])?.timeout.get().map_or(Value::None, Value::Float))
}

fn sock_setblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("setblocking", 2, 2)?;
    let s = me(&a[0])?;
    if s.fd() < 0 {
        return Err(bad_fd());
    }
    let b = vm.is_true(&a[1])?;
    s.timeout.set(if b { None } else { Some(0.0) });
    Ok(Value::None)
}

fn sock_bind(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("bind", 2, 2)?;
    let s = me(&a[0])?;
    let addr = addr::from_python(&a[1], s.family, "bind")?;
    s.with(|sock| sock.bind(&addr))?;
    Ok(Value::None)
}

fn sock_listen(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("listen", 1, 2)?;
    let s = me(&a[0])?;
    let backlog = match a.get(1) {
        Some(b) => index_arg(b)?.clamp(0, i32::MAX as i64) as i32,
        None => 128,
    };
    s.with(|sock| sock.listen(backlog))?;
    Ok(Value::None)
}

fn sock_accept(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("accept", 1, 1)?;
    let s = me(&a[0])?;
    let (conn, peer) = s.io(false, |sock| sock.accept())?;
    let conn = Sock::wrap(conn, s.family, s.kind, s.proto)?;
    Ok(Value::tuple(vec![conn, addr::to_python(&peer)]))
}

/// Connects, waiting per the timeout: the errno (0 when connected), or
/// the error that is not a connection failure (timeout, Ctrl-C).
fn connect(s: &Sock, target: &SockAddr) -> PyResult<i32> {
    let started = {
        let guard = s.sock.borrow();
        let sock = guard.as_ref().ok_or_else(bad_fd)?;
        if s.timeout.get().is_none() {
            // A blocking socket connects as a blocking call (a failed
            // socket then fails the same way again, as in CPython).
            sock.set_nonblocking(false).map_err(|e| from_io(&e))?;
            let r = sock.connect(target);
            sock.set_nonblocking(true).map_err(|e| from_io(&e))?;
            return Ok(r.err().map_or(0, |e| e.raw_os_error().unwrap_or(0)));
        }
        sock.connect(target)
    };
    let e = match started {
        Ok(()) => return Ok(0),
        Err(e) => e,
    };
    let errno = e.raw_os_error().unwrap_or(0);
    if errno != libc::EINPROGRESS || s.timeout.get() == Some(0.0) {
        return Ok(errno);
    }
    let deadline = s
        .timeout
        .get()
        .map(|t| Instant::now() + Duration::from_secs_f64(t));
    if !crate::vm::interrupt::wait_fd(s.fd(), true, deadline)? {
        return Err(timed_out());
    }
    let guard = s.sock.borrow();
    let sock = guard.as_ref().ok_or_else(bad_fd)?;
    Ok(match sock.take_error() {
        Ok(None) => 0,
        Ok(Some(e)) => e.raw_os_error().unwrap_or(0),
        Err(e) => e.raw_os_error().unwrap_or(0),
    })
}

fn sock_connect(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("connect", 2, 2)?;
    let s = me(&a[0])?;
    let target = addr::from_python(&a[1], s.family, "connect")?;
    match connect(s, &target)? {
        0 => Ok(Value::None),
        errno => Err(from_io(&std::io::Error::from_raw_os_error(errno))),
    }
}

fn sock_connect_ex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("connect_ex", 2, 2)?;
    let s = me(&a[0])?;
    let target = addr::from_python(&a[1], s.family, "connect_ex")?;
    Ok(Value::Int(connect(s, &target)? as i64))
}

/// A `bufsize`/`nbytes` argument: an int that is not negative.
fn size_arg(v: &Value, what: &str) -> PyResult<usize> {
    let n = index_arg(v)?;
    usize::try_from(n).map_err(|_| PyErr::value_error(format!("negative {what}")))
}

/// `flags` (optional second argument) of recv/send.
fn flags_arg(v: Option<&Value>) -> PyResult<i32> {
    v.map_or(Ok(0), |f| Ok(index_arg(f)? as i32))
}

fn sock_recv(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("recv", 2, 3)?;
    let s = me(&a[0])?;
    let n = size_arg(&a[1], "buffersize in recv")?;
    let flags = flags_arg(a.get(2))?;
    // A stream may always return fewer bytes than asked: a huge bufsize
    // does not allocate that much.
    let mut buf = vec![0u8; n.min(MAX_RECV)];
    let got = s.io(false, |sock| {
        // SAFETY: `MaybeUninit<u8>` has u8's layout; the bytes are
        // initialized already.
        let b =
            unsafe { &mut *(buf.as_mut_slice() as *mut [u8] as *mut [std::mem::MaybeUninit<u8>]) };
        sock.recv_with_flags(b, flags)
    })?;
    buf.truncate(got);
    Ok(Value::bytes(buf))
}

fn sock_recv_into(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("recv_into", 2, 4)?;
    let s = me(&a[0])?;
    let Value::ByteArray(target) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "recv_into() argument 'buffer' must be read-write bytes-like object, not {}",
            crate::vm::ops::type_name(&a[1])
        )));
    };
    let cap = target.data.borrow().len();
    let n = match a.get(2) {
        Some(v) => size_arg(v, "buffersize in recv_into")?,
        None => 0,
    };
    if n > cap {
        return Err(PyErr::value_error("buffer too small for requested bytes"));
    }
    let n = if n == 0 { cap } else { n };
    let flags = flags_arg(a.get(3))?;
    let mut buf = vec![0u8; n];
    let got = s.io(false, |sock| {
        // SAFETY: as in `sock_recv`.
        let b =
            unsafe { &mut *(buf.as_mut_slice() as *mut [u8] as *mut [std::mem::MaybeUninit<u8>]) };
        sock.recv_with_flags(b, flags)
    })?;
    target.data.borrow_mut()[..got].copy_from_slice(&buf[..got]);
    Ok(Value::Int(got as i64))
}

fn sock_recvfrom(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("recvfrom", 2, 3)?;
    let s = me(&a[0])?;
    let n = size_arg(&a[1], "buffersize in recvfrom")?;
    let flags = flags_arg(a.get(2))?;
    let mut buf = vec![0u8; n.min(MAX_RECV)];
    let (got, from) = s.io(false, |sock| {
        // SAFETY: as in `sock_recv`.
        let b =
            unsafe { &mut *(buf.as_mut_slice() as *mut [u8] as *mut [std::mem::MaybeUninit<u8>]) };
        sock.recv_from_with_flags(b, flags)
    })?;
    buf.truncate(got);
    Ok(Value::tuple(vec![
        Value::bytes(buf),
        addr::to_python(&from),
    ]))
}

fn sock_sendto(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("sendto", 3, 4)?;
    let s = me(&a[0])?;
    let data = data_arg(&a[1])?;
    let (flags, target) = match a.len() {
        4 => (flags_arg(Some(&a[2]))?, &a[3]),
        _ => (0, &a[2]),
    };
    let target = addr::from_python(target, s.family, "sendto")?;
    let flags = flags | libc::MSG_NOSIGNAL;
    let n = s.io(true, |sock| sock.send_to_with_flags(&data, &target, flags))?;
    Ok(Value::Int(n as i64))
}

/// The bytes of a send argument.
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::vm::ops::type_name(v)
        ))
    })
}

fn sock_send(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("send", 2, 3)?;
    let s = me(&a[0])?;
    let data = data_arg(&a[1])?;
    let flags = flags_arg(a.get(2))? | libc::MSG_NOSIGNAL;
    let n = s.io(true, |sock| sock.send_with_flags(&data, flags))?;
    Ok(Value::Int(n as i64))
}

fn sock_sendall(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("sendall", 2, 3)?;
    let s = me(&a[0])?;
    let data = data_arg(&a[1])?;
    let flags = flags_arg(a.get(2))? | libc::MSG_NOSIGNAL;
    let mut sent = 0;
    while sent < data.len() {
        sent += s.io(true, |sock| sock.send_with_flags(&data[sent..], flags))?;
    }
    Ok(Value::None)
}

fn sock_shutdown(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("shutdown", 2, 2)?;
    let s = me(&a[0])?;
    let how = match index_arg(&a[1])? {
        0 => std::net::Shutdown::Read,
        1 => std::net::Shutdown::Write,
        2 => std::net::Shutdown::Both,
        _ => {
            return Err(from_io(&std::io::Error::from_raw_os_error(libc::EINVAL)));
        }
    };
    s.with(|sock| sock.shutdown(how))?;
    Ok(Value::None)
}

fn sock_getsockname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("getsockname", 1, 1)?;
    let addr = me(&a[0])?.with(|sock| sock.local_addr())?;
    Ok(addr::to_python(&addr))
}

fn sock_getpeername(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("getpeername", 1, 1)?;
    let addr = me(&a[0])?.with(|sock| sock.peer_addr())?;
    Ok(addr::to_python(&addr))
}

fn sock_setsockopt(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("setsockopt", 4, 4)?;
    let s = me(&a[0])?;
    let level = index_arg(&a[1])? as i32;
    let opt = index_arg(&a[2])? as i32;
    let bytes = match &a[3] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            (index_arg(&a[3])? as i32).to_ne_bytes().to_vec()
        }
        other => data_arg(other)?,
    };
    let fd = s.fd();
    if fd < 0 {
        return Err(bad_fd());
    }
    // SAFETY: `bytes` is a valid buffer of the given length.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            bytes.as_ptr() as *const libc::c_void,
            bytes.len() as libc::socklen_t,
        )
    };
    if rc != 0 {
        return Err(from_io(&std::io::Error::last_os_error()));
    }
    Ok(Value::None)
}

fn sock_getsockopt(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("getsockopt", 3, 4)?;
    let s = me(&a[0])?;
    let level = index_arg(&a[1])? as i32;
    let opt = index_arg(&a[2])? as i32;
    let fd = s.fd();
    if fd < 0 {
        return Err(bad_fd());
    }
    let buflen = match a.get(3) {
        Some(v) => match index_arg(v)? {
            0 => None,
            n @ 1..=1024 => Some(n as usize),
            _ => {
                return Err(PyErr::new(
                    ExcKind::OSError,
                    "getsockopt buflen out of range",
                ))
            }
        },
        None => None,
    };
    let mut buf = vec![0u8; buflen.unwrap_or(4).max(1)];
    let mut len = buf.len() as libc::socklen_t;
    // SAFETY: `buf` has `len` writable bytes.
    let rc = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            buf.as_mut_ptr() as *mut libc::c_void,
            &mut len,
        )
    };
    if rc != 0 {
        return Err(from_io(&std::io::Error::last_os_error()));
    }
    buf.truncate(len as usize);
    if buflen.is_some() {
        return Ok(Value::bytes(buf));
    }
    let mut word = [0u8; 4];
    let n = buf.len().min(4);
    word[..n].copy_from_slice(&buf[..n]);
    Ok(Value::Int(i32::from_ne_bytes(word) as i64))
}
