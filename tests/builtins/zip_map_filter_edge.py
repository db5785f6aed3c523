def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(list(zip([1, 2, 3], 'ab', strict=False)), list(zip(range(3), range(3), strict=True)), list(zip(*zip('ab', 'cd'))))
def gen(n):
    for i in range(n):
        yield i
    print('gen', n, 'exhausted')
t(lambda: list(zip(gen(2), gen(3), strict=True)))
t(lambda: list(zip(gen(3), gen(2), strict=True)))
print(list(map(lambda *a: a, 'ab', 'cde')), list(map(str.upper, ['x'])), list(map(int, '12', [10, 16])))
print(list(filter(lambda x: x, [0, '', None, [], 'a', 1])), list(filter(None, (0, 1, 2))), list(filter(str.isalpha, 'a1b2')))
t(lambda: list(zip('a', strict=1)))
t(lambda: zip('a', bad=1))
t(lambda: list(map(lambda x, y: x, [1])))
