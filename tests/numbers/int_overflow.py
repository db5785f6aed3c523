M = 2**63 - 1
m = -2**63
for x in [M, m, M - 1, m + 1, 2**62, -2**62, 3037000499, 3037000500, -3037000500, 4294967296]:
    for y in [1, -1, 2, -2, x, M, m]:
        print(x, y, x + y, x - y, x * y, x // y, x % y, type(x + y) is int)
print(m // -1, m % -1, divmod(m, -1), -m, abs(m), m * -1)
print(M + 1 - 1 == M, (M + 1) - 1, type((M + 1) - 1))
print([2**i - 1 for i in (62, 63, 64, 65)])
print([(-2)**i for i in (61, 62, 63, 64, 65)])
print(3**39, 3**40, 3**41, 7**22, 7**23, -7**23)
print((1 << 62) << 1, (1 << 63) >> 1, 1 << 63, -1 << 63, -1 << 64, 5 << 61)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x.bit_length())
while x > 1:
    x //= 7
print(x)
