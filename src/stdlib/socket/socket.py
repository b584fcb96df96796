# The Python half of `socket`, after CPython's Lib/socket.py: the
# AddressFamily / SocketKind enums, the `socket` class over the native
# socket (`_socket(...)`), and the helpers written in Python there
# (create_connection, create_server, socketpair, getaddrinfo).

import enum as _enum


class AddressFamily(_enum.IntEnum):
    AF_UNSPEC = _AF_UNSPEC
    AF_UNIX = _AF_UNIX
    AF_INET = _AF_INET
    AF_INET6 = _AF_INET6


class SocketKind(_enum.IntEnum):
    SOCK_STREAM = _SOCK_STREAM
    SOCK_DGRAM = _SOCK_DGRAM
    SOCK_RAW = _SOCK_RAW


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW

error = OSError
timeout = TimeoutError
has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0:
            raise ValueError("Timeout value out of range")
    _default_timeout = timeout


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket:
    """A socket object (over the native one in `_sock`)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        self._setup(_socket(int(family), int(type), int(proto), fileno), family, type, proto)
        if _default_timeout is not None:
            self.settimeout(_default_timeout)

    def _setup(self, sock, family, type, proto):
        self._sock = sock
        self._family = int(family)
        self._type = int(type)
        self._proto = int(proto)
        self._closed = False

    @classmethod
    def _wrap(cls, sock, family, type, proto):
        self = cls.__new__(cls)
        self._setup(sock, family, type, proto)
        return self

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = self._closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__,
            self.__class__.__qualname__,
            closed and " [closed]" or "",
            self.fileno(),
            self._family,
            self._type,
            self._proto,
        )
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        s += ">"
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        self._closed = True
        self._sock.close()

    def detach(self):
        self._closed = True
        return self._sock.detach()

    def dup(self):
        import os
        return socket(self._family, self._type, self._proto, fileno=os.dup(self.fileno()))

    def accept(self):
        sock, addr = self._sock.accept()
        conn = socket._wrap(sock, self._family, self._type, self._proto)
        if _default_timeout is not None:
            conn.settimeout(_default_timeout)
        return conn, addr

    def bind(self, address):
        self._sock.bind(address)

    def listen(self, backlog=128):
        self._sock.listen(backlog)

    def connect(self, address):
        self._sock.connect(address)

    def connect_ex(self, address):
        return self._sock.connect_ex(address)

    def recv(self, bufsize, flags=0):
        return self._sock.recv(bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        return self._sock.recv_into(buffer, nbytes, flags)

    def send(self, data, flags=0):
        return self._sock.send(data, flags)

    def sendall(self, data, flags=0):
        self._sock.sendall(data, flags)

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def setsockopt(self, level, optname, value):
        self._sock.setsockopt(level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        if buflen is None:
            return self._sock.getsockopt(level, optname)
        return self._sock.getsockopt(level, optname, buflen)

    def setblocking(self, flag):
        self._sock.setblocking(flag)

    def getblocking(self):
        return self._sock.gettimeout() != 0.0

    def settimeout(self, value):
        self._sock.settimeout(value)

    def gettimeout(self):
        return self._sock.gettimeout()


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socketpair(int(family), int(type), int(proto))
    return socket._wrap(a, family, type, proto), socket._wrap(b, family, type, proto)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    addrlist = []
    for af, kind, pr, canonname, sa in _getaddrinfo(host, port, int(family), int(type), int(proto), int(flags)):
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(kind, SocketKind),
                         pr, canonname, sa))
    return addrlist


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, "big"), "little")


ntohl = htonl


def inet_aton(ip_string):
    parts = ip_string.split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed_ip):
    if len(packed_ip) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in packed_ip)
