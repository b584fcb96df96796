# Complex literals use a j suffix; the real part comes from addition.
z = 3 + 4j
print(z, type(z).__name__, z.real, z.imag, z.conjugate(), abs(z))

# Arithmetic.
w = 1 - 2j
print(z + w, z - w, z * w, z / w, -z, +z, z ** 2, w ** -1)
print(1j * 1j, 2 ** (1 + 1j) == 2 ** complex(1, 1), (1 + 2j) ** 0.5)

# repr rules: no parentheses when the real part is +0, signed zeros kept.
for v in [2j, 0j, -0j, complex(-0.0, 0), complex(0, -0.0), complex(1.5, -0.0),
          complex(float("nan"), float("inf")), complex(1e20, 1e-5), -(1 + 2j)]:
    print(repr(v), str(v))

# complex() builds from numbers or parses strings.
print(complex(), complex(2), complex(1, 2), complex(real=1, imag=-1), complex(1j, 1j))
print(complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-J"), complex("1e3"))
print(complex("inf-nanj"), complex("1_0+2_0j"))

# Equality with ints and floats works; a complex is never ordered.
print(1 + 0j == 1, 2.5 + 0j == 2.5, 1j != 1, hash(2 + 0j) == hash(2))
