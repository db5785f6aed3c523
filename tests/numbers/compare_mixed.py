big = 2**53
vals = [0, 1, -1, big, big + 1, float(big), float(big) + 2, 2**63, 2**63 - 1, float(2**63), -2**63, float(-2**63),
        2**64 + 1, float(2**64), 10**400, -10**400, 0.5, -0.5, 1e308, float('inf'), float('-inf'), float('nan'), True, False]
for a in vals:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals])
print(2**53 + 1 > float(2**53), 2**53 + 1 == float(2**53 + 1), float(2**53 + 1) == 2**53)
print(10**400 > float('inf'), 10**400 < float('inf'), -10**400 > float('-inf'))
print(1 == 1.0, 1 == 1+0j, 1.5 == 1.5+0j, 1j == 1j, 2**70 == float(2**70), 2**70 + 1 == float(2**70))
print(1j == 1, 1j != 1, (1+0j) == True, 0j == False, complex(2**53 + 1) == 2**53 + 1)
for e in ['1j < 2', '1 < 1j', '1j >= 1j', '"a" < 1', '1.0 < None']:
    try:
        print(eval(e))
    except TypeError as ex:
        print('TypeError', ex)
n = float('nan')
print(n == n, n != n, n < 1, n > 1, 1 < n, sorted([3, 1.5, 2, -1, True]))
print(max(1, 1.0), max(1.0, 1), min(2**64, 1.8e19), max([1, 2**65, 3.5e19]))
