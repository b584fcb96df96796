//! A non-blocking client connection: TCP, optionally wrapped in a rustls
//! session (which is sans-IO: bytes move with `read_tls`/`write_tls`). Every
//! step returns at once, reporting `"read"` or `"write"` when it has to wait,
//! so the Python layer can wait on the event loop (AsyncClient) or with
//! [`conn_wait`]'s `poll()` (Client) and call the step again.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, ToSocketAddrs};
use std::os::fd::AsRawFd;
use std::rc::Rc;

use rustls::pki_types::ServerName;
use rustls::ClientConnection;
use socket2::{Domain, Protocol, SockAddr, Socket, Type};

use crate::objects::class::types;
use crate::objects::os_error::kind_for_errno;
use crate::objects::{Args, ExcKind, NativeObject, PyClass, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::tls;

/// What a step is waiting for, as the Python layer names it.
const WANT_READ: &str = "read";
const WANT_WRITE: &str = "write";

/// One connection to a server.
pub struct Conn {
    inner: RefCell<Inner>,
}

struct Inner {
    /// None once closed.
    sock: Option<Socket>,
    /// The addresses still to try if connecting to the current one fails.
    addrs: Vec<SocketAddr>,
    connecting: bool,
    tls: Option<ClientConnection>,
    host: String,
    /// Plain-text bytes not yet sent (plain TCP only; rustls buffers its own).
    out: Vec<u8>,
}

impl NativeObject for Conn {
    fn class(&self) -> Rc<PyClass> {
        types().named("_snippy_http.Connection")
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn methods(&self) -> crate::methods::MethodTable {
        &[
            ("fileno", conn_fileno),
            ("connect_step", conn_connect_step),
            ("send", conn_send),
            ("flush", conn_flush),
            ("recv", conn_recv),
            ("wait", conn_wait),
            ("is_idle_readable", conn_is_idle_readable),
            ("close", conn_close),
        ]
    }
    fn repr(&self, _vm: &mut Vm) -> PyResult<String> {
        Ok("<_snippy_http.Connection object>".into())
    }
}

/// The C library's message for an I/O error, without Rust's "(os error N)".
fn strerror(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// The `OSError` subclass CPython raises for `e`, with errno and message.
fn os_error(e: &io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => {
            let errno = errno as i64;
            let kind = kind_for_errno(errno).unwrap_or(ExcKind::OSError);
            PyErr::with_args(kind, vec![Value::Int(errno), Value::string(strerror(e))])
        }
        None => PyErr::new(ExcKind::OSError, e.to_string()),
    }
}

/// A resolver failure as `socket.gaierror` words it (`[Errno -2] Name or
/// service not known`), from the message Rust's resolver passes on.
fn resolve_error(e: &io::Error) -> PyErr {
    let msg = e.to_string();
    let why = msg
        .strip_prefix("failed to lookup address information: ")
        .unwrap_or(&msg)
        .to_owned();
    let errno = match why.as_str() {
        "Name or service not known" => -2,
        "Temporary failure in name resolution" => -3,
        "No address associated with hostname" => -5,
        "Servname not supported for ai_socktype" => -8,
        _ => -2,
    };
    PyErr::with_args(
        ExcKind::OSError,
        vec![Value::Int(errno), Value::string(why)],
    )
}

fn would_block(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock || e.raw_os_error() == Some(libc::EINPROGRESS)
}

/// Starts a non-blocking connect to `addr`: the socket and whether the
/// connect is still under way.
fn start_connect(addr: &SocketAddr) -> io::Result<(Socket, bool)> {
    let sock = Socket::new(
        Domain::for_address(*addr),
        Type::STREAM,
        Some(Protocol::TCP),
    )?;
    sock.set_nonblocking(true)?;
    sock.set_tcp_nodelay(true)?;
    match sock.connect(&SockAddr::from(*addr)) {
        Ok(()) => Ok((sock, false)),
        Err(e) if would_block(&e) => Ok((sock, true)),
        Err(e) => Err(e),
    }
}

/// `connect(host, port, tls, verify)`: resolves `host` (a blocking lookup,
/// as CPython's `getaddrinfo`) and starts connecting; `connect_step`
/// finishes. `verify` is httpx's: True, False or a CA file path; None
/// means True without the environment's CA settings (`trust_env=False`).
pub fn connect(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("connect", 4, 4)?;
    let host = match &a[0] {
        Value::Str(s) => s.as_str().to_owned(),
        _ => return Err(PyErr::type_error("connect() host must be str")),
    };
    let port = match &a[1] {
        Value::Int(p) => u16::try_from(*p).map_err(|_| PyErr::overflow("port must be 0-65535."))?,
        _ => return Err(PyErr::type_error("connect() port must be int")),
    };
    let use_tls = matches!(a[2], Value::Bool(true));
    let verify = match &a[3] {
        Value::Bool(false) => tls::Verify::Off,
        Value::Str(path) => tls::Verify::File(path.as_str().to_owned()),
        Value::None => tls::Verify::PublicRoots,
        _ => tls::Verify::Default,
    };
    let tls = if use_tls {
        let config = tls::client_config(&verify).map_err(|m| PyErr::new(ExcKind::OSError, m))?;
        let name = ServerName::try_from(host.clone())
            .map_err(|_| PyErr::new(ExcKind::OSError, format!("invalid server name {host:?}")))?;
        let mut session = ClientConnection::new(config, name)
            .map_err(|e| PyErr::new(ExcKind::OSError, tls::describe(&e, &host)))?;
        // Request bodies are queued whole; `flush` sends them as the socket allows.
        session.set_buffer_limit(None);
        Some(session)
    } else {
        None
    };
    let mut addrs: Vec<SocketAddr> = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| resolve_error(&e))?
        .collect();
    addrs.reverse();
    let mut inner = Inner {
        sock: None,
        addrs,
        connecting: false,
        tls,
        host,
        out: Vec::new(),
    };
    inner.next_address()?;
    Ok(Value::Native(Rc::new(Conn {
        inner: RefCell::new(inner),
    })))
}

/// The socket, or EBADF's `OSError` once closed.
fn open_socket(sock: &Option<Socket>) -> PyResult<&Socket> {
    sock.as_ref().ok_or_else(|| {
        PyErr::with_args(
            ExcKind::OSError,
            vec![Value::Int(9), Value::str("Bad file descriptor")],
        )
    })
}

impl Inner {
    /// Starts connecting to the next address, raising the last error when
    /// none is left.
    fn next_address(&mut self) -> PyResult<()> {
        let mut last = None;
        while let Some(addr) = self.addrs.pop() {
            match start_connect(&addr) {
                Ok((sock, connecting)) => {
                    self.sock = Some(sock);
                    self.connecting = connecting;
                    return Ok(());
                }
                Err(e) => last = Some(e),
            }
        }
        Err(match last {
            Some(e) => os_error(&e),
            None => PyErr::with_args(
                ExcKind::OSError,
                vec![Value::Int(-2), Value::str("Name or service not known")],
            ),
        })
    }

    fn sock(&self) -> PyResult<&Socket> {
        open_socket(&self.sock)
    }

    fn tls_error(&self, e: &rustls::Error) -> PyErr {
        PyErr::new(ExcKind::OSError, tls::describe(e, &self.host))
    }

    /// One step of connecting: `Some(want)` while waiting.
    fn connect_step(&mut self) -> PyResult<Option<&'static str>> {
        if self.connecting {
            let sock = self.sock()?;
            if let Some(e) = sock.take_error().map_err(|e| os_error(&e))? {
                if self.addrs.is_empty() {
                    return Err(os_error(&e));
                }
                self.next_address()?;
                return Ok(Some(WANT_WRITE));
            }
            match sock.peer_addr() {
                Ok(_) => self.connecting = false,
                Err(e) if e.raw_os_error() == Some(libc::ENOTCONN) => return Ok(Some(WANT_WRITE)),
                Err(e) => return Err(os_error(&e)),
            }
        }
        let mut sock = open_socket(&self.sock)?;
        let Some(tls) = self.tls.as_mut() else {
            return Ok(None);
        };
        loop {
            if tls.wants_write() {
                match tls.write_tls(&mut sock) {
                    Ok(_) => continue,
                    Err(e) if would_block(&e) => return Ok(Some(WANT_WRITE)),
                    Err(e) => return Err(os_error(&e)),
                }
            }
            if !tls.is_handshaking() {
                return Ok(None);
            }
            match tls.read_tls(&mut sock) {
                Ok(0) => {
                    return Err(PyErr::new(
                        ExcKind::OSError,
                        "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)",
                    ))
                }
                Ok(_) => {
                    if let Err(e) = tls.process_new_packets() {
                        // Tell the server why (the alert), then report.
                        let _ = tls.write_tls(&mut sock);
                        let host = self.host.clone();
                        return Err(PyErr::new(ExcKind::OSError, tls::describe(&e, &host)));
                    }
                }
                Err(e) if would_block(&e) => return Ok(Some(WANT_READ)),
                Err(e) => return Err(os_error(&e)),
            }
        }
    }

    /// Sends buffered bytes: `Some("write")` while some remain.
    fn flush(&mut self) -> PyResult<Option<&'static str>> {
        let mut sock = open_socket(&self.sock)?;
        match self.tls.as_mut() {
            Some(tls) => {
                while tls.wants_write() {
                    match tls.write_tls(&mut sock) {
                        Ok(_) => {}
                        Err(e) if would_block(&e) => return Ok(Some(WANT_WRITE)),
                        Err(e) => return Err(os_error(&e)),
                    }
                }
            }
            None => {
                while !self.out.is_empty() {
                    match sock.write(&self.out) {
                        Ok(n) => {
                            self.out.drain(..n);
                        }
                        Err(e) if would_block(&e) => return Ok(Some(WANT_WRITE)),
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(e) => return Err(os_error(&e)),
                    }
                }
            }
        }
        Ok(None)
    }

    /// Up to `max` received bytes (empty at end of stream), or `None` when
    /// none are there yet.
    fn recv(&mut self, max: usize) -> PyResult<Option<Vec<u8>>> {
        let mut buf = vec![0u8; max.clamp(1, 1 << 20)];
        if self.tls.is_none() {
            let mut sock = self.sock()?;
            return match sock.read(&mut buf) {
                Ok(n) => {
                    buf.truncate(n);
                    Ok(Some(buf))
                }
                Err(e) if would_block(&e) => Ok(None),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(None),
                Err(e) => Err(os_error(&e)),
            };
        }
        loop {
            let Some(tls) = self.tls.as_mut() else {
                return Ok(Some(Vec::new()));
            };
            match tls.reader().read(&mut buf) {
                Ok(n) => {
                    buf.truncate(n);
                    return Ok(Some(buf));
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                // The server closed without close_notify: end of stream.
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(Some(Vec::new())),
                Err(e) => return Err(os_error(&e)),
            }
            self.flush()?;
            let mut sock = open_socket(&self.sock)?;
            let Some(tls) = self.tls.as_mut() else {
                return Ok(Some(Vec::new()));
            };
            match tls.read_tls(&mut sock) {
                Ok(0) => return Ok(Some(Vec::new())),
                Ok(_) => {
                    if let Err(e) = tls.process_new_packets() {
                        return Err(self.tls_error(&e));
                    }
                }
                Err(e) if would_block(&e) => return Ok(None),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => return Ok(None),
                Err(e) => return Err(os_error(&e)),
            }
        }
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Conn> {
    match args.pos().first() {
        Some(Value::Native(n)) => n.as_any().downcast_ref::<Conn>(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("descriptor requires a '_snippy_http.Connection' object"))
}

fn want(w: Option<&'static str>) -> Value {
    match w {
        Some(w) => Value::str(w),
        None => Value::None,
    }
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.data.to_vec()),
        Value::ByteArray(b) => Ok(b.data.borrow().clone()),
        _ => Err(PyErr::type_error("a bytes-like object is required")),
    }
}

/// `fileno()`: the socket's descriptor, for `add_reader`/`add_writer`.
fn conn_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let inner = c.inner.borrow();
    Ok(Value::Int(inner.sock()?.as_raw_fd() as i64))
}

