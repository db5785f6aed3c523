import functools, operator
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10), functools.reduce(operator.add, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
p = functools.partial(pow, 2); print(p(10), p.func is pow, p.args, p.keywords)
p2 = functools.partial(int, base=2); print(p2('101'), p2('11', base=10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits > 0)
@functools.wraps(fib)
def wrapper(*a): return fib(*a)
print(wrapper.__name__, wrapper(10))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda x, y: len(x) - len(y))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(operator.add(1, 2), operator.mul('a', 3), operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.getitem({1: 2}, 1), operator.index(5))
print(operator.lt(1, 2), operator.eq('a', 'a'), operator.is_(None, None), operator.concat([1], [2]), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.xor(5, 3))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.length_hint([1, 2]))
x = [1]; y = operator.iadd(x, [2]); print(x, y is x)
print(functools.reduce(operator.or_, [{1}, {2}]), sorted([(1, 'b'), (1, 'a')], key=operator.itemgetter(1)))
@functools.singledispatch
def kind(x): return 'object'
@kind.register
def _(x: int): return 'int'
@kind.register(str)
def _(x): return 'str'
print(kind(1), kind('s'), kind(1.5), kind(True))
print(functools.partial(lambda a, b, c: (a, b, c), 1, c=3)(2))
