# + and * on lists and tuples, and the in-place forms.
row = [0] * 4
grid = [row[:] for _ in range(3)]
grid[0][0] = 1
print(row, grid)

shared = [[0] * 2] * 3
shared[0][0] = 9
print("aliasing:", shared)

print([1, 2] * 0, [1, 2] * -3, (1,) * 3, 3 * (7, 8), [None] * 2, [1] * True)
print([1, 2] + [3], (1,) + (2, 3), [] + [])

# += on a list accepts any iterable and mutates in place.
acc = [1]
alias = acc
acc += (2, 3)
acc += "ab"
acc += {9: "nine"}
acc += range(2)
print(acc, alias is acc)

# *= too
acc *= 2
print(len(acc), alias is acc)

# Tuples build a new object instead.
t = (1,)
before = t
t += (2,)
print(t, before)

# Mismatched operand types
def attempt(label, action):
    try:
        action()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

attempt("list + tuple", lambda: [1] + (2,))
attempt("tuple + list", lambda: (1,) + [2])
attempt("list + str", lambda: [1] + "a")
attempt("list * float", lambda: [1] * 2.0)
attempt("list * list", lambda: [1] * [2])

def tuple_plus_list():
    t = (1,)
    t += [2]

attempt("tuple += list", tuple_plus_list)
