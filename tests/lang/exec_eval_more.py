# exec/eval with explicit namespaces, closures, return values, and code objects.
g = {'x': 10}
l = {}
exec('y = x + 1\nz = y * 2', g, l)
print(sorted(l.items()), 'y' in g)
print(eval('x * 3', g), eval('a + b', {'a': 1}, {'b': 2}), eval('len(s)', {'s': 'abc'}))
exec('def f(n):\n    return n * x', g)
print(g['f'](4))
code = compile('q = 5\nprint("in exec", q)', '<s>', 'exec')
exec(code)
print(q)
expr = compile('1 + 2 * 3', '<e>', 'eval')
print(eval(expr), type(expr).__name__, expr.co_filename)
ns = {}
exec('import math\nr = math.sqrt(16)', ns)
print(ns['r'], 'math' in ns, '__builtins__' in ns)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError', e)
def local_exec():
    a = 1
    exec('a = 2\nb = 3')
    return a, 'b' in locals()
print(local_exec())
def closure_eval():
    v = 7
    return eval('v + 1')
print(closure_eval())
print(eval('[i * i for i in range(4)]'), eval('{k: v for k, v in zip("ab", (1, 2))}'))
class M(dict):
    def __missing__(self, k):
        return k.upper()
print(eval('foo + bar', {}, M()))
r = {}
exec('class C:\n    attr = 1\n', r)
print(r['C'].attr, r['C'].__module__ if '__name__' in r else r['C'].__module__)
print(eval('__name__'), eval('__name__', {}) if False else '')
exec('global gv\ngv = "set globally"')
print(gv)
src = '''
total = 0
for i in range(5):
    total += i
result = total
'''
env = {}
exec(src, env)
print(env['result'], env['i'])
print(eval('(lambda: 42)()'), eval('  1 + 1'), eval('\t2'))
try:
    exec('return 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(eval(b'3 * 3'), exec('pass') is None)
