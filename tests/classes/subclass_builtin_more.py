# Subclassing builtin types: which methods are called internally, result types.
class L(list):
    def __init__(self, *a):
        print('L.__init__', a)
        super().__init__(*a)
    def append(self, x):
        print('L.append', x)
        super().append(x)
    def __getitem__(self, i):
        return ('L', super().__getitem__(i))
    def __len__(self):
        return 100
l = L([1, 2])
l.append(3)
l.extend([4])
print(l, l[0], list(l), len(l), len(list(l)), type(l + [1]).__name__, type(l[0:1]).__name__ if False else '', type(l * 2).__name__)
print(sorted(l, reverse=True), [x for x in l], l == [1, 2, 3, 4], isinstance(l, list))
class D(dict):
    def __setitem__(self, k, v):
        print('D.__setitem__', k)
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
d = D(a=1)
d['b'] = 2
d.update(c=3)
d.setdefault('e', 5)
print(sorted(d.items()), d['b'], d.get('b'), dict(d), {**d}, type(d.copy()).__name__)
class S(str):
    def __new__(cls, v, extra='!'):
        o = super().__new__(cls, str(v) + extra)
        o.extra = extra
        return o
    def shout(self):
        return self.upper()
s = S('hi')
print(s, repr(s), s.shout(), s.extra, type(s + 'x').__name__, type(s.upper()).__name__, type(s[0]).__name__, type(str(s)).__name__, s == 'hi!', len(s))
print('%s' % s, f'{s}', '{}'.format(s), s.startswith('h'), 'h' in s, hash(s) == hash('hi!'), {s: 1}['hi!'])
class I(int):
    def __add__(self, o):
        return I(int(self) + o + 1000)
    def __repr__(self):
        return f'I({int(self)})'
i = I(5)
print(i, i + 1, 1 + i, i * 2, type(i * 2).__name__, -i, type(-i).__name__, abs(I(-3)), i == 5, hash(i) == hash(5), int(i), str(i), f'{i:03d}', bool(I(0)))
class F(float):
    def __str__(self):
        return 'F' + super().__repr__()
f = F(1.5)
print(f, repr(f), f + 1, type(f + 1).__name__, round(f), F('2.5') * 2, float(f), f.is_integer(), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
class T(tuple):
    @property
    def first(self): return self[0]
t = T([3, 4])
print(t, t.first, type(t[:1]).__name__, t + (5,), type(t + (5,)).__name__, t == (3, 4), hash(t) == hash((3, 4)))
class Set2(set):
    def add(self, x):
        super().add(x * 2)
s2 = Set2([1, 2])
s2.add(5)
print(sorted(s2), type(s2 | {0}).__name__, type(s2.copy()).__name__, Set2.__name__)
class B(bytes):
    def hex2(self): return self.hex().upper()
b = B(b'\x01\xff')
print(b, b.hex2(), type(b[0:1]).__name__, type(b + b'').__name__, B([65]), B(b'x') == b'x')
class BA(bytearray): pass
ba = BA(b'xy')
ba.append(122)
print(ba, type(ba[:1]).__name__, bytes(ba))
try:
    class NoBool(bool): pass
except TypeError as e:
    print('TypeError', e)
class Cplx(complex): pass
print(Cplx(1, 2), type(Cplx(1, 2) + 1).__name__)
class Obj(object):
    __slots__ = ()
try:
    Obj().x = 1
except AttributeError as e:
    print('AttributeError', e)
class DefaultList(list):
    def __missing__(self, k): return 'never used'
print(DefaultList([1])[0])
class OD(dict):
    def keys(self):
        return ['z']
    def __getitem__(self, k):
        return 'from-getitem'
print(dict(OD(a=1)), {**OD(a=1)}, dict(**OD(a=1)) if False else '', list(OD(a=1)))
