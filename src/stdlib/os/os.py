"""The os module: the native posix functions plus CPython's Python parts
(environ, makedirs, walk, scandir's DirEntry, stat_result, fspath)."""

import posix as _posix
from posix import (
    getcwd, chdir, chmod, listdir, mkdir, rmdir, remove, unlink, rename,
    replace, getpid, cpu_count, isatty, strerror, read, write, close,
    lseek, ftruncate, urandom, readlink,
    O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND,
    SEEK_SET, SEEK_CUR, SEEK_END,
)
import posixpath as path
import abc as _abc

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(src, dst)


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _posix.open(fspath(path), flags, mode)


class PathLike(_abc.ABC):
    """Abstract base class for objects with __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f"expected {path_type.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(path_repr).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


class stat_result:
    """The result of os.stat(): a 10-tuple with st_* names."""

    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
               "st_size", "st_atime", "st_mtime", "st_ctime")

    def __init__(self, values):
        self._values = tuple(values)
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,
         self.st_gid, self.st_size, self.st_atime, self.st_mtime,
         self.st_ctime) = self._values

    def __getitem__(self, i):
        v = self._values[i]
        if isinstance(i, int) and i >= 7:
            return int(v)
        return v

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self[i] for i in range(10))

    def __repr__(self):
        parts = ", ".join(f"{n}={int(v)}" for n, v in zip(self._fields, self._values))
        return f"os.stat_result({parts})"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return stat_result(_posix.fstat(path))
    if follow_symlinks:
        return stat_result(_posix.stat(path))
    return stat_result(_posix.lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.lstat(path))


def fstat(fd):
    return stat_result(_posix.fstat(fd))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        _posix.stat(path)
    except OSError:
        return False
    return True


class _Environ:
    """os.environ: a mapping of the process environment; changes reach
    child processes through putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _posix.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{inner}}})"


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def getcwdb():
    return getcwd().encode()


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of os.scandir()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return _posix.lstat(self.path)[1]

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, top):
        self._entries = iter([DirEntry(top, n) for n in listdir(top or ".")])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path="."):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            if entry.is_dir():
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)


class terminal_size:
    """The size of the terminal: columns and lines."""

    def __init__(self, columns, lines):
        self.columns = columns
        self.lines = lines

    def __repr__(self):
        return f"os.terminal_size(columns={self.columns}, lines={self.lines})"


def get_terminal_size(fd=1):
    return terminal_size(int(environ.get("COLUMNS", 80)), int(environ.get("LINES", 24)))


def get_exec_path(env=None):
    return (environ.get("PATH") or defpath).split(pathsep)
