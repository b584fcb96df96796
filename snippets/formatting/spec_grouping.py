# Thousands separators: , or _ every three digits; _ every four digits
# for binary, octal and hex.
for n in [0, 999, 1000, 1234567, -9876543210, 10**20]:
    print(f"{n:,}", f"{n:_}", f"{n:_x}", f"{n:,.2f}")

print(f"{1234567.891:,}", f"{1234567.891:_.1f}", f"{0.5:,.3%}", f"{1e20:,g}")
print(f"{255:_b}", f"{2**20:_o}", f"{0xDEADBEEF:#_X}")

# Zero padding inserts separators into the padding too.
print(f"{1234:010,}", f"{-1234:010,}", f"{1234.5:012,.1f}", f"{255:#012_x}")

# Right-aligned money column.
for amount in [3.5, 1250.0, 1234567.891, -42.0]:
    print(f"{amount:>15,.2f}")
