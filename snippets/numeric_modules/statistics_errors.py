# StatisticsError is a ValueError with a message per function.
import statistics as st

attempts = [
    lambda: st.mean([]),
    lambda: st.fmean([]),
    lambda: st.median([]),
    lambda: st.mode([]),
    lambda: st.stdev([1]),
    lambda: st.variance([1]),
    lambda: st.pvariance([]),
    lambda: st.quantiles([1]),
    lambda: st.quantiles([1, 2], n=0),
    lambda: st.harmonic_mean([-1]),
]
for attempt in attempts:
    try:
        attempt()
    except st.StatisticsError as e:
        print(f"StatisticsError: {e}")

try:
    st.mean([])
except ValueError as e:
    print("also a ValueError:", repr(e))

try:
    st.stdev([42])
except st.StatisticsError as e:
    print(type(e).__name__, "is a subclass of", type(e).__mro__[1].__name__, "-", e)
