l = [3, 1, 2]
def k(x):
    if x == 2: raise ValueError('k')
    return x
try: l.sort(key=k)
except ValueError as e: print(l, e)
l = [3, 1, 2]
def mut(x):
    l.append(0)
    return x
try: l.sort(key=mut)
except ValueError as e: print('mutated:', e)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99: raise TypeError('cmp')
        return self.v < o.v
    def __repr__(self): return str(self.v)
l2 = [C(3), C(99), C(1)]
try: l2.sort()
except TypeError as e: print(sorted(x.v for x in l2), e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0]))
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([1, 1.0, True]), sorted([True, 1, 1.0]), [type(x).__name__ for x in sorted([1.0, 1, True])])
l = list(range(10)); l.sort(key=lambda x: x % 3); print(l)
l = [5, 3, 8]; l.sort(reverse=True); print(l, sorted('hello', reverse=True))
print(sorted({3: 'a', 1: 'b'}), sorted({'b', 'a'}), sorted((x for x in [2, 1])), sorted('cba'))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
