# random: seeded results match CPython's generator; argument errors (test_random as a printing program).
import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, -1, 3), random.getrandbits(70))
print(random.choice('abcdef'), random.choices(range(10), k=5), random.choices('abc', weights=[1, 0, 5], k=6), random.choices('xyz', cum_weights=[1, 1, 3], k=4))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample('abcdefg', 3), random.sample(['a', 'b', 'c'], counts=[2, 1, 3], k=4))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5))
print(random.betavariate(2, 3), random.gammavariate(2, 2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(8), random.getrandbits(0), random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else 0)
r = random.Random(7); s = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(s); print(a == [r.random() for _ in range(3)])
r2 = random.Random('seed string'); r3 = random.Random(b'seed string'); print(r2.random(), r3.random(), random.Random(3.5).random() if False else 0)
print(random.Random(2**100).randrange(1000), random.Random(-5).random() == random.Random(5).random())
for bad in (lambda: random.randrange(0), lambda: random.randrange(1, 1), lambda: random.randrange(1, 10, 0), lambda: random.randrange(1.5),
            lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.sample(range(3), -1),
            lambda: random.choices('ab', weights=[1], k=1), lambda: random.choices('ab', weights=[0, 0]), lambda: random.getrandbits(-1),
            lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: random.Random([1]),
            lambda: random.shuffle((1, 2)), lambda: random.randrange(10, step=2.0), lambda: random.uniform('a', 'b')):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self): return 0.5
m = MyRandom(); print(m.choice('abc'), m.uniform(0, 10), m.randrange(10), m.random())
sr = random.SystemRandom(); print(0 <= sr.random() < 1, len(sr.randbytes(4)), sr.getrandbits(8) < 256)
try: sr.getstate()
except NotImplementedError as e: print('NotImplementedError', e)
