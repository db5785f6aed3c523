class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other) * 10)
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
class MyFloat(float):
    def double(self):
        return self * 2
class MyComplex(complex):
    pass
a = MyInt(5)
print(a, repr(a), a + 1, 1 + a, a * 2, type(a * 2).__name__, a - 1, -a, abs(MyInt(-3)), a == 5, hash(a) == hash(5))
print(isinstance(a, int), int(a), type(int(a)).__name__, float(a), a.bit_length(), a.real, type(a.real).__name__)
print(MyInt('ff', 16), MyInt(3.7), MyInt(), format(a, '04d'), '%d' % a, str(a))
f = MyFloat(1.5)
print(f, f.double(), f + 1, type(f + 1).__name__, f == 1.5, f.is_integer(), round(f), MyFloat('2.5'), MyFloat(), f.hex(), f > 1)
c = MyComplex(1, 2)
print(c, c * 2, type(c * 2).__name__, c.real, c.conjugate(), abs(MyComplex(3, 4)))
class N(int):
    pass
n = N(7)
print(n + n, n // 2, n % 3, divmod(n, 2), n ** 2, pow(n, 2, 5), n << 2, ~n, n & 3, 3 - n, 2.5 * n, n / 2, n < 8, 8 > n)
print(sorted([N(3), 1, 2.5, N(-1)]), max(N(3), 2), {N(1): 'a'}[1], N(5).__index__(), [0, 1, 2, 3][N(2)])
class R(float):
    def __radd__(self, other):
        return 'R.radd'
print(1 + R(2.0), 1.0 + R(2.0), R(2.0) + 1)
class I2(int):
    def __rsub__(self, other):
        return 'I2.rsub'
print(5 - I2(3), I2(3) - 5)
print(float.fromhex.__self__ is float if hasattr(float.fromhex, '__self__') else True, MyFloat.fromhex('0x1p1'), type(MyFloat.fromhex('0x1p1')).__name__)
print(MyInt.from_bytes(b'\x01\x00', 'big'), type(MyInt.from_bytes(b'\x01', 'big')).__name__)
