"""shutil: copying, moving and removing files and trees, after CPython's
Lib/shutil.py, over os."""

import os

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError(f"{os.fspath(src)!r} and {os.fspath(dst)!r} are the same file")
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    copymode(src, dst)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    return copy(src, dst)


def ignore_patterns(*patterns):
    import fnmatch

    def _ignore_patterns(path, names):
        return set(n for n in names if any(fnmatch.fnmatch(n, p) for p in patterns))
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function,
                     ignore_dangling_symlinks, dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    def fail(func, p, e):
        if ignore_errors:
            return
        if onerror is not None:
            onerror(func, p, (type(e), e, e.__traceback__))
            return
        raise e
    path = os.fspath(path)
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as e:
            fail(os.path.islink, path, e)
            return
    try:
        names = os.listdir(path)
    except OSError as e:
        fail(os.listdir, path, e)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                fail(os.unlink, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        fail(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip("/")))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=1, path=None):
    if os.path.dirname(cmd):
        return cmd if os.path.isfile(cmd) else None
    path = os.environ.get("PATH", os.defpath) if path is None else path
    for d in path.split(os.pathsep):
        full = os.path.join(d, cmd)
        if os.path.isfile(full) and os.stat(full).st_mode & 0o111:
            return full
    return None


def get_terminal_size(fallback=(80, 24)):
    return os.get_terminal_size()
