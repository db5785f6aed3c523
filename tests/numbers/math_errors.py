import math
exprs = ['math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)', 'math.log(-(10**400))', 'math.log(10, 1)', 'math.log(1, 0)',
         'math.log2(0)', 'math.log10(-5)', 'math.log1p(-1)', 'math.exp(1000)', 'math.exp(-1000)', 'math.exp2(2000)', 'math.expm1(1000)',
         'math.cosh(1000)', 'math.sinh(-1000)', 'math.acos(2)', 'math.asin(-2)', 'math.acosh(0)', 'math.atanh(1)', 'math.atanh(-1)',
         'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(-1.5) > 0', 'math.gamma(172)', 'math.gamma(float("-inf"))', 'math.lgamma(0)',
         'math.lgamma(-2)', 'math.lgamma(1e308)', 'math.sin(math.inf)', 'math.cos(-math.inf)', 'math.tan(math.inf)', 'math.sqrt(math.inf)',
         'math.sqrt(math.nan)', 'math.pow(0, -1)', 'math.pow(0.0, -2.5)', 'math.pow(-8, 1/3)', 'math.pow(10, 400)', 'math.pow(math.inf, 2)',
         'math.pow(math.nan, 0)', 'math.pow(1, math.nan)', 'math.fmod(1, 0)', 'math.fmod(math.inf, 1)', 'math.fmod(1, math.inf)',
         'math.remainder(1, 0)', 'math.remainder(math.inf, 2)', 'math.ldexp(1, 1024)', 'math.ldexp(1.0, 2.0)', 'math.ldexp(1, 10**30)',
         'math.ldexp(1, -10**30)', 'math.factorial(-1)', 'math.factorial(2.0)', 'math.factorial(2.5)', 'math.factorial("3")',
         'math.comb(-1, 2)', 'math.comb(5, -2)', 'math.comb(5, 7)', 'math.comb(5.0, 2)', 'math.perm(-3)', 'math.perm(3, -1)',
         'math.perm(3, 5)', 'math.isqrt(-1)', 'math.isqrt(2.0)', 'math.gcd(2.0, 4)', 'math.lcm(2.5)', 'math.floor("x")', 'math.ceil(None)',
         'math.trunc("x")', 'math.floor(math.inf)', 'math.ceil(math.nan)', 'math.sqrt("4")', 'math.sqrt()', 'math.sqrt(1, 2)',
         'math.hypot(1, "2")', 'math.dist((1, 2), (1,))', 'math.fsum([1, "a"])', 'math.fsum([math.inf, -math.inf])',
         'math.fsum([math.inf, 1])', 'math.fsum([math.nan, 1])', 'math.fsum([1e308, 1e308])', 'math.isclose(1, 2, rel_tol=-1)',
         'math.isclose(1, 2, 3)', 'math.prod([1, "a"])', 'math.prod(["a"], start="")', 'math.sqrt(10**400)', 'math.exp(10**400)']
for e in exprs:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
