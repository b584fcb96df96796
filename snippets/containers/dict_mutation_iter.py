# Changing a dict while iterating over it.
def attempt(label, body):
    try:
        body()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def add_key():
    d = {1: "a", 2: "b"}
    for k in d:
        d[k + 10] = "new"

def delete_key():
    d = {1: "a", 2: "b"}
    for k in d:
        del d[k]

def replace_keys():
    d = {1: "a", 2: "b"}
    for k in d:
        del d[k]
        d[k + 10] = "moved"

def change_values():
    d = {1: "a", 2: "b"}
    for k in d:
        d[k] = d[k] * 2
    print(d)

def over_values():
    d = {1: "a", 2: "b"}
    for v in d.values():
        d.pop(1)

def over_items():
    d = {1: "a"}
    for k, v in d.items():
        d["x"] = v

attempt("add", add_key)
attempt("delete", delete_key)
attempt("replace", replace_keys)
attempt("values", change_values)
attempt("pop during values", over_values)
attempt("items", over_items)

# The safe way: iterate over a snapshot.
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
squares = {n: n * n for n in range(5)}
print({k: v for k, v in squares.items() if v > 3})
