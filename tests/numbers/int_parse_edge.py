def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['0', '-0', '+0', '00', '007', '1_2', ' 12 ', '\t-5\n', '0b1', '0o7', '0x_f', '1e3', '1.0', '', ' ', '-', '+', '_', '1_', '1__2', '٤٢', '１２', '0_0', '10' * 10]:
    t(lambda: int(s))
for s, b in [('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0b10', 2), ('0B10', 0), ('0x1F', 16), ('0X1f', 0), ('1f', 16), ('0o17', 8), ('017', 0), ('0', 0), ('00', 0), ('0_1', 0), ('1_0', 0), ('-0x10', 16), ('  0x10  ', 0), ('0b', 2), ('0x', 0), ('10', 36), ('-z', 36)]:
    t(lambda: int(s, b))
t(lambda: int('10', base=2))
t(lambda: int('10', 2.5))
t(lambda: int(10, 2))
t(lambda: int(b'0x10', 16))
t(lambda: int(bytearray(b' 7 ')))
t(lambda: int(memoryview(b'12')))
t(lambda: int('12', -1))
t(lambda: int('12', 0x25))
t(lambda: int(base=2))
t(lambda: int(None))
t(lambda: int([1]))
class WithIndex:
    def __index__(self): return 7
class WithTrunc:
    def __trunc__(self): return 8
class WithInt:
    def __int__(self): return 9
t(lambda: int(WithIndex()))
t(lambda: int(WithTrunc()))
t(lambda: int(WithInt()))
t(lambda: int('1' * 4301))
print(int('1' * 4300) % 1000, len(str(10 ** 4299)))
t(lambda: str(10 ** 4300))
t(lambda: int('0x' + 'f' * 5000, 16) % 10)
