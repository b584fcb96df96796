"""The io module: open(), file objects, StringIO and BytesIO.

Written for snippy after CPython's Lib/_pyio.py: a binary layer
(BufferedReader/Writer/Random over a file descriptor of the native posix
module) with a text layer (TextIOWrapper: encoding, universal newlines)
on top. Writes go straight to the descriptor, so there is nothing to lose
at exit.
"""

import posix as _posix

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
_CHUNK = 8192
# The locale's encoding, as CPython names it: UTF-8 mode spells it in lower case.
_DEFAULT_ENCODING = "utf-8" if _posix.environ.get("PYTHONUTF8") == "1" else "UTF-8"


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is None:
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    return fspath(file)


class IOBase:
    """What every file object has: closing, context manager, lines."""

    __module__ = "_io"

    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise _closed_error()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        self._check_closed()
        return False

    def writable(self):
        self._check_closed()
        return False

    def seekable(self):
        self._check_closed()
        return False

    def isatty(self):
        self._check_closed()
        return False

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def _unsupported(self, what):
        raise UnsupportedOperation(what)


class FileIO(IOBase):
    """A file descriptor: unbuffered bytes."""

    __module__ = "_io"

    def __init__(self, file, mode="r", closefd=True):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        self._fd = -1
        self._closefd = closefd
        plus = "+" in mode
        if "x" in mode:
            flags = _posix.O_EXCL | _posix.O_CREAT
            self._mode = "xb"
        elif "r" in mode:
            flags = 0
            self._mode = "rb"
        elif "w" in mode:
            flags = _posix.O_CREAT | _posix.O_TRUNC
            self._mode = "wb"
        else:
            flags = _posix.O_APPEND | _posix.O_CREAT
            self._mode = "ab"
        self._readable = "r" in mode or plus
        self._writable = not ("r" in mode) or plus
        if plus:
            self._mode = ("rb" if self._mode == "wb" else self._mode) + "+"
            flags |= _posix.O_RDWR
        elif self._writable:
            flags |= _posix.O_WRONLY
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            self._fd = file
            self.name = file
        else:
            self.name = _fspath(file)
            fd = _posix.open(self.name, flags, 0o666)
            if _posix.fstat(fd)[0] & 0o170000 == 0o040000:
                _posix.close(fd)
                raise IsADirectoryError(21, "Is a directory", self.name)
            self._fd = fd
            if "a" in mode:
                _posix.lseek(self._fd, 0, SEEK_END)

    @property
    def mode(self):
        return self._mode

    @property
    def closefd(self):
        return self._closefd

    def fileno(self):
        self._check_closed()
        return self._fd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return self._fd > 2

    def isatty(self):
        self._check_closed()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._check_closed()
        if not self._readable:
            self._unsupported("File not open for reading")
        if size is None:
            size = -1
        return _posix.read(self._fd, size)

    def readall(self):
        return self.read()

    def readline(self, size=-1):
        self._check_closed()
        line = b""
        while size is None or size < 0 or len(line) < size:
            b = _posix.read(self._fd, 1)
            if not b:
                break
            line += b
            if b == b"\n":
                break
        return line

    def write(self, b):
        self._check_closed()
        if not self._writable:
            self._unsupported("File not open for writing")
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check_closed()
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd > 2:
                _posix.close(self._fd)

    def __del__(self):
        # As CPython's: a file nobody refers to any more is closed.
        if self._fd >= 0:
            self.close()

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return f"<_io.FileIO name={self.name!r} mode={self._mode!r} closefd={self._closefd}>"


