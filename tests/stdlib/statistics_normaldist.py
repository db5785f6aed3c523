# statistics.NormalDist: inv_cdf (all three branches of AS241), quantiles, overlap, pdf/cdf, seeded samples
from statistics import NormalDist, StatisticsError
nd = NormalDist()
ps = [1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.05, 0.075, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.925, 0.95, 0.99, 0.999, 1 - 1e-10]
for p in ps:
    print(p, repr(nd.inv_cdf(p)))
for i in range(1, 200):
    p = i / 200
    x = nd.inv_cdf(p)
    print(repr(x), round(nd.cdf(x), 12), repr(nd.pdf(x)))  # erf may differ from libm in the last bit
iq = NormalDist(100, 15)
print(iq.quantiles(), iq.quantiles(10), [round(v, 6) for v in iq.quantiles(3)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(5, 2).overlap(NormalDist(5, 2)))
print(NormalDist(0, 1).overlap(NormalDist(0, 3)), NormalDist(10, 3).overlap(NormalDist(-2, 0.5)))
print(NormalDist(3, 2).samples(5, seed=42))
print(NormalDist.from_samples(NormalDist(10, 3).samples(100, seed=1)))
for bad in [lambda: nd.inv_cdf(0), lambda: nd.inv_cdf(1), lambda: NormalDist(0, 0).inv_cdf(0.5), lambda: nd.overlap(1),
            lambda: NormalDist(0, 0).overlap(nd), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1),
            lambda: NormalDist(0, 0).zscore(1)]:
    try: print(bad())
    except (StatisticsError, TypeError) as e: print(type(e).__name__, e)
