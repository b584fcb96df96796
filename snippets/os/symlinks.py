# Symbolic links: os.symlink, readlink, islink, realpath and Path.resolve.
import os, tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("real/inner")
    with open("real/inner/f.txt", "w") as f:
        f.write("x")
    os.symlink("real", "link")
    Path("flink").symlink_to("real/inner/f.txt")
    print(os.path.islink("link"), os.path.isdir("link"), os.readlink("link"), Path("flink").readlink())
    print(os.path.realpath("link/inner/f.txt") == os.path.join(tmp, "real/inner/f.txt"))
    print(Path("flink").resolve() == Path(tmp) / "real/inner/f.txt", Path("flink").is_symlink())
    os.symlink("loop1", "loop2"); os.symlink("loop2", "loop1")
    print(os.path.realpath("loop1") == os.path.join(tmp, "loop1"))
    try:
        os.symlink("real", "link")
    except FileExistsError as e:
        print(type(e).__name__, e)
    for root, dirs, files in os.walk("."):
        print(root, sorted(dirs), sorted(files))
    os.chdir("/")
