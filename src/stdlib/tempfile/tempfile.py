"""tempfile: temporary files and folders, after CPython's Lib/tempfile.py,
over os and io."""

import os as _os
import io as _io

TMP_MAX = 10000
template = "tmp"
tempdir = None
_characters = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return "".join(_characters[b % len(_characters)] for b in _os.urandom(8))


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            d = _os.environ.get(name)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = "/tmp"
    return tempdir


def gettempprefix():
    return template


def _parts(suffix, prefix, dir):
    return ("" if suffix is None else suffix,
            template if prefix is None else prefix,
            gettempdir() if dir is None else _os.fspath(dir))


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(file, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    return _os.path.join(dir, prefix + _random_name() + suffix)


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at 0x{id(self):x}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    file = _io.open(name, mode, buffering, encoding=encoding, errors=errors, newline=newline)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    file = _io.open(name, mode, buffering, encoding=encoding, errors=errors, newline=newline)
    _os.unlink(name)
    return file


class SpooledTemporaryFile:
    """A file kept in memory (this one never rolls over to disk)."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = _io.BytesIO() if "b" in mode else _io.StringIO(newline=newline)

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()

    def __iter__(self):
        return iter(self._file)


class TemporaryDirectory:
    """A folder removed (with what it holds) by cleanup() or at the end of
    a with block; the with block gets its name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True
