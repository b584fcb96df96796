x = 10
x += 5
x -= 3
x *= 2
print(x)
x //= 5
x **= 3
x %= 7
print(x)
x <<= 4
x >>= 1
x |= 1
x &= 0xFF
x ^= 3
print(x)
f = 1.0
f /= 4
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
t += (2,)
print(t)
