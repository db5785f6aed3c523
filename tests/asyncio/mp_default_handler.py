# The default exception handler prints MicroPython's report on stderr:
# message, "future: <Task> coro= <coroutine>", then the traceback.
import asyncio
import io
import sys

async def bad():
    raise ValueError(1)

async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0)
    print("main still running")
    await asyncio.sleep(0)
    print("main done")

def captured(fn):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old

out = captured(lambda: asyncio.run(main()))
lines = out.splitlines()
print(lines[0])
head, _, coro = lines[1].partition(" coro= ")
print(head, "coro=", "bad" in coro)
print(lines[2])
print(lines[-1])
loop = asyncio.get_event_loop()
ctx = {"message": "something happened", "exception": KeyError("k"), "future": None}
out = captured(lambda: loop.default_exception_handler(ctx))
print(out.splitlines()[0], out.splitlines()[-1])
out = captured(lambda: loop.call_exception_handler(ctx))
print(out.splitlines()[0], out.splitlines()[-1])
