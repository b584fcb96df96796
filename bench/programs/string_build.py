# String building: concatenation, f-strings, join, slicing.
parts = []
s = ""
for i in range(1_200_000):
    word = f"w{i % 97}-{i}"
    parts.append(word[::-1])
    if i % 1000 == 0:
        s = ""
    s += word[:3]
text = ",".join(parts)
checksum = len(text) + len(s) + text.count("9") + sum(ord(c) for c in text[:5000])
print("checksum:", checksum)
