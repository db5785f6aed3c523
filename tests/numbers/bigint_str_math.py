n = 3 ** 500
s = str(n)
print(len(s), s[:10], s[-10:], int(s) == n, repr(-n)[:5], hex(n)[:12], len(bin(n)), oct(n)[-5:])
print(n % 10 ** 9, n // 10 ** 230 % 1000, (n >> 700) & 0xffff, n.bit_length(), (n * n).bit_length(), (-n) // 7 % 1000)
print(format(n, ',')[:15], format(n, '_x')[:15], format(-n, '+e'), format(n, '.3g'), float(n), '%d' % (n % 1000), '%.5e' % n)
import math
print(math.gcd(n, 3 ** 100) == 3 ** 100, math.isqrt(n) ** 2 <= n, math.factorial(30), math.comb(100, 50), math.log(n) > 500, math.log10(10 ** 300), math.log2(2 ** 1000))
print(sum(int(d) for d in str(2 ** 1000)), str(math.factorial(50)).count('0'), int('1' * 100) % 9)
