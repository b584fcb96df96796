# Changing a set while iterating over it.
def attempt(label, body):
    try:
        body()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)

def shrink():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)

def same_size():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
        s.add(x + 100)
    print(sorted(s))

attempt("grow", grow)
attempt("shrink", shrink)
attempt("same size", same_size)

# Iterate over a copy to change the original.
s = {1, 2, 3, 4, 5, 6}
for x in set(s):
    if x % 2 == 0:
        s.remove(x)
print(s)
print({x for x in range(10) if x % 3 == 0})
