from _check import show
class A:
    def __int__(self): return 42
class B:
    def __index__(self): return 7
class C:
    def __trunc__(self): return 9
class D:
    def __int__(self): return "x"
class E:
    def __trunc__(self): return B()
class Fl:
    def __int__(self): return True
class MyInt(int):
    pass
g = dict(A=A, B=B, C=C, D=D, E=E, Fl=Fl, MyInt=MyInt)
show(['int()', 'int(3.9)', 'int(-3.9)', 'int(1e20)', 'int(-1e300) % 1000', 'int(float("inf"))', 'int(float("-inf"))',
      'int(float("nan"))', 'int(True)', 'int(2**100)', 'int(A())', 'int(B())', 'int(C())', 'int(D())', 'int(E())', 'int(Fl())',
      'type(int(Fl()))', 'int(MyInt(5))', 'type(int(MyInt(5)))', 'MyInt("12", 8)', 'type(MyInt(3))', 'int([])', 'int(None)',
      'int(1j)', 'int(0.999999999999)', 'int(-0.0)', 'int(2.5e15)', 'int(9.2e18)', 'int(9.3e18)', 'int(-9.3e18)',
      'int(1, 2, 3)', 'int.__new__(MyInt, 5)', 'int.__new__(int)', 'int("5", base=B())'], g)
