import sys
print(type(sys.version).__name__, sys.version_info >= (3,), sys.version_info[:1], type(sys.version_info).__name__ in ('version_info', 'tuple'))
print(sys.maxsize > 2 ** 31, sys.byteorder in ('little', 'big'), type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules)
print(sys.getrecursionlimit() >= 100, callable(sys.exit), type(sys.stdout).__name__ != '', sys.stdin is not None, sys.argv[0].endswith('sys_mod2.py'))
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit('msg')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.intern('abc') == 'abc', sys.getsizeof(1) > 0, isinstance(sys.path, list), sys.flags.optimize >= 0 if hasattr(sys, 'flags') else True)
try:
    raise ValueError('x')
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None, sys.exception() is ev if hasattr(sys, 'exception') else True)
sys.stdout.write('written\n')
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace('-', ''))
sys.exit(0)
print('not reached')
