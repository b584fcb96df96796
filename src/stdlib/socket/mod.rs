//! The `socket` module: TCP (and AF_UNIX) sockets over `socket2`, with
//! CPython's errors (`OSError` subclasses chosen by errno, `gaierror`
//! from the C library's resolver). The native socket ([`sock`]) sits
//! under a Python `socket.socket` class (`socket.py`), as CPython's
//! `_socket.socket` sits under its `socket.py`.

pub(crate) mod addr;
pub(crate) mod sock;

use std::rc::Rc;

use crate::methods::args::index_arg;
use crate::objects::class::types;
use crate::objects::exception::PyException;
use crate::objects::os_error::from_io;
use crate::objects::{Args, ExcKind, PyClass, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

use sock::Sock;

/// The classes the module defines natively.
pub struct Classes {
    pub sock: Rc<PyClass>,
    pub gaierror: Rc<PyClass>,
    pub herror: Rc<PyClass>,
}

thread_local! {
    static CLASSES: Rc<Classes> = Rc::new(make_classes());
}

fn make_classes() -> Classes {
    let t = types();
    let os_error = t.exception(ExcKind::OSError);
    Classes {
        sock: PyClass::builtin("socket", "_socket", Some(&t.object)),
        gaierror: PyClass::builtin("gaierror", "socket", Some(os_error)),
        herror: PyClass::builtin("herror", "socket", Some(os_error)),
    }
}

/// The module's native classes.
pub fn classes() -> Rc<Classes> {
    CLASSES.with(|c| c.clone())
}

/// `socket.gaierror(code, message)`.
pub fn gaierror(code: i64, msg: &str) -> PyErr {
    PyErr {
        exc: PyException::new(
            classes().gaierror.clone(),
            vec![Value::Int(code), Value::str(msg)],
        ),
    }
}

/// An int argument that fits an `i32` (family, type, proto, flags).
fn int32(v: &Value) -> PyResult<i32> {
    // An IntEnum member (AF_INET) counts as its int.
    let n = index_arg(crate::vm::builtin_subclass::unwrap_base(v))?;
    i32::try_from(n).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

/// `_socket(family, type, proto, fileno)`: a native socket (a new one,
/// or around `fileno` when that is not None).
fn new_socket(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_socket", 4, 4)?;
    let (family, kind, proto) = (int32(&a[0])?, int32(&a[1])?, int32(&a[2])?);
    if a[3].is_none() {
        Sock::open(family, kind, proto)
    } else {
        Sock::from_fd(int32(&a[3])?, family, kind, proto)
    }
}

/// `_socketpair(family, type, proto)`: two connected native sockets.
fn socketpair(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_socketpair", 3, 3)?;
    let (family, kind, proto) = (int32(&a[0])?, int32(&a[1])?, int32(&a[2])?);
    let p = (proto != 0).then(|| socket2::Protocol::from(proto));
    let (x, y) = socket2::Socket::pair(socket2::Domain::from(family), socket2::Type::from(kind), p)
        .map_err(|e| from_io(&e))?;
    Ok(Value::tuple(vec![
        Sock::wrap(x, family, kind, proto)?,
        Sock::wrap(y, family, kind, proto)?,
    ]))
}

/// A host or port argument of `getaddrinfo`: None, str, bytes or int.
fn name_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<String>> {
    Ok(match v {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_owned()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(&b.data).into_owned()),
        Value::Int(_) | Value::BigInt(_) if what == "port" => Some(vm.str(v)?),
        _ if what == "port" => return Err(PyErr::new(ExcKind::OSError, "Int or String expected")),
        other => {
            return Err(PyErr::type_error(format!(
                "getaddrinfo() argument 1 must be string or None, not {}",
                crate::vm::ops::type_name(other)
            )))
        }
    })
}

/// `_getaddrinfo(host, port, family, type, proto, flags)`: a list of
/// `(family, type, proto, canonname, sockaddr)` with plain ints.
fn getaddrinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("_getaddrinfo", 6, 6)?;
    let host = name_arg(vm, &a[0], "host")?;
    let port = name_arg(vm, &a[1], "port")?;
    let infos = addr::getaddrinfo(
        host.as_deref(),
        port.as_deref(),
        int32(&a[2])?,
        int32(&a[3])?,
        int32(&a[4])?,
        int32(&a[5])?,
    )?;
    Ok(Value::list(
        infos
            .iter()
            .map(|i| {
                Value::tuple(vec![
                    Value::Int(i.family as i64),
                    Value::Int(i.kind as i64),
                    Value::Int(i.proto as i64),
                    Value::string(i.canonname.clone()),
                    addr::to_python(&i.addr),
                ])
            })
            .collect(),
    ))
}

