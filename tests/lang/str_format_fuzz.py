seed = 808
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
class Obj:
    attr = 'A'
    def __getitem__(self, k): return 'item%r' % (k,)
    def __format__(self, spec): return 'F(' + spec + ')'
    def __repr__(self): return 'Obj()'
    def __str__(self): return 'ObjStr'
parts = ['{}', '{0}', '{1}', '{x}', '{0!r}', '{0!s}', '{0!a}', '{x.attr}', '{x[0]}', '{x[key]}', '{0:>5}', '{1:*^7}', '{x:abc}', '{{', '}}', '{', '}', '{0[0]}', '{2}', '{x!z}', '{:}', '{0:{1}}', '{!r}', '{y}', 'text', ' ', '{0.real}', '{1.imag}', '{0:.2}', '{1:#x}']
args = ['é\n', 42, 3.5]
for i in range(2500):
    fmt = ''.join(parts[rnd(len(parts))] for _ in range(rnd(4) + 1))
    try:
        r = fmt.format(*args[:rnd(4)], x=Obj())
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(repr(fmt), repr(r))
