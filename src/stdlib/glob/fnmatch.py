"""fnmatch: shell-style matching of file names (* ? [seq] [!seq]), with
the semantics of CPython's Lib/fnmatch.py, matched directly rather than
through a regular expression."""

import posixpath as _pp


def fnmatch(name, pat):
    """Whether name matches pat (file names are case-sensitive on POSIX)."""
    return fnmatchcase(_pp.normcase(name), _pp.normcase(pat))


def filter(names, pat):
    """The names that match pat."""
    return [n for n in names if fnmatchcase(n, pat)]


def fnmatchcase(name, pat):
    """Whether name matches the shell pattern pat (* ? [seq] [!seq])."""
    return _match_from(name, 0, pat, 0)


def _match_from(name, i, pat, j):
    while j < len(pat):
        c = pat[j]
        if c == "*":
            while j < len(pat) and pat[j] == "*":
                j += 1
            if j == len(pat):
                return True
            for k in range(i, len(name) + 1):
                if _match_from(name, k, pat, j):
                    return True
            return False
        if i >= len(name):
            return False
        if c == "?":
            i += 1
            j += 1
        elif c == "[":
            end = pat.find("]", j + 2 if pat[j + 1:j + 2] in ("!", "]") else j + 1)
            if end < 0:
                if name[i] != "[":
                    return False
                i += 1
                j += 1
                continue
            spec = pat[j + 1:end]
            negate = spec.startswith("!")
            if negate:
                spec = spec[1:]
            found = False
            k = 0
            while k < len(spec):
                if k + 2 < len(spec) and spec[k + 1] == "-":
                    if spec[k] <= name[i] <= spec[k + 2]:
                        found = True
                    k += 3
                else:
                    if spec[k] == name[i]:
                        found = True
                    k += 1
            if found == negate:
                return False
            i += 1
            j = end + 1
        else:
            if name[i] != c:
                return False
            i += 1
            j += 1
    return i == len(name)


