import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 5), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.getrandbits(32), random.choices('abc', k=5))
print(random.choices('abc', weights=[1, 0, 0], k=3), random.gauss(0, 1), random.triangular(0, 10, 5), random.betavariate(2, 3), random.expovariate(1.5))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(7); print(r.random(), r.randint(5, 9))
random.seed('hello'); print(random.random()); random.seed(b'bytes'); print(random.random())
for bad in (lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(0), lambda: random.getrandbits(-1), lambda: random.choices([])):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(random.randbytes(4) if hasattr(random, 'randbytes') else b'', random.normalvariate(0, 1), random.lognormvariate(0, 1), random.vonmisesvariate(0, 1), random.paretovariate(2), random.weibullvariate(1, 2), random.gammavariate(2, 1))
