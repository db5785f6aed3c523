# yield from: delegation of send/throw/close, return values, iterables.
def inner():
    x = yield 'i1'
    print('inner got', x)
    try:
        yield 'i2'
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'i3'
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o1'
o = outer()
print(next(o), o.send('S'), o.throw(KeyError('k')), next(o))
try:
    next(o)
except StopIteration:
    print('done')
# yield from over plain iterables
def flat(seq):
    for s in seq:
        if isinstance(s, list):
            yield from flat(s)
        else:
            yield s
print(list(flat([1, [2, [3, [4]], 5], [[6]]])))
def from_str():
    yield from 'abc'
    yield from range(2)
    yield from {'k': 1}
    yield from (x for x in [9])
print(list(from_str()))
# send to a non-generator iterable in yield from
def send_plain():
    yield from [1, 2]
sp = send_plain()
next(sp)
try:
    sp.send('x')
except AttributeError as e:
    print('AttributeError', e)
# close propagates to inner
def inner_close():
    try:
        yield 1
    finally:
        print('inner closed')
def outer_close():
    try:
        yield from inner_close()
    finally:
        print('outer closed')
oc = outer_close()
next(oc)
oc.close()
# throw to inner that doesn't handle
def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except ValueError as e:
        yield 'outer handled ' + str(e)
o2 = outer2()
next(o2)
print(o2.throw(ValueError('v')))
# StopIteration value propagation with explicit StopIteration subclass value
def ret_tuple():
    return (1, 2)
    yield
def get_ret():
    v = yield from ret_tuple()
    yield v
print(list(get_ret()))
# yield from a generator that's already running -> ValueError
def self_ref():
    yield from gsr
gsr = self_ref()
try:
    next(gsr)
except ValueError as e:
    print('ValueError', e)
# yield from an iterator whose __next__ raises
class BadIter:
    def __iter__(self): return self
    def __next__(self): raise IndexError('bad next')
def yf_bad():
    yield from BadIter()
try:
    list(yf_bad())
except IndexError as e:
    print('IndexError', e)
# nested delegation depth
def depth(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from depth(n - 1)
    return r + 1
def drive():
    r = yield from depth(50)
    yield r
print(list(drive()))
# gi_yieldfrom
def gy_inner():
    yield 1
def gy_outer():
    yield from gy_inner()
go = gy_outer()
print(go.gi_yieldfrom)
next(go)
print(type(go.gi_yieldfrom).__name__)
