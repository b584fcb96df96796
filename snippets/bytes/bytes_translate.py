# translate() maps every byte through a 256-byte table; maketrans builds one.

rot13 = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
secret = b"Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))

# The table is just bytes.
table = bytes.maketrans(b"abc", b"xyz")
print(type(table).__name__, len(table), table[97:100])

# The second argument deletes bytes; a None table only deletes.
print(b"banana bread".translate(table, b"n"))
print(b"remove all vowels".translate(None, b"aeiou"))
print(b"1,234,567".translate(None, delete=b","))

# bytearray.maketrans exists too; translate keeps the receiver's type.
print(bytearray(b"abc").translate(bytearray.maketrans(b"b", b"B")))

# A hand-made table: upper-case everything by arithmetic.
upper = bytes(c - 32 if 97 <= c <= 122 else c for c in range(256))
print(b"shout this".translate(upper))

for call in [
    lambda: b"abc".translate(b"too short"),
    lambda: b"abc".translate("x" * 256),
    lambda: bytes.maketrans(b"ab", b"x"),
    lambda: bytes.maketrans("ab", "xy"),
    lambda: b"abc".translate(),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
