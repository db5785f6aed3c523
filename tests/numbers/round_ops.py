from _check import show
show(['round(2.5)', 'round(3.5)', 'round(-2.5)', 'round(0.5)', 'round(-0.5)', 'round(1.4999999999999999)', 'round(2.675, 2)',
      'round(0.125, 2)', 'round(0.375, 2)', 'round(1.005, 2)', 'round(-0.04, 1)', 'round(1234.5678, -2)', 'round(1250.0, -2)',
      'round(1350.0, -2)', 'round(-1250.0, -2)', 'round(5e-324, 400)', 'round(1e300, -299)', 'round(1.7e308, -308)', 'round(1e308, -308)',
      'round(1.5, 1000)', 'round(1.5, -1000)', 'round(-1.5, -1000)', 'round(float("inf"))', 'round(float("nan"))', 'round(float("inf"), 2)',
      'round(float("nan"), 2)', 'round(1e20)', 'round(-1e20)', 'round(2.5, None)', 'round(1.5, 1.0)', 'round(1.5, "1")', 'round(123, -1)',
      'round(125, -1)', 'round(135, -1)', 'round(-125, -1)', 'round(15, -1)', 'round(5, -1)', 'round(123, 2)', 'round(2**100 + 5, -1)',
      'round(10**30 + 5 * 10**14, -15)', 'round(123, -10)', 'round(True)', 'round(True, -1)', 'round(7.5, -10**20)',
      'round("x")', 'round(None)', 'type(round(2.5))', 'type(round(2.5, 0))', 'round(2.5, 0)', 'round(-0.0)', 'round(-0.0, 1)',
      'round(0.1 + 0.2, 15)', 'round(123.456, 1)', 'round(123.456, -1)', 'round(999.5)', 'round(1e15 + 0.5)', 'int.__round__(15, -1)',
      'float.__round__(2.5)', 'float.__round__(2.55, 1)', 'round(number=2.5)', 'round(2.5, ndigits=None)'])
for i in range(40):
    x = i * 0.125 + i / 7
    print(repr(x), [round(x, n) for n in (-1, 0, 1, 2, 3, 5)], round(x))
