# shutil: copying, moving and deleting whole trees.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("project/src")
    with open("project/src/main.py", "w") as f:
        f.write("print('hi')\n")
    with open("project/README", "w") as f:
        f.write("readme\n")

    print(shutil.copyfile("project/README", "README.copy"))
    print(shutil.copy("project/README", "project/src"))  # into a folder
    with open("README.copy") as f:
        print(f.read(), end="")

    shutil.copytree("project", "backup")
    for root, dirs, files in sorted(os.walk("backup")):
        print(root, sorted(dirs), sorted(files))

    print(shutil.move("README.copy", "backup"))
    print(shutil.move("backup", "old_backup"))
    print(sorted(os.listdir(".")), sorted(os.listdir("old_backup")))

    shutil.rmtree("old_backup")
    print(sorted(os.listdir(".")))
    try:
        shutil.rmtree("old_backup")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    shutil.rmtree("old_backup", ignore_errors=True)

    try:
        shutil.copyfile("project/README", "project/README")
    except shutil.SameFileError as e:
        print(type(e).__name__, e)
    os.chdir("/")
