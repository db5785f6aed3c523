import inspect, types
def f(): pass
def g(): yield
async def c(): pass
class K:
    "  doc\n    indented\n  "
    def m(self): pass
print(inspect.isfunction(f), inspect.isgeneratorfunction(g), inspect.iscoroutinefunction(c), inspect.isclass(K), inspect.ismethod(K().m), inspect.ismodule(types))
print(inspect.isgenerator(g()), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.getmro(bool), repr(inspect.getdoc(K)))
print(inspect.cleandoc('  first\n    second\n      third\n'), [n for n, v in inspect.getmembers(K, inspect.isfunction)])
co = c(); print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.getcoroutinestate(co)); co.close(); print(inspect.getcoroutinestate(co))
