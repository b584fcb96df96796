# Integer arithmetic in a while loop.
total = 0
i = 0
while i < 4_000_000:
    total = (total + i * i) % 1_000_000_007
    if i % 3 == 0:
        total ^= i
    i += 1
print("checksum:", total)
