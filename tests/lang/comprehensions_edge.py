def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print([x * y for x in range(3) for y in range(x)], [x for x in range(10) if x % 2 if x % 3], [[y for y in range(x)] for x in range(3)])
print({x: x ** 2 for x in range(3)}, {x % 2 for x in range(5)}, list(x for x in 'ab'), sum(x for x in range(4)), tuple(c.upper() for c in 'hi'))
print([(a, b) for a, b in zip('xy', [1, 2])], [a for a, *_ in [(1, 2, 3), (4, 5)]], [i for i in range(3)][::-1])
print(any(x > 2 for x in [1, 3]), all(x for x in []), max((x for x in [3, 1]), default=0), sorted((x for x in 'cab'), reverse=True))
x = 'outer'
print([x for x in 'ab'], x)
g = (y for y in range(3))
print(g.__class__.__name__, list(g), list(g))
t(lambda: [z for z in 5])
t(lambda: next(i for i in []))
def f():
    return [locals_name for locals_name in range(2)]
print(f())
print([[1, 2][i] for i in range(2)], [lambda: i for i in range(2)][0](), [(lambda i=i: i)() for i in range(2)])
print({**{'a': 1}, 'b': 2}, [*range(2), *(x for x in 'ab')], {*range(3)} - {0})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row if v % 2 == 0], [[v * 2 for v in row] for row in matrix])
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))), list(filter(str.isdigit, 'a1b2')), [*map(str.upper, 'ab')])
nested = ((i, j) for i in range(2) for j in range(2) if i != j)
print(list(nested))
print([y := 5, y ** 2], [(z := i) for i in range(3)], z)
