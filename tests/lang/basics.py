# Literals, arithmetic, comparisons and truthiness.
print(1 + 2 * 3, (1 + 2) * 3, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(10 / 4, 1e300 * 10, -0.0, 0.1 + 0.2, 1 / 3, 2.5e-7, 1e16, 123456789.0)
print(0x1f, 0o17, 0b1010, 1_000_000, 3j, (1 + 2j) * (3 - 1j))
print(2 ** 64, -(2 ** 63), (2 ** 100) // 3, (2 ** 100) % 7, 10 ** 20 - 1)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), "a" < "b")
print(True + True, True * 3, -True, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3)
print(bool(0), bool(""), bool([]), bool({}), bool(None), bool(0.0), bool("x"), bool([0]))
print(int("42"), int("-0x1f", 16), int("z", 36), float("1.5e3"), int(3.99), int(-3.99), round(2.5), round(3.5), round(-2.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(max(3, 1, 2), min([4, 2, 8]), sum([1, 2, 3]), sum([0.1] * 10), max("abc", key=ord), min([], default=9))
print(hex(255), oct(8), bin(5), hex(-255), chr(65), ord("é"), repr("a'b"), repr('a"b'), ascii("é"))
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 10
print(x)
a, b, *c = [1, 2, 3, 4, 5]
print(a, b, c)
first, *middle, last = "hello"
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
print(1 if x else 2, x and "yes", 0 or "default", None or 0)
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None))
print(isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int))
