# pathlib: reading, writing and listing files.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    notes = base / "notes.txt"
    print(notes.exists())
    print(notes.write_text("first\nsecond\n"))
    print(notes.exists(), notes.is_file(), notes.is_dir())
    print(repr(notes.read_text()))
    print(notes.read_text().splitlines())

    data = base / "data.bin"
    print(data.write_bytes(b"\x00\xff"), data.read_bytes())

    with notes.open("a") as f:
        f.write("third\n")
    with notes.open() as f:
        print(len(f.readlines()))

    (base / "src" / "pkg").mkdir(parents=True)
    (base / "src" / "app.py").write_text("print('app')\n")
    (base / "src" / "pkg" / "mod.py").write_text("X = 1\n")
    (base / "src" / "pkg" / "README.md").touch()
    (base / "src").mkdir(exist_ok=True)
    try:
        (base / "src").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    try:
        (base / "x" / "y").mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)

    print(sorted(p.name for p in base.iterdir()))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob("*.txt")))
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*.py")))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob("src/*")))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob("**/*.md")))
    print(notes.stat().st_size, (base / "src").is_dir())

    moved = notes.rename(base / "renamed.txt")
    print(moved.name, notes.exists(), moved.exists())
    moved.unlink()
    moved.unlink(missing_ok=True)
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    print(base.resolve() == base, Path(tmp).absolute() == base)
    print(Path.cwd() == Path(".").resolve(), Path.home() == Path("~").expanduser())
