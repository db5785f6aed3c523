def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class BadEq:
    def __eq__(self, o): raise ValueError('eq failed')
    __hash__ = object.__hash__
t(lambda: BadEq() in [1])
t(lambda: [BadEq()] == [BadEq()])
t(lambda: [1, 2].index(BadEq()))
class BadLen:
    def __len__(self): raise KeyError('len')
t(lambda: len(BadLen()))
t(lambda: bool(BadLen()))
class BadIter:
    def __iter__(self): raise RuntimeError('iter')
t(lambda: list(BadIter()))
t(lambda: [x for x in BadIter()])
t(lambda: 1 in BadIter())
class BadRepr:
    def __repr__(self): raise ValueError('repr')
t(lambda: [BadRepr()])
t(lambda: str([BadRepr()]))
t(lambda: '%r' % BadRepr())
t(lambda: f'{BadRepr()!r}')
class BadHash:
    def __hash__(self): raise ZeroDivisionError('hash')
t(lambda: {BadHash()})
t(lambda: hash(BadHash()))
class BadStr:
    def __str__(self): raise OSError('str')
t(lambda: print(BadStr()))
t(lambda: str(BadStr()))
t(lambda: '{}'.format(BadStr()))
class BadIndex:
    def __index__(self): return 'x'
t(lambda: [1][BadIndex()])
t(lambda: range(BadIndex()))
t(lambda: hex(BadIndex()))
class BadBool:
    def __bool__(self): raise TypeError('bool')
t(lambda: not BadBool())
t(lambda: BadBool() and 1)
t(lambda: [x for x in [1] if BadBool()])
