# tuple: construction, ops, methods, hashing, comparisons.
t = (1, 2, 3)
print(t, (), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(x * 2 for x in t))
print(t[0], t[-1], t[1:], t[::-1], t[5:], len(t), 2 in t, t.count(2), t.index(3))
print(t + (4,), t * 2, 2 * t, () * 5, t * 0, (1,) * -2)
try:
    t + [4]
except TypeError as e:
    print('TypeError', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    t.index(9)
except ValueError as e:
    print('ValueError', e)
try:
    t[10]
except IndexError as e:
    print('IndexError', e)
print((1, 2) < (1, 2, 3), (1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2), (1, 'a') != (1, 'b'), () < (0,))
try:
    (1, 2) < (1, 'a')
except TypeError as e:
    print('TypeError', e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): 'x'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
a = (1, [2])
a[1].append(3)
print(a)
try:
    a[1] += [4]
except TypeError as e:
    print('TypeError', e, a)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print(tuple(t) is t, t[:] == t, (1, 2)[0:2] is not None)
print(repr((1,)), repr(((),)), str((1, 'a')), repr(tuple('x')))
a, *b = t
*c, d = t
e, *f, g = (1,)+ t
print(a, b, c, d, e, f, g)
print(max((1, 5), (1, 9)), min([(2, 'b'), (2, 'a')]), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple.__len__((1, 2)), (1, 2).__getitem__(1), (1, 2).__contains__(2), t.__add__((0,)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), list(map(len, nested)))
class TT(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
    def total(self):
        return sum(self)
tt = TT(1, 2, 3)
print(tt, tt.total(), type(tt + (4,)).__name__, type(tt[1:]).__name__, isinstance(tt, tuple), tt == (1, 2, 3))
