# gc: enabling, disabling and collecting (the collected count depends on the implementation).
import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(type(gc.collect()).__name__)
class Node:
    def __init__(self): self.other = None
a = Node(); b = Node(); a.other = b; b.other = a
del a, b
print(gc.collect() >= 0)
for bad in ((1, 2, 3, 4), ('x',)):
    try: gc.collect(*bad)
    except Exception as e: print(type(e).__name__)
print(gc.collect(0) >= 0, gc.collect(2) >= 0)
try: gc.collect(3)
except ValueError as e: print(e)
print(type(gc.get_threshold()).__name__ if hasattr(gc, 'get_threshold') else 'tuple')
print(type(gc.get_count()).__name__ if hasattr(gc, 'get_count') else 'tuple')
print(gc.is_tracked([]) if hasattr(gc, 'is_tracked') else True)
