l = [1]; l.append(l); print(l, repr(l))
d = {}; d['d'] = d; print(d)
t = ([],); t[0].append(t); print(t)
s = set(); print(s, set([()]), {frozenset()}, frozenset([frozenset()]))
class A: pass
a = A(); a.self = a; print(type(a.__dict__['self']).__name__)
from collections import OrderedDict, deque
od = OrderedDict(); od['x'] = od; print(od)
dq = deque(); dq.append(dq); print(dq)
print([[]] * 3, [[1]] * 2, [{}], [set()], [(1,)], [()], (((),),))
print(str([1.0, 2.5e-10, -0.0, float('inf')]), [True, None, 'a"b', "a'b", b'x'])
print({1: 'a', 'b': [1, {2: 3}], (1, 2): frozenset({1})})
print(repr(1.0), repr(1e100), repr(1.23456789012345678), repr(0.1), 1e-05, 100000000000000000.0, 1.0e16, 12345678901234567890.0)
print(str(1+0j), repr(-0j), repr(complex(-0.0, -0.0)), 1e100j, (1+1e-20j), complex('inf+nanj'))
import sys
print(repr(sys.stdout)[:25] if False else '', type(sys.stdin).__name__ in ('TextIOWrapper', 'FileIO'))
print(object.__repr__(a)[:20], object.__str__(5))
print(repr(print), repr(str.join))
