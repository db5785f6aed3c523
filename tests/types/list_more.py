# list: methods, slicing, slice assignment, comparisons, errors (MicroPython list_*.py).
l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(-1, 'm'); l.insert(99, 'end'); l.insert(-99, 'start')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(5)
print(l, l.index(2), l.count(1), l.index(2, 1), l.index(2, -4))
for call in [lambda: l.remove(99), lambda: l.index(99), lambda: [].pop(), lambda: l.pop(99), lambda: l.index(3, 5)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda x: -x); print(l)
c = l.copy(); c.clear(); print(c, l)
# slicing
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-3], a[8:2:-2], a[-1:-5:-1], a[5:2], a[100:], a[-100:2])
# slice assignment
b = list(range(6))
b[1:3] = ['a', 'b', 'c']; print(b)
b[::2] = [0, 0, 0, 0]; print(b)
b[:] = []; print(b)
b[0:0] = [1, 2]; print(b)
b[len(b):] = [3]; print(b)
b[1:1] = 'xy'; print(b)
b[-1:] = range(2); print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    b[1:2] = 5
except TypeError as e:
    print('TypeError', e)
b[::-1] = list(b)
print(b)
b[5:1] = ['q']
print(b)
del b[::2]; print(b)
# augmented ops
x = [1]
y = x
x += [2]
x *= 2
print(x, y is x)
x += 'ab'
print(x)
try:
    x + 'ab'
except TypeError as e:
    print('TypeError', e)
try:
    x * 1.5
except TypeError as e:
    print('TypeError', e)
print([0] * 3, [[]] * 2, 3 * [1, 2], [1] * -1, [1, 2] * True)
# comparison
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], [1, 2] != [2, 1], [2] > [1, 5])
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError', e)
# identity in containment shortcut (nan)
nan = float('nan')
print(nan in [nan], [nan] == [nan], [nan].count(nan), [nan].index(nan))
# list() from various
print(list('abc'), list((1, 2)), list({1: 2}), list(range(0)), list(map(str, [1, 2])))
# nested and repr
n = [1]
n.append(n)
print(n, repr([None, True, 1.5, 'q', b'b']))
# index out of range messages
for idx in [5, -5]:
    try:
        [1, 2][idx]
    except IndexError as e:
        print('IndexError', e)
    try:
        lst = [1, 2]; lst[idx] = 0
    except IndexError as e:
        print('IndexError', e)
try:
    [1]['a']
except TypeError as e:
    print('TypeError', e)
try:
    [1][1.0]
except TypeError as e:
    print('TypeError', e)
# sort errors and stability
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
try:
    [3, 'a', 1].sort()
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print('TypeError', e)
# mutation during sort
m = [3, 2, 1]
def key(v):
    m.append(v)
    return v
try:
    m.sort(key=key)
    print(m)
except ValueError as e:
    print('ValueError', e)
