# Expression forms from test_grammar.
print(1 if 1 else 0, not 1, not not 0, 1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or '' or [])
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 != 2, 1 is 1, 1 is not 2, 1 in [1], 1 not in [1])
print(1 | 2, 1 ^ 3, 1 & 3, 1 << 3, 256 >> 2, 1 + 2 - 3, 2 * 3 / 4, 7 // 2, 7 % 3, 2 ** 3 ** 2)
print(-1, +1, ~1, - - 1, -~-1, ~~5, -2 ** 2, (-2) ** 2, 2 ** -1)
print([1, 2, 3][1:], [1, 2, 3][:1], [1, 2, 3][::2], [1, 2, 3][::-1], 'abcdef'[1:5:2])
d = {}
d[1] = 1
d[1,] = 2
d[1, 2] = 3
d[1, 2, 3] = 4
L = list(d)
L.sort(key=lambda x: (type(x).__name__, x))
print(L)
print(str(d[1,]), d[1, 2])
x = (1)
y = (1,)
z = ()
print(x, y, z, [], [1], [1, 2], {}, {'a': 1}, {'a': 1, 'b': 2}, {1}, {1, 2})
# atoms
print([x for x in 'abc'], {x: ord(x) for x in 'ab'}, {x for x in [1, 1, 2]}, list(x for x in range(3)))
print([(i, s) for i in range(3) for s in 'ab' if i != 1])
print([[j for j in range(i)] for i in range(4)])
print([x for x in range(10) if x % 2 if x % 3])
def test_nested_front():
    print([[y for y in [x, x + 1]] for x in [1, 3, 5]])
test_nested_front()
# comparison precedence
print(not 1 == 2, (not 1) == 2, 1 + 2 == 3 and 4, 1 < 2 == True)
print(3 - 2 - 1, 2 ** 2 ** 3, 100 / 10 / 2, 100 // 7 // 2, 2 * 3 % 4)
# conditional expression nesting
x = 5
print('a' if x < 3 else 'b' if x < 6 else 'c')
print((lambda: 1 if x else 2)())
print([y if y % 2 else -y for y in range(5)])
# star expressions in displays
a = [1, 2]
print([*a, *a], (*a,), {*a}, {**{'x': 1}, 'y': 2}, [*range(3), *'ab'])
print(*a, sep='-')
# walrus in comprehension
print([y := 10, y ** 2], y)
print([z for x in range(5) if (z := x * 2) > 4], z)
# subscripts with slices and ellipsis
class S:
    def __getitem__(self, k): return k
s = S()
print(s[1:2], s[1:2:3], s[:, 1], s[...], s[1, ...], s[::], s[:2, 3:])
print(s[1:2, ::3], s[()], s[(1,)], s[-1])
