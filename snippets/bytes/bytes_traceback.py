# A parsing error deep in a call chain ends the program with a traceback.

def parse_header(raw):
    magic, _, rest = raw.partition(b":")
    if magic != b"SNP":
        raise ValueError(f"bad magic {magic!r}")
    return bytes.fromhex(rest.decode("ascii"))

def load(records):
    return [parse_header(r) for r in records]

print(load([b"SNP:0102", b"SNP:ff ee"]))
try:
    load([b"XYZ:00"])
except ValueError as e:
    print("caught:", e)

# This one is not caught: the hex digits are wrong.
print(load([b"SNP:0a0b", b"SNP:0g"]))
