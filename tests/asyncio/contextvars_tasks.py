# contextvars: ContextVar/Token/Context API, and asyncio running each task
# and callback in a copy of the context it was created in.
import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default=None)
user = contextvars.ContextVar("user")

print(request_id.name, request_id.get(), user.get("fallback"))
try:
    user.get()
except LookupError:
    print("LookupError")
tok = user.set("alice")
print(user.get(), tok.var is user, tok.old_value is contextvars.Token.MISSING)
user.reset(tok)
try:
    user.reset(tok)
except RuntimeError:
    print("RuntimeError token used")
print(user.get("unset"))
ctx = contextvars.copy_context()
print(request_id in ctx, user in ctx, len(ctx))
def in_ctx(v):
    user.set(v)
    return user.get()
print(ctx.run(in_ctx, "bob"), user.get("outside"), ctx[user], list(ctx.values()))
try:
    ctx.run(ctx.run, print)
except RuntimeError:
    print("RuntimeError entered twice")

async def handle(n):
    request_id.set(n)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return n, request_id.get()

async def main():
    request_id.set("main")
    print(await asyncio.gather(*(handle(i) for i in range(3))))
    print(request_id.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request_id.get()))
    print(await fut)
    c = contextvars.Context()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request_id.get()), context=c)
    print(await fut)
    t = asyncio.create_task(handle("own"), context=c)
    print(await t, c[request_id], request_id.get())
    async def child():
        return request_id.get()
    request_id.set("changed")
    print(await asyncio.create_task(child()))

asyncio.run(main())
