# collections.namedtuple: fields, defaults, _make/_replace/_asdict, subclassing, errors.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p[1], p._fields, len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(P._make([3, 4]), p._replace(y=9), p._asdict(), P(y=5, x=6))
x, y = p
print(x + y, p + (3,), p * 2, p.index(2), p.count(1), sorted(P(3, 1)))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults)
R = namedtuple('R', 'a, b  c')
print(R(1, 2, 3))
S = namedtuple('S', 'def class _x', rename=True)
print(S._fields)
for bad in [lambda: namedtuple('T', 'a a'), lambda: namedtuple('T', 'a def'), lambda: namedtuple('T', '_a'), lambda: namedtuple('1T', 'a'), lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return f'<{self.x},{self.y}>'
pt = Point(3, 4)
print(pt, repr(pt), pt.norm, pt._replace(x=0), type(pt._replace(x=0)).__name__, isinstance(pt, tuple))
V = namedtuple('V', 'x y', module='geo')
print(V.__module__, V.__name__, V(1, 2).__class__.__name__)
import copy
print(copy.copy(p), copy.deepcopy(p) == p)
d = {P(1, 2): 'a'}
print(d[(1, 2)], d[P(1, 2)])
print(P.__doc__, P.x.__doc__ if hasattr(P.x, '__doc__') else '')
E = namedtuple('E', '')
print(E(), len(E()))
print(max([P(1, 5), P(2, 0)]), min([P(1, 5), P(1, 2)], key=lambda t: t.y))
