# statistics keeps the type of its data: Fractions and Decimals stay exact.
import statistics as st
from decimal import Decimal
from fractions import Fraction

print(repr(st.mean([Fraction(1, 2), Fraction(1, 3)])))
print(repr(st.mean([Decimal("1.5"), Decimal("2.5"), Decimal("3.1")])))
print(repr(st.variance([Fraction(1, 2), Fraction(1, 3), Fraction(3, 4)])))
print(repr(st.stdev([Decimal("1.5"), Decimal("2.5"), Decimal("3.1")])))
print(repr(st.mean([1, Fraction(1, 2)])), repr(st.mean([1, 2.5])), repr(st.mean([True, False])))
print(repr(st.harmonic_mean([2, Fraction(1, 2)])))

# NormalDist: a normal distribution to compute with
iq = st.NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance)
print(round(iq.cdf(130), 6), round(iq.pdf(100), 8), round(iq.inv_cdf(0.975), 6))
print([round(q, 3) for q in iq.quantiles(4)])
print(iq + 10, iq * 2, round(st.NormalDist(0, 1).overlap(st.NormalDist(1, 1)), 6))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))

try:
    st.mean(["a"])
except TypeError as e:
    print("TypeError:", e)
