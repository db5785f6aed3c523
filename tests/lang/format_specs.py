# format(): invalid specs for each type, and nested replacement fields sharing automatic numbering.
for spec in ['xx', 'x'*10, 'dd', '5x5', '<<', ',,', '.2.3', 'z', '=', '0x1']:
    for v in [1, 1.5, 'a', 1j]:
        try: print(repr(spec), repr(format(v, spec)))
        except Exception as e: print(repr(spec), type(e).__name__, e)
for s in ['xx', 'x'*1000, '>5', '{}']:
    try: print(repr('{:{}}'.format(1, s)))
    except Exception as e: print(type(e).__name__, str(e)[:60])
print('{:{}{}}'.format(3, '>', 4), '{0:{1}}'.format(2, 3), '{a:{b}}'.format(a=1, b=4))
for f, a in [('{:{:{}}}', (1, 2, 3)), ('{0:{}}', (1, 2)), ('{:{0}}', (1, 2)), ('{:>{w}}', (1,))]:
    try: print(repr(f.format(*a, w=3)))
    except Exception as e: print(type(e).__name__, e)
