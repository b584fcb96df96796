//! Socket addresses: Python's `(host, port)` / `(host, port, flowinfo,
//! scope_id)` tuples and AF_UNIX paths to `socket2::SockAddr` and back,
//! and name resolution through the C library's `getaddrinfo` (so its
//! errors are `socket.gaierror` with the C library's messages, as in
//! CPython).

use std::ffi::{CStr, CString};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

use socket2::SockAddr;

use crate::objects::os_error::from_io;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::ops::type_name;

use super::gaierror;

/// One `getaddrinfo` answer: family, type, proto, canonname, address.
pub struct AddrInfo {
    pub family: i32,
    pub kind: i32,
    pub proto: i32,
    pub canonname: String,
    pub addr: SockAddr,
}

/// `getaddrinfo(host, port, family, type, proto, flags)` of the C library.
pub fn getaddrinfo(
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    kind: i32,
    proto: i32,
    flags: i32,
) -> PyResult<Vec<AddrInfo>> {
    let cstr = |s: Option<&str>| -> PyResult<Option<CString>> {
        s.map(|s| CString::new(s).map_err(|_| PyErr::value_error("embedded null character")))
            .transpose()
    };
    let (h, p) = (cstr(host)?, cstr(port)?);
    // SAFETY: a zeroed addrinfo is the documented "no hints" value.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = kind;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings outlive the call; `res` is freed below.
    let rc = unsafe {
        libc::getaddrinfo(
            h.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            p.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if rc != 0 {
        if rc == libc::EAI_SYSTEM {
            return Err(from_io(&std::io::Error::last_os_error()));
        }
        // SAFETY: gai_strerror returns a static string.
        let msg = unsafe { CStr::from_ptr(libc::gai_strerror(rc)) };
        return Err(gaierror(rc as i64, &msg.to_string_lossy()));
    }
    let mut out = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: `cur` walks the list getaddrinfo returned.
        let ai = unsafe { &*cur };
        let len = ai.ai_addrlen as usize;
        if !ai.ai_addr.is_null() && len <= std::mem::size_of::<libc::sockaddr_storage>() {
            // SAFETY: `ai_addr` points at `len` bytes of a socket address.
            let (_, addr) = unsafe {
                SockAddr::try_init(|storage, l| {
                    std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, storage as *mut u8, len);
                    *l = len as libc::socklen_t;
                    Ok(())
                })
            }
            .map_err(|e| from_io(&e))?;
            let canonname = if ai.ai_canonname.is_null() {
                String::new()
            } else {
                // SAFETY: a NUL-terminated string of the list.
                unsafe { CStr::from_ptr(ai.ai_canonname) }
                    .to_string_lossy()
                    .into_owned()
            };
            out.push(AddrInfo {
                family: ai.ai_family,
                kind: ai.ai_socktype,
                proto: ai.ai_protocol,
                canonname,
                addr,
            });
        }
        cur = ai.ai_next;
    }
    // SAFETY: `res` came from getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// The Python form of an address: `(host, port)`, `(host, port,
/// flowinfo, scope_id)` or an AF_UNIX path (`''` when unnamed).
pub fn to_python(addr: &SockAddr) -> Value {
    match addr.as_socket() {
        Some(SocketAddr::V4(a)) => Value::tuple(vec![
            Value::string(a.ip().to_string()),
            Value::Int(a.port() as i64),
        ]),
        Some(SocketAddr::V6(a)) => Value::tuple(vec![
            Value::string(a.ip().to_string()),
            Value::Int(a.port() as i64),
            Value::Int(a.flowinfo() as i64),
            Value::Int(a.scope_id() as i64),
        ]),
        None => match addr.as_pathname() {
            Some(p) => Value::string(p.to_string_lossy().into_owned()),
            None => Value::str(""),
        },
    }
}

/// The host string of an address tuple.
fn host_str(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
        Value::ByteArray(b) => Ok(String::from_utf8_lossy(&b.data.borrow()).into_owned()),
        other => Err(PyErr::type_error(format!(
            "str, bytes or bytearray expected, not {}",
            type_name(other)
        ))),
    }
}

/// A port number (0-65535) from an address tuple.
fn port_of(v: &Value, caller: &str) -> PyResult<u16> {
    let p = crate::methods::args::index_arg(v)?;
    u16::try_from(p).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            format!("{caller}(): port must be 0-65535."),
        )
    })
}

/// The IP address `host` names for `family` (resolving names as CPython's
/// `setipaddr` does: '' is any address, '<broadcast>' the broadcast one).
fn ip_for(host: &str, family: i32) -> PyResult<IpAddr> {
    let v6 = family == libc::AF_INET6;
    if host.is_empty() {
        return Ok(if v6 {
            IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        });
    }
    if host == "<broadcast>" || host == "255.255.255.255" {
        if v6 {
            return Err(gaierror(-9, "Address family for hostname not supported"));
        }
        return Ok(IpAddr::V4(Ipv4Addr::BROADCAST));
    }
    let infos = getaddrinfo(Some(host), None, family, 0, 0, 0)?;
    infos
        .iter()
        .find_map(|i| i.addr.as_socket().map(|a| a.ip()))
        .ok_or_else(|| gaierror(-2, "Name or service not known"))
}

/// The `SockAddr` a Python address names for a socket of `family`
/// (`caller` names the method in errors, as CPython's messages do).
pub fn from_python(v: &Value, family: i32, caller: &str) -> PyResult<SockAddr> {
    if family == libc::AF_UNIX {
        let path = match v {
            Value::Str(s) => s.as_str().to_owned(),
            Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
            other => {
                return Err(PyErr::type_error(format!(
                    "{caller}(): AF_UNIX address must be str or bytes, not {}",
                    type_name(other)
                )))
            }
        };
        return SockAddr::unix(path).map_err(|e| from_io(&e));
    }
    let (name, shape) = if family == libc::AF_INET6 {
        ("AF_INET6", "a tuple (host, port[, flowinfo[, scopeid]])")
    } else {
        ("AF_INET", "a pair (host, port)")
    };
    let Value::Tuple(t) = v else {
        return Err(PyErr::type_error(format!(
            "{caller}(): {name} address must be tuple, not {}",
            type_name(v)
        )));
    };
    let items = &t.items;
    let ok_len = if family == libc::AF_INET6 {
        (2..=4).contains(&items.len())
    } else {
        items.len() == 2
    };
    if !ok_len {
        return Err(PyErr::type_error(format!("{name} address must be {shape}")));
    }
    let host = host_str(&items[0])?;
    let port = port_of(&items[1], caller)?;
    let ip = ip_for(&host, family)?;
    Ok(match ip {
        IpAddr::V4(ip) => SockAddr::from(SocketAddrV4::new(ip, port)),
        IpAddr::V6(ip) => {
            let num = |i: usize| -> PyResult<u32> {
                match items.get(i) {
                    Some(v) => {
                        let n = crate::methods::args::index_arg(v)?;
                        u32::try_from(n).map_err(|_| {
                            PyErr::new(
                                ExcKind::OverflowError,
                                format!("{caller}(): flowinfo must be 0-1048575."),
                            )
                        })
                    }
                    None => Ok(0),
                }
            };
            SockAddr::from(SocketAddrV6::new(ip, port, num(2)?, num(3)?))
        }
    })
}
