import gc
gc.collect(); print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(type(gc.collect()).__name__)
try:
    import micropython
    micropython.const(1)
except ImportError: pass
print('ok')
