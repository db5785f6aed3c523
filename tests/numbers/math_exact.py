import math
print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100), math.factorial(500) % (10**40 + 7))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10**20, 3), math.comb(2**70, 2))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(50, 20))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**40, 3**20))
print([math.isqrt(n) for n in range(30)], math.isqrt(10**50), math.isqrt(2**200 - 1), math.isqrt(10**100 + 1))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7), math.floor(2**70), math.ceil(1e20),
      math.floor(True), type(math.floor(2.0)).__name__, math.floor(-0.0), math.ceil(1e300) % 1000)
print(math.fsum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum([1e-16, 1, 1e-16]), math.fsum([]),
      math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum(x / 7 for x in range(1000)), math.fsum([1e308, -1e308, 1e-300]))
print(sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod([1, 2], start=10), math.prod(range(1, 30)))
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 1, 1, 1), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320),
      math.hypot(float('inf'), float('nan')), math.hypot(3.5, -2.25, 7.125), math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075),
      math.modf(3.25), math.modf(-3.25), math.modf(float('inf')), math.copysign(3, -0.0), math.fabs(-2), math.fmod(7, -3),
      math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2), math.remainder(-5, 2), math.nextafter(1, 0), math.ulp(1e300),
      math.ulp(0.0), math.ulp(float('inf')))
print(math.sqrt(2), math.sqrt(16), math.exp(0), math.exp(1), math.log(1), math.log(math.e), math.log(8, 2), math.log2(1024),
      math.log2(2**1000), math.log10(1000), math.log10(10**400), math.log(10**400), math.pow(2, 10), math.pow(2, 0.5),
      math.degrees(math.pi), math.radians(180), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.nan))
