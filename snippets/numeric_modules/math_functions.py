# math: constants and the common functions.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(3, 4, 12))
print(math.ceil(2.1), math.floor(-2.1), math.trunc(-2.7), round(2.5), math.fabs(-3))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(-3.5))
print(math.frexp(12.0), math.ldexp(1.5, 3), math.pow(2, 0.5), math.expm1(1e-10), math.log1p(1e-10))
print(math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan))
print(math.asinh(1e308), math.acosh(1e308), math.erf(0.5), math.erfc(0.5))
print(math.nextafter(1, 2), math.ulp(1.0), math.exp2(10))
