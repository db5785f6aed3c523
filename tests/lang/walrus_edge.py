def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
if (n := len('hello')) > 3: print('long', n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
while (chunk := data[:2]):
    data = data[2:]
    print('chunk', chunk)
print((a := 1, b := 2), a, b)
def f(x): return (z := x + 1) * z
print(f(2))
print([j := 0, j := j + 1, j := j + 1], j)
t(lambda: exec('(x.y := 1)'))
t(lambda: exec('(a[0] := 1)'))
t(lambda: exec('x := 1'))
t(lambda: exec('def g(): [k := 1 for k in range(2)]'))
t(lambda: exec('class C:\n  [q := 1 for _ in range(2)]'))
print({(k := 'key'): 1}, k, f'{(w := 5)}', w)
