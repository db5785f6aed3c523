# operator: getters, methodcaller, in-place functions, index and length_hint (as CPython's test_operator).
import operator as op
ig = op.itemgetter(1); ig2 = op.itemgetter(0, 2); ig3 = op.itemgetter('k', slice(1, 3))
print(ig('abc'), ig2('abc'), ig3({'k': 1, slice(1, 3): 2}) if False else ig2([1, 2, 3]))
print(repr(ig), repr(ig2), repr(op.itemgetter('a')))
ag = op.attrgetter('real'); ag2 = op.attrgetter('real', 'imag'); ag3 = op.attrgetter('__class__.__name__')
print(ag(3 + 4j), ag2(3 + 4j), ag3(5), repr(ag), repr(ag3), repr(ag2))
mc = op.methodcaller('split', ','); mc2 = op.methodcaller('replace', 'a', 'b', 1); mc3 = op.methodcaller('to_bytes', 2, byteorder='big')
print(mc('a,b,c'), mc2('aaa'), mc3(258), repr(mc), repr(mc2), repr(mc3))
for bad in (lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(),
            lambda: op.methodcaller(1), lambda: op.itemgetter(5)('ab'), lambda: op.attrgetter('nope')(1),
            lambda: ig(), lambda: ag(1, 2)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(op.index(5), op.index(True))
class I:
    def __index__(self): return 7
print(op.index(I()))
try: op.index(1.5)
except TypeError as e: print(e)
print(op.length_hint([1, 2]), op.length_hint(iter(range(10))), op.length_hint(object(), 3))
class LH:
    def __length_hint__(self): return NotImplemented
class LH2:
    def __length_hint__(self): return -1
print(op.length_hint(LH(), 9))
try: op.length_hint(LH2())
except ValueError as e: print(e)
try: op.length_hint([], 'x')
except TypeError as e: print(e)
x = [1]; y = op.iadd(x, [2]); print(x, y is x)
print(op.iadd(1, 2), op.isub(5, 3), op.imul('ab', 2), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 5), op.ilshift(1, 4),
      op.irshift(64, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.itruediv(1, 4), op.iconcat([1], [2]))
print(op.concat('a', 'b'), op.concat([1], [2]))
for bad in (lambda: op.concat(1, 2), lambda: op.iconcat(1, 2), lambda: op.concat('a', [1])):
    try: bad()
    except TypeError as e: print(e)
print(op.truth([]), op.truth(5), op.not_(0), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
try: op.indexOf([1], 5)
except ValueError as e: print(e)
d = {}; op.setitem(d, 'a', 1); print(d, op.getitem(d, 'a')); op.delitem(d, 'a'); print(d)
print(op.neg(3), op.pos(-3), op.abs(-3), op.inv(5), op.invert(5), op.lshift(1, 3), op.rshift(8, 1), op.mod('%s!', 'x'))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 2), op.ge(1, 2))
try: op.matmul(1, 2)
except TypeError as e: print(e)
print(op.call(pow, 2, 3) if hasattr(op, 'call') else 8)
print(op.__lt__ is op.lt, op.__add__(1, 2), sorted(n for n in dir(op) if not n.startswith('_'))[:12])
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
print(list(map(op.attrgetter('imag'), [1j, 2])))
