# httpx, built into snippy: the client API of httpx 0.28 (its classes,
# defaults, exceptions and messages) over the native transport in
# _snippy_http. Requests are HTTP/1.1 over TCP or TLS; the protocol code is
# written as generators that yield what they wait for ("read"/"write" on a
# connection, with a time limit), so the same code runs blocking for Client
# (poll) and on the event loop for AsyncClient (add_reader/add_writer).

import _snippy_http
import json as _json
import time as _time

__version__ = "0.28.1"

# ---------------------------------------------------------------- exceptions


class HTTPError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self._request = None

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError("The .request property has not been set.")
        return self._request

    @request.setter
    def request(self, request):
        self._request = request


class RequestError(HTTPError):
    def __init__(self, message, *, request=None):
        super().__init__(message)
        if request is not None:
            self.request = request


class TransportError(RequestError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException):
    pass


class ReadTimeout(TimeoutException):
    pass


class WriteTimeout(TimeoutException):
    pass


class PoolTimeout(TimeoutException):
    pass


class NetworkError(TransportError):
    pass


class ReadError(NetworkError):
    pass


class WriteError(NetworkError):
    pass


class ConnectError(NetworkError):
    pass


class CloseError(NetworkError):
    pass


class ProxyError(TransportError):
    pass


class UnsupportedProtocol(TransportError):
    pass


class ProtocolError(TransportError):
    pass


class LocalProtocolError(ProtocolError):
    pass


class RemoteProtocolError(ProtocolError):
    pass


class DecodingError(RequestError):
    pass


class TooManyRedirects(RequestError):
    pass


class HTTPStatusError(HTTPError):
    def __init__(self, message, *, request, response):
        super().__init__(message)
        self.request = request
        self.response = response


class InvalidURL(Exception):
    def __init__(self, message):
        super().__init__(message)


class CookieConflict(Exception):
    def __init__(self, message):
        super().__init__(message)


class StreamError(RuntimeError):
    def __init__(self, message):
        super().__init__(message)


class StreamConsumed(StreamError):
    def __init__(self):
        super().__init__(
            "Attempted to read or stream some content, but the content has "
            "already been streamed. For requests, this could be due to passing "
            "a generator as request content, and then receiving a redirect "
            "response or a secondary request as part of an authentication flow."
            "For responses, this could be due to attempting to stream the response "
            "content more than once."
        )


class StreamClosed(StreamError):
    def __init__(self):
        super().__init__(
            "Attempted to read or stream content, but the stream has been closed."
        )


class ResponseNotRead(StreamError):
    def __init__(self):
        super().__init__(
            "Attempted to access streaming response content, without having called `read()`."
        )


class RequestNotRead(StreamError):
    def __init__(self):
        super().__init__(
            "Attempted to access streaming request content, without having called `read()`."
        )


_CORE_CLASSES = {}


def _from_core(exc, request):
    """Raises transport error `exc` as httpx raises its own: a fresh one,
    whose direct cause is httpcore's exception of the same name and message
    (tracebacks show both). Errors already raised this way pass through."""
    if getattr(exc, "_from_core", False):
        raise exc
    name = type(exc).__name__
    core_class = _CORE_CLASSES.get(name)
    if core_class is None:
        core_class = type(name, (Exception,), {"__module__": "httpcore"})
        _CORE_CLASSES[name] = core_class
    message = str(exc)
    try:
        raise core_class(message) from None
    except Exception as core:
        mapped = type(exc)(message, request=request)
        mapped._from_core = True
        raise mapped from core


# ------------------------------------------------------------- status codes

import enum as _enum


class codes(_enum.IntEnum):
    """HTTP status codes with their reason phrases, as httpx.codes."""

    def __new__(cls, value, phrase=""):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj

    def __str__(self):
        return str(self.value)

    CONTINUE = 100, 'Continue'
    SWITCHING_PROTOCOLS = 101, 'Switching Protocols'
    PROCESSING = 102, 'Processing'
    EARLY_HINTS = 103, 'Early Hints'
    OK = 200, 'OK'
    CREATED = 201, 'Created'
    ACCEPTED = 202, 'Accepted'
    NON_AUTHORITATIVE_INFORMATION = 203, 'Non-Authoritative Information'
    NO_CONTENT = 204, 'No Content'
    RESET_CONTENT = 205, 'Reset Content'
    PARTIAL_CONTENT = 206, 'Partial Content'
    MULTI_STATUS = 207, 'Multi-Status'
    ALREADY_REPORTED = 208, 'Already Reported'
    IM_USED = 226, 'IM Used'
    MULTIPLE_CHOICES = 300, 'Multiple Choices'
    MOVED_PERMANENTLY = 301, 'Moved Permanently'
    FOUND = 302, 'Found'
    SEE_OTHER = 303, 'See Other'
    NOT_MODIFIED = 304, 'Not Modified'
    USE_PROXY = 305, 'Use Proxy'
    TEMPORARY_REDIRECT = 307, 'Temporary Redirect'
    PERMANENT_REDIRECT = 308, 'Permanent Redirect'
    BAD_REQUEST = 400, 'Bad Request'
    UNAUTHORIZED = 401, 'Unauthorized'
    PAYMENT_REQUIRED = 402, 'Payment Required'
    FORBIDDEN = 403, 'Forbidden'
    NOT_FOUND = 404, 'Not Found'
    METHOD_NOT_ALLOWED = 405, 'Method Not Allowed'
    NOT_ACCEPTABLE = 406, 'Not Acceptable'
    PROXY_AUTHENTICATION_REQUIRED = 407, 'Proxy Authentication Required'
    REQUEST_TIMEOUT = 408, 'Request Timeout'
    CONFLICT = 409, 'Conflict'
    GONE = 410, 'Gone'
    LENGTH_REQUIRED = 411, 'Length Required'
    PRECONDITION_FAILED = 412, 'Precondition Failed'
    REQUEST_ENTITY_TOO_LARGE = 413, 'Request Entity Too Large'
    REQUEST_URI_TOO_LONG = 414, 'Request-URI Too Long'
    UNSUPPORTED_MEDIA_TYPE = 415, 'Unsupported Media Type'
    REQUESTED_RANGE_NOT_SATISFIABLE = 416, 'Requested Range Not Satisfiable'
    EXPECTATION_FAILED = 417, 'Expectation Failed'
    IM_A_TEAPOT = 418, "I'm a teapot"
    MISDIRECTED_REQUEST = 421, 'Misdirected Request'
    UNPROCESSABLE_ENTITY = 422, 'Unprocessable Entity'
    LOCKED = 423, 'Locked'
    FAILED_DEPENDENCY = 424, 'Failed Dependency'
    TOO_EARLY = 425, 'Too Early'
    UPGRADE_REQUIRED = 426, 'Upgrade Required'
    PRECONDITION_REQUIRED = 428, 'Precondition Required'
    TOO_MANY_REQUESTS = 429, 'Too Many Requests'
    REQUEST_HEADER_FIELDS_TOO_LARGE = 431, 'Request Header Fields Too Large'
    UNAVAILABLE_FOR_LEGAL_REASONS = 451, 'Unavailable For Legal Reasons'
    INTERNAL_SERVER_ERROR = 500, 'Internal Server Error'
    NOT_IMPLEMENTED = 501, 'Not Implemented'
    BAD_GATEWAY = 502, 'Bad Gateway'
    SERVICE_UNAVAILABLE = 503, 'Service Unavailable'
    GATEWAY_TIMEOUT = 504, 'Gateway Timeout'
    HTTP_VERSION_NOT_SUPPORTED = 505, 'HTTP Version Not Supported'
    VARIANT_ALSO_NEGOTIATES = 506, 'Variant Also Negotiates'
    INSUFFICIENT_STORAGE = 507, 'Insufficient Storage'
    LOOP_DETECTED = 508, 'Loop Detected'
    NOT_EXTENDED = 510, 'Not Extended'
    NETWORK_AUTHENTICATION_REQUIRED = 511, 'Network Authentication Required'

    @classmethod
    def get_reason_phrase(cls, value):
        try:
            return codes(value).phrase
        except ValueError:
            return ""

    @classmethod
    def is_informational(cls, value):
        return 100 <= value <= 199

    @classmethod
    def is_success(cls, value):
        return 200 <= value <= 299

    @classmethod
    def is_redirect(cls, value):
        return 300 <= value <= 399

    @classmethod
    def is_client_error(cls, value):
        return 400 <= value <= 499

    @classmethod
    def is_server_error(cls, value):
        return 500 <= value <= 599

    @classmethod
    def is_error(cls, value):
        return 400 <= value <= 599


# ---------------------------------------------------------------------- URLs

_UNRESERVED = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
)
_PATH_SAFE = _UNRESERVED | frozenset("!$&'()*+,;=:@/%")
_QUERY_SAFE = _PATH_SAFE | frozenset("?")
_HEX = "0123456789ABCDEF"
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")


def _quote(text, safe):
    """Percent-encodes what is not in `safe` (keeping valid %XX escapes)."""
    out = []
    for i, ch in enumerate(text):
        if ch == "%":
            escape = text[i + 1:i + 3]
            if len(escape) == 2 and all(c in _HEXDIGITS for c in escape):
                out.append(ch)
            else:
                out.append("%25")
        elif ch in safe:
            out.append(ch)
        else:
            for b in ch.encode("utf-8"):
                out.append("%" + _HEX[b >> 4] + _HEX[b & 15])
    return "".join(out)


def _quote_plus(text):
    out = []
    for b in str(text).encode("utf-8"):
        ch = chr(b)
        if ch in _UNRESERVED:
            out.append(ch)
        elif ch == " ":
            out.append("+")
        else:
            out.append("%" + _HEX[b >> 4] + _HEX[b & 15])
    return "".join(out)


def _unquote(text, plus=False):
    if plus:
        text = text.replace("+", " ")
    if "%" not in text:
        return text
    data = bytearray()
    i = 0
    raw = text.encode("utf-8")
    while i < len(raw):
        b = raw[i]
        escape = raw[i + 1:i + 3].decode("latin-1")
        if b == 37 and len(escape) == 2 and all(c in _HEXDIGITS for c in escape):
            data.append(int(escape, 16))
            i += 3
        else:
            data.append(b)
            i += 1
    return data.decode("utf-8", "replace")


