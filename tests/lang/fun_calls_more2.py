# Function call forms: defaults mutation, kw-only, *args/**kw forwarding, recursion, nested functions and attributes.
def fwd(*args, **kw):
    return target(*args, **kw)
def target(a, b=2, *rest, c=3, **extra):
    return a, b, rest, c, sorted(extra.items())
print(fwd(1), fwd(1, 2, 3, 4), fwd(1, c=9, d=10), fwd(*range(3), **{'c': 0}))
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
def defaults(x, y=[]):
    y.append(x)
    return len(y)
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__[0])
def make_counter():
    def counter():
        counter.n += 1
        return counter.n
    counter.n = 0
    return counter
c = make_counter()
c(); c()
print(c(), c.n, c.__name__)
def outer(n):
    def inner(m=n * 2):
        return m
    return inner
print(outer(3)(), outer(3)(1))
def varargs_only(*a):
    return len(a), type(a).__name__
print(varargs_only(), varargs_only(*'abc'), varargs_only(*[1], *(2,), *{3: 4}))
def kw_only_dict(**kw):
    return type(kw).__name__, kw
print(kw_only_dict(), kw_only_dict(**{'a': 1}, b=2))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def gen_fn(n):
    for i in range(n):
        yield lambda i=i: i * i
print([f() for f in gen_fn(4)])
import functools
def add(a, b, c=0):
    return a + b + c
p = functools.partial(add, 1, c=10)
print(p(2), p(2, c=0), p.func is add, p.args, p.keywords)
print(functools.reduce(lambda x, y: x * y, range(1, 10)), functools.reduce(add, [], 5))
print((lambda *a, **k: (a, k))(1, x=2), (lambda: 'no args')())
def annotated(a: int, b: str = 'x') -> bool:
    return True
print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__, annotated.__code__.co_argcount)
def positional_only(a, b, /, c):
    return a, b, c
print(positional_only(1, 2, 3), positional_only(1, 2, c=3))
call_count = 0
def side():
    global call_count
    call_count += 1
    return call_count
print([side(), side()], call_count)
def arg_eval_order(*a):
    return a
print(arg_eval_order(side(), side(), *[side()], side()))
print(max(map(len, ['a', 'bbb', 'cc'])), sum(map(int, '123')), list(map(lambda x, y: x + y, 'ab', 'cd')))
