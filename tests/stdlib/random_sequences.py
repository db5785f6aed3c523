import random
for s in [0, 1, 42, 2**40 + 7, -5, 12345678901234567890123, "hello", b"bytes", 3.5]:
    random.seed(s)
    print(repr(s)[:10], random.random(), random.getrandbits(8), random.getrandbits(40), random.getrandbits(70), random.randint(1, 6), random.randrange(0, 100, 7), random.randrange(10))
random.seed(7)
l = list(range(20))
random.shuffle(l)
print(l)
print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(range(10), 10))
print(random.sample(range(1000), 30))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 2, 3], k=5), random.choices("abc", cum_weights=[1, 3, 6], k=3))
print(random.uniform(1, 2), random.triangular(), random.triangular(0, 10, 2), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.expovariate(1.5))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.gammavariate(0.5, 1), random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st), st[0], len(st[1]))
r = random.Random(99)
print(r.random(), r.randint(0, 10**30), r.randbytes(5))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.choice([1, 2, 3]), m.uniform(0, 10))
for args in [(0,), (5, 5), (1, 10, 0), (10, 1, 1), (1.5,)]:
    try:
        print(random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print("TypeError", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError", e)
random.seed(3)
print(random.getrandbits(0), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64))
print(random.sample(["a", "b", "c"], counts=[2, 1, 3], k=4))
