def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e16, 2.675, 1.005, 123.456, -123.456, 5e-324, 1e308]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2))
for n in [0, 5, 15, 25, -25, 1234567, -1234567, 10 ** 20 + 5]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1), type(round(n, 1)).__name__)
t(lambda: round(1.5, 1.5))
t(lambda: round('1'))
t(lambda: round(1, None))
t(lambda: round(1.5, None))
t(lambda: round(2.5, -400))
t(lambda: round(2.5, 400))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (0, 5), (1e300, 1e-300)]:
    t(lambda: divmod(a, b))
t(lambda: divmod(1j, 1))
t(lambda: divmod(1, 0.0))
print(7 // 0.5, 7 % 0.5, -7 % 0.5, 5.5 // -2, 5.5 % -2, -0.0 % 5, 0.0 % -5, (-1e-20) % 1, 1e-20 % -1)
