"""A sibling module: other snippets import it; run alone, it greets the world."""

print(f"greet.py runs as {__name__!r}")

GREETING = "Hello"
calls = 0


def greet(name):
    global calls
    calls += 1
    return f"{GREETING}, {name}!"


if __name__ == "__main__":
    # Only when run directly, not when imported.
    print(greet("world"))
