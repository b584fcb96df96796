"""os.path on POSIX: CPython's Lib/posixpath.py and genericpath.py, for
str paths (bytes paths are decoded as UTF-8 on the way in)."""

import posix as _posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p, func=None):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode()
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is None:
        if func:
            raise TypeError(f"{func}() argument must be str, bytes, or os.PathLike object, "
                            f"not '{type(p).__name__}'")
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return fspath(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith("/")


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        b = _fspath(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else (
        1 if path.startswith("/") else 0)
    new_comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if (comp != ".." or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == "..")):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    path, ok = _joinrealpath("", filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    """CPython's: resolves the symbolic links of rest, joined to path."""
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st_mode = _posix.lstat(newpath)[0]
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    split_paths = [path.split("/") for path in paths]
    try:
        isabs_, = set(p[:1] == "/" for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabs_ else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _posix.environ.get("HOME", "/")
    else:
        return path
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def expandvars(path):
    path = _fspath(path)
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == "$" and i + 1 < n:
            if path[i + 1] == "{":
                j = path.find("}", i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                name = path[i + 1:j]
                end = j
            if name and name in _posix.environ:
                out.append(_posix.environ[name])
            else:
                out.append(path[i:end])
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _stat_mode(path):
    try:
        return _posix.stat(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_mode(path) is not None


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    m = _stat_mode(path)
    return m is not None and m & 0o170000 == 0o100000


def isdir(s):
    m = _stat_mode(s)
    return m is not None and m & 0o170000 == 0o040000


def islink(path):
    try:
        return _posix.lstat(path)[0] & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def ismount(path):
    return abspath(path) == "/"


def getsize(filename):
    return _posix.stat(filename)[6]


def getmtime(filename):
    return _posix.stat(filename)[8]


def getatime(filename):
    return _posix.stat(filename)[7]


def getctime(filename):
    return _posix.stat(filename)[9]


def samefile(f1, f2):
    s1 = _posix.stat(f1)
    s2 = _posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]