_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21}


def _split_url(text):
    """(scheme, userinfo, host, port, path, query, fragment); None parts absent."""
    for position, char in enumerate(text):
        if char < " " or char == "\x7f":
            raise InvalidURL(
                f"Invalid non-printable ASCII character in URL, {char!r} at position {position}."
            )
    scheme = ""
    rest = text
    colon = text.find(":")
    if colon > 0:
        candidate = text[:colon]
        if candidate[0].isalpha() and all(
            c.isalnum() or c in "+-." for c in candidate
        ) and candidate.isascii():
            scheme = candidate.lower()
            rest = text[colon + 1:]
    authority = None
    if rest.startswith("//"):
        end = len(rest)
        for sep in "/?#":
            i = rest.find(sep, 2)
            if i != -1 and i < end:
                end = i
        authority = rest[2:end]
        rest = rest[end:]
    fragment = None
    if "#" in rest:
        rest, fragment = rest.split("#", 1)
    query = None
    if "?" in rest:
        rest, query = rest.split("?", 1)
    userinfo = ""
    host = ""
    port = None
    if authority is not None:
        if "@" in authority:
            userinfo, authority = authority.rsplit("@", 1)
        if authority.startswith("["):
            end = authority.find("]")
            if end == -1:
                raise InvalidURL(f"Invalid port: {authority[authority.find(':') + 1:]!r}")
            host = authority[:end + 1]
            port_text = authority[end + 1:]
            if port_text.startswith(":"):
                port_text = port_text[1:]
            elif port_text:
                raise InvalidURL(f"Invalid port: {port_text!r}")
        elif ":" in authority:
            host, port_text = authority.rsplit(":", 1)
        else:
            host, port_text = authority, ""
        if port_text:
            try:
                port = int(port_text)
            except ValueError:
                raise InvalidURL(f"Invalid port: {port_text!r}")
        host = host.lower()
        if any(len(label) > 63 for label in host.split(".")):
            raise UnicodeError("encoding with 'idna' codec failed (UnicodeError: label too long)")
    return scheme, userinfo, host, port, rest, query, fragment


class URL:
    """An absolute or relative URL, normalised and percent-encoded as httpx does."""

    def __init__(self, url="", **kwargs):
        if isinstance(url, URL):
            parts = url._parts
        elif isinstance(url, str):
            parts = _split_url(url)
        else:
            raise TypeError(
                f"Invalid type for url.  Expected str or httpx.URL, got {type(url)}: {url!r}"
            )
        scheme, userinfo, host, port, path, query, fragment = parts
        if port is not None and _DEFAULT_PORTS.get(scheme) == port:
            port = None
        path = _quote(path, _PATH_SAFE)
        if query is not None:
            query = _quote(query, _QUERY_SAFE)
        if fragment is not None:
            fragment = _quote(fragment, _QUERY_SAFE)
        self._parts = (scheme, userinfo, host, port, path, query, fragment)
        if "params" in kwargs:
            params = kwargs.pop("params")
            q = str(QueryParams(params)) if params else None
            self._parts = self._parts[:5] + (q or None, fragment)
        for key, value in kwargs.items():
            self._parts = self._replace(key, value)

    def _replace(self, key, value):
        names = ("scheme", "userinfo", "host", "port", "path", "query", "fragment")
        if key not in names:
            raise TypeError(f"{key!r} is an invalid keyword argument for URL()")
        parts = list(self._parts)
        if key == "query" and isinstance(value, bytes):
            value = value.decode("ascii")
        if key == "path":
            value = _quote(value, _PATH_SAFE)
        parts[names.index(key)] = value
        return tuple(parts)

    @property
    def scheme(self):
        return self._parts[0]

    @property
    def userinfo(self):
        return self._parts[1].encode("ascii")

    @property
    def username(self):
        return _unquote(self._parts[1].partition(":")[0])

    @property
    def password(self):
        return _unquote(self._parts[1].partition(":")[2])

    @property
    def host(self):
        host = self._parts[2]
        if host.startswith("["):
            return host[1:-1]
        return host

    @property
    def raw_host(self):
        return self.host.encode("ascii", "replace")

    @property
    def port(self):
        return self._parts[3]

    @property
    def netloc(self):
        host, port = self._parts[2], self._parts[3]
        text = host if port is None else f"{host}:{port}"
        return text.encode("ascii", "replace")

    @property
    def path(self):
        path = self._parts[4]
        if not path and self._parts[2]:
            path = "/"
        return _unquote(path)

    @property
    def query(self):
        return (self._parts[5] or "").encode("ascii")

    @property
    def params(self):
        return QueryParams(self._parts[5] or "")

    @property
    def raw_path(self):
        path = self._parts[4] or "/"
        if self._parts[5] is not None:
            path += "?" + self._parts[5]
        return path.encode("ascii")

    @property
    def fragment(self):
        return _unquote(self._parts[6] or "")

    @property
    def is_absolute_url(self):
        return bool(self._parts[0] and self._parts[2])

    @property
    def is_relative_url(self):
        return not self.is_absolute_url

    def copy_with(self, **kwargs):
        return URL(self, **kwargs)

    def copy_set_param(self, key, value=None):
        return self.copy_with(params=self.params.set(key, value))

    def copy_add_param(self, key, value=None):
        return self.copy_with(params=self.params.add(key, value))

    def copy_remove_param(self, key):
        return self.copy_with(params=self.params.remove(key))

    def copy_merge_params(self, params):
        return self.copy_with(params=self.params.merge(params))

    def join(self, url):
        ref = URL(url)
        if ref._parts[0]:
            return ref
        scheme, userinfo, host, port, path, query, fragment = self._parts
        r = ref._parts
        if r[2]:
            return URL(scheme + ":" + str(ref))
        if not r[4]:
            new_path = path
            new_query = r[5] if r[5] is not None else query
        else:
            if r[4].startswith("/"):
                merged = r[4]
            else:
                base = path or "/"
                merged = base[: base.rfind("/") + 1] + r[4]
            new_path = _remove_dot_segments(merged)
            new_query = r[5]
        joined = URL(self)
        joined._parts = (scheme, userinfo, host, port, new_path, new_query, r[6])
        return joined

    def __str__(self):
        scheme, userinfo, host, port, path, query, fragment = self._parts
        out = ""
        if scheme:
            out += scheme + ":"
        if host or scheme in _DEFAULT_PORTS:
            out += "//"
            if userinfo:
                out += userinfo + "@"
            out += host
            if port is not None:
                out += f":{port}"
        out += path
        if query is not None:
            out += "?" + query
        if fragment is not None:
            out += "#" + fragment
        return out

    def __repr__(self):
        scheme, userinfo, host, port, path, query, fragment = self._parts
        if ":" in userinfo:
            shown = URL(self)
            shown._parts = (scheme, userinfo.split(":")[0] + ":[secure]") + self._parts[2:]
            return f"URL({str(shown)!r})"
        return f"URL({str(self)!r})"

    def __eq__(self, other):
        return isinstance(other, (URL, str)) and str(self) == str(URL(other))

    def __hash__(self):
        return hash(str(self))


def _remove_dot_segments(path):
    out = []
    for segment in path.split("/"):
        if segment == ".":
            continue
        if segment == "..":
            if len(out) > 1:
                out.pop()
            continue
        out.append(segment)
    result = "/".join(out)
    if path.endswith(("/.", "/..")):
        result += "/"
    if path.startswith("/") and not result.startswith("/"):
        result = "/" + result
    return result


def _primitive(value):
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


class QueryParams:
    """Query parameters: an immutable multi-dict of str keys and values,
    grouped by key in the order keys first appear."""

    def __init__(self, *args, **kwargs):
        value = args[0] if args else kwargs
        self._dict = {}
        if value is None or value == "":
            return
        if isinstance(value, QueryParams):
            self._dict = {k: list(v) for k, v in value._dict.items()}
            return
        if isinstance(value, (str, bytes)):
            text = value.decode("ascii") if isinstance(value, bytes) else value
            for pair in text.split("&"):
                if pair:
                    key, _, val = pair.partition("=")
                    self._dict.setdefault(_unquote(key, True), []).append(_unquote(val, True))
            return
        pairs = value.items() if hasattr(value, "items") else value
        for key, val in pairs:
            vals = val if isinstance(val, (list, tuple)) else [val]
            self._dict.setdefault(str(key), []).extend(_primitive(v) for v in vals)

    def _copy(self):
        return QueryParams(self)

    def keys(self):
        return self._dict.keys()

    def values(self):
        return {k: v[0] for k, v in self._dict.items()}.values()

    def items(self):
        return {k: v[0] for k, v in self._dict.items()}.items()

    def multi_items(self):
        return [(k, v) for k, vals in self._dict.items() for v in vals]

    def get(self, key, default=None):
        vals = self._dict.get(str(key))
        return vals[0] if vals else default

    def get_list(self, key):
        return list(self._dict.get(str(key), []))

    def set(self, key, value=None):
        q = self._copy()
        q._dict[str(key)] = [_primitive(value)]
        return q

    def add(self, key, value=None):
        q = self._copy()
        q._dict.setdefault(str(key), []).append(_primitive(value))
        return q

    def remove(self, key):
        q = self._copy()
        q._dict.pop(str(key), None)
        return q

    def merge(self, params=None):
        q = self._copy()
        q._dict.update(QueryParams(params)._dict)
        return q

    def __getitem__(self, key):
        return self._dict[key][0]

    def __contains__(self, key):
        return key in self._dict

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._dict)

    def __bool__(self):
        return bool(self._dict)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return False
        return sorted(self.multi_items()) == sorted(other.multi_items())

    def __hash__(self):
        return hash(str(self))

    def __str__(self):
        return "&".join(_quote_plus(k) + "=" + _quote_plus(v) for k, v in self.multi_items())

    def __repr__(self):
        return f"{self.__class__.__name__}({str(self)!r})"


# ------------------------------------------------------------------- headers

_SENSITIVE = {"authorization", "proxy-authorization"}


def _header_str(value):
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, str):
        return value
    raise TypeError(f"Header value must be str or bytes, not {type(value)}")


