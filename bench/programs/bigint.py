# Arbitrary-precision integers: factorials, powers and digits.
def run():
    digits = 0
    for _ in range(150):
        f = 1
        for i in range(1, 1200):
            f *= i
        digits += len(str(f))
    s = "x" * digits
    p = pow(3, 20000, 10**50 + 151)
    x = 7 ** 3000
    y = (x * x) // (x - 1)
    fibs = [0, 1]
    for _ in range(60000):
        fibs.append(fibs[-1] + fibs[-2])
    return len(s), p, y % 1000003, fibs[-1] % 998244353

print(run())