/// `socket.gethostname()`.
fn gethostname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count("gethostname", 0, 0)?;
    let mut buf = [0u8; 256];
    // SAFETY: `buf` has the length given.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if rc != 0 {
        return Err(from_io(&std::io::Error::last_os_error()));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Ok(Value::string(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}

/// `socket.inet_pton(family, ip_string)`: the packed address.
fn inet_pton(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check_count("inet_pton", 2, 2)?;
    let family = int32(&a[0])?;
    let text = match &a[1] {
        Value::Str(s) => s.as_str().to_owned(),
        other => {
            return Err(PyErr::type_error(format!(
                "inet_pton() argument 2 must be str, not {}",
                crate::vm::ops::type_name(other)
            )))
        }
    };
    let bad = || {
        PyErr::new(
            ExcKind::OSError,
            "illegal IP address string passed to inet_pton",
        )
    };
    let packed = if family == libc::AF_INET {
        text.parse::<std::net::Ipv4Addr>()
            .map_err(|_| bad())?
            .octets()
            .to_vec()
    } else if family == libc::AF_INET6 {
        text.parse::<std::net::Ipv6Addr>()
            .map_err(|_| bad())?
            .octets()
            .to_vec()
    } else {
        return Err(from_io(&std::io::Error::from_raw_os_error(
            libc::EAFNOSUPPORT,
        )));
    };
    Ok(Value::bytes(packed))
}

/// The `socket` namespace.
pub fn create(vm: &mut Vm) -> Rc<PyDict> {
    let dict = super::namespace(&[
        ("_socket", new_socket),
        ("_socketpair", socketpair),
        ("_getaddrinfo", getaddrinfo),
        ("gethostname", gethostname),
        ("inet_pton", inet_pton),
    ]);
    let c = classes();
    dict.set_str("gaierror", Value::Class(c.gaierror.clone()));
    dict.set_str("herror", Value::Class(c.herror.clone()));
    for (name, value) in CONSTANTS {
        dict.set_str(name, Value::Int(*value as i64));
    }
    super::pysource::run_into(vm, &dict, "socket", include_str!("socket.py"));
    dict
}

/// Plain int constants (families and kinds become enums in socket.py).
const CONSTANTS: &[(&str, i32)] = &[
    ("_AF_UNSPEC", libc::AF_UNSPEC),
    ("_AF_UNIX", libc::AF_UNIX),
    ("_AF_INET", libc::AF_INET),
    ("_AF_INET6", libc::AF_INET6),
    ("_SOCK_STREAM", libc::SOCK_STREAM),
    ("_SOCK_DGRAM", libc::SOCK_DGRAM),
    ("_SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_REUSEPORT", libc::SO_REUSEPORT),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_TYPE", libc::SO_TYPE),
    ("SOMAXCONN", 4096),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("SHUT_RD", 0),
    ("SHUT_WR", 1),
    ("SHUT_RDWR", 2),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
    ("NI_NUMERICHOST", libc::NI_NUMERICHOST),
    ("NI_NUMERICSERV", libc::NI_NUMERICSERV),
    ("EAI_NONAME", libc::EAI_NONAME),
    ("EAI_AGAIN", libc::EAI_AGAIN),
];
