def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(1 in [1.0], 1.0 in {1}, True in {1: 'x'}, 'a' in 'abc', 'ac' in 'abc', '' in '', b'a' in b'abc', 97 in b'abc', 1 in range(0, 3), 1.5 in range(3))
print([1] in [[1]], (1,) in {(1,): 0}, None in [None], 'k' in {'k': 1}.keys(), 1 in {'k': 1}.values(), ('k', 1) in {'k': 1}.items())
print(3 not in [1, 2], 'z' not in 'abc', 'x' in ['xy'], 'x' in ('x',), 2 in iter([1, 2, 3]), 5 in (i for i in range(3)))
t(lambda: [] in {1})
t(lambda: {} in {1: 2})
t(lambda: 1 in 'abc')
t(lambda: b'a' in 'abc')
t(lambda: 'a' in b'abc')
t(lambda: 256 in b'abc')
t(lambda: 1.5 in b'abc')
t(lambda: 1 in 1)
it = iter([1, 2, 3, 4]); print(2 in it, list(it))
class Eq:
    def __eq__(self, o): return o == 42
print(42 in [Eq()], Eq() in [42], Eq() in [1])
