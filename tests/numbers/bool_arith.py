from _check import show
show(['True + 1', 'True + True', 'True - False', 'True * 5', 'True / 2', 'True // 2', 'True % 2', '~True', '~False', '-True',
      '+True', 'abs(True)', 'True & False', 'True | False', 'True ^ True', 'True & 1', '1 & True', 'True | 2', 'False ^ 3',
      'True << 3', 'True >> 1', 'True ** 10', 'repr(True)', 'str(False)', 'int(True)', 'float(True)', 'True == 1',
      'hash(True)', 'True.real', 'True.imag', 'True.numerator', 'True.denominator', 'True.bit_length()', 'True.conjugate()',
      'True.as_integer_ratio()', 'type(True + 0)', 'type(True & True)', 'type(True & 1)', 'isinstance(True, int)', 'bool(5)',
      'bool(0.0)', 'bool("")', 'bool([0])', 'bool()', 'bool(x=1)', 'bool.__and__(True, False)', 'bool.__or__(True, 0)',
      'bool.__xor__(False, True)', 'bool.__rand__(True, True)', 'divmod(True, True)', 'format(True)', 'format(True, "d")',
      'format(True, "")', 'format(True, ">5")', 'format(False, "x")', 'format(True, "^7")', 'f"{True}"', 'f"{True:d}"',
      '[True] * 3', 'sum([True, True, False])', 'True.__index__()', '(3).__bool__()', 'bool.__new__(bool, 3)'])
try:
    class X(bool):
        pass
except TypeError as e:
    print(e)
