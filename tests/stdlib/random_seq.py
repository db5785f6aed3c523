# random: CPython's exact sequences for fixed seeds (MT19937 and its seeding)
import random
for s in [0, 1, 42, -42, 2**32, 2**100 + 7, 12345678901234567890, 'hello', b'bytes', bytearray(b'ba'), 1.5, -0.25, True, '']:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
random.seed('abc', version=1); print(random.random())
random.seed(b'abc', version=1); print(random.random())
r = random.Random(7)
print([r.randrange(10) for _ in range(10)], [r.randint(-5, 5) for _ in range(10)], r.randrange(0, 100, 7), r.randrange(100, 0, -3), r.randrange(2**80))
print(r.choice('abcdef'), r.choice(range(1000)), r.sample(range(100), 5), r.sample(range(10**6), 3), r.sample('abcdefgh', 8))
print(r.sample(['a', 'b'], k=5, counts=[3, 4]))
l = list(range(20)); r.shuffle(l); print(l)
print(r.choices('abc', k=5), r.choices('abc', [1, 0, 5], k=5), r.choices('abc', cum_weights=[1, 2, 10], k=4), r.choices(range(5)))
print(r.uniform(1, 2), r.triangular(), r.triangular(0, 10, 2), r.triangular(5, 5))
# gauss and vonmises go through sin/cos/acos, which may differ from C's libm in the last bit
R = lambda x: round(x, 12)
print(R(r.gauss()), R(r.gauss()), R(r.gauss(10, 2)), r.normalvariate(), r.normalvariate(5, 3), r.lognormvariate(0, 1))
print(r.expovariate(2), R(r.vonmisesvariate(1, 2)), r.vonmisesvariate(1, 0), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2))
print(r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2), r.randbytes(5))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[2])
r2 = random.Random()
r2.setstate(st)
print(r2.random() == a[0])
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3)
print(m.random(), m.uniform(0, 10), m.choices('abc', k=2), m.getrandbits(8), m.randrange(100))
random.seed(99)
print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]))
x = random.Random(5); y = random.Random(5)
print(x.random() == y.random(), type(x).__name__, isinstance(x, random.Random))
print(random.Random(2**64 - 1).random(), random.Random(-(2**64 - 1)).random())
print([random.Random(i).getrandbits(8) for i in range(20)])
for n in (1, 2, 3, 1000, 2**31, 2**32, 2**33, 2**64):
    random.seed(n); print(n, [random.randrange(n) for _ in range(5)])
try:
    import urandom
except ImportError:
    import random as urandom
urandom.seed(1)
print(urandom.getrandbits(16), urandom.randint(0, 9), urandom.random())
