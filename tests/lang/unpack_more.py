# Unpacking assignment forms and errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(a, b), c = (1, 2), 3
[a, [b, c]] = [1, (2, 3)]
print(a, b, c)
a, *b, c = range(6)
print(a, b, c)
*a, = 'xyz'
print(a)
first, *rest = [1]
print(first, rest)
*init, last = [1]
print(init, last)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
for errcase in ['a, b = 1, 2, 3', 'a, b = [1]', 'a, b, *c = (1,)', 'a, b = 5', 'a, = ()', 'a, *b, c = "x"']:
    try:
        exec(errcase)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ['a, *b, *c = 1, 2, 3', '*a = 1, 2']:
    try:
        compile(bad, '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
# unpacking generators and dicts
a, b, c = (x for x in 'abc')
print(a, b, c)
k1, k2 = {'p': 1, 'q': 2}
print(k1, k2)
(k, v), = {'z': 26}.items()
print(k, v)
# unpacking into attributes and subscripts
class O: pass
o = O()
l = [0, 0]
o.x, l[1], *o.rest = 1, 2, 3, 4
print(o.x, l, o.rest)
# starred in calls and displays
def f(*a, **k): return a, k
print(f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
print([*'ab', *[1]], (*range(2), 5), {*'aa', 'b'} == {'a', 'b'}, {**{1: 2}, 3: 4})
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
try:
    [*None]
except TypeError as e:
    print('TypeError', e)
try:
    {**[1, 2]}
except TypeError as e:
    print('TypeError', e)
# swapping with subscripts
arr = [1, 2, 3]
arr[0], arr[2] = arr[2], arr[0]
print(arr)
i = 0
i, arr[i] = 1, 'X'
print(i, arr)
# unpack large
a, *b = range(1000)
print(a, len(b), b[-1])
# nested starred
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
# unpack in comprehension
print([x + y for x, y in zip([1, 2], [3, 4])], {k: v for k, v in [('a', 1)]}, [a for a, *_ in [(1, 2, 3)]])
# return / yield tuples with star
def r(): return 1, *[2, 3]
def y():
    yield 0, *'ab'
print(r(), list(y()))
