def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class Color:
    RED = 'red'
    GREEN = 'green'
def describe(v):
    match v:
        case 0:
            return 'zero'
        case -1:
            return 'minus one'
        case 1.5 | 2.5:
            return 'float'
        case 1+2j:
            return 'complex'
        case 'hello' 'world':
            return 'concat'
        case b'bytes':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case Color.RED:
            return 'red!'
        case []:
            return 'empty seq'
        case [x]:
            return f'one {x}'
        case [1, *rest]:
            return f'starts 1 rest {rest}'
        case (a, b, *_, z):
            return f'many {a} {b} {z}'
        case {'type': 'pt', 'x': x, **others}:
            return f'map pt {x} {others}'
        case {}:
            return 'any mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis {y}'
        case Point(x, y) if x == y:
            return f'diag {x}'
        case Point(x=px) as pt:
            return f'point {px} {type(pt).__name__}'
        case int(n) if n > 100:
            return f'big int {n}'
        case str() | bytes():
            return 'stringish'
        case int(n):
            return f'int {n}'
        case _:
            return 'other'
for v in [0, -1, 1.5, 2.5, 1+2j, 'helloworld', b'bytes', None, True, 'red', [], [9], (1, 2, 3), [4, 5, 6, 7], (1,),
          {'type': 'pt', 'x': 3, 'z': 9}, {'q': 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(2, 7), 500, 'str', 42, 3.25, 'hello', range(2), False, 1, 1.0]:
    print(repr(v) if not isinstance(v, Point) else 'Point', '->', describe(v))
x = 'outer'
match 5:
    case x if False: pass
    case _: pass
print(x)
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a, b, c)
match {'a': {'b': 1}}:
    case {'a': {'b': val}}:
        print('nested', val)
def cmd(c):
    match c.split():
        case ['go', ('north' | 'south') as d]:
            return 'go ' + d
        case ['quit' | 'exit']:
            return 'bye'
        case ['drop', *objs]:
            return 'drop ' + ','.join(objs)
        case _:
            return '?'
for c in ['go north', 'go west', 'quit', 'exit', 'drop a b c', 'drop']:
    print(cmd(c))
match = 5; print(match)
match = {'a': 1}; print(match['a'])
def match(x): return x * 2
print(match(4))
t(lambda: exec("match 1:\n case Point(1, 2, 3): pass"))
class NoArgs: pass
t(lambda: exec("match NoArgs():\n case NoArgs(1): pass", {'NoArgs': NoArgs}))
t(lambda: exec("match 1:\n case 1.5(): pass"))
for src in ["match x:\n case _: pass\n case 1: pass", "match x:\n case y: pass\n case 1: pass",
            "match x:\n case [a, a]: pass", "match x:\n case 1 | a: pass", "match x:\n case a | b: pass",
            "match x:\n case {'a': 1, 'a': 2}: pass", "match x:\n case [*a, *b]: pass", "match x:\n case Point(x=1, x=2): pass",
            "match x:\n case Point(x=1, 2): pass", "match x:\n case f'x': pass", "match x:\n case 1 as _: pass"]:
    try: compile(src, 's', 'exec'); print('compiled?!')
    except SyntaxError as e: print('SyntaxError', e.msg)
match 1, 2:
    case (1, y):
        print('tuple subject', y)
match (1, 2):
    case 1, y:
        print('open seq', y)
match 'abc':
    case [*chars]:
        print('str is seq?!')
    case str(s):
        print('str', s)
match {'x': 1}:
    case {'x': 1, **rest}:
        print('rest', rest)
match 3:
    case 1 | 2 | 3 if False:
        print('no')
    case n:
        print('capture', n)
print(n)
class P2:
    __match_args__ = ['x']
    x = 1
t(lambda: exec("match P2():\n case P2(1): pass", {'P2': P2}))
from collections import OrderedDict, namedtuple
NT = namedtuple('NT', 'a b')
match NT(1, 2):
    case NT(a, b): print('nt', a, b)
match OrderedDict(k=1):
    case {'k': v}: print('od', v)
match 10:
    case int() | float() as num: print('num', num)
def f(v):
    match v:
        case [int() as i, str() as s]: return ('is', i, s)
        case [*_]: return 'list'
print(f([1, 'a']), f([1, 2]))
