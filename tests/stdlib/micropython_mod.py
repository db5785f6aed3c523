# MicroPython-only modules: micropython decorators and helpers.
import micropython
print(micropython.const(5), micropython.opt_level() >= 0 if hasattr(micropython, 'opt_level') else True)
@micropython.native
def f(x): return x + 1
@micropython.viper
def g(x): return x * 2
print(f(1), g(3))
micropython.alloc_emergency_exception_buf(100)
print(callable(micropython.mem_info), callable(micropython.qstr_info), micropython.heap_lock() if False else 'ok')
