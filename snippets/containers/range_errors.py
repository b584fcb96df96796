# The errors range objects raise.
def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(f"{label} {type(e).__name__}: {e}")

attempt("zero step:", lambda: range(1, 10, 0))
attempt("float:", lambda: range(1.5))
attempt("str stop:", lambda: range(0, "3"))
attempt("no args:", lambda: range())
attempt("four args:", lambda: range(1, 2, 3, 4))
attempt("index past end:", lambda: range(5)[5])
attempt("index before start:", lambda: range(5)[-6])
attempt("str index:", lambda: range(5)["a"])
attempt("value not in range:", lambda: range(0, 10, 2).index(3))
attempt("str not in range:", lambda: range(5).index("a"))
attempt("huge len:", lambda: len(range(10**20)))
attempt("huge negative len:", lambda: len(range(-10**20, 10**20)))
attempt("ordering:", lambda: range(3) < range(4))
attempt("slice step zero:", lambda: range(10)[::0])
attempt("assignment:", lambda: range(3).__setitem__(0, 1))
attempt("kwargs:", lambda: range(stop=3))
