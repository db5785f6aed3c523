# A shape/class hierarchy with ABCs, properties, super() chains, mixins, and sorting.
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, area={self.area():.2f})'

class Circle(Shape):
    def __init__(self, r, name='circle'):
        super().__init__(name)
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name='rect'):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)

class Square(Rect):
    def __init__(self, s, name='square'):
        super().__init__(s, s, name)
    @property
    def side(self): return self.w
    @side.setter
    def side(self, v):
        if v <= 0:
            raise ValueError('side must be positive')
        self.w = self.h = v

class ColorMixin:
    def __init__(self, *a, color='red', **k):
        self.color = color
        super().__init__(*a, **k)
    def describe(self):
        return f'{self.color} {super().__repr__()}'

class ColoredSquare(ColorMixin, Square):
    pass

try:
    Shape('x')
except TypeError as e:
    print('TypeError', e)
class Incomplete(Shape):
    def area(self): return 0
try:
    Incomplete('i')
except TypeError as e:
    print('TypeError', e)

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5, 'small'), ColoredSquare(3, color='blue'), Rect(4, 1)]
for s in sorted(shapes):
    print(f'{s!r:40} perim={s.perimeter():7.3f}')
print(Shape.count, [c.__name__ for c in ColoredSquare.__mro__])
cs = shapes[4]
print(cs.describe(), cs.side, cs.diagonal)
cs.side = 5
print(cs.area(), cs.color)
try:
    cs.side = -1
except ValueError as e:
    print('ValueError', e)
print(Square(2) == Square(2), Square(2) == Rect(2, 2), len({Square(2), Square(2), Rect(2, 2)}))
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter()).name)
print(isinstance(cs, Shape), issubclass(ColoredSquare, Rect), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}))
total = sum(s.area() for s in shapes)
print(f'{total:.4f}', round(total, 2))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(s.name)
print(sorted(by_type.items()))
class Registry(type):
    kinds = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.kinds[name.lower()] = cls
        return cls
class Animal(metaclass=Registry):
    sound = '...'
    def speak(self):
        return f'{type(self).__name__} says {self.sound}'
class Dog(Animal): sound = 'woof'
class Cat(Animal): sound = 'meow'
class Puppy(Dog):
    def speak(self):
        return super().speak() + ' (squeaky)'
print([Registry.kinds[k]().speak() for k in sorted(Registry.kinds)])
