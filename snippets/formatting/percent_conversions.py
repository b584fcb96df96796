# printf-style formatting with %: every conversion type.
print("%d %i %u" % (42, -7, 3))
print("%o %x %X | %#o %#x %#X" % (64, 255, 255, 64, 255, 255))
print("%e | %E | %f | %F" % (12345.678, 12345.678, 2.5, float("inf")))
print("%g %g %g %G" % (0.0001, 0.00001, 123456789, 1e-10))
print("%c%c%c" % (80, "y", 0x1F40D))
print("%s | %r | %a" % ("naïve", "naïve", "naïve"))
print("100%% sure, %s" % "really")

# Flags: - (left), + (sign), space, # (alternate), 0 (zero pad).
print("[%6d] [%-6d] [%06d] [%+d] [% d] [%+.2f]" % (42, 42, 42, 42, 42, 2.5))
print("[%#8x] [%#08x] [%-#8o] [%08.3f] [%-8.1e]" % (255, 255, 8, -3.14159, 31415.9))
print("[%.3d] [%.0f] [%#.0f] [%#g] [%.2s] [%5.1s]" % (7, 2.5, 2.5, 2.5, "abc", "xyz"))

# * takes the width or precision from the arguments.
print("[%*d] [%-*d] [%.*f] [%*.*f]" % (5, 1, 5, 1, 2, 3.14159, 8, 3, 2.71828))

# A single non-tuple argument needs no tuple; a tuple must be wrapped.
print("%s" % 42, "%s" % [1, 2], "%s" % ((1, 2),), "%r" % (None,))

# Numbers convert: floats truncate for %d, ints work for %f.
print("%d %x %f %e" % (3.99, True, 7, 10**20))
print("%d" % 10**30, "%x" % -(2**70))
