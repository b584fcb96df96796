# Creating, listing, renaming and removing files and folders with os.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    print(os.getcwd() == tmp, os.listdir())

    os.mkdir("reports")
    os.makedirs("archive/2023/q4")
    os.makedirs("archive/2023", exist_ok=True)  # no error when it exists
    for name in ["a.txt", "b.csv", "reports/r1.txt"]:
        with open(name, "w") as f:
            f.write(name * 3)
    print(sorted(os.listdir()), sorted(os.listdir("reports")))

    print(os.path.exists("a.txt"), os.path.isfile("a.txt"), os.path.isdir("a.txt"))
    print(os.path.exists("reports"), os.path.isdir("reports"), os.path.exists("nope"))
    print(os.path.getsize("b.csv"), os.stat("b.csv").st_size)

    os.rename("a.txt", "reports/a.txt")
    print(sorted(os.listdir("reports")))
    os.replace("b.csv", "reports/a.txt")  # replaces an existing file
    with open("reports/a.txt") as f:
        print(f.read())

    os.remove("reports/a.txt")
    os.unlink("reports/r1.txt")
    os.rmdir("reports")
    os.removedirs("archive/2023/q4")  # and the empty parents
    print(os.listdir())

    try:
        os.makedirs("x/y")
        os.makedirs("x/y")
    except FileExistsError as e:
        print(type(e).__name__, e)
    os.chdir("/")
