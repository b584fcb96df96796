# Generator-expression pipeline consumed by sum().
nums = range(6_000_000)
squares = (n * n for n in nums)
odd = (s for s in squares if s % 3)
scaled = (s % 1000 for s in odd)
print("checksum:", sum(scaled))
