# match: class patterns (dataclass, namedtuple, __match_args__), enums, sequences, mappings, guards, value and literal patterns, errors.
from dataclasses import dataclass
from collections import namedtuple, OrderedDict, defaultdict
import enum
@dataclass
class Point:
    x: int
    y: int
class Color(enum.Enum):
    RED = 1
    GREEN = 2
P3 = namedtuple('P3', 'a b c')
class NoArgs:
    pass
class Custom:
    __match_args__ = ('first', 'second')
    def __init__(self, f, s): self.first, self.second = f, s
class BadArgs:
    __match_args__ = 'x'
def m(v):
    match v:
        case Point(x=0, y=0): return 'origin'
        case Point(0, y): return f'on y axis at {y}'
        case Point(x, 0) if x > 0: return f'positive x axis {x}'
        case Point(): return 'some point'
        case Color.RED: return 'red'
        case Color(): return 'other color'
        case P3(1, b, c=3): return f'p3 b={b}'
        case Custom(1, second=s): return f'custom {s}'
        case NoArgs(): return 'noargs'
        case str() | bytes() as sb: return f'text {sb!r}'
        case [] : return 'empty seq'
        case [x]: return f'one {x}'
        case [1, *rest] if rest: return f'starts 1 rest {rest}'
        case (a, b, *_, z): return f'long {a} {b} {z}'
        case {'k': 1, **rest}: return f'map rest {rest}'
        case {'k': _}: return 'map k'
        case {}: return 'some mapping'
        case 1 | 2 | 3: return 'small'
        case float(f) if f != f: return 'nan'
        case float(): return 'float'
        case int(i) if i < 0: return 'neg'
        case bool(): return 'bool?'
        case None: return 'none'
        case _: return 'other'
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(-1, 0), Color.RED, Color.GREEN, P3(1, 2, 3), P3(1, 2, 4), Custom(1, 'two'), Custom(2, 3), NoArgs(), 'abc', b'x', [], (), [7], [1, 2, 3], [1], (1, 2, 3, 4), {'k': 1, 'z': 2}, {'k': 2}, OrderedDict(), defaultdict(int), {'a': 1}, 2, True, False, float('nan'), 1.5, -4, None, object, range(3), iter([])]:
    print(type(v).__name__, '->', m(v))
try:
    match 1:
        case BadArgs(1): pass
except TypeError as e:
    print('TypeError', e)
try:
    match Custom(1, 2):
        case Custom(1, 2, 3): pass
except TypeError as e:
    print('TypeError', e)
try:
    match Custom(1, 2):
        case Custom(1, first=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print('TypeError', e)
calls = []
def guard(x):
    calls.append(x)
    return False
match [1, 2]:
    case [a, b] if guard(a):
        pass
    case [a, *b] if guard(b):
        pass
    case _:
        print('fallthrough', calls, a, b)
match {'x': 1, 'y': 2}:
    case {'x': 1, 'y': 2, 'z': 3}:
        print('no')
    case {'y': y_val, 'x': x_val}:
        print('matched', x_val, y_val)
k = 'dyn'
import types
ns = types.SimpleNamespace(k='dyn', v=5)
match 'dyn':
    case ns.k:
        print('value pattern via attribute')
match 5:
    case ns.v | 6:
        print('or with value pattern')
match (1, (2, [3, 4])):
    case (1, (2, [3, x])):
        print('nested', x)
match 'hello':
    case str(s) if len(s) > 3:
        print('long str', s)
match -1:
    case -1: print('negative literal')
match 1+2j:
    case 1+2j: print('complex literal')
match 0.5:
    case 0.5: print('float literal')
