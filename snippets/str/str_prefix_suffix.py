# startswith / endswith accept a tuple of candidates
files = ["photo.JPG", "notes.txt", "song.mp3", "archive.tar.gz", "image.png"]
images = [f for f in files if f.lower().endswith((".jpg", ".png", ".gif"))]
print(images)
print("https://example.com".startswith(("http://", "https://")))

# and an optional start / end range, like slicing
s = "hello world"
print(s.startswith("world", 6), s.startswith("hello", 1), s.endswith("hello", 0, 5))
print(s.endswith("o", -5, -4), s.startswith("", 11), s.startswith("", 12))

# removeprefix / removesuffix remove exactly one copy, only if present
print("test_parse.py".removeprefix("test_").removesuffix(".py"))
print("prefix".removeprefix("nope"), "aaab".removeprefix("a"), "x".removesuffix(""))
# unlike lstrip, which removes a set of characters
print("test_tester".lstrip("test_"), "test_tester".removeprefix("test_"))

checks = [
    lambda: s.startswith(["hello"]),
    lambda: s.endswith(("d", 5)),
    lambda: s.startswith(),
    lambda: s.startswith("h", "0"),
    lambda: s.removeprefix(None),
    lambda: s.removesuffix(),
    lambda: s.removeprefix("a", "b"),
]
for check in checks:
    try:
        check()
    except TypeError as e:
        print(type(e).__name__, e)
