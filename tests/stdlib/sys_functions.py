import sys
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500); print(sys.getrecursionlimit()); sys.setrecursionlimit(1000)
print(sys.intern("abc") is sys.intern("ab" + "c"))
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.verbose, sys.flags.dont_write_bytecode in (0, 1, True, False))
print(sys.version_info[:2] >= (3, 4), sys.version_info.major, type(sys.version_info).__name__)
print(sys.stdout.write("abc\n"))
print(sys.exc_info())
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info(); print(t.__name__, v, tb is not None, tb.tb_lineno)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(isinstance(sys.argv, list), isinstance(sys.path, list), type(sys.modules).__name__)
print(sys.float_repr_style, sys.float_info.radix)
print(hasattr(sys, "getsizeof"), sys.getsizeof(1) > 0 if hasattr(sys, "getsizeof") else None)
print(sys.platform in ("linux", "darwin", "win32"))
print(sys.implementation.name in ("cpython", "micropython"))
print(callable(sys.exit), callable(sys.displayhook), callable(sys.excepthook))
def f(): return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
print(sys.is_finalizing())
print(type(sys.stdin).__name__ in ("TextIOWrapper",), sys.stdin.encoding if hasattr(sys.stdin, "encoding") else None)
print(sys.api_version > 0 if hasattr(sys, "api_version") else None)
print(sys.getswitchinterval() > 0)
print(sorted(k for k in ("exit", "argv", "path", "modules", "stdin", "stdout", "stderr", "version", "version_info", "implementation", "platform", "byteorder", "maxsize", "exc_info") if hasattr(sys, k)))
sys.setswitchinterval(0.01); print(sys.getswitchinterval())
for v in (0, -1, "x"):
    try:
        sys.setswitchinterval(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
