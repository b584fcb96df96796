z = 1 + 2j
w = complex(3, -4)
print(z, w, 2j, -1j, complex(), complex(1.5), complex("1+2j"), complex(" -3.5J "), complex("2"))
print(z + w, z - w, z * w, z / w, z ** 2, w ** -1, 1j ** 2, (1 + 1j) ** 0.5)
print(abs(w), z.real, z.imag, z.conjugate(), -z, +z, z == complex(1, 2), z != w, 2 == 2 + 0j)
print(type(z), type(z.real), bool(0j), bool(1j), 3 * 1j, 1.5 + 2j, (-1) ** 0.5)
print(repr(complex(-0.0, -1.0)), complex(0, float("inf")), complex(1, float("nan")))
for bad in [lambda: z / 0, lambda: 0j ** -1, lambda: z < w, lambda: complex("x"), lambda: complex("1", 2), lambda: z % 2]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(1+2j), hash(3j), {1+1j: 1})
