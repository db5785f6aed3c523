def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['1', '-1.5', '+.5', '5.', '1e5', '1E-5', '1e+05', '1_000.000_1', ' 3.14 ', 'inf', '-Infinity', 'nAn', '-nan', '+inf', 'infinit', 'in', '1e', 'e1', '.', '1.2.3', '1_', '_1', '1__0', '0x10', '1e1_0', '١٫٥', '١.٥', '1e400', '-1e-400', '\u20031.5\u2003', '0000.5', '1' * 400]:
    t(lambda: float(s))
t(lambda: float(b'1.5'))
t(lambda: float(bytearray(b'2.5')))
t(lambda: float('1.5', 2))
t(lambda: float(x='1'))
class F:
    def __float__(self): return 1.25
class BadF:
    def __float__(self): return 1
class IdxOnly:
    def __index__(self): return 3
t(lambda: float(F()))
t(lambda: float(BadF()))
t(lambda: float(IdxOnly()))
t(lambda: float(2 ** 2000))
print(float(True), float(-0), float('-0'), float('0e10'), 1e-5 == float('0.00001'), float('1' + '0' * 30) == 1e30)
