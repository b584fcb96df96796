# Absurdly large repetitions fail cleanly instead of crashing.
def attempt(label, action):
    try:
        result = action()
        print(label, len(result))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("list * 10**12:", lambda: [0] * 10**12)
attempt("tuple * 10**12:", lambda: (0,) * 10**12)
attempt("list * 2**62:", lambda: [1, 2] * 2**62)
attempt("str * 2**62:", lambda: "ab" * 2**62)
attempt("list * 10**30:", lambda: [0] * 10**30)
attempt("small ok:", lambda: [0] * 1000)
attempt("negative:", lambda: [0] * -10**30)

def grow_in_place():
    xs = [1, 2, 3]
    xs *= 10**13
    return xs

attempt("*= huge:", grow_in_place)

# Materialising a huge range fails the same way.
attempt("list(range(10**12)):", lambda: list(range(10**12)))
attempt("[*range(10**15)]:", lambda: [*range(10**15)])
