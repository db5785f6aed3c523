for a in [7, -7, 0, 1, -1, 13, -13, 2**70, -2**70]:
    for b in [2, -2, 3, -3, 1, -1, 7, 2**65, -2**65]:
        print(a, b, a // b, a % b, divmod(a, b))
fl = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, 3.0, 0.1, float('inf'), float('-inf'), float('nan')]
for a in fl:
    for b in [2.0, -2.0, 0.1, -0.3, 1e-300, float('inf'), float('-inf'), 3]:
        print(repr(a), repr(b), repr(a // b), repr(a % b), repr(divmod(a, b)))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 7.5 % -2, -7.5 % 2, 7.5 // -2)
print(5 % 3.0, 5 // 3.0, -5 % 3.0, 5.0 % -3, 1 % 0.5, -0.0 % 5, 0.0 % -5)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(2**70, 3.5))
