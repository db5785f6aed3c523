exprs = ['1 / 0', '1 // 0', '1 % 0', 'divmod(1, 0)', '1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)',
         '1 / 0.0', '1 // 0.0', '1 % 0.0', 'divmod(1, 0.0)', '2**100 / 0', '2**100 // 0', '2**100 % 0',
         'divmod(2**100, 0)', '1j / 0', '(1+1j) / 0j', '0 ** -1', '0.0 ** -1', '0 ** -1.5', '0j ** -1',
         '0j ** 1j', 'pow(0, -1)', 'pow(2, -1, 4)', 'pow(2, 1, 0)', '1 / False', 'True // False', 'True % False',
         '1.5 / False', '(2**100) ** -1 / 0', '10 / (2**100 - 2**100)', 'int.__truediv__(1, 0)',
         'float.__mod__(1.0, 0.0)', 'float.__floordiv__(1.0, 0)', 'int.__mod__(5, 0)', 'int.__divmod__(5, 0)',
         'float.__divmod__(5.0, 0)', 'complex.__truediv__(1j, 0)', 'float.__rtruediv__(0.0, 1)']
for e in exprs:
    try:
        print(e, '->', repr(eval(e)))
    except ZeroDivisionError as ex:
        print(e, '-> ZeroDivisionError:', ex)
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
