def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), sum(itertools.takewhile(lambda x: x < 100, fib())))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1], range(2))))
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
a = acc(); next(a); print(a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration:
    print('acc stopped')
def two_way():
    received = []
    for i in range(3):
        received.append((yield i))
    return received
g = two_way(); print(next(g), g.send('x'), g.send('y'))
try:
    g.send('z')
except StopIteration as e:
    print(e.value)
gens = [(lambda n: (i * n for i in range(3)))(n) for n in range(1, 3)]
print([list(g) for g in gens])
def gen_with_return_value():
    yield 1
    return 'done'
def delegator():
    result = yield from gen_with_return_value()
    yield result
print(list(delegator()))
