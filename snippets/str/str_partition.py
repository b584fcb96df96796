# partition splits at the first separator into exactly three parts
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("no separator".partition("="))
print("no separator".rpartition("="))

# parsing "name: value" headers
headers = ["Host: example.com", "Content-Type: text/html; charset=utf-8", "Broken header"]
for h in headers:
    name, sep, value = h.partition(": ")
    if sep:
        print(f"{name.lower()!r} -> {value!r}")
    else:
        print(f"malformed: {h!r}")

# splitting a filename from its extension
for path in ["archive.tar.gz", "README", ".bashrc"]:
    stem, dot, ext = path.rpartition(".")
    print(path, "->", (stem, ext) if dot else (path, ""))

for call in (lambda: "abc".partition(""), lambda: "abc".rpartition("")):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
for call in (lambda: "abc".partition(None), lambda: "abc".partition()):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