class _Buffered(IOBase):
    """Reads through a buffer over a FileIO; writes go straight through."""

    __module__ = "_io"

    def __init__(self, raw):
        self.raw = raw
        self._buf = b""
        self._pos = 0

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _check_closed(self):
        if self.raw.closed:
            raise _closed_error()

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def isatty(self):
        return self.raw.isatty()

    def _check_readable(self):
        self._check_closed()
        if not self.raw._readable:
            self._unsupported("read")

    def _fill(self):
        chunk = self.raw.read(_CHUNK)
        if not chunk:
            return False
        self._buf = self._buf[self._pos:] + chunk
        self._pos = 0
        return True

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            data = self._buf[self._pos:] + self.raw.read()
            self._buf, self._pos = b"", 0
            return data
        while len(self._buf) - self._pos < size and self._fill():
            pass
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        self._check_readable()
        if self._pos >= len(self._buf):
            self._fill()
        if size is None or size < 0:
            size = len(self._buf) - self._pos
        data = self._buf[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def peek(self, size=0):
        self._check_readable()
        if self._pos >= len(self._buf):
            self._fill()
        return self._buf[self._pos:]

    def readline(self, size=-1):
        self._check_readable()
        while True:
            i = self._buf.find(b"\n", self._pos)
            if i >= 0 or not self._fill():
                break
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buf[self._pos:end]
        self._pos = end
        return line

    def _drop_read_ahead(self):
        ahead = len(self._buf) - self._pos
        if ahead:
            self.raw.seek(-ahead, SEEK_CUR)
        self._buf, self._pos = b"", 0

    def write(self, b):
        self._check_closed()
        if not self.raw._writable:
            self._unsupported("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._buf:
            self._drop_read_ahead()
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        if whence == SEEK_CUR:
            pos -= len(self._buf) - self._pos
        self._buf, self._pos = b"", 0
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - (len(self._buf) - self._pos)

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(size)

    def flush(self):
        self._check_closed()

    def close(self):
        self.raw.close()

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw

    def __repr__(self):
        cls = type(self).__name__
        return f"<_io.{cls} name={self.name!r}>"


class BufferedReader(_Buffered):
    __module__ = "_io"


class BufferedWriter(_Buffered):
    __module__ = "_io"


class BufferedRandom(_Buffered):
    __module__ = "_io"


def _utf8_complete(data):
    """How many leading bytes of data are whole UTF-8 sequences."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return n if back >= need else n - back
    return n


class TextIOWrapper(IOBase):
    """Text over a binary file: decoding and newline translation."""

    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(
                f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is not None:
            "".encode(encoding)  # LookupError: unknown encoding, as at CPython's open()
        self.buffer = buffer
        self._encoding = _DEFAULT_ENCODING if encoding is None else encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._text = ""
        self._i = 0
        self._undecoded = b""
        self._eof = False
        self._utf8 = self._encoding.lower().replace("_", "-") in ("utf-8", "utf8")
        self._mode = None

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self.buffer.closed

    def _check_closed(self):
        if self.buffer.closed:
            raise _closed_error()

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return self.buffer.isatty()

    def close(self):
        self.buffer.close()
        self._text, self._i = "", 0

    def flush(self):
        self._check_closed()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer

    # -- reading

    def _check_readable(self):
        self._check_closed()
        if not self.buffer.readable():
            self._unsupported("not readable")

    def _fill(self):
        """Decodes one more chunk into the text buffer; False at the end."""
        if self._eof:
            return False
        data = self.buffer.read1(_CHUNK)
        if not data:
            self._eof = True
            data = self._undecoded
            self._undecoded = b""
            if data:
                self._append(data.decode(self._encoding, self._errors))
            return bool(data)
        data = self._undecoded + data
        cut = _utf8_complete(data) if self._utf8 else len(data)
        self._undecoded = data[cut:]
        self._append(data[:cut].decode(self._encoding, self._errors))
        return True

    def _append(self, text):
        self._text = self._text[self._i:] + text
        self._i = 0

    def _translate(self, text):
        if self._newline is None and "\r" in text:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            data = self._undecoded + self.buffer.read()
            text = self._text[self._i:] + data.decode(self._encoding, self._errors)
            self._text, self._i, self._undecoded, self._eof = "", 0, b"", True
            return self._translate(text)
        out = []
        n = 0
        while n < size:
            line = self.readline(size - n)
            if not line:
                break
            out.append(line)
            n += len(line)
        return "".join(out)

    def _line_end(self, start):
        """The end of the line starting at start, or -1 if not buffered yet
        (a lone '\\r' at the end may still be followed by '\\n')."""
        text = self._text
        nl = self._newline
        if nl is None or nl == "":
            i = text.find("\n", start)
            j = text.find("\r", start, i if i >= 0 else len(text))
            if j < 0:
                return -1 if i < 0 else i + 1
            if j + 1 < len(text):
                return j + 2 if text[j + 1] == "\n" else j + 1
            return j + 1 if self._eof else -1
        i = text.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_readable()
        if isinstance(size, float):
            raise TypeError("argument should be integer or None, not 'float'")
        while True:
            end = self._line_end(self._i)
            if end >= 0 or not self._fill():
                break
        if end < 0:
            end = len(self._text)
        if size is not None and size >= 0:
            end = min(end, self._i + size)
            if (self._newline is None and end < len(self._text)
                    and self._text[end - 1:end + 1] == "\r\n"):
                end += 1
        line = self._text[self._i:end]
        self._i = end
        return self._translate(line)

    def __next__(self):
        # The common case first: a whole line with a plain "\n" is buffered.
        text = self._text
        i = self._i
        j = text.find("\n", i)
        nl = self._newline
        if j >= 0 and (nl == "\n" or (nl is None or nl == "") and text.find("\r", i, j) < 0):
            self._i = j + 1
            return text[i:j + 1]
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.buffer.writable():
            self._unsupported("not writable")
        # As CPython's: what was read ahead is dropped, not rewound.
        self._text, self._i, self._undecoded, self._eof = "", 0, b"", False
        text = s
        nl = self._newline
        if nl is not None and nl not in ("", "\n") and "\n" in text:
            text = text.replace("\n", nl)
        data = text.encode(self._encoding, self._errors)
        buffer = self.buffer
        if type(buffer) is BufferedWriter or type(buffer) is BufferedRandom and not buffer._buf:
            _posix.write(buffer.raw._fd, data)
        else:
            buffer.write(data)
        return len(s)

    # -- positions

    def _rewind(self):
        """Moves the file position back to what was read of the text."""
        pos = self.tell()
        self._text, self._i, self._undecoded, self._eof = "", 0, b"", False
        self.buffer.seek(pos)

    def tell(self):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        ahead = len(self._text[self._i:].encode(self._encoding, self._errors))
        return self.buffer.tell() - ahead - len(self._undecoded)

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == SEEK_CUR and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == SEEK_END and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == SEEK_CUR:
            return self.tell()
        if whence not in (0, 2):
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == SEEK_SET and cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self._text, self._i, self._undecoded, self._eof = "", 0, b"", False
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self.tell()
        if self._text or self._undecoded:
            self._rewind()
        return self.buffer.truncate(pos)

    def __repr__(self):
        try:
            name = f" name={self.name!r}"
        except AttributeError:
            name = ""
        mode = "" if self._mode is None else f" mode={self._mode!r}"
        return f"<_io.TextIOWrapper{name}{mode} encoding={self._encoding!r}>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    if not closefd and not isinstance(file, int):
        raise ValueError("Cannot use closefd=False with file name")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")
    raw = FileIO(file, mode, closefd)
    if buffering == 0:
        if binary:
            return raw
        raise ValueError("can't have unbuffered text I/O")
    if "+" in modes:
        buffer = BufferedRandom(raw)
    elif creating or writing or appending:
        buffer = BufferedWriter(raw)
    else:
        buffer = BufferedReader(raw)
    if binary:
        return buffer
    wrapper = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    wrapper._mode = mode
    return wrapper


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    return "utf-8" if encoding is None else encoding


class StringIO(IOBase):
    """An in-memory text file."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        self._newline = newline
        self._value = self._to_buffer(initial_value or "")
        self._pos = 0

    def _to_buffer(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl not in ("", "\n"):
            return s.replace("\n", nl)
        return s

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._value

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._to_buffer(s)
        v = self._value
        pos = self._pos
        if pos > len(v):
            v += "\0" * (pos - len(v))
        self._value = v[:pos] + s + v[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        v = self._value
        end = len(v) if size is None or size < 0 else min(len(v), self._pos + size)
        s = v[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def readline(self, size=-1):
        self._check_closed()
        v = self._value
        nl = "\n" if self._newline in (None, "") else self._newline
        i = v.find(nl, self._pos)
        end = len(v) if i < 0 else i + len(nl)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = v[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise OSError("Can't do nonzero end-relative seeks")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence == 2:
            self._pos = len(self._value)
        elif whence == 0:
            self._pos = pos
        elif whence != 1:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._value = self._value[:size]
        return size

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def close(self):
        self._closed = True

    def __repr__(self):
        return object.__repr__(self)


class BytesIO(IOBase):
    """An in-memory binary file."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._value = bytearray(initial_bytes or b"")
        self._pos = 0

    def _check_closed(self):
        if self._closed:
            raise _closed_error()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._value)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._value)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        pos = self._pos
        if pos > len(self._value):
            self._value += b"\0" * (pos - len(self._value))
        self._value[pos:pos + len(b)] = b
        self._pos = pos + len(b)
        return len(b)

    def read(self, size=-1):
        self._check_closed()
        v = self._value
        end = len(v) if size is None or size < 0 else min(len(v), self._pos + size)
        s = bytes(v[self._pos:end])
        self._pos = max(self._pos, end)
        return s

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        v = self._value
        i = v.find(b"\n", self._pos)
        end = len(v) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = bytes(v[self._pos:end])
        self._pos = max(self._pos, end)
        return s

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        del self._value[size:]
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return object.__repr__(self)



RawIOBase = BufferedIOBase = TextIOBase = IOBase
