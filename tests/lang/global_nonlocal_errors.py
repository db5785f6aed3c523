def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for src in ['def f():\n  x = 1\n  global x', 'def f(x):\n  nonlocal x', 'def f():\n  nonlocal y', 'def f():\n  print(x)\n  global x',
            'def f():\n  global x\n  nonlocal x', 'x = 1\nglobal x', 'class C:\n  nonlocal q', 'def f():\n  def g():\n    nonlocal z\n  z = 1',
            'def f():\n  y = 1\n  def g():\n    print(y)\n    nonlocal y']:
    try:
        compile(src, 'f.py', 'exec'); print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
g = 0
def inc():
    global g
    g += 1
inc(); inc(); print(g)
def outer():
    v = []
    def add(x):
        v.append(x)
    add(1); add(2)
    return v
print(outer())
def make():
    state = {'n': 0}
    def bump():
        state['n'] += 1
        return state['n']
    return bump
b = make(); b(); print(b())
