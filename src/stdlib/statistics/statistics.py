from math import gcd as _gcd, fsum as _fsum, exp as _exp, log as _log


class StatisticsError(ValueError):
    pass


def _add(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    g = _gcd(n, d)
    return (n // g, d // g)


def _sum(data):
    count = 0
    T = int
    partials = {}
    for x in data:
        count += 1
        n, d = _ratio(x)
        if isinstance(x, float):
            T = float
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        return T, partials[None], count
    total = (0, 1)
    for d, n in sorted(partials.items()):
        total = _add(total, (n, d))
    return T, total, count


def _convert(value, T):
    if isinstance(value, float):
        return value
    n, d = value
    if T is int and d != 1:
        T = float
    if T is int:
        return n // d
    return n / d


def _div(frac, k):
    n, d = frac[0], frac[1] * k
    g = _gcd(n, d)
    return (n // g, d // g)


def _ss(data, c=None):
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, count
    count = 0
    T = int
    sx = {}
    sxx = {}
    for x in data:
        n, d = _ratio(x)
        if isinstance(x, float):
            T = float
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, (0, 1), count
    if None in sx:
        return T, sx[None], count
    tx = (0, 1)
    for d, n in sorted(sx.items()):
        tx = _add(tx, (n, d))
    txx = (0, 1)
    for d, n in sorted(sxx.items()):
        txx = _add(txx, (n, d * d))
    a = (count * txx[0] * tx[1] * tx[1] - tx[0] * tx[0] * txx[1], txx[1] * tx[1] * tx[1])
    return T, _div(a, count), count


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if isinstance(total, float):
        return total / n
    return _convert(_div(total, n), T)


def fmean(data, weights=None):
    if weights is None:
        data = list(data)
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / n
    weights = list(weights)
    data = list(data)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = _fsum([x * w for x, w in zip(data, weights)])
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return _exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    for w in weights:
        if w < 0:
            raise StatisticsError('Weights cannot be negative')
    if 0 in data:
        return 0
    T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    T2, wsum, _ = _sum(weights)
    if total == (0, 1) or total == 0:
        raise StatisticsError('Weighted sum must be positive')
    if isinstance(total, float):
        return wsum[0] / wsum[1] / total
    return _convert((wsum[0] * total[1], wsum[1] * total[0]), float)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    for value, count in counts.items():
        if best is None or count > best[1]:
            best = (value, count)
    if best is None:
        raise StatisticsError('no mode for empty data')
    return best[0]


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if isinstance(ss, float):
        return ss / (n - 1)
    return _convert(_div(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if isinstance(ss, float):
        return ss / n
    return _convert(_div(ss, n), T)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if isinstance(ss, float):
        return (ss / (n - 1)) ** 0.5
    mss = _div(ss, n - 1)
    return _sqrt_frac(mss[0], mss[1])


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if isinstance(ss, float):
        return (ss / n) ** 0.5
    mss = _div(ss, n)
    return _sqrt_frac(mss[0], mss[1])