/// `connect_step()`: None once connected (and the TLS handshake done), else
/// what to wait for before calling it again.
fn conn_connect_step(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let w = c.inner.borrow_mut().connect_step()?;
    Ok(want(w))
}

/// `send(data)`: queues `data` and sends what it can; like `flush()`.
fn conn_send(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let a = args.check_method_count("send", 2, 2)?;
    let data = bytes_arg(&a[1])?;
    let mut inner = c.inner.borrow_mut();
    match inner.tls.as_mut() {
        Some(tls) => tls.writer().write_all(&data).map_err(|e| os_error(&e))?,
        None => inner.out.extend_from_slice(&data),
    }
    Ok(want(inner.flush()?))
}

/// `flush()`: None when everything queued was sent, else `"write"`.
fn conn_flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let w = c.inner.borrow_mut().flush()?;
    Ok(want(w))
}

/// `recv(n)`: bytes (b"" at the end), or None when it must wait to read.
fn conn_recv(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let a = args.check_method_count("recv", 2, 2)?;
    let max = match &a[1] {
        Value::Int(n) => usize::try_from(*n).unwrap_or(1),
        _ => return Err(PyErr::type_error("recv() size must be int")),
    };
    let got = c.inner.borrow_mut().recv(max)?;
    Ok(match got {
        Some(data) => Value::bytes(data),
        None => Value::None,
    })
}

