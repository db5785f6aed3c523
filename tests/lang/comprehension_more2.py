# Comprehensions: nesting, scoping of iteration variables, conditionals, walrus, class bodies, generators of generators.
print([x * y for x in range(1, 4) for y in range(x)])
print([[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)])
print({x: [y for y in range(x)] for x in range(4)})
print({c for w in ['hello', 'world'] for c in w if c not in 'lo'} == set('hewrd'))
x = 'outer'
print([x for x in 'ab'], x)
print([(x, y) for x in range(2) if x for y in 'ab' if y != 'a'])
print([y := z * 2 for z in range(3)], y)
print([total := 0] and [total := total + v for v in range(5)], total)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    pairs = [(a, b) for a in vals for b in [0]]
print(C.doubled, C.pairs)
def f():
    n = 10
    return [lambda: n + i for i in range(3)]
print([g() for g in f()])
gens = [(i for _ in range(2)) for i in range(3)]
print([list(g) for g in gens])
print([i for i in range(10) if i % 2 if i % 3], [i if i % 2 else -i for i in range(5)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row], list(zip(*matrix)), [sum(col) for col in zip(*matrix)])
print(dict(sorted({v: k for k, v in {'a': 2, 'b': 1}.items()}.items())), {k: v for k, v in [('x', 1), ('x', 2)]})
print(sum(x for x in range(5)), tuple(c.upper() for c in 'abc'), ''.join(str(d) for d in range(3)))
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
def gen_in_comp():
    return [v for v in (yield_val() for yield_val in [lambda: 1, lambda: 2])]
print(gen_in_comp())
print([[j for j in range(i)] for i in range(4) if i], [k for k in {'b': 1, 'a': 2}], [v for k, v in sorted({'b': 1, 'a': 2}.items())])
words = ['apple', 'Banana', 'cherry']
print({w[0].lower(): w for w in words}, [w for w in words if (n := len(w)) > 5], n)
