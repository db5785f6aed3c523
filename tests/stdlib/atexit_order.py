import atexit
def bye(name, punct='!'):
    print('bye', name + punct)
atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
r = atexit.register(print, 'plain print')
print(r is print)
def gone(): print('should not run')
atexit.register(gone)
atexit.unregister(gone)
@atexit.register
def deco(): print('decorated')
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
print('main done')
