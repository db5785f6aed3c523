# Big integer arithmetic consistency checks.
import math
a = 3 ** 500
b = 7 ** 300 + 12345
print(len(str(a)), str(a)[:20], str(a)[-10:])
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
print((a * b) // b == a, (a + b) - b == a, a % 1000, -a % 1000, (-a) // b == -(a // b) - (1 if a % b else 0))
print(math.isqrt(a) ** 2 <= a < (math.isqrt(a) + 1) ** 2)
print(math.gcd(a, 3 ** 200) == 3 ** 200, math.gcd(a, b))
print(pow(a, b, 10 ** 9 + 7), pow(2, 10 ** 5, 10 ** 9 + 7))
print(a.bit_length(), (a >> 700).bit_length(), (a << 100) >> 100 == a, a & (2 ** 64 - 1), (a | 1) - a, (-a) & 0xff, (-a) >> 790)
print(int(str(a)) == a, int(hex(a), 16) == a, int(bin(b), 2) == b, int(oct(a), 8) == a)
f = math.factorial(300)
print(len(str(f)), f % (10 ** 12), str(f).rstrip('0')[-5:], len(str(f)) - len(str(f).rstrip('0')))
fib = [0, 1]
for _ in range(1000):
    fib.append(fib[-1] + fib[-2])
print(len(str(fib[-1])), fib[-1] % 10 ** 10, math.gcd(fib[500], fib[400]) == fib[100])
x = 2 ** 1000
print(float(x) == 2.0 ** 1000, x / 2 ** 999, (x + 1) / x, x // 3 ** 600)
try:
    float(2 ** 1024)
except OverflowError as e:
    print('OverflowError', e)
print(hash(2 ** 100) == hash(2 ** 100), (2 ** 100).to_bytes(13, 'big').hex(), int.from_bytes(b'\xff' * 20, 'little'))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)) ** 3)
print(abs(-a) == a, -(-a) == a, max(a, b) == a, sorted([b, a, -a])[0] == -a, a > 1e200, a < float('inf'))
print(round(a, -200) % 10 ** 200, round(123456789 ** 5, -40))
print(divmod(-a, 7), divmod(a, -7)[1], (-a) % -7)
print(format(a, ',')[:15], format(b, 'x')[:10], format(a, '.5e'), '%d' % (a % 10 ** 20), '%x' % (b % 2 ** 80))
print(str(10 ** 50 - 1).count('9'), int('9' * 50) + 1 == 10 ** 50)
