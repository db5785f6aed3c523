from _check import show
show(['float("1.5")', 'float(" -2.5e3 ")', 'float("nan")', 'float("-inf")', 'float("+Infinity")', 'float("iNfInItY")',
      'float("1e500")', 'float("-1e500")', 'float("1e-500")', 'float(" 1_0.5 ")', 'float("1_000.000_1")', 'float("1__0")',
      'float("_1")', 'float("1_")', 'float("1._5")', 'float("x")', 'float("")', 'float(" ")', 'float("0x10")', 'float("1e")',
      'float("1e+")', 'float(".5")', 'float("5.")', 'float(".")', 'float("-.5e-3")', 'float("nan(1)")', 'float("infinit")',
      'float("١.٥")', 'float(b"1.5")', 'float(b"x")', 'float(bytearray(b" 2 "))', 'float(bytearray(b"z"))', 'float("1 2")',
      'float("\\t3.25\\n")', 'float("+-1")', 'float("0.1e1_0")', 'float(10**400)', 'float(2**1023)', 'float(-2**1024)',
      'float(True)', 'float()', 'float(x=1)', 'float([])', 'float(None)', 'float("1", "2")', 'float(1j)', 'float("  nan  ")',
      'float("1.7976931348623157e308")', 'float("1.7976931348623159e308")', 'float("2.4703282292062328e-324")',
      'float("2.4703282292062327e-324")', 'float("0." + "0" * 400 + "1")', 'float("9" * 400)'])
class F:
    def __float__(self): return 2.5
class G:
    def __index__(self): return 7
class H:
    def __float__(self): return 1
class FF(float):
    pass
print(float(F()), float(G()), repr(float(FF(1.5))), type(float(FF(1.5))))
try:
    float(H())
except TypeError as e:
    print(e)
print(FF("2.5"), type(FF("2.5")).__name__, FF() + 1)
