import statistics

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4]), statistics.mean([0.1, 0.2, 0.3]))
print(statistics.mean([1, 2.5, 3]), statistics.mean(range(10)), statistics.mean(iter([5, 6])), statistics.mean([True, False, True]))
print(statistics.fmean(data), statistics.fmean([1, 2, 3], weights=[1, 1, 2]))
print(statistics.median(data), statistics.median([3, 1, 2]), statistics.median([1, 2, 3, 4]), statistics.median([1.5, 2.5]))
print(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red", "green", "red", "red"]), statistics.mode('aabbc'))
print(statistics.multimode('aabbbbccddddeeffffgg'), statistics.multimode([]))
print(statistics.variance(data), statistics.pvariance(data), statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.stdev([1, 2, 3, 4]), statistics.pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(statistics.variance([1, 2, 3], xbar=2), statistics.stdev([10, 20, 30, 40, 50]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.quantiles(range(1, 101), n=10))
print(statistics.quantiles([1, 5, 9, 13], method='inclusive'))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]))
print(round(statistics.stdev([3.2, 4.1, 5.5, 6.0]), 4))
for f, arg in [(statistics.mean, []), (statistics.median, []), (statistics.mode, []), (statistics.variance, [1]),
               (statistics.stdev, [1]), (statistics.pvariance, []), (statistics.quantiles, [1]), (statistics.fmean, [])]:
    try:
        f(arg)
    except statistics.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
