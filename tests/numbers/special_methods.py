from _check import show
show(['int.__add__(1, 2)', 'int.__add__(1, 2.0)', '(5).__radd__(3)', '(5).__rsub__(3)', '(5).__rtruediv__(2.0)', '(5).__rtruediv__(2)',
      'int.__mul__(3, True)', 'int.__floordiv__(-7, 2)', 'int.__rfloordiv__(2, -7)', 'int.__mod__(-7, 2)', 'int.__rmod__(2, -7)',
      'int.__divmod__(-7, 2)', 'int.__rdivmod__(2, -7)', 'int.__pow__(2, 10)', 'int.__pow__(2, 10, 1000)', 'int.__rpow__(10, 2)',
      'int.__pow__(2, 10, 1000.0)', 'int.__lshift__(1, 5)', 'int.__rlshift__(5, 1)', 'int.__rshift__(-64, 3)', 'int.__rrshift__(3, -64)',
      'int.__and__(12, 10)', 'int.__rand__(12, 10)', 'int.__or__(12, 10)', 'int.__ror__(12, 10)', 'int.__xor__(12, 10)', 'int.__rxor__(12, 10)',
      'int.__truediv__(7, 2)', 'int.__sub__(1, "a")', 'int.__lt__(1, 2)', 'int.__lt__(1, 2.0)', 'int.__eq__(1, 1.0)', 'int.__ne__(1, 2)',
      'int.__ge__(2**100, 2**99)', 'int.__gt__(1, "x")', 'float.__gt__(2.0, 1)', 'complex.__eq__(1j, 1j)', 'complex.__lt__(1j, 1j)',
      'complex.__ne__(1+0j, 1)', 'int.__neg__(5)', 'float.__neg__(5.0)', 'complex.__neg__(1j)',
      'int.__add__(1)', 'int.__matmul__', 'float.__and__', 'complex.__floordiv__', 'complex.__mod__', '(1).__add__(True)',
      'True.__add__(True)', 'int.__and__(True, True)', '(3).__rpow__(2, 5)', 'float.__rpow__(2.0, -8)'])
