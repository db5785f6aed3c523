import sys
def g(n):
    for i in range(n):
        yield i
print([x for x in g(5)], sum(g(100)))
for x in g(3):
    for y in g(2):
        print(x, y)
def stops():
    yield 1
    raise StopIteration
try:
    for x in stops():
        print(x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def raises():
    yield 1
    raise ValueError("boom")
try:
    for x in raises():
        print(x)
except ValueError as e:
    print("VE", e)
def excinfo():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    for v in excinfo():
        print(v, sys.exc_info()[0].__name__)
it = g(10)
for x in it:
    if x == 3:
        break
print(next(it), list(it))
def selfref():
    yield 1
    for x in gen:
        yield x
gen = selfref()
try:
    for x in gen:
        print(x)
except ValueError as e:
    print("VE", e)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
for x in fin():
    print(x)
def ret():
    yield 1
    return 5
print(list(ret()))
def deep(n):
    if n:
        for x in deep(n-1):
            yield x
    else:
        yield "bottom"
print(list(deep(50)))
def ctx():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
c = ctx()
for x in c:
    break
c.close()
def genexc():
    try:
        yield 1
    except Exception:
        pass
for x in genexc():
    print("got", x)
def bad():
    yield 1
    1/0
try:
    for x in bad(): pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
def forever():
    while True:
        yield 1
n = 0
for x in forever():
    n += 1
    if n == 1000:
        break
print(n)
def rec(n):
    for x in rec(n + 1):
        yield x
    yield n
try:
    for x in rec(0):
        pass
except RecursionError:
    print("RecursionError")
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(n):
    for x in count(n):
        if x % 2 == 0:
            yield x
def chain(n):
    yield from evens(n)
    r = yield from count(n // 2)
    yield r
print(list(chain(10)))
t = 0
for v in chain(10):
    t += 1
print(t)
def sender():
    x = yield 1
    print("sent", x)
    yield 2
s = sender()
for v in s:
    print("v", v)
def outer():
    for v in inner():
        yield v * 10
def inner():
    yield 1
    yield from [2, 3]
    yield from (i for i in range(4, 6))
print(list(outer()))
