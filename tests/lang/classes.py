# Classes, inheritance, super, properties, class/static methods, dunders.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"

d = Dog("rex")
print(d, d.speak(), d.kind, Animal.kind, isinstance(d, Animal), type(d).__mro__)

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, k):
        return self.x * k

    def __bool__(self):
        return bool(self.x or self.y)

p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p != Point(0, 0), len(p), p[0], list(p), 4 in p, p(10), bool(Point(0, 0)))
print(sorted([Point(2, 1), Point(1, 5)]), {Point(1, 1), Point(1, 1)}, max(Point(0, 9), Point(1, 0)))

class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def info():
        return "static"

t = Temp.make()
t.c = 25
print(t.c, Temp.info(), t.info())
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by_meta"] = True
        return super().__new__(mcs, name, bases, ns)

class WithMeta(metaclass=Meta):
    pass

print(WithMeta.created_by_meta, type(WithMeta).__name__)

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B" + super().who()

class C(A):
    def who(self):
        return "C" + super().who()

class D(B, C):
    def who(self):
        return "D" + super().who()

print(D().who(), [k.__name__ for k in D.__mro__])

class Desc:
    def __get__(self, obj, owner):
        return "desc:" + (owner.__name__ if obj is None else "inst")

    def __set_name__(self, owner, name):
        self.name = name

class HasDesc:
    attr = Desc()

print(HasDesc.attr, HasDesc().attr, HasDesc.__dict__["attr"].name)

class Dyn:
    def __getattr__(self, name):
        return name.upper()

print(Dyn().hello, getattr(Dyn(), "x"), hasattr(Dyn(), "anything"))

class MyList(list):
    def total(self):
        return sum(self)

ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list))

class MyDict(dict):
    def __missing__(self, key):
        return key * 2

md = MyDict(a=1)
print(md["a"], md["zz"])
print(Animal.__name__, Dog.__qualname__, Dog.__bases__, d.__class__ is Dog, d.__dict__)
