s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], repr(s[5:2]))
u = "αβγδε"
print(u[1:4], u[::-1], u[-2:])
print("abc" * 3, "ab" + "cd", "-" * 0 == "")
print("b" in "abc", "bd" in "abcd", "" in "x")
