# range objects and slices: indexing, slicing, containment, equality, reversal, big values.
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], list(r[1:-1:3]), 7 in r, 8 in r, r.index(15), r.count(11))
print(range(10)[-3:], range(0), range(5, 0), list(range(5, 0, -2)), range(0, -10, -3)[1], len(range(-5, 5, 3)))
print(range(3) == range(0, 3), range(0, 3, 2) == range(0, 4, 2), range(0) == range(5, 1), range(1) != range(2), hash(range(3)) == hash(range(0, 3, 1)))
big = range(10 ** 20, 10 ** 20 + 10 ** 6, 7)
print(len(big), big[1000], big[-1], 10 ** 20 + 700 in big, big.index(10 ** 20 + 7000), big[100:105])
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(5)), sorted(range(5), reverse=True))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(5)[10]
except IndexError as e:
    print('IndexError', e)
try:
    range(5).index(9)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
print(r.start, r.stop, r.step, range(5).step, bool(range(0)), bool(range(1)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-2, None).indices(10), slice(None, None, -2).indices(7))
lst = list(range(10))
print(lst[s], lst[slice(None, None, -3)], 'abcdefgh'[slice(2, -2)], (1, 2, 3)[slice(1, None)])
print(lst[-100:100], lst[5:2], lst[5:2:-1], lst[::-1][:3], lst[1:8][::2], lst[-3:-1])
lst2 = lst[:]
lst2[2:5] = 'xyz'
lst2[::3] = [0] * len(lst2[::3])
print(lst2)
del lst2[1::2]
print(lst2)
class Sliceable:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ('tuple', k)
        return ('index', k)
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
o = Sliceable()
print(o[1], o[1:2], o[::3], o[1:2, 3], o[..., 1], o[:, None])
o[1:3] = 'v'
del o[::2]
print(list(range(0, 10, 3)) == [0, 3, 6, 9], range(2, 8)[-4:-1], range(100)[10:90:10][2::2])
