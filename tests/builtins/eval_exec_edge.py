def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(eval('1 + 2'), eval('x * 2', {'x': 5}), eval('x + y', {'x': 1}, {'y': 2}), eval('len("abc")'))
g = {}; exec('a = 1\ndef f(): return a + 1', g); print(g['a'], g['f'](), '__builtins__' in g)
l = {}; exec('b = 2', {}, l); print(l)
t(lambda: eval('1 +'))
t(lambda: eval('x'))
t(lambda: eval('import os'))
t(lambda: exec('1 +'))
t(lambda: eval(5))
t(lambda: exec(5))
t(lambda: eval('1', []))
print(eval('  1 + 1'), eval('\n1'), eval('(1,\n2)'))
t(lambda: eval(' 1\n+ 2'))
code = compile('1 + 1', '<s>', 'eval'); print(eval(code), type(code).__name__, code.co_filename)
code = compile('x = 5\nprint(x)', '<s>', 'exec'); exec(code)
code = compile('3 * 3', '<s>', 'single'); exec(code)
t(lambda: compile('x = 1', '<s>', 'eval'))
t(lambda: compile('1', '<s>', 'bad'))
t(lambda: compile('def f(:', 'fname.py', 'exec'))
try:
    compile('a b', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
ns = {'__builtins__': {}}
t(lambda: eval('len([])', ns))
print(eval('[i for i in range(3)]', {}), eval('(lambda q: q + z)(1)', {'z': 10}))
def local_eval():
    v = 7
    return eval('v + 1'), eval('w', {'w': 1})
print(local_eval())
def exec_no_local_change():
    v = 1
    exec('v = 2')
    return v
print(exec_no_local_change())
x = 'module'
def f():
    x = 'local'
    return eval('x'), eval('x', globals())
print(f())
print(exec('1'), eval('None'), eval('...'), eval(b'1+1'))
t(lambda: eval('\x00'))
exec('class K:\n    val = 3', g); print(g['K'].val)
exec('import math as mm', g); print(g['mm'].floor(1.5))
print(eval(compile('x', '<s>', 'eval'), {'x': 'compiled'}))
