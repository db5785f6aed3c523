# Builtin functions with less common arguments.
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), all([]), any([]), all([1, 0]), any(x > 2 for x in [1, 3]))
print(ascii('aé\u20ac\U0001f600'), bin(-5), oct(-8), hex(-255), bin(0), chr(0x10FFFF) == '\U0010ffff', ord('€'))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: ord(b'ab'), lambda: chr('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ord(b'a'), ord(bytearray(b'z')), divmod(7, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 3)))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'xyz')))
print(getattr(1, 'real'), getattr([], 'nope', None), hasattr(1, 'imag'), isinstance(1, (str, (int, float))), issubclass(int, (str, object)))
try:
    isinstance(1, [int])
except TypeError as e:
    print('TypeError', e)
try:
    getattr(1, 2)
except TypeError as e:
    print('TypeError', e)
print(len(range(10 ** 6)), len({1: 2}), len(b'ab'), len(bytearray(3)), len(frozenset()))
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print('OverflowError', e)
print(max([1, 3, 2]), max(1, 3, 2), max('abc'), max([], default='empty'), max([(1, 'b'), (1, 'a')]), max([1, 2], key=lambda x: -x))
print(min([], default=None), min(3, 1, key=lambda x: x % 3), min('bca'), min([[2], [1, 5]]))
for bad in [lambda: max([]), lambda: max(1), lambda: min(1, 2, default=0), lambda: max()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(next(iter([]), 'dflt'), next(iter([1])), pow(2, 10), pow(2.0, -1), pow(-1, 0.5) if False else 'x', pow(10, 2, 7), pow(3, -1, 11))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))), ''.join(reversed('xyz')))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
print(round(3.14159, 2), round(-0.5), round(2.5), round(7, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e-20, 25))
print(sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}), sorted([], key=len), sorted([[3], [1, 2], []], key=len))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(5), start=100), sum([], 0.0))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([1, 'a'])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(list(zip()), list(zip('ab')), list(zip('abc', range(2))), dict(zip('ab', 'xy')))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, callable(print), callable(None))
print(repr(print)[:20], print.__name__, len.__name__, abs.__module__ if hasattr(abs, '__module__') else 'builtins')
print(format(5), format(5, 'b'), format('s', '>3'), format(1.5), format(None), format([1]), format(True), format(True, 'd'))
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError', e)
print(hash(1) == hash(1.0) == hash(True), hash('') == 0 or True, hash(None) == hash(None), hash((1, 2)) == hash((1, 2)))
print(int.__doc__ is not None, vars(type('X', (), {'a': 1}))['a'], dir(5)[:3], '__add__' in dir(int))
print(isinstance(print, type(len)), type(len).__name__, type([].append).__name__)
it = iter(range(3))
print(list(it), list(it), iter(it) is it)
print(list(iter([1, 2, None, 3].pop, 2)) if False else 'skip')
print(slice(1, 2), slice(3), slice(None, None, -1), slice(1, 10, 2).indices(5), slice(-1, None).indices(3), slice(None, None, -1).indices(4))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print('ValueError', e)
print(bool(), bool([]), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool('0'), bool(range(0)), float(), int(), str(), tuple(), list(), dict(), set(), complex())
print(complex(1, 2), complex('1+2j'), complex(' (3-4j) '), complex(2), complex(1j, 1j), complex('-j'), complex('inf'))
