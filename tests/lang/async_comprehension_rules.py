# Where asynchronous comprehensions and await in comprehensions are allowed, and running them.
for s in ['async def f():\n    [await x for x in y]', 'def f():\n    [await x for x in y]', 'def f():\n    (await x for x in y)', 'def f():\n    (x async for x in y)', 'async def f():\n    [[x async for x in z] for y in w]','def f():\n    [[x async for x in z] for y in w]', 'async def f():\n    def g():\n        [x async for x in y]', '[x async for x in y]', 'async def f():\n    lambda: [x async for x in y]', 'async def f():\n    class C:\n        [x async for x in y]', 'async def f():\n    {x: 1 async for x in y}', '(await x for x in y)', '[await x for x in y]', 'def f():\n    ([x async for x in z] for y in w)', 'def f():\n    [(x async for x in z) for y in w]', 'def f():\n    [lambda: await x for y in w]', 'class C:\n    [await x for x in y]', 'async def f():\n    [x for x in await y]']:
  try: compile(s,'t','exec'); print(repr(s),'OK')
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset)
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [await double(x) for x in range(3)]
    b = [[y async for y in agen(x)] for x in range(3)]
    c = {x: await double(x) async for x in agen(3)}
    d = [y for y in (await double(z) for z in range(2))] if False else None
    g = (await double(x) for x in range(3))
    e = [v async for v in g]
    return a, b, c, e
try:
    main().send(None)
except StopIteration as ex:
    print(ex.value)
