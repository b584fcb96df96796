# cmath: math for complex numbers.
import cmath

print(cmath.sqrt(-1), cmath.sqrt(2j), cmath.sqrt(-3 - 4j))
z = 1 + 1j
print(cmath.phase(z), cmath.polar(z), abs(z))
r, phi = cmath.polar(-3 - 4j)
print(r, phi, cmath.rect(r, phi))
print(cmath.exp(1j * cmath.pi))           # Euler: close to -1
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1))
print(cmath.log(-1), cmath.log(8, 2), cmath.log10(100j))
print(cmath.sin(z), cmath.cos(z), cmath.tan(z))
print(cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
print(cmath.asin(z), cmath.acos(z), cmath.atan(z))
print(cmath.asinh(z), cmath.acosh(z), cmath.atanh(0.5j), cmath.acos(2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(cmath.nanj))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
