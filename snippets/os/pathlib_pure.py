# pathlib: paths as objects, joined with /.
from pathlib import Path, PurePath, PurePosixPath

p = Path("docs") / "guide" / "intro.md"
print(p, repr(p), type(p).__name__)
print(p.name, p.stem, p.suffix, p.parent, p.parent.parent)
print(p.parts)
print([str(x) for x in p.parents], p.parents)
print(p.with_suffix(".html"), p.with_name("index.md"), p.with_stem("outro"))
print(Path("archive.tar.gz").suffixes, Path("archive.tar.gz").stem)
print(Path("/usr/local/bin").is_absolute(), p.is_absolute())
print(Path("/usr/local/bin").relative_to("/usr"))
print(Path("/"), Path("/").name == "", Path("/").parent, Path("."), Path())
print(Path("a//b/./c"), Path("a", "b", "c"), Path("/etc") / "/usr")
print("top" / Path("sub"), Path("x").joinpath("y", "z"))
print(Path("a") == Path("a/"), Path("a") == Path("b"), Path("b") > Path("a"))
print(sorted([Path("b"), Path("a/z"), Path("a")]))
print(str(p), p.as_posix(), PurePath("x/y"), PurePosixPath("x/y"))
print(Path("data/file.txt").match("*.txt"), Path("data/file.txt").match("data/*"))
try:
    Path("a").relative_to("b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.with_suffix("html")
except ValueError as e:
    print(type(e).__name__, e)
print({Path("a"): 1}[Path("a")])
