# Generators: yield, send, throw, close, yield from, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(4)), sum(count(5)), max(count(3)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def deleg():
    r = yield from count(3)
    print("delegate got", r)
    yield "end"

print(list(deleg()))

def catcher():
    try:
        yield 1
    except ValueError as err:
        yield "caught " + str(err)
    finally:
        print("cleanup")

c = catcher()
print(next(c), c.throw(ValueError("boom")))
c.close()

def infinite():
    n = 0
    while True:
        yield n
        n += 1

gen = infinite()
print([next(gen) for _ in range(5)])
gen.close()
print(list(x * 2 for x in range(4)), sum(x for x in range(101)), tuple(c for c in "ab"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 10)))

def gen_with_return():
    yield 1
    return 2

def outer():
    v = yield from gen_with_return()
    yield v

print(list(outer()))
squares = (x * x for x in range(3))
print(next(squares), list(squares), list(squares))
