//! A non-blocking client connection: TCP, optionally wrapped in a rustls
//! session (which is sans-IO: bytes move with `read_tls`/`write_tls`). Every
//! step returns at once, reporting `"read"` or `"write"` when it has to wait,
//! so the Python layer can wait on the event loop (AsyncClient) or with
//! [`conn_wait`]'s `poll()` (Client) and call the step again.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::rc::Rc;
use std::time::{Duration, Instant};

use rustls::pki_types::ServerName;
use rustls::ClientConnection;
use socket2::{Protocol, SockAddr, Socket, Type};

use crate::objects::class::types;
use crate::objects::os_error::from_io;
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
    addrs: Vec<SockAddr>,
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

fn would_block(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock || e.raw_os_error() == Some(libc::EINPROGRESS)
}

/// Starts a non-blocking connect to `addr`: the socket and whether the
/// connect is still under way.
fn start_connect(addr: &SockAddr) -> io::Result<(Socket, bool)> {
    let sock = Socket::new(addr.domain(), Type::STREAM, Some(Protocol::TCP))?;
    sock.set_nonblocking(true)?;
    sock.set_tcp_nodelay(true)?;
    match sock.connect(addr) {
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
    let found = crate::stdlib::socket::addr::getaddrinfo(
        Some(&host),
        Some(&port.to_string()),
        libc::AF_UNSPEC,
        libc::SOCK_STREAM,
        0,
        0,
    )?;
    let mut addrs: Vec<SockAddr> = found.into_iter().map(|info| info.addr).collect();
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
    sock.as_ref()
        .ok_or_else(crate::stdlib::socket::sock::bad_fd)
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
            Some(e) => from_io(&e),
            None => crate::stdlib::socket::gaierror(
                libc::EAI_NONAME as i64,
                "Name or service not known",
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
            if let Some(e) = sock.take_error().map_err(|e| from_io(&e))? {
                if self.addrs.is_empty() {
                    return Err(from_io(&e));
                }
                self.next_address()?;
                return Ok(Some(WANT_WRITE));
            }
            match sock.peer_addr() {
                Ok(_) => self.connecting = false,
                Err(e) if e.raw_os_error() == Some(libc::ENOTCONN) => return Ok(Some(WANT_WRITE)),
                Err(e) => return Err(from_io(&e)),
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
                    Err(e) => return Err(from_io(&e)),
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
                Err(e) => return Err(from_io(&e)),
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
                        Err(e) => return Err(from_io(&e)),
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
                        Err(e) => return Err(from_io(&e)),
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
                Err(e) => Err(from_io(&e)),
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
                Err(e) => return Err(from_io(&e)),
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
                Err(e) => return Err(from_io(&e)),
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
    let data = crate::methods::bytes::bytes_arg(&a[1])?;
    let mut inner = c.inner.borrow_mut();
    match inner.tls.as_mut() {
        Some(tls) => tls.writer().write_all(&data).map_err(|e| from_io(&e))?,
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

/// `wait(what, timeout)`: blocks until the socket is ready for `"read"` or
/// `"write"` (Ctrl-C interrupts); False if `timeout` seconds (None: no
/// limit) passed first.
fn conn_wait(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let a = args.check_method_count("wait", 3, 3)?;
    let write = matches!(&a[1], Value::Str(s) if s.as_str() == WANT_WRITE);
    let deadline = match &a[2] {
        Value::None => None,
        v => {
            let secs = crate::vm::ops::to_f64(v)
                .ok_or_else(|| PyErr::type_error("wait() timeout must be a number or None"))??;
            let secs = if secs.is_nan() {
                0.0
            } else {
                secs.clamp(0.0, 1e9)
            };
            Some(Instant::now() + Duration::from_secs_f64(secs))
        }
    };
    let fd = c.inner.borrow().sock()?.as_raw_fd();
    Ok(Value::Bool(crate::vm::interrupt::wait_fd(
        fd, write, deadline,
    )?))
}

/// `is_idle_readable()`: whether an idle kept-alive connection has something
/// to read — the server closed it (or misbehaved), so it cannot be reused.
fn conn_is_idle_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(&args)?;
    let inner = c.inner.borrow();
    let Ok(sock) = inner.sock() else {
        return Ok(Value::Bool(true));
    };
    let mut pfd = libc::pollfd {
        fd: sock.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd; a zero timeout only looks.
    let n = unsafe { libc::poll(&mut pfd, 1, 0) };
    Ok(Value::Bool(n != 0))
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
