"""pathlib: object-oriented paths (POSIX flavour), after CPython's
Lib/pathlib.py, over os and os.path."""

import os
import posixpath as _pp
from fnmatch import fnmatchcase as _fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


class _PathParents:
    """The logical ancestors of a path, as a sequence."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts) - (1 if path._root else 0)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx < 0:
            idx += self._n
        if idx < 0 or idx >= self._n:
            raise IndexError(idx)
        return self._path._from_parts(self._path._parts[:len(self._path._parts) - idx - 1])

    def __iter__(self):
        return iter([self[i] for i in range(self._n)])

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path that does no I/O."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def _init(self, args):
        parts = []
        root = ""
        for a in args:
            if isinstance(a, PurePath):
                s = str(a)
            else:
                s = os.fspath(a)
                if not isinstance(s, str):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike object "
                        f"returning str, not {type(s)!r}")
            if s.startswith("/"):
                parts = []
                root = "//" if s.startswith("//") and not s.startswith("///") else "/"
            parts.extend(p for p in s.split("/") if p and p != ".")
        self._root = root
        self._parts = ([root] if root else []) + parts

    def _from_parts(self, parts):
        p = object.__new__(type(self))
        p._root = parts[0] if parts and parts[0].startswith("/") else ""
        p._parts = list(parts)
        return p

    def __str__(self):
        if not self._parts:
            return "."
        if self._root:
            return self._root + "/".join(self._parts[1:])
        return "/".join(self._parts)

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + str(self)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __hash__(self):
        return hash(tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        if not self._parts or (len(self._parts) == 1 and self._root):
            return ""
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts or (len(self._parts) == 1 and self._root):
            return self
        return self._from_parts(self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parts(self._parts[:-1] + [name])

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        other = type(self)(*other)
        n = len(other._parts)
        if self._parts[:n] != other._parts or (other._root and not self._root):
            formatted = str(other)
            raise ValueError(f"{str(self)!r} is not in the subpath of {formatted!r}"
                             " OR one path is relative and the other is absolute.")
        return self._from_parts(self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        pat_parts = pat._parts
        if not pat_parts:
            raise ValueError("empty pattern")
        if pat._root:
            if len(pat_parts) != len(self._parts):
                return False
        elif len(pat_parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat_parts)):
            if not _fnmatch(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    """A path on which file system calls can be made."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(_pp.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        s = _pp.realpath(str(self))
        if strict:
            os.stat(s)
        return type(self)(s)

    def expanduser(self):
        return type(self)(_pp.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return _pp.exists(str(self))

    def is_file(self):
        return _pp.isfile(str(self))

    def is_dir(self):
        return _pp.isdir(str(self))

    def is_symlink(self):
        return _pp.islink(str(self))

    def samefile(self, other_path):
        return _pp.samefile(str(self), os.fspath(other_path))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok and self.exists():
            return
        fd = os.open(str(self), os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL), mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(os.fspath(target), str(self))

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def chmod(self, mode):
        os.chmod(str(self), mode)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _child(self, name):
        return self._from_parts(self._parts + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = [p for p in pattern.split("/") if p and p != "."]
        seen = set()
        for p in self._select(self, parts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def _select(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            for d in self._walk_dirs(base):
                yield from self._select(d, rest)
            return
        wild = any(c in head for c in "*?[")
        if not wild:
            child = base._child(head)
            if (rest and child.is_dir()) or (not rest and child.exists()):
                yield from self._select(child, rest)
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if _fnmatch(name, head):
                child = base._child(name)
                if rest and not child.is_dir():
                    continue
                yield from self._select(child, rest)

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")


class PosixPath(Path, PurePosixPath):
    pass
