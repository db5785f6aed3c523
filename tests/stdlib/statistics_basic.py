# statistics: averages, spread (exact Fraction-based results), quantiles, errors
import statistics as st
from fractions import Fraction as F

datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [1, 1.5, 2], [F(1, 3), F(2, 3), F(7, 5)],
            [0.1, 0.2, 0.3, 0.4], [10**20, 10**20 + 1, 10**20 + 3], [True, False, True], [-5, 3, 2.5, 1e10],
            [1e-300, 2e-300, 3e-300], list(range(1, 101)), [0.1] * 7 + [0.7]]
for d in datasets:
    print("data", d)
    for fn in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
               st.mode, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev]:
        try:
            r = fn(d)
            print(" ", fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(" ", fn.__name__, type(e).__name__, e)
for d in [[1, 2, 4], [2.5, 3.5, 7], [F(1, 2), F(3, 4)], [1, 0, 3]]:
    try: print("geo/harm", st.geometric_mean(d) if 0 not in d else "-", repr(st.harmonic_mean(d)))
    except Exception as e: print(type(e).__name__, e)
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2]), st.harmonic_mean([2.5]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.fmean(iter([1, 2, 3])), st.fmean(x for x in (1.5, 2.5)))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], 2.5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode([1, 1, 2, 2]), st.multimode("aabbbbccddddeeffffgg"))
print(st.multimode([]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2),
      st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([5]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in st.quantiles(data, n=10)], st.quantiles(data), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([1, 2], n=3), st.quantiles([1.5, 2.5, 10], n=5, method="inclusive"), st.quantiles([1, 2, 3], n=1))
inf = float("inf"); nan = float("nan")
print(st.variance([1.0, inf]), st.pvariance([1, nan]), st.mean([1, inf]), st.median([3, 1, inf]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, y))
lr = st.linear_regression([1, 2, 3, 4, 5], [2, 4.1, 5.9, 8.2, 9.9]); print(lr, lr.slope, type(lr).__name__)
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
errs = [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]),
        lambda: st.median_grouped([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([1]),
        lambda: st.pstdev([]), lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([]),
        lambda: st.harmonic_mean([1, -1]), lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.quantiles([1]),
        lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"), lambda: st.fmean([1, 2], weights=[1]),
        lambda: st.fmean([1, 2], weights=[0, 0]), lambda: st.covariance([1], [1]), lambda: st.covariance([1, 2], [1]),
        lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.mean(["a"]),
        lambda: st.mean([1, "a"]), lambda: st.harmonic_mean(["x"]), lambda: st.median_grouped(["a", "b"]),
        lambda: st.correlation([1, 2], [1, 2, 3]), lambda: st.linear_regression([1], [1])]
for e in errs:
    try: print(e())
    except Exception as ex: print(type(ex).__name__, ex)
print(issubclass(st.StatisticsError, ValueError))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, round(nd.pdf(100), 12), round(nd.cdf(115), 12), nd.zscore(130))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), -nd, nd / 5, 3 + nd, nd == st.NormalDist(100, 15))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
try: st.NormalDist(0, -1)
except st.StatisticsError as e: print(e)
