# A __slots__ value class with operators, hashing, iteration, __format__; slot deletion; slotted and free subclasses.
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __format__(self, spec):
        return f'<{format(self.x, spec)}, {format(self.y, spec)}>'
v = Vec(3, 4)
print(v + Vec(1, 1), 2 * v, v * 0.5, abs(v), bool(Vec(0, 0)), list(v), v[1], f'{v:.2f}', {v: 'a'}[Vec(3, 4)], tuple(v), dict([v]))
x, y = v
print(x, y, Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(2, 1), Vec(1, 2) in {Vec(1, 2)}, max(v), sum(v))
try:
    v.z = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    Vec.__slots__
    print(Vec.__slots__, hasattr(v, '__dict__'))
except AttributeError as e:
    print('AttributeError', e)
try:
    del v.x
    print(hasattr(v, 'x'))
    print(v)
except AttributeError as e:
    print('AttributeError', e)
class Vec3(Vec):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self): return f'Vec3({self.x}, {self.y}, {self.z})'
v3 = Vec3(1, 2, 3)
print(v3, v3 + Vec(1, 1), isinstance(v3, Vec), Vec3.__mro__[1].__name__, sorted(Vec3.__slots__))
class Free(Vec):
    pass
f = Free(0, 0)
f.extra = 'allowed'
print(f.extra, f.__dict__)
