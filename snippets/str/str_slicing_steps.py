s = "Hello, Wörld! ☃"
# slicing never raises, out-of-range bounds are clipped
print(s[7:], s[:5], s[-6:-1], s[100:], s[-100:3], repr(s[5:2]))
# steps
print(s[::2], s[1::3], s[::-1], s[::-2], s[-1:-8:-1], s[10:2:-3])
print(repr(s[2**100:]), s[-2**100:2**100:2**100], repr(s[::-2**100]))
# each index is one code point, so len counts characters, not bytes
print(len(s), len(s.encode()), s[8], s[-1], [c for c in s[-3:]])

# indexing out of range raises IndexError
for i in (14, 15, -16, 2**100):
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
for key in ("0", 1.0, None):
    try:
        s[key]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1:"x"]
except TypeError as e:
    print(type(e).__name__, e)

# strings are immutable
try:
    s[0] = "J"
except TypeError as e:
    print(type(e).__name__, e)
print("J" + s[1:])

# palindromes with slicing
for word in ["racecar", "level", "python", "Was it a car or a cat I saw"]:
    clean = "".join(c.lower() for c in word if c.isalnum())
    print(word, clean == clean[::-1])
