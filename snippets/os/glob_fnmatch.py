# glob: finding files by pattern; fnmatch: matching names.
import fnmatch
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for path in ["notes.txt", "todo.txt", "main.py", "test_main.py", ".secret.txt",
                 "lib/util.py", "lib/data/table.csv", "lib/data/old.txt"]:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "w") as f:
            f.write(path)

    print(sorted(glob.glob("*.txt")))  # hidden files are skipped
    print(sorted(glob.glob(".*")))
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob("lib/*")))
    print(sorted(glob.glob("*/*.py")))
    print(sorted(glob.glob("**/*.txt", recursive=True)))
    print(sorted(glob.glob("**/*.txt")))  # without recursive, ** is *
    print(sorted(glob.glob("test_?*.py")), sorted(glob.glob("[mn]*")))
    print(glob.glob("nothing*"), glob.glob("main.py"), glob.glob("missing.py"))
    print(glob.escape("what?.txt"))

    names = os.listdir(".")
    print(sorted(fnmatch.filter(names, "*.py")))
    print(fnmatch.fnmatch("Data.CSV", "*.csv"), fnmatch.fnmatchcase("data.csv", "*.[ct]sv"))
    print(fnmatch.fnmatch("file1", "file[0-9]"), fnmatch.fnmatch("fileA", "file[!A]"))
    os.chdir("/")
