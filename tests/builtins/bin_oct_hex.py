def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for n in [0, 1, -1, 7, 8, 255, -256, 2 ** 32, -(2 ** 64) + 1, 10 ** 25]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(oct(n), 0) == n, int(hex(n), 0) == n, format(n, 'b'), format(n, 'o'), format(n, 'x'), '%x %o %X' % (n, n, n))
t(lambda: bin(1.0))
t(lambda: hex(None))
t(lambda: oct('8'))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()), '%x' % I(), format(I(), 'b') if False else '')
t(lambda: '%x' % 1.5)
t(lambda: '%d' % '1')
print(0b1010, 0o777, 0xDEADbeef, 0B1, 0O7, 0X_A, 1_0_0)
