# statistics: averages, spread and quantiles.
import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data))
print(st.median_low(data), st.median_high(data), st.median_grouped(data))
print(st.mode(data), st.multimode(data), st.mode("aabbbc"), st.multimode("aabbcc"))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.quantiles(data), st.quantiles(data, n=10))
print(st.quantiles(data, method="inclusive"))
print(st.mean([1.5, 2.5]), st.median([1, 3]), type(st.mean([1, 2, 3])).__name__)
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
x, y = [1, 2, 3, 4], [2, 4, 5, 9]
print(st.correlation(x, y), st.covariance(x, y))
fit = st.linear_regression(x, y)
print(fit, fit.slope, fit.intercept)