/// `poll()` on the descriptor for `events`; true when ready, false when
/// `timeout_ms` (negative: none) passed first. An interrupted wait counts as
/// ready, so the caller tries again (and Ctrl-C is seen).
fn poll_fd(fd: i32, events: i16, timeout_ms: i32) -> io::Result<bool> {
    let mut pfd = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    // SAFETY: one valid pollfd, the count says one.
    let n = unsafe { libc::poll(&mut pfd, 1, timeout_ms) };
    if n < 0 {
        let e = io::Error::last_os_error();
        if e.kind() == io::ErrorKind::Interrupted {
            return Ok(true);
        }
        return Err(e);
    }
    Ok(n > 0)
}

/// `wait(what, timeout)`: blocks until the socket is ready for `"read"` or
/// `"write"`; False if `timeout` seconds (None: no limit) passed first.
fn conn_wait(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let a = args.check_method_count("wait", 3, 3)?;
    let events = match &a[1] {
        Value::Str(s) if s.as_str() == WANT_WRITE => libc::POLLOUT,
        _ => libc::POLLIN,
    };
    let timeout_ms = match &a[2] {
        Value::None => -1,
        Value::Int(s) => (*s).clamp(0, i32::MAX as i64 / 1000) as i32 * 1000,
        Value::Float(s) if s.is_nan() || *s <= 0.0 => 0,
        Value::Float(s) => (s * 1000.0).ceil().min(i32::MAX as f64) as i32,
        _ => return Err(PyErr::type_error("wait() timeout must be a number or None")),
    };
    let fd = c.inner.borrow().sock()?.as_raw_fd();
    let ready = poll_fd(fd, events, timeout_ms).map_err(|e| os_error(&e))?;
    Ok(Value::Bool(ready))
}

/// `is_idle_readable()`: whether an idle kept-alive connection has something
/// to read — the server closed it (or misbehaved), so it cannot be reused.
fn conn_is_idle_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let inner = c.inner.borrow();
    let Ok(sock) = inner.sock() else {
        return Ok(Value::Bool(true));
    };
    let ready = poll_fd(sock.as_raw_fd(), libc::POLLIN, 0).unwrap_or(true);
    Ok(Value::Bool(ready))
}

/// `close()`: sends TLS close_notify when it can and closes the socket.
fn conn_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let mut inner = c.inner.borrow_mut();
    if let Some(tls) = inner.tls.as_mut() {
        tls.send_close_notify();
    }
    if inner.sock.is_some() && !inner.connecting {
        let _ = inner.flush();
    }
    inner.sock = None;
    inner.tls = None;
    Ok(Value::None)
}
