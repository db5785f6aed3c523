def m(v):
    match v:
        case 0 | 1: return 'small'
        case int(x) if x < 0: return f'neg {x}'
        case float() | complex(): return 'num'
        case str() as s if len(s) > 3: return 'longstr'
        case 'a' | 'b': return 'ab'
        case [1, 2, *rest]: return f'list12 {rest}'
        case (x, y): return f'pair {x} {y}'
        case {'k': v, **others}: return f'map {v} {others}'
        case {'type': 'pt', 'x': int() as px}: return f'pt {px}'
        case None: return 'none'
        case True: return 'true'
        case [*_, 9]: return 'ends9'
        case _: return 'other'
for v in [0, 1, -5, 2.5, 1j, 'hello', 'a', [1, 2, 3, 4], (7, 8), {'k': 1, 'z': 2}, None, True, [5, 9], 'zz', 42, {'type': 'pt', 'x': 3}, [1, 2]]:
    print(repr(v), m(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def p(v):
    match v:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=yy): return f'yaxis {yy}'
        case Point(xx, 0): return f'xaxis {xx}'
        case Point(): return 'point'
        case _: return 'nope'
print(p(Point(0, 0)), p(Point(0, 5)), p(Point(3, 0)), p(Point(1, 1)), p(3))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print('TypeError', e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print('TypeError', e)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def c(v):
    match v:
        case Color.RED: return 'red'
        case Color.GREEN: return 'green'
print(c(Color.RED), c(Color.GREEN), c(3))
def seq(v):
    match v:
        case []: return 'empty'
        case [x]: return f'one {x}'
        case [x, *_]: return f'many from {x}'
print(seq([]), seq(()), seq([1]), seq(range(3)), seq('abc') if False else '', seq(iter([])) if False else '')
def strseq(v):
    match v:
        case [a, b]: return 'seq'
        case _: return 'not seq'
print(strseq('ab'), strseq(b'ab'), strseq(bytearray(b'ab')), strseq([1, 2]))
def mapping(v):
    match v:
        case {}: return 'any mapping'
print(mapping({}), mapping({1: 2}), mapping([]) if False else '')
def guard(v):
    match v:
        case x if (y := x * 2) > 4: return y
        case x: return -x
print(guard(1), guard(3))
def bind(v):
    match v:
        case [1, (2 | 3) as z]: return z
        case _: return None
print(bind([1, 3]), bind([1, 4]))
try:
    exec('match 1:\n  case x:\n    pass\n  case 2:\n    pass')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('match 1:\n  case [a, a]:\n    pass')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('match 1:\n  case 1 | x:\n    pass')
except SyntaxError as e:
    print('SyntaxError', e.msg)
match = 5; case = 6; print(match + case)
match (1, 2):
    case (a, b) if a < b: print('ordered')
