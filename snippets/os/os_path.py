# os.path: working with path strings (no file system access needed).
import os.path

p = os.path.join("projects", "snippy", "src", "main.rs")
print(p)
print(os.path.split(p))
print(os.path.dirname(p), os.path.basename(p))
print(os.path.splitext(p))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.join("/usr", "bin", "/etc", "hosts"))  # an absolute part restarts
print(os.path.join("dir/", "file"), os.path.join("", "file"))
print(os.path.isabs("/etc"), os.path.isabs("etc"))
print(os.path.normpath("a//b/./c/../d/"), os.path.normpath("/../x"), os.path.normpath(""))
print(os.path.relpath("/a/b/c/d", "/a/b"), os.path.relpath("/a/x", "/a/b/c"))
print(os.path.commonprefix(["interstellar", "internet", "interval"]))
print(os.path.commonpath(["/usr/lib/python3", "/usr/lib/rust", "/usr/local"]))
print(os.path.split("/"), os.path.split("file"), os.path.basename("dir/"))
print(os.path.abspath("x.txt") == os.path.join(os.getcwd(), "x.txt"))
print(os.path.expanduser("~/docs") == os.path.join(os.environ["HOME"], "docs"))
print(os.path.expanduser("no/tilde"))
print(os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.extsep)
import posixpath
print(os.path is posixpath)