class Headers:
    """HTTP headers: a case-insensitive multi-dict keeping the order and case given."""

    def __init__(self, headers=None, encoding=None):
        self._list = []
        if headers is None:
            return
        if isinstance(headers, Headers):
            self._list = list(headers._list)
            return
        pairs = headers.items() if hasattr(headers, "items") else headers
        for key, value in pairs:
            key = _header_str(key)
            self._list.append((key, key.lower(), _header_str(value)))

    @property
    def encoding(self):
        return "ascii"

    @property
    def raw(self):
        return [(k.encode("latin-1"), v.encode("latin-1")) for k, _, v in self._list]

    def keys(self):
        return {lk: None for _, lk, _ in self._list}.keys()

    def values(self):
        return {lk: self[lk] for lk in self.keys()}.values()

    def items(self):
        return {lk: self[lk] for lk in self.keys()}.items()

    def multi_items(self):
        return [(lk, v) for _, lk, v in self._list]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def get_list(self, key, split_commas=False):
        lk = key.lower()
        values = [v for _, k, v in self._list if k == lk]
        if not split_commas:
            return values
        out = []
        for v in values:
            out.extend(item.strip() for item in v.split(","))
        return out

    def update(self, headers=None):
        headers = Headers(headers)
        for key in headers.keys():
            if key in self:
                del self[key]
        self._list.extend(headers._list)

    def copy(self):
        return Headers(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __getitem__(self, key):
        lk = key.lower()
        values = [v for _, k, v in self._list if k == lk]
        if values:
            return ", ".join(values)
        raise KeyError(key)

    def __setitem__(self, key, value):
        lk = key.lower()
        found = [i for i, (_, k, _v) in enumerate(self._list) if k == lk]
        entry = (key, lk, _header_str(value))
        if found:
            for i in reversed(found[1:]):
                del self._list[i]
            self._list[found[0]] = entry
        else:
            self._list.append(entry)

    def __delitem__(self, key):
        lk = key.lower()
        kept = [e for e in self._list if e[1] != lk]
        if len(kept) == len(self._list):
            raise KeyError(key)
        self._list = kept

    def __contains__(self, key):
        lk = key.lower()
        return any(k == lk for _, k, _ in self._list)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def __eq__(self, other):
        try:
            other = Headers(other)
        except (ValueError, TypeError):
            return False
        return sorted(self.multi_items()) == sorted(other.multi_items())

    def __repr__(self):
        shown = [
            (k, "[secure]" if k in _SENSITIVE else v) for k, v in self.multi_items()
        ]
        as_dict = dict(shown)
        if len(as_dict) == len(shown):
            return f"Headers({as_dict!r})"
        return f"Headers({shown!r})"


# ------------------------------------------------------------------- cookies


class Cookies:
    """Cookies by name (domain and path are kept but not used for matching)."""

    def __init__(self, cookies=None):
        self._cookies = {}
        if cookies is None:
            return
        if isinstance(cookies, Cookies):
            self._cookies = dict(cookies._cookies)
            return
        pairs = cookies.items() if hasattr(cookies, "items") else cookies
        for name, value in pairs:
            self.set(name, value)

    def set(self, name, value, domain="", path="/"):
        self._cookies[name] = (value, domain, path)

    def get(self, name, default=None, domain=None, path=None):
        entry = self._cookies.get(name)
        return default if entry is None else entry[0]

    def delete(self, name, domain=None, path=None):
        self._cookies.pop(name, None)

    def clear(self, domain=None, path=None):
        self._cookies.clear()

    def update(self, cookies=None):
        for name, entry in Cookies(cookies)._cookies.items():
            self._cookies[name] = entry

    def extract_cookies(self, response):
        for header in response.headers.get_list("set-cookie"):
            pair = header.split(";", 1)[0]
            name, sep, value = pair.partition("=")
            if sep:
                self.set(name.strip(), value.strip(), response.url.host)

    def set_cookie_header(self, request):
        if self._cookies:
            request.headers["Cookie"] = "; ".join(
                f"{name}={entry[0]}" for name, entry in self._cookies.items()
            )

    def keys(self):
        return self._cookies.keys()

    def values(self):
        return [e[0] for e in self._cookies.values()]

    def items(self):
        return [(n, e[0]) for n, e in self._cookies.items()]

    def __getitem__(self, name):
        entry = self._cookies.get(name)
        if entry is None:
            raise KeyError(name)
        return entry[0]

    def __setitem__(self, name, value):
        self.set(name, value)

    def __delitem__(self, name):
        del self._cookies[name]

    def __contains__(self, name):
        return name in self._cookies

    def __len__(self):
        return len(self._cookies)

    def __iter__(self):
        return iter(self._cookies)

    def __bool__(self):
        return bool(self._cookies)

    def __repr__(self):
        shown = ", ".join(
            f"<Cookie {n}={e[0]} for {e[1]} />" for n, e in self._cookies.items()
        )
        return f"<Cookies[{shown}]>"


# ------------------------------------------------------------------ timeouts

_UNSET = object()


class Timeout:
    """Time limits in seconds for connecting, reading, writing and the pool."""

    def __init__(self, timeout=_UNSET, *, connect=_UNSET, read=_UNSET, write=_UNSET, pool=_UNSET):
        if isinstance(timeout, Timeout):
            self.connect, self.read, self.write, self.pool = (
                timeout.connect, timeout.read, timeout.write, timeout.pool,
            )
        elif isinstance(timeout, tuple):
            self.connect, self.read, self.write, self.pool = (
                timeout + (None, None, None, None)
            )[:4]
        elif connect is not _UNSET and read is not _UNSET and write is not _UNSET and pool is not _UNSET:
            self.connect, self.read, self.write, self.pool = connect, read, write, pool
        else:
            if timeout is _UNSET:
                raise ValueError(
                    "httpx.Timeout must either include a default, or set all four parameters explicitly."
                )
            self.connect = timeout if connect is _UNSET else connect
            self.read = timeout if read is _UNSET else read
            self.write = timeout if write is _UNSET else write
            self.pool = timeout if pool is _UNSET else pool

    def as_dict(self):
        return {"connect": self.connect, "read": self.read, "write": self.write, "pool": self.pool}

    def __eq__(self, other):
        return isinstance(other, self.__class__) and self.as_dict() == other.as_dict()

    def __repr__(self):
        name = self.__class__.__name__
        if len({self.connect, self.read, self.write, self.pool}) == 1:
            return f"{name}(timeout={self.connect})"
        return f"{name}(connect={self.connect}, read={self.read}, write={self.write}, pool={self.pool})"


class Limits:
    """Connection pool limits (kept for the API; the pool does not cap connections)."""

    def __init__(self, *, max_connections=None, max_keepalive_connections=None, keepalive_expiry=5.0):
        self.max_connections = max_connections
        self.max_keepalive_connections = max_keepalive_connections
        self.keepalive_expiry = keepalive_expiry

    def __repr__(self):
        return (
            f"{self.__class__.__name__}(max_connections={self.max_connections}, "
            f"max_keepalive_connections={self.max_keepalive_connections}, "
            f"keepalive_expiry={self.keepalive_expiry})"
        )


DEFAULT_TIMEOUT_CONFIG = Timeout(timeout=5.0)
DEFAULT_LIMITS = Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_REDIRECTS = 20


class _UseClientDefault:
    def __repr__(self):
        return "<httpx.USE_CLIENT_DEFAULT>"


USE_CLIENT_DEFAULT = _UseClientDefault()


# ------------------------------------------------------------------ requests


_CONTENT_TYPES = {
    ".txt": "text/plain", ".html": "text/html", ".csv": "text/csv",
    ".json": "application/json", ".xml": "application/xml", ".pdf": "application/pdf",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
}


def _form_param(name, value):
    value = value.replace("\\", "\\\\").replace('"', "%22")
    return f'{name}="{value}"'


def _multipart(data, files):
    """(body, headers) of a multipart/form-data upload, as httpx builds it."""
    import os
    boundary = os.urandom(16).hex()
    parts = []
    for name, value in (data or {}).items():
        for v in value if isinstance(value, (list, tuple)) else [value]:
            v = v if isinstance(v, bytes) else _primitive(v).encode("utf-8")
            head = f"Content-Disposition: form-data; {_form_param('name', name)}\r\n\r\n"
            parts.append(head.encode("utf-8") + v)
    for name, value in (files.items() if hasattr(files, "items") else files):
        content_type, headers = None, {}
        if isinstance(value, tuple):
            filename, fileobj = value[0], value[1]
            if len(value) > 2:
                content_type = value[2]
            if len(value) > 3:
                headers = dict(value[3])
        else:
            filename = str(getattr(value, "name", "upload")).rsplit("/", 1)[-1]
            fileobj = value
        if content_type is None and filename:
            dot = filename.rfind(".")
            content_type = _CONTENT_TYPES.get(
                filename[dot:].lower() if dot != -1 else "", "application/octet-stream"
            )
        if content_type is not None and not any("content-type" in k.lower() for k in headers):
            headers["Content-Type"] = content_type
        head = f"Content-Disposition: form-data; {_form_param('name', name)}"
        if filename:
            head += f"; {_form_param('filename', filename)}"
        for key, val in headers.items():
            head += f"\r\n{key}: {val}"
        body = fileobj if isinstance(fileobj, (bytes, str)) else fileobj.read()
        if isinstance(body, str):
            body = body.encode("utf-8")
        parts.append((head + "\r\n\r\n").encode("utf-8") + body)
    mark = boundary.encode("ascii")
    body = b"".join(b"--" + mark + b"\r\n" + part + b"\r\n" for part in parts)
    body += b"--" + mark + b"--\r\n"
    return body, [
        ("Content-Length", str(len(body))),
        ("Content-Type", f"multipart/form-data; boundary={boundary}"),
    ]


def _encode_body(content, data, json, files=None):
    """(body bytes, headers) for a request's content, form data, files or JSON."""
    if files:
        return _multipart(data, files)
    if content is not None:
        if isinstance(content, str):
            body = content.encode("utf-8")
        elif isinstance(content, (bytes, bytearray)):
            body = bytes(content)
        else:
            body = b"".join(
                c.encode("utf-8") if isinstance(c, str) else bytes(c) for c in content
            )
        return body, [("Content-Length", str(len(body)))]
    if data:
        if isinstance(data, (bytes, str)):
            body = data.encode("utf-8") if isinstance(data, str) else data
            return body, [("Content-Length", str(len(body)))]
        body = str(QueryParams(data)).encode("ascii")
        return body, [
            ("Content-Length", str(len(body))),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ]
    if json is not None:
        body = _json.dumps(
            json, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
        return body, [
            ("Content-Length", str(len(body))),
            ("Content-Type", "application/json"),
        ]
    return b"", []


class Request:
    """An HTTP request: method, URL, headers and body."""

    def __init__(self, method, url, *, params=None, headers=None, cookies=None,
                 content=None, data=None, files=None, json=None, stream=None,
                 extensions=None):
        self.method = method.upper() if isinstance(method, str) else method.decode("ascii").upper()
        self.url = URL(url) if params is None else URL(url, params=params)
        self.headers = Headers(headers)
        self.extensions = {} if extensions is None else extensions
        if cookies:
            Cookies(cookies).set_cookie_header(self)
        body, body_headers = _encode_body(content, data, json, files)
        self._content = body
        for key, value in body_headers:
            if key.lower() == "content-length" and "Transfer-Encoding" in self.headers:
                continue
            self.headers.setdefault(key, value)
        auto = []
        if "Host" not in self.headers and self.url.host:
            auto.append(("Host", self.url.netloc.decode("ascii")))
        if "Content-Length" not in self.headers and "Transfer-Encoding" not in self.headers \
                and self.method in ("POST", "PUT", "PATCH"):
            auto.append(("Content-Length", "0"))
        if auto:
            self.headers = Headers(auto + [(k, v) for k, _, v in self.headers._list])

    @property
    def content(self):
        return self._content

    def read(self):
        return self._content

    async def aread(self):
        return self._content

    def __repr__(self):
        return f"<{self.__class__.__name__}({self.method!r}, {str(self.url)!r})>"


# ----------------------------------------------------------------- responses


def _charset(content_type):
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("'\"")
    return None


class _Decoder:
    """Undoes the Content-Encoding of a body (gzip, deflate, identity)."""

    def __init__(self, encodings):
        import zlib
        self._zlib = zlib
        self._steps = []
        for enc in reversed([e.strip().lower() for e in encodings.split(",") if e.strip()]):
            if enc == "gzip":
                self._steps.append(["gzip", zlib.decompressobj(zlib.MAX_WBITS | 16)])
            elif enc == "deflate":
                self._steps.append(["deflate", zlib.decompressobj(), True])

    def decode(self, data):
        for step in self._steps:
            data = self._run(step, data, False)
        return data

    def flush(self):
        data = b""
        for step in self._steps:
            data = self._run(step, data, True)
        return data

    def _run(self, step, data, final):
        try:
            if step[0] == "deflate" and step[2] and data:
                step[2] = False
                try:
                    out = step[1].decompress(data)
                except self._zlib.error:
                    step[1] = self._zlib.decompressobj(-self._zlib.MAX_WBITS)
                    out = step[1].decompress(data)
                return out + (step[1].flush() if final else b"")
            out = step[1].decompress(data) if data else b""
            return out + (step[1].flush() if final else b"")
        except self._zlib.error as exc:
            raise DecodingError(str(exc))


class Response:
    """An HTTP response; its body is read unless it came from `stream()`."""

    def __init__(self, status_code, *, headers=None, content=None, text=None,
                 html=None, json=None, stream=None, request=None, extensions=None,
                 history=None, default_encoding="utf-8"):
        self.status_code = status_code
        self.headers = Headers(headers)
        self._request = request
        self.next_request = None
        self.extensions = {} if extensions is None else extensions
        self.history = [] if history is None else list(history)
        self.is_closed = False
        self.is_stream_consumed = False
        self.default_encoding = default_encoding
        self._reader = None
        self._elapsed = None
        self._num_bytes = 0
        body, body_headers = None, []
        if text is not None:
            body = text.encode("utf-8")
            body_headers = [("Content-Length", str(len(body))),
                            ("Content-Type", "text/plain; charset=utf-8")]
        elif html is not None:
            body = html.encode("utf-8")
            body_headers = [("Content-Length", str(len(body))),
                            ("Content-Type", "text/html; charset=utf-8")]
        elif json is not None or content is not None:
            body, body_headers = _encode_body(content, None, json)
            if json is not None:
                body = _json.dumps(json, ensure_ascii=False, separators=(",", ":"),
                                   allow_nan=False).encode("utf-8")
        if body is not None:
            for key, value in body_headers:
                self.headers.setdefault(key, value)
            self._content = body
            self.is_closed = True
            self.is_stream_consumed = True
        elif stream is None:
            self._content = b""
            self.is_closed = True
            self.is_stream_consumed = True

    # -- request and status

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError(
                "The request instance has not been set on this response."
            )
        return self._request

    @request.setter
    def request(self, value):
        self._request = value

    @property
    def url(self):
        return self.request.url

    @property
    def http_version(self):
        return self.extensions.get("http_version", b"HTTP/1.1").decode("ascii", "ignore")

    @property
    def reason_phrase(self):
        reason = self.extensions.get("reason_phrase")
        if reason is None:
            return codes.get_reason_phrase(self.status_code)
        return reason.decode("ascii", "ignore")

    @property
    def elapsed(self):
        if self._elapsed is None:
            raise RuntimeError(
                "'.elapsed' may only be accessed after the response has been read or closed."
            )
        import datetime
        return datetime.timedelta(seconds=self._elapsed)

    @elapsed.setter
    def elapsed(self, value):
        self._elapsed = value.total_seconds()

    @property
    def is_informational(self):
        return codes.is_informational(self.status_code)

    @property
    def is_success(self):
        return codes.is_success(self.status_code)

    @property
    def is_redirect(self):
        return codes.is_redirect(self.status_code)

    @property
    def is_client_error(self):
        return codes.is_client_error(self.status_code)

    @property
    def is_server_error(self):
        return codes.is_server_error(self.status_code)

    @property
    def is_error(self):
        return codes.is_error(self.status_code)

    @property
    def has_redirect_location(self):
        return self.status_code in (301, 302, 303, 307, 308) and "Location" in self.headers

    def raise_for_status(self):
        if self._request is None:
            raise RuntimeError(
                "Cannot call `raise_for_status` as the request instance has not been set on this response."
            )
        if self.is_success:
            return self
        if self.has_redirect_location:
            message = (
                "{error_type} '{0.status_code} {0.reason_phrase}' for url '{0.url}'\n"
                "Redirect location: '{0.headers[location]}'\n"
                "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{0.status_code}"
            )
        else:
            message = (
                "{error_type} '{0.status_code} {0.reason_phrase}' for url '{0.url}'\n"
                "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{0.status_code}"
            )
        error_types = {1: "Informational response", 3: "Redirect response",
                       4: "Client error", 5: "Server error"}
        error_type = error_types.get(self.status_code // 100, "Invalid status code")
        message = message.format(self, error_type=error_type)
        raise HTTPStatusError(message, request=self._request, response=self)

    # -- body

    @property
    def content(self):
        if not hasattr(self, "_content"):
            raise ResponseNotRead()
        return self._content

    @property
    def charset_encoding(self):
        return _charset(self.headers.get("Content-Type"))

    @property
    def encoding(self):
        if not hasattr(self, "_encoding"):
            encoding = self.charset_encoding
            if encoding is not None:
                try:
                    "".encode(encoding)
                except LookupError:
                    encoding = None
            if encoding is None:
                encoding = self.default_encoding if isinstance(self.default_encoding, str) else "utf-8"
            self._encoding = encoding
        return self._encoding

    @encoding.setter
    def encoding(self, value):
        self._encoding = value

    @property
    def text(self):
        if not hasattr(self, "_text"):
            content = self.content
            self._text = content.decode(self.encoding or "utf-8", "replace") if content else ""
        return self._text

    def json(self, **kwargs):
        return _json.loads(self.content, **kwargs)

    @property
    def cookies(self):
        if not hasattr(self, "_cookies"):
            self._cookies = Cookies()
            self._cookies.extract_cookies(self)
        return self._cookies

    @property
    def links(self):
        header = self.headers.get("link")
        if not header:
            return {}
        links = {}
        for part in header.split(","):
            url, _, params = part.partition(";")
            link = {"url": url.strip().strip("<> '\"")}
            for param in params.split(";"):
                key, _, value = param.partition("=")
                if key.strip():
                    link[key.strip()] = value.strip().strip(" '\"")
            links[link.get("rel") or link.get("url")] = link
        return links

    @property
    def num_bytes_downloaded(self):
        return self._num_bytes

    def __repr__(self):
        return f"<Response [{self.status_code} {self.reason_phrase}]>"

    # -- streaming (sync)

    def _check_stream(self):
        if self.is_stream_consumed:
            raise StreamConsumed()
        if self.is_closed:
            raise StreamClosed()
        self.is_stream_consumed = True

    def read(self):
        if not hasattr(self, "_content"):
            self._content = b"".join(self.iter_bytes())
        return self._content

    def iter_raw(self, chunk_size=None):
        self._check_stream()
        chunker = _ByteChunker(chunk_size)
        try:
            while True:
                try:
                    chunk = _run_sync(self._reader.next_chunk())
                except TransportError as exc:
                    _from_core(exc, self._request)
                if not chunk:
                    break
                self._num_bytes += len(chunk)
                yield from chunker.decode(chunk)
            yield from chunker.flush()
        finally:
            self.close()

    def iter_bytes(self, chunk_size=None):
        if hasattr(self, "_content"):
            yield from _ByteChunker(chunk_size).split(self._content)
            return
        decoder = _Decoder(self.headers.get("content-encoding", ""))
        chunker = _ByteChunker(chunk_size)
        for raw in self.iter_raw():
            yield from chunker.decode(decoder.decode(raw))
        yield from chunker.decode(decoder.flush())
        yield from chunker.flush()

    def iter_text(self, chunk_size=None):
        decoder = _TextDecoder(self.encoding or "utf-8")
        for chunk in self.iter_bytes(chunk_size):
            text = decoder.decode(chunk)
            if text:
                yield text
        text = decoder.decode(b"", True)
        if text:
            yield text

    def iter_lines(self):
        pending = ""
        for text in self.iter_text():
            pending += text
            lines = pending.splitlines(True)
            pending = ""
            if lines and not lines[-1].endswith(("\n", "\r")):
                pending = lines.pop()
            for line in lines:
                yield line.rstrip("\r\n")
        if pending:
            yield pending

    def close(self):
        if not self.is_closed:
            self.is_closed = True
            if self._reader is not None:
                self._reader.release()
            self._set_elapsed()

    def _set_elapsed(self):
        started = self.extensions.get("_started")
        if started is not None and self._elapsed is None:
            self._elapsed = _time.perf_counter() - started

    # -- streaming (async)

    async def aread(self):
        if not hasattr(self, "_content"):
            chunks = []
            async for chunk in self.aiter_bytes():
                chunks.append(chunk)
            self._content = b"".join(chunks)
        return self._content

    async def aiter_raw(self, chunk_size=None):
        self._check_stream()
        chunker = _ByteChunker(chunk_size)
        try:
            while True:
                try:
                    chunk = await _run_async(self._reader.next_chunk())
                except TransportError as exc:
                    _from_core(exc, self._request)
                if not chunk:
                    break
                self._num_bytes += len(chunk)
                for piece in chunker.decode(chunk):
                    yield piece
            for piece in chunker.flush():
                yield piece
        finally:
            await self.aclose()

    async def aiter_bytes(self, chunk_size=None):
        if hasattr(self, "_content"):
            for piece in _ByteChunker(chunk_size).split(self._content):
                yield piece
            return
        decoder = _Decoder(self.headers.get("content-encoding", ""))
        chunker = _ByteChunker(chunk_size)
        async for raw in self.aiter_raw():
            for piece in chunker.decode(decoder.decode(raw)):
                yield piece
        for piece in chunker.decode(decoder.flush()) + chunker.flush():
            yield piece

    async def aiter_text(self, chunk_size=None):
        decoder = _TextDecoder(self.encoding or "utf-8")
        async for chunk in self.aiter_bytes(chunk_size):
            text = decoder.decode(chunk)
            if text:
                yield text
        text = decoder.decode(b"", True)
        if text:
            yield text

    async def aiter_lines(self):
        pending = ""
        async for text in self.aiter_text():
            pending += text
            lines = pending.splitlines(True)
            pending = ""
            if lines and not lines[-1].endswith(("\n", "\r")):
                pending = lines.pop()
            for line in lines:
                yield line.rstrip("\r\n")
        if pending:
            yield pending

    async def aclose(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        await self.aclose()


class _TextDecoder:
    """Decodes text arriving in pieces: a UTF-8 sequence split between two
    pieces is held back until the rest comes."""

    def __init__(self, encoding):
        self.encoding = encoding
        self.utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + data
        self.pending = b""
        if self.utf8 and not final:
            end = len(data)
            for k in range(end - 1, max(end - 4, -1), -1):
                b = data[k]
                if b & 0xC0 == 0x80:
                    continue
                if b >= 0xC0:
                    need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                    if end - k < need:
                        self.pending = data[k:]
                        data = data[:k]
                break
        return data.decode(self.encoding, "replace")


class _ByteChunker:
    """Cuts a body into pieces of `size` bytes (the last may be shorter);
    with no size, passes pieces on as they come."""

    def __init__(self, size):
        self.size = size
        self.buffer = b""

    def decode(self, data):
        if self.size is None:
            return [data] if data else []
        self.buffer += data
        pieces = []
        while len(self.buffer) >= self.size:
            pieces.append(self.buffer[:self.size])
            self.buffer = self.buffer[self.size:]
        return pieces

    def flush(self):
        rest, self.buffer = self.buffer, b""
        return [rest] if rest else []

    def split(self, data):
        """All of `data` in pieces."""
        return self.decode(data) + self.flush()


# ----------------------------------------------------------------- transport
#
# Protocol steps are generators: they yield (connection, "read"|"write",
# seconds or None, timeout exception class) to wait, and return their result.


def _run_sync(gen):
    """Runs a protocol generator, blocking in poll() for each wait."""
    try:
        wait = gen.send(None)
        while True:
            conn, what, limit, exc_class = wait
            try:
                ready = conn.wait(what, limit)
            except BaseException:
                gen.close()  # interrupted: the step closes its connection
                raise
            if ready:
                wait = gen.send(None)
            else:
                wait = gen.throw(exc_class("timed out"))
    except StopIteration as stop:
        return stop.value


async def _run_async(gen):
    """Runs a protocol generator on the event loop: each wait is a future
    resolved by add_reader/add_writer, or a timer for the time limit."""
    import asyncio
    loop = asyncio.get_running_loop()
    try:
        wait = gen.send(None)
        while True:
            conn, what, limit, exc_class = wait
            try:
                ready = await _wait_ready(loop, conn.fileno(), what, limit)
            except BaseException:
                gen.close()  # cancelled: the step closes its connection
                raise
            if ready:
                wait = gen.send(None)
            else:
                wait = gen.throw(exc_class(""))
    except StopIteration as stop:
        return stop.value


def _resolve(fut, value):
    if not fut.done():
        fut.set_result(value)


async def _wait_ready(loop, fd, what, limit):
    fut = loop.create_future()
    if what == "read":
        loop.add_reader(fd, _resolve, fut, True)
    else:
        loop.add_writer(fd, _resolve, fut, True)
    timer = None if limit is None else loop.call_later(limit, _resolve, fut, False)
    try:
        return await fut
    finally:
        if what == "read":
            loop.remove_reader(fd)
        else:
            loop.remove_writer(fd)
        if timer is not None:
            timer.cancel()


def _recv(conn, limit):
    """Protocol step: the next bytes from the connection (b"" at the end)."""
    while True:
        data = conn.recv(65536)
        if data is not None:
            return data
        yield (conn, "read", limit, ReadTimeout)


def _send_all(conn, data, limit):
    want = conn.send(data)
    while want is not None:
        yield (conn, want, limit, WriteTimeout)
        want = conn.flush()


class _Pool:
    """Keep-alive connections of one client, by (scheme, host, port)."""

    def __init__(self, is_async, verify, trust_env):
        self.is_async = is_async
        self.verify = verify if isinstance(verify, (bool, str)) else True
        if self.verify is True and not trust_env:
            self.verify = None  # the public roots, not SSL_CERT_FILE/SSL_CERT_DIR
        self.idle = {}
        self.closed = False

    def connect(self, url, timeout):
        """Protocol step: an open connection for `url` (reused when idle)."""
        key = (url.scheme, url.host, url.port)
        idle = self.idle.get(key, [])
        while idle:
            conn = idle.pop()
            if not conn.is_idle_readable():
                return conn
            conn.close()
        port = url.port or _DEFAULT_PORTS[url.scheme]
        limit = timeout.connect
        try:
            conn = _snippy_http.connect(url.host, port, url.scheme == "https", self.verify)
            want = conn.connect_step()
            while want is not None:
                yield (conn, want, limit, ConnectTimeout)
                want = conn.connect_step()
        except OSError as exc:
            raise ConnectError(self._connect_message(exc)) from None
        return conn

    def _connect_message(self, exc):
        errno = exc.errno
        if self.is_async and errno is not None and errno > 0:
            return "All connection attempts failed"
        return str(exc)

    def release(self, url, conn):
        if self.closed:
            conn.close()
        else:
            self.idle.setdefault((url.scheme, url.host, url.port), []).append(conn)

    def close(self):
        self.closed = True
        for conns in self.idle.values():
            for conn in conns:
                conn.close()
        self.idle = {}


class _BodyReader:
    """Reads one response body off a connection, by its framing."""

    def __init__(self, pool, url, conn, buf, framing, length, keep_alive, timeout):
        self.pool = pool
        self.url = url
        self.conn = conn
        self.buf = buf
        self.framing = framing
        self.remaining = length
        self.keep_alive = keep_alive
        self.timeout = timeout
        self.done = False
        self.chunk_left = 0
        self.released = False
        self.expected = length

    def next_chunk(self):
        """Protocol step: the next piece of the body, b"" at its end."""
        if self.done:
            return b""
        try:
            if self.framing == "length":
                if self.remaining == 0:
                    return self._finish(b"")
                if not self.buf:
                    data = yield from _recv(self.conn, self.timeout.read)
                    if not data:
                        self.keep_alive = False
                        self.done = True
                        self.release()
                        raise RemoteProtocolError(
                            "peer closed connection without sending complete message body: "
                            f"received {self.expected - self.remaining} bytes, expected {self.expected}"
                        )
                    self.buf = data
                piece = self.buf[: self.remaining]
                self.buf = self.buf[len(piece):]
                self.remaining -= len(piece)
                if self.remaining == 0:
                    return self._finish(piece)
                return piece
            if self.framing == "close":
                if self.buf:
                    piece, self.buf = self.buf, b""
                    return piece
                data = yield from _recv(self.conn, self.timeout.read)
                if not data:
                    self.keep_alive = False
                    return self._finish(b"")
                return data
            if self.framing == "chunked":
                return (yield from self._next_chunked())
            return self._finish(b"")
        except BaseException:
            self.keep_alive = False
            self.done = True
            self.release()
            raise

    def _next_chunked(self):
        while True:
            if self.chunk_left > 0:
                if not self.buf:
                    data = yield from _recv(self.conn, self.timeout.read)
                    if not data:
                        raise RemoteProtocolError(
                            "peer closed connection without sending complete message body: incomplete chunked read"
                        )
                    self.buf = data
                piece = self.buf[: self.chunk_left]
                self.buf = self.buf[len(piece):]
                self.chunk_left -= len(piece)
                if self.chunk_left == 0:
                    self.chunk_left = -1
                return piece
            if self.chunk_left == -1:
                while len(self.buf) < 2:
                    yield from self._more()
                if self.buf[:2] != b"\r\n":
                    raise RemoteProtocolError("malformed chunked encoding")
                self.buf = self.buf[2:]
                self.chunk_left = 0
            parsed = _snippy_http.parse_chunk_size(self.buf) if self.buf else None
            if parsed is None:
                yield from self._more()
                continue
            size, used = parsed
            self.buf = self.buf[used:]
            if size == 0:
                while b"\r\n\r\n" not in b"\r\n" + self.buf:
                    yield from self._more()
                end = (b"\r\n" + self.buf).index(b"\r\n\r\n")
                self.buf = self.buf[end + 2:]
                return self._finish(b"")
            self.chunk_left = size

    def _more(self):
        data = yield from _recv(self.conn, self.timeout.read)
        if not data:
            raise RemoteProtocolError(
                "peer closed connection without sending complete message body: incomplete chunked read"
            )
        self.buf += data

    def _finish(self, piece):
        self.done = True
        self.release()
        return piece

    def release(self):
        """Gives the connection back to the pool (or closes it)."""
        if self.released:
            return
        self.released = True
        if self.done and self.keep_alive and not self.buf:
            self.pool.release(self.url, self.conn)
        else:
            self.conn.close()


def _read_response_head(conn, timeout):
    """Protocol step: (version, status, reason, headers, leftover bytes)."""
    buf = b""
    while True:
        head = None
        if buf:
            try:
                head = _snippy_http.parse_head(buf)
            except ValueError as exc:
                raise RemoteProtocolError(f"illegal status line: {exc}") from None
        if head is not None:
            version, status, reason, fields, used = head
            buf = buf[used:]
            if 100 <= status < 200 and status != 101:
                continue
            return version, status, reason, fields, buf
        data = yield from _recv(conn, timeout.read)
        if not data:
            raise RemoteProtocolError("Server disconnected without sending a response.")
        buf += data


def _request_bytes(request):
    target = request.url.raw_path.decode("ascii")
    lines = [f"{request.method} {target} HTTP/1.1"]
    for key, _, value in request.headers._list:
        lines.append(f"{key}: {value}")
    head = "\r\n".join(lines) + "\r\n\r\n"
    return head.encode("latin-1", "replace") + request._content


def _exchange(pool, request, timeout):
    """Protocol step: sends `request` and reads the response head; the body
    is left to a _BodyReader on the response."""
    url = request.url
    started = _time.perf_counter()
    conn = yield from pool.connect(url, timeout)
    try:
        yield from _send_all(conn, _request_bytes(request), timeout.write)
        version, status, reason, fields, buf = yield from _read_response_head(conn, timeout)
    except BaseException:
        conn.close()
        raise
    headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in fields]
    response = Response(status, headers=headers, stream=True, request=request,
                        extensions={"http_version": version.encode("ascii"),
                                    "reason_phrase": reason.encode("ascii", "replace"),
                                    "_started": started})
    h = response.headers
    keep_alive = version == "HTTP/1.1"
    connection = h.get("connection", "").lower()
    if "close" in connection:
        keep_alive = False
    elif "keep-alive" in connection:
        keep_alive = True
    if request.method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        framing, length = "length", 0
    elif "chunked" in h.get("transfer-encoding", "").lower():
        framing, length = "chunked", None
    elif "content-length" in h:
        try:
            length = int(h.get_list("content-length")[0])
        except ValueError:
            conn.close()
            raise RemoteProtocolError("Invalid content-length header") from None
        framing = "length"
    else:
        framing, length = "close", None
        keep_alive = False
    reader = _BodyReader(pool, url, conn, buf, framing, length, keep_alive, timeout)
    response._reader = reader
    if framing == "length" and length == 0:
        reader.done = True
        reader.release()
    return response


def _replayed(request, recording):
    """The response recorded for `request` (--http-replay)."""
    directory = recording[1]
    method, url = request.method, str(request.url)
    path, found = _snippy_http.replay_load(directory, method, url)
    if found is None:
        raise ConnectError(
            f"No recorded response for {method} {url} (--http-replay {directory}): "
            f"missing {path}",
            request=request,
        )
    status, reason, headers, body = found
    response = Response(status, headers=headers, request=request,
                        extensions={"http_version": b"HTTP/1.1",
                                    "reason_phrase": reason.encode("ascii", "replace")})
    response._content = body
    response._elapsed = 0.0
    return response


def _record(response, recording):
    _snippy_http.record_save(
        recording[1], response.request.method, str(response.request.url),
        response.status_code, response.reason_phrase,
        [(k, v) for k, _, v in response.headers._list], response.content,
    )


# ---------------------------------------------------------------- transports


class BaseTransport:
    """What a Client sends requests through."""

    def handle_request(self, request):
        raise NotImplementedError("The 'handle_request' method must be implemented.")

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class AsyncBaseTransport:
    """What an AsyncClient sends requests through."""

    async def handle_async_request(self, request):
        raise NotImplementedError(
            "The 'handle_async_request' method must be implemented."
        )

    async def aclose(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        await self.aclose()


class HTTPTransport(BaseTransport):
    """The network transport (HTTP/1.1 over TCP/TLS); its options are taken
    by the client that uses it."""

    def __init__(self, verify=True, cert=None, trust_env=True, http1=True,
                 http2=False, limits=DEFAULT_LIMITS, proxy=None, uds=None,
                 local_address=None, retries=0, socket_options=None):
        self.verify = verify


class AsyncHTTPTransport(AsyncBaseTransport):
    """The network transport of AsyncClient; see HTTPTransport."""

    def __init__(self, verify=True, cert=None, trust_env=True, http1=True,
                 http2=False, limits=DEFAULT_LIMITS, proxy=None, uds=None,
                 local_address=None, retries=0, socket_options=None):
        self.verify = verify


class MockTransport(AsyncBaseTransport, BaseTransport):
    """Answers every request by calling `handler(request)` (for AsyncClient
    it may be an async function): tests without a server."""

    def __init__(self, handler):
        self.handler = handler

    def handle_request(self, request):
        request.read()
        response = self.handler(request)
        if not isinstance(response, Response):
            raise TypeError("Cannot use an async handler in a sync Client")
        return response

    async def handle_async_request(self, request):
        await request.aread()
        response = self.handler(request)
        if not isinstance(response, Response):
            response = await response
        return response


def _custom_transport(transport):
    """The user's transport, or None for the built-in network one."""
    if transport is None or isinstance(transport, (HTTPTransport, AsyncHTTPTransport)):
        return None
    return transport


def _bind(response, request, client, started):
    """What the client does to a response a custom transport returned."""
    response.request = request
    response.default_encoding = client._default_encoding
    if response._elapsed is None:
        response._elapsed = _time.perf_counter() - started
    client._cookies.extract_cookies(response)
    return response


# -------------------------------------------------------------------- client


class _BaseClient:
    def _setup(self, auth, params, headers, cookies, verify, cert, http1, http2, proxy,
               mounts, timeout, follow_redirects, limits, max_redirects, event_hooks,
               base_url, transport, trust_env, default_encoding):
        self._base_url = _trailing_slash(URL(base_url))
        self.auth = auth
        self._params = QueryParams(params)
        self._headers = Headers({
            "Accept": "*/*",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "keep-alive",
            "User-Agent": f"python-httpx/{__version__}",
        })
        self._headers.update(headers)
        self._cookies = Cookies(cookies)
        self._timeout = Timeout(timeout)
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects
        self._event_hooks = {
            "request": list((event_hooks or {}).get("request", [])),
            "response": list((event_hooks or {}).get("response", [])),
        }
        self._trust_env = trust_env
        self._default_encoding = default_encoding
        self._state = "unopened"
        if isinstance(transport, (HTTPTransport, AsyncHTTPTransport)):
            verify = transport.verify
        self._transport = _custom_transport(transport)
        self._pool = _Pool(self._is_async, verify, trust_env)

    @property
    def is_closed(self):
        return self._state == "closed"

    @property
    def base_url(self):
        return self._base_url

    @base_url.setter
    def base_url(self, url):
        self._base_url = _trailing_slash(URL(url))

    @property
    def headers(self):
        return self._headers

    @headers.setter
    def headers(self, headers):
        self._headers = Headers(headers)

    @property
    def params(self):
        return self._params

    @params.setter
    def params(self, params):
        self._params = QueryParams(params)

    @property
    def cookies(self):
        return self._cookies

    @cookies.setter
    def cookies(self, cookies):
        self._cookies = Cookies(cookies)

    @property
    def timeout(self):
        return self._timeout

    @timeout.setter
    def timeout(self, timeout):
        self._timeout = Timeout(timeout)

    @property
    def event_hooks(self):
        return self._event_hooks

    @property
    def trust_env(self):
        return self._trust_env

    def _merge_url(self, url):
        merge = URL(url)
        if merge.is_relative_url:
            raw = self._base_url.raw_path.decode("ascii") + merge.raw_path.decode("ascii").lstrip("/")
            if merge._parts[4] == "" and merge._parts[5] is None:
                raw = self._base_url.raw_path.decode("ascii")
            base = self._base_url
            joined = URL(base)
            path, _, query = raw.partition("?")
            joined._parts = base._parts[:4] + (path, query if "?" in raw else None, merge._parts[6])
            return joined
        return merge

    def build_request(self, method, url, *, content=None, data=None, files=None,
                      json=None, params=None, headers=None, cookies=None,
                      timeout=USE_CLIENT_DEFAULT, extensions=None):
        url = self._merge_url(url)
        merged_headers = Headers(self._headers)
        merged_headers.update(headers)
        merged_params = self._params.merge(params) if (self._params or params) else params
        merged_cookies = Cookies(self._cookies)
        merged_cookies.update(cookies)
        request = Request(method, url, params=merged_params, headers=merged_headers,
                          cookies=merged_cookies or None, content=content, data=data,
                          files=files, json=json, extensions=extensions)
        request.extensions["timeout"] = (
            self._timeout if timeout is USE_CLIENT_DEFAULT else Timeout(timeout)
        )
        return request

    def _open(self):
        """What `__enter__`/`__aenter__` check: a client opens once."""
        if self._state != "unopened":
            msg = {
                "opened": "Cannot open a client instance more than once.",
                "closed": "Cannot reopen a client instance, once it has been closed.",
            }[self._state]
            raise RuntimeError(msg)
        self._state = "opened"
        return self

    def _begin_send(self, request, auth, follow_redirects):
        """The checks and preparation before sending `request`; the
        `follow_redirects` in force."""
        if self._state == "closed":
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        self._state = "opened"
        self._prepare(request, auth)
        if follow_redirects is USE_CLIENT_DEFAULT:
            return self.follow_redirects
        return follow_redirects

    def _redirect_step(self, request, response, follow):
        """After `response`: the request a redirect leads to, or None to stop
        there (with `response.next_request` set when not following)."""
        if not response.has_redirect_location:
            return None
        next_request = self._redirect_request(request, response)
        if not follow:
            response.next_request = next_request
            return None
        return next_request

    def _received(self, response):
        """What the client takes from every response off the network."""
        response.default_encoding = self._default_encoding
        self._cookies.extract_cookies(response)

    def _prepare(self, request, auth):
        """Checks the URL and applies auth before sending."""
        url = request.url
        if url.scheme == "" or (not url.host and url.scheme in ("http", "https")):
            raise UnsupportedProtocol(
                "Request URL is missing an 'http://' or 'https://' protocol."
            )
        if url.scheme not in ("http", "https"):
            raise UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{url.scheme}://'."
            )
        auth = self.auth if auth is USE_CLIENT_DEFAULT else auth
        if auth is None and url.username:
            auth = (url.username, url.password)
        if isinstance(auth, (tuple, list)) and len(auth) == 2:
            auth = BasicAuth(*auth)
        if isinstance(auth, BasicAuth):
            request.headers["Authorization"] = auth._header
        elif callable(auth):
            auth(request)

    def _redirect_request(self, request, response):
        method = request.method
        status = response.status_code
        if status == 303 and method != "HEAD":
            method = "GET"
        if status in (301, 302) and method == "POST":
            method = "GET"
        location = response.headers["Location"]
        try:
            url = URL(location)
        except InvalidURL as exc:
            raise RemoteProtocolError(str(exc), request=request) from None
        if url.scheme and not url.host:
            url = url.copy_with(host=request.url.host)
        if url.is_relative_url:
            url = request.url.join(url)
        if request.url.fragment and not url.fragment:
            url = url.copy_with(fragment=request.url.fragment)
        headers = Headers(request.headers)
        if (url.scheme, url.host, url.port) != (request.url.scheme, request.url.host, request.url.port):
            if "Authorization" in headers:
                del headers["Authorization"]
            headers["Host"] = url.netloc.decode("ascii")
        content = request._content
        if method != request.method and method == "GET":
            for name in ("Content-Length", "Transfer-Encoding", "Content-Type"):
                if name in headers:
                    del headers[name]
            content = None
        if "Cookie" in headers:
            del headers["Cookie"]
        new = Request(method, url, headers=headers, content=content,
                      extensions=request.extensions)
        self._cookies.set_cookie_header(new)
        return new


def _trailing_slash(url):
    if (url._parts[4] or "/").endswith("/"):
        return url
    copy = URL(url)
    copy._parts = url._parts[:4] + (url._parts[4] + "/",) + url._parts[5:]
    return copy


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        quad = [_B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            quad[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(quad))
    return "".join(out)


class BasicAuth:
    """HTTP basic authentication."""

    def __init__(self, username, password):
        def to_bytes(value):
            return value if isinstance(value, bytes) else value.encode("utf-8")

        self._header = "Basic " + _b64(to_bytes(username) + b":" + to_bytes(password))


class Client(_BaseClient):
    """A blocking HTTP client with a keep-alive connection pool."""

    _is_async = False

    def __init__(self, *, auth=None, params=None, headers=None, cookies=None,
                 verify=True, cert=None, http1=True, http2=False, proxy=None,
                 mounts=None, timeout=DEFAULT_TIMEOUT_CONFIG, follow_redirects=False,
                 limits=DEFAULT_LIMITS, max_redirects=DEFAULT_MAX_REDIRECTS,
                 event_hooks=None, base_url="", transport=None, trust_env=True,
                 default_encoding="utf-8"):
        self._setup(auth, params, headers, cookies, verify, cert, http1, http2, proxy,
                    mounts, timeout, follow_redirects, limits, max_redirects, event_hooks,
                    base_url, transport, trust_env, default_encoding)

    def request(self, method, url, *, content=None, data=None, files=None, json=None,
                params=None, headers=None, cookies=None, auth=USE_CLIENT_DEFAULT,
                follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
                extensions=None):
        request = self.build_request(method, url, content=content, data=data, files=files,
                                     json=json, params=params, headers=headers,
                                     cookies=cookies, timeout=timeout, extensions=extensions)
        return self.send(request, auth=auth, follow_redirects=follow_redirects)

    def stream(self, method, url, **kwargs):
        return _SyncStream(self, method, url, kwargs)

    def send(self, request, *, stream=False, auth=USE_CLIENT_DEFAULT,
             follow_redirects=USE_CLIENT_DEFAULT):
        try:
            return self._send(request, stream, auth, follow_redirects)
        except TransportError as exc:
            _from_core(exc, request if exc._request is None else exc._request)

    def _send(self, request, stream, auth, follow_redirects):
        follow = self._begin_send(request, auth, follow_redirects)
        history = []
        while True:
            for hook in self._event_hooks["request"]:
                hook(request)
            response = self._send_single(request)
            response.history = list(history)
            for hook in self._event_hooks["response"]:
                hook(response)
            next_request = self._redirect_step(request, response, follow)
            if next_request is None:
                break
            if len(history) >= self.max_redirects:
                response.close()
                raise TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
            response.read()
            history.append(response)
            request = next_request
        if not stream:
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        return response

    def _send_single(self, request):
        if self._transport is not None:
            started = _time.perf_counter()
            return _bind(self._transport.handle_request(request), request, self, started)
        recording = _snippy_http.recording_mode()
        if recording is not None and recording[0] == "replay":
            return _replayed(request, recording)
        timeout = request.extensions.get("timeout", self._timeout)
        try:
            response = _run_sync(_exchange(self._pool, request, timeout))
        except RequestError as exc:
            if exc._request is None:
                exc.request = request
            raise
        self._received(response)
        if recording is not None:
            response.read()
            _record(response, recording)
        return response

    def get(self, url, *, params=None, headers=None, cookies=None,
            auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
            timeout=USE_CLIENT_DEFAULT, extensions=None):
        return self.request("GET", url, params=params, headers=headers, cookies=cookies,
                            auth=auth, follow_redirects=follow_redirects,
                            timeout=timeout, extensions=extensions)

    def options(self, url, *, params=None, headers=None, cookies=None,
                auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                timeout=USE_CLIENT_DEFAULT, extensions=None):
        return self.request("OPTIONS", url, params=params, headers=headers,
                            cookies=cookies, auth=auth,
                            follow_redirects=follow_redirects, timeout=timeout,
                            extensions=extensions)

    def head(self, url, *, params=None, headers=None, cookies=None,
             auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
             timeout=USE_CLIENT_DEFAULT, extensions=None):
        return self.request("HEAD", url, params=params, headers=headers,
                            cookies=cookies, auth=auth,
                            follow_redirects=follow_redirects, timeout=timeout,
                            extensions=extensions)

    def post(self, url, *, content=None, data=None, files=None, json=None, params=None,
             headers=None, cookies=None, auth=USE_CLIENT_DEFAULT,
             follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
             extensions=None):
        return self.request("POST", url, content=content, data=data, files=files,
                            json=json, params=params, headers=headers, cookies=cookies,
                            auth=auth, follow_redirects=follow_redirects,
                            timeout=timeout, extensions=extensions)

    def put(self, url, *, content=None, data=None, files=None, json=None, params=None,
            headers=None, cookies=None, auth=USE_CLIENT_DEFAULT,
            follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
            extensions=None):
        return self.request("PUT", url, content=content, data=data, files=files,
                            json=json, params=params, headers=headers, cookies=cookies,
                            auth=auth, follow_redirects=follow_redirects,
                            timeout=timeout, extensions=extensions)

    def patch(self, url, *, content=None, data=None, files=None, json=None, params=None,
              headers=None, cookies=None, auth=USE_CLIENT_DEFAULT,
              follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
              extensions=None):
        return self.request("PATCH", url, content=content, data=data, files=files,
                            json=json, params=params, headers=headers, cookies=cookies,
                            auth=auth, follow_redirects=follow_redirects,
                            timeout=timeout, extensions=extensions)

    def delete(self, url, *, params=None, headers=None, cookies=None,
               auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
               timeout=USE_CLIENT_DEFAULT, extensions=None):
        return self.request("DELETE", url, params=params, headers=headers,
                            cookies=cookies, auth=auth,
                            follow_redirects=follow_redirects, timeout=timeout,
                            extensions=extensions)

    def close(self):
        if self._state != "closed":
            self._state = "closed"
            self._pool.close()
            if self._transport is not None:
                self._transport.close()

    def __enter__(self):
        return self._open()

    def __exit__(self, exc_type=None, exc_value=None, traceback=None):
        self.close()


class _Stream:
    """What `client.stream(...)` returns: sends the request when entered."""

    def __init__(self, client, method, url, kwargs):
        self._args = (client, method, url, kwargs)
        self._response = None

    def _send_args(self):
        client, method, url, kwargs = self._args
        follow = kwargs.pop("follow_redirects", USE_CLIENT_DEFAULT)
        auth = kwargs.pop("auth", USE_CLIENT_DEFAULT)
        request = client.build_request(method, url, **kwargs)
        return client, dict(request=request, stream=True, auth=auth, follow_redirects=follow)


class _SyncStream(_Stream):
    def __enter__(self):
        client, send_args = self._send_args()
        self._response = client.send(**send_args)
        return self._response

    def __exit__(self, *args):
        self._response.close()


class AsyncClient(_BaseClient):
    """An HTTP client for asyncio: requests wait on the event loop, so many
    run at once."""

    _is_async = True

    def __init__(self, *, auth=None, params=None, headers=None, cookies=None,
                 verify=True, cert=None, http1=True, http2=False, proxy=None,
                 mounts=None, timeout=DEFAULT_TIMEOUT_CONFIG, follow_redirects=False,
                 limits=DEFAULT_LIMITS, max_redirects=DEFAULT_MAX_REDIRECTS,
                 event_hooks=None, base_url="", transport=None, trust_env=True,
                 default_encoding="utf-8"):
        self._setup(auth, params, headers, cookies, verify, cert, http1, http2, proxy,
                    mounts, timeout, follow_redirects, limits, max_redirects, event_hooks,
                    base_url, transport, trust_env, default_encoding)

    async def request(self, method, url, *, content=None, data=None, files=None,
                      json=None, params=None, headers=None, cookies=None,
                      auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                      timeout=USE_CLIENT_DEFAULT, extensions=None):
        request = self.build_request(method, url, content=content, data=data, files=files,
                                     json=json, params=params, headers=headers,
                                     cookies=cookies, timeout=timeout, extensions=extensions)
        return await self.send(request, auth=auth, follow_redirects=follow_redirects)

    def stream(self, method, url, **kwargs):
        return _AsyncStream(self, method, url, kwargs)

    async def send(self, request, *, stream=False, auth=USE_CLIENT_DEFAULT,
                   follow_redirects=USE_CLIENT_DEFAULT):
        try:
            return await self._send(request, stream, auth, follow_redirects)
        except TransportError as exc:
            _from_core(exc, request if exc._request is None else exc._request)

    async def _send(self, request, stream, auth, follow_redirects):
        follow = self._begin_send(request, auth, follow_redirects)
        history = []
        while True:
            for hook in self._event_hooks["request"]:
                await hook(request)
            response = await self._send_single(request)
            response.history = list(history)
            for hook in self._event_hooks["response"]:
                await hook(response)
            next_request = self._redirect_step(request, response, follow)
            if next_request is None:
                break
            if len(history) >= self.max_redirects:
                await response.aclose()
                raise TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
            await response.aread()
            history.append(response)
            request = next_request
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response

    async def _send_single(self, request):
        if self._transport is not None:
            started = _time.perf_counter()
            response = await self._transport.handle_async_request(request)
            return _bind(response, request, self, started)
        recording = _snippy_http.recording_mode()
        if recording is not None and recording[0] == "replay":
            return _replayed(request, recording)
        timeout = request.extensions.get("timeout", self._timeout)
        try:
            response = await _run_async(_exchange(self._pool, request, timeout))
        except RequestError as exc:
            if exc._request is None:
                exc.request = request
            raise
        self._received(response)
        if recording is not None:
            await response.aread()
            _record(response, recording)
        return response

    async def get(self, url, *, params=None, headers=None, cookies=None,
                  auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                  timeout=USE_CLIENT_DEFAULT, extensions=None):
        return await self.request("GET", url, params=params, headers=headers,
                                  cookies=cookies, auth=auth,
                                  follow_redirects=follow_redirects, timeout=timeout,
                                  extensions=extensions)

    async def options(self, url, *, params=None, headers=None, cookies=None,
                      auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                      timeout=USE_CLIENT_DEFAULT, extensions=None):
        return await self.request("OPTIONS", url, params=params, headers=headers,
                                  cookies=cookies, auth=auth,
                                  follow_redirects=follow_redirects, timeout=timeout,
                                  extensions=extensions)

    async def head(self, url, *, params=None, headers=None, cookies=None,
                   auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                   timeout=USE_CLIENT_DEFAULT, extensions=None):
        return await self.request("HEAD", url, params=params, headers=headers,
                                  cookies=cookies, auth=auth,
                                  follow_redirects=follow_redirects, timeout=timeout,
                                  extensions=extensions)

    async def post(self, url, *, content=None, data=None, files=None, json=None,
                   params=None, headers=None, cookies=None, auth=USE_CLIENT_DEFAULT,
                   follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
                   extensions=None):
        return await self.request("POST", url, content=content, data=data, files=files,
                                  json=json, params=params, headers=headers,
                                  cookies=cookies, auth=auth,
                                  follow_redirects=follow_redirects, timeout=timeout,
                                  extensions=extensions)

    async def put(self, url, *, content=None, data=None, files=None, json=None,
                  params=None, headers=None, cookies=None, auth=USE_CLIENT_DEFAULT,
                  follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
                  extensions=None):
        return await self.request("PUT", url, content=content, data=data, files=files,
                                  json=json, params=params, headers=headers,
                                  cookies=cookies, auth=auth,
                                  follow_redirects=follow_redirects, timeout=timeout,
                                  extensions=extensions)

    async def patch(self, url, *, content=None, data=None, files=None, json=None,
                    params=None, headers=None, cookies=None, auth=USE_CLIENT_DEFAULT,
                    follow_redirects=USE_CLIENT_DEFAULT, timeout=USE_CLIENT_DEFAULT,
                    extensions=None):
        return await self.request("PATCH", url, content=content, data=data, files=files,
                                  json=json, params=params, headers=headers,
                                  cookies=cookies, auth=auth,
                                  follow_redirects=follow_redirects, timeout=timeout,
                                  extensions=extensions)

    async def delete(self, url, *, params=None, headers=None, cookies=None,
                     auth=USE_CLIENT_DEFAULT, follow_redirects=USE_CLIENT_DEFAULT,
                     timeout=USE_CLIENT_DEFAULT, extensions=None):
        return await self.request("DELETE", url, params=params, headers=headers,
                                  cookies=cookies, auth=auth,
                                  follow_redirects=follow_redirects, timeout=timeout,
                                  extensions=extensions)

    async def aclose(self):
        if self._state != "closed":
            self._state = "closed"
            self._pool.close()
            if self._transport is not None:
                await self._transport.aclose()

    async def __aenter__(self):
        return self._open()

    async def __aexit__(self, exc_type=None, exc_value=None, traceback=None):
        await self.aclose()


class _AsyncStream(_Stream):
    async def __aenter__(self):
        client, send_args = self._send_args()
        self._response = await client.send(**send_args)
        return self._response

    async def __aexit__(self, *args):
        await self._response.aclose()


# ---------------------------------------------------------- module functions


def request(method, url, *, params=None, content=None, data=None, files=None,
            json=None, headers=None, cookies=None, auth=None, proxy=None,
            timeout=DEFAULT_TIMEOUT_CONFIG, follow_redirects=False, verify=True,
            trust_env=True):
    with Client(cookies=cookies, proxy=proxy, verify=verify, timeout=timeout,
                trust_env=trust_env) as client:
        return client.request(method=method, url=url, content=content, data=data,
                              files=files, json=json, params=params, headers=headers,
                              auth=auth, follow_redirects=follow_redirects)


class _ModuleStream:
    def __init__(self, method, url, kwargs):
        self._method, self._url, self._kwargs = method, url, kwargs

    def __enter__(self):
        kwargs = dict(self._kwargs)
        client_args = {k: kwargs.pop(k) for k in ("cookies", "proxy", "verify", "timeout", "trust_env") if k in kwargs}
        self._client = Client(**client_args)
        self._stream = self._client.stream(self._method, self._url, **kwargs)
        return self._stream.__enter__()

    def __exit__(self, *args):
        self._stream.__exit__(*args)
        self._client.close()


def stream(method, url, **kwargs):
    return _ModuleStream(method, url, kwargs)


def get(url, *, params=None, headers=None, cookies=None, auth=None, proxy=None,
        follow_redirects=False, verify=True, timeout=DEFAULT_TIMEOUT_CONFIG,
        trust_env=True):
    return request("GET", url, params=params, headers=headers, cookies=cookies,
                   auth=auth, proxy=proxy, follow_redirects=follow_redirects,
                   verify=verify, timeout=timeout, trust_env=trust_env)


def options(url, *, params=None, headers=None, cookies=None, auth=None, proxy=None,
            follow_redirects=False, verify=True, timeout=DEFAULT_TIMEOUT_CONFIG,
            trust_env=True):
    return request("OPTIONS", url, params=params, headers=headers, cookies=cookies,
                   auth=auth, proxy=proxy, follow_redirects=follow_redirects,
                   verify=verify, timeout=timeout, trust_env=trust_env)


def head(url, *, params=None, headers=None, cookies=None, auth=None, proxy=None,
         follow_redirects=False, verify=True, timeout=DEFAULT_TIMEOUT_CONFIG,
         trust_env=True):
    return request("HEAD", url, params=params, headers=headers, cookies=cookies,
                   auth=auth, proxy=proxy, follow_redirects=follow_redirects,
                   verify=verify, timeout=timeout, trust_env=trust_env)


def post(url, *, content=None, data=None, files=None, json=None, params=None,
         headers=None, cookies=None, auth=None, proxy=None, follow_redirects=False,
         verify=True, timeout=DEFAULT_TIMEOUT_CONFIG, trust_env=True):
    return request("POST", url, content=content, data=data, files=files, json=json,
                   params=params, headers=headers, cookies=cookies, auth=auth,
                   proxy=proxy, follow_redirects=follow_redirects, verify=verify,
                   timeout=timeout, trust_env=trust_env)


def put(url, *, content=None, data=None, files=None, json=None, params=None,
        headers=None, cookies=None, auth=None, proxy=None, follow_redirects=False,
        verify=True, timeout=DEFAULT_TIMEOUT_CONFIG, trust_env=True):
    return request("PUT", url, content=content, data=data, files=files, json=json,
                   params=params, headers=headers, cookies=cookies, auth=auth,
                   proxy=proxy, follow_redirects=follow_redirects, verify=verify,
                   timeout=timeout, trust_env=trust_env)


def patch(url, *, content=None, data=None, files=None, json=None, params=None,
          headers=None, cookies=None, auth=None, proxy=None, follow_redirects=False,
          verify=True, timeout=DEFAULT_TIMEOUT_CONFIG, trust_env=True):
    return request("PATCH", url, content=content, data=data, files=files, json=json,
                   params=params, headers=headers, cookies=cookies, auth=auth,
                   proxy=proxy, follow_redirects=follow_redirects, verify=verify,
                   timeout=timeout, trust_env=trust_env)


def delete(url, *, params=None, headers=None, cookies=None, auth=None, proxy=None,
           follow_redirects=False, verify=True, timeout=DEFAULT_TIMEOUT_CONFIG,
           trust_env=True):
    return request("DELETE", url, params=params, headers=headers, cookies=cookies,
                   auth=auth, proxy=proxy, follow_redirects=follow_redirects,
                   verify=verify, timeout=timeout, trust_env=trust_env)
