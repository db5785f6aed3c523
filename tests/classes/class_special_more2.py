# More special methods: container emulation, __getitem__ iteration fallback, __bool__/__len__, __hash__ inheritance, __call__, __contains__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(pos)
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, v):
        self[pos]
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
    def __bool__(self):
        return bool(self.cells)
    def __repr__(self):
        return '\n'.join(self)
g = Grid(4, 3)
print(bool(g), len(g))
g[1, 1] = '#'
g[3, 2] = '@'
print(repr(g), bool(g), '#' in g, 'x' in g, g[1, 1])
del g[1, 1]
print(list(g))
try:
    g[5, 5] = 'x'
except IndexError as e:
    print('IndexError', e)
try:
    del g[0, 0]
except KeyError as e:
    print('KeyError', e)
class Base:
    def __eq__(self, o):
        return True
class Derived(Base):
    pass
print(Base.__hash__, Derived.__hash__)
try:
    hash(Derived())
except TypeError as e:
    print('TypeError', e)
class WithHash(Base):
    def __hash__(self):
        return 7
print(hash(WithHash()), WithHash() in {WithHash()})
class Poly:
    def __init__(self, *c): self.c = c
    def __call__(self, x):
        return sum(k * x ** i for i, k in enumerate(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
p = Poly(1, 2, 3)
print(p(2), len(p), list(p), p[-1], list(reversed(p)), 2 in p, 5 in p, max(p), sorted(p, reverse=True))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattr__(self, n):
        return getattr(self._t, n)
    def __setattr__(self, n, v):
        setattr(self._t, n, v)
    def __delattr__(self, n):
        delattr(self._t, n)
class Tgt: pass
t = Tgt()
px = Proxy(t)
px.a = 5
print(t.a, px.a)
del px.a
print(hasattr(t, 'a'))
class Ctx:
    def __enter__(self): return 'entered'
    def __exit__(self, et, ev, tb): return False
    def __len__(self): return 0
with Ctx() as v:
    print(v, bool(Ctx()))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Num({self.v})'
print(list(range(Num(3))), [0, 1, 2, 3][Num(1):Num(3)], bin(Num(5)), 'abc'[Num(2)])
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class Missing(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
m = Missing()
print(m['abc'], m, m.get('zz'), 'zz' in m)
class Order:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'O{self.v}'
print(sorted([Order(3), Order(1)]), min(Order(5), Order(2)), max([Order(1), Order(9)]))
