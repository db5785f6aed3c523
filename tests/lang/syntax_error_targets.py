# SyntaxError messages and positions for bad assignment targets and
# nonlocal/global declarations, as CPython 3.11 reports them.
srcs = [
    "f() = 1\n",
    "x = f() = 1\n",
    "x = y = f() = 3\n",
    "f() = x = 1\n",
    "def f():\n    yield = 1\n",
    "def f():\n    x = yield = 1\n",
    "def f():\n    (yield) = 1\n",
    "def f():\n    x = (yield) = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal y\n",
    "x = 1\ndef f():\n    nonlocal x\n",
    "def f():\n    def g():\n        nonlocal b\n    def h():\n        nonlocal a\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        y = 2\n        nonlocal x\n",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
