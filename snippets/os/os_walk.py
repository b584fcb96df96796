# os.walk and os.scandir: visiting a tree of folders.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for folder in ["src/util", "src/core", "docs"]:
        os.makedirs(folder)
    for path in ["README.md", "src/main.py", "src/util/strings.py",
                 "src/core/engine.py", "src/core/parts.py", "docs/guide.md"]:
        with open(path, "w") as f:
            f.write("# " + path + "\n")

    # walk yields (folder, subfolders, files); sorting dirs in place also
    # fixes the order of the visit.
    for root, dirs, files in os.walk("."):
        dirs.sort()
        print(root, dirs, sorted(files))

    # Bottom-up: children before parents.
    print([root for root, dirs, files in os.walk("src", topdown=False)
           if not dirs])

    # Counting Python files and their sizes.
    total = 0
    for root, dirs, files in os.walk("src"):
        for name in files:
            if name.endswith(".py"):
                total += os.path.getsize(os.path.join(root, name))
    print("bytes of Python:", total)

    # scandir gives entries that know their type.
    with os.scandir(".") as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            kind = "dir " if entry.is_dir() else "file"
            print(kind, entry.name, entry.path, entry)
    os.chdir("/")
