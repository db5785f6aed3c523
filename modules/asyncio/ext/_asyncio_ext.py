# Parts of CPython's asyncio API that MicroPython does not have, written
# on top of upy's Go scheduler (tasks, Futures, done callbacks, call_later).
# asyncio loads this module when one of these names is first looked up.
import asyncio
from asyncio import CancelledError, Future, Lock, ThreadSafeFlag, ensure_future, get_running_loop

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = get_running_loop().create_future()

    def inner_done(f):
        if outer.done():
            if not f.cancelled():
                f.exception()  # retrieved
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    def outer_done(f):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: {}".format(return_when))
    fs = set(fs)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    for f in fs:
        if not asyncio.isfuture(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if not waiter.done():
                waiter.set_result(None)

    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, lambda: waiter.done() or waiter.set_result(None))
    for f in fs:
        f.add_done_callback(on_done)
    try:
        done_now = [f for f in fs if f.done()]
        if not (len(done_now) == len(fs) or (done_now and return_when == FIRST_COMPLETED) or
                (return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done_now))):
            await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if asyncio.isfuture(fs) or asyncio.iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not {}".format(type(fs).__name__))
    todo = [ensure_future(f) for f in set(fs)]
    done = asyncio.Queue()
    loop = asyncio.get_event_loop()
    state = {"timer": None}

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            done.put_nowait(None)
        todo.clear()

    def on_done(f):
        if f in todo:
            todo.remove(f)
        done.put_nowait(f)
        if not todo and state["timer"] is not None:
            state["timer"].cancel()

    async def wait_one():
        f = await done.get()
        if f is None:
            raise asyncio.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        state["timer"] = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_one()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    cancelled = e
            if cancelled is not None:
                raise cancelled

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = "{}, waiters:{}".format(extra, len(self._waiters))
        return "<asyncio.locks.Condition object at {:#x} [{}]>".format(id(self), extra)


class Timeout:
    # CPython 3.11's asyncio.Timeout: the task is cancelled when the time
    # comes, and the cancellation becomes TimeoutError at the exit when it
    # was the only one (uncancel() reaches 0).
    _CREATED, _ENTERED, _EXPIRING, _EXPIRED, _EXITED = "created", "active", "expiring", "expired", "finished"

    def __init__(self, when):
        self._state = self._CREATED
        self._handle = None
        self._task = None
        self._when = when

    def __repr__(self):
        info = ""
        if self._state is self._ENTERED:
            info = " when={}".format(round(self._when, 3) if self._when is not None else None)
        return "<Timeout [{}]{}>".format(self._state, info)

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not self._ENTERED:
            raise RuntimeError("Cannot change state of {} Timeout".format(self._state))
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
        if when is None:
            self._handle = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (self._EXPIRING, self._EXPIRED)

    def _on_timeout(self):
        self._task.cancel()
        self._state = self._EXPIRING
        self._handle = None

    async def __aenter__(self):
        if self._state is not self._CREATED:
            raise RuntimeError("Timeout has already been entered")
        self._state = self._ENTERED
        self._task = asyncio.current_task()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state is self._EXPIRING:
            self._state = self._EXPIRED
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc
        elif self._state is self._ENTERED:
            self._state = self._EXITED
        return None


def timeout(delay):
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    return Timeout(when)


async def to_thread(func, *args, **kwargs):
    import _thread
    flag = ThreadSafeFlag()
    out = []

    def run():
        try:
            out.append((True, func(*args, **kwargs)))
        except BaseException as e:
            out.append((False, e))
        flag.set()

    _thread.start_new_thread(run, ())
    while not out:
        await flag.wait()
    ok, value = out[0]
    if ok:
        return value
    raise value



class _BaseQueue:
    # Queue variants with their own ordering (_put/_get); waiters are
    # Futures served first come, first served, as asyncio.Queue does.
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._init()
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = asyncio.Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    def _wake(self, waiters):
        while waiters:
            f = waiters.pop(0)
            if not f.done():
                f.set_result(None)
                return

    async def put(self, item):
        while self.full():
            f = get_running_loop().create_future()
            self._putters.append(f)
            try:
                await f
            except BaseException:
                f.cancel()
                if f in self._putters:
                    self._putters.remove(f)
                elif not self.full():
                    self._wake(self._putters)
                raise
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise asyncio.QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            f = get_running_loop().create_future()
            self._getters.append(f)
            try:
                await f
            except BaseException:
                f.cancel()
                if f in self._getters:
                    self._getters.remove(f)
                elif not self.empty():
                    self._wake(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise asyncio.QueueEmpty
        item = self._get()
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()

    def _format(self):
        # CPython's Queue._format, for repr() and str().
        out = "maxsize={!r}".format(self._maxsize)
        if self._queue:
            out += " _queue={!r}".format(list(self._queue))
        if self._getters:
            out += " _getters[{}]".format(len(self._getters))
        if self._putters:
            out += " _putters[{}]".format(len(self._putters))
        if self._unfinished:
            out += " tasks={}".format(self._unfinished)
        return out

    def __repr__(self):
        return "<{} at {:#x} {}>".format(type(self).__name__, id(self), self._format())

    def __str__(self):
        return "<{} {}>".format(type(self).__name__, self._format())


class PriorityQueue(_BaseQueue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        import heapq
        heapq.heappush(self._queue, item)

    def _get(self):
        import heapq
        return heapq.heappop(self._queue)


class LifoQueue(_BaseQueue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def close(self):
        if not self._closed:
            self._closed = True
            asyncio.get_event_loop().close()

    def get_loop(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        return asyncio.get_event_loop()

    def run(self, coro, *, context=None):
        if self._closed:
            raise RuntimeError("Runner is closed")
        return asyncio.run(coro)


def wrap_future(future, *, loop=None):
    """An asyncio future that follows a concurrent.futures.Future (done in
    another thread): its outcome arrives through call_soon_threadsafe, and
    cancelling the asyncio future cancels the other."""
    if asyncio.isfuture(future):
        return future
    if not (hasattr(future, "add_done_callback") and hasattr(future, "set_running_or_notify_cancel")):
        raise AssertionError("concurrent.futures.Future is expected, got {!r}".format(future))  # an assert in CPython
    if loop is None:
        loop = asyncio.get_event_loop()
    new = loop.create_future()

    def settle(cf):
        if new.done():
            return
        if cf.cancelled():
            new.cancel()
            return
        exc = cf.exception()
        if exc is not None:
            new.set_exception(exc)
        else:
            new.set_result(cf.result())

    def on_new_done(f):
        if f.cancelled():
            future.cancel()

    new.add_done_callback(on_new_done)
    future.add_done_callback(lambda cf: loop.call_soon_threadsafe(settle, cf))
    return new


def _run_in_executor(loop, executor, func, *args):
    # A given executor (concurrent.futures) runs the call; the default one
    # is a _thread thread per call, whose result comes back through
    # call_soon_threadsafe.
    if executor is not None:
        return wrap_future(executor.submit(func, *args), loop=loop)
    import _thread
    fut = loop.create_future()

    def settle(ok, value):
        if fut.done():
            return
        if ok:
            fut.set_result(value)
        else:
            fut.set_exception(value)

    def run():
        try:
            r = (True, func(*args))
        except BaseException as e:
            r = (False, e)
        loop.call_soon_threadsafe(settle, *r)

    _thread.start_new_thread(run, ())
    return fut


class TaskGroup:
    # CPython 3.11's TaskGroup: when a task fails, the others and the body
    # of the async with are cancelled, and the errors are raised together
    # as a BaseExceptionGroup.
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append("tasks={}".format(len(self._tasks)))
        if self._errors:
            info.append("errors={}".format(len(self._errors)))
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return "<TaskGroup{}>".format(" ".join(info))

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup {!r} has been already entered".format(self))
        self._entered = True
        self._parent_task = asyncio.current_task()
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass  # the cancellation was ours: swallow it
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = get_running_loop().create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error is not None and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup {!r} has not been entered".format(self))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup {!r} is finished".format(self))
        if self._aborting:
            raise RuntimeError("TaskGroup {!r} is shutting down".format(self))
        t = asyncio.create_task(coro)
        if name is not None:
            t.set_name(name)
        t.add_done_callback(self._on_task_done)
        self._tasks.append(t)
        return t

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            get_running_loop().call_exception_handler({
                "message": "Task {!r} has errored out but its parent task {} is already completed".format(task, self._parent_task),
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel the body of the async with too; __aexit__ takes the
            # cancellation back (uncancel).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class IncompleteReadError(EOFError):
    # Raised by Stream.readexactly/readuntil at EOF (an EOFError, which is
    # what MicroPython raises, so `except EOFError` still catches it).
    def __init__(self, partial, expected):
        r_expected = "undefined" if expected is None else repr(expected)
        super().__init__("{} bytes read on a total of {} expected bytes".format(len(partial), r_expected))
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    # Raised by Stream.readuntil when the separator is not within the limit.
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    # CPython 3.11's asyncio.Barrier over a Condition. States: filling
    # (tasks arrive), draining (the last one arrived: all leave),
    # resetting (reset() with tasks inside), broken (abort()).
    _names = {0: "filling", 1: "draining", -1: "resetting", -2: "broken"}

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        extra = self._names[self._state]
        if not self.broken:
            extra += ", waiters:%d/%d" % (self.n_waiting, self._parties)
        return "<asyncio.locks.Barrier object at %#x [%s]>" % (id(self), extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = 1
                    self._cond.notify_all()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Arrivals wait while the previous round drains or resets.
        await self._cond.wait_for(lambda: self._state not in (1, -1))
        if self._state == -2:
            raise BrokenBarrierError("Barrier aborted")

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 0)
        if self._state in (-2, -1):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != -1:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = -2
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# The modules CPython defines these classes in (their reprs show them).
for _cls, _mod in ((Condition, "asyncio.locks"), (Barrier, "asyncio.locks"),
                   (BrokenBarrierError, "asyncio.exceptions"),
                   (IncompleteReadError, "asyncio.exceptions"), (LimitOverrunError, "asyncio.exceptions"), (Timeout, "asyncio.timeouts"),
                   (PriorityQueue, "asyncio.queues"), (LifoQueue, "asyncio.queues"),
                   (Runner, "asyncio.runners"), (TaskGroup, "asyncio.taskgroups")):
    _cls.__module__ = _mod
del _cls, _mod


def _format_callback(func, args, kwargs, suffix=""):
    # CPython's asyncio.format_helpers._format_callback: the callback's
    # qualified name and arguments, through functools.partial layers.
    import functools
    if isinstance(func, functools.partial):
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return name + _format_args(args, kwargs) + suffix


def _format_args(args, kwargs):
    items = [repr(a) for a in args or ()]
    items.extend("{}={!r}".format(k, v) for k, v in (kwargs or {}).items())
    return "({})".format(", ".join(items))


def _format_callback_source(func, args):
    # The callback as CPython's loop names it in handle reprs and in
    # "Exception in callback ..." messages: with its source for functions.
    import functools
    text = _format_callback(func, args, None)
    while isinstance(func, functools.partial):
        func = func.func
    code = getattr(func, "__code__", None)
    if code is not None and type(func).__name__ == "function":
        text += " at {}:{}".format(code.co_filename, code.co_firstlineno)
    return text


# ---- Protocols and transports (CPython's callback-style networking), on
# top of the streams: a task per connection reads and calls the protocol.

class BaseProtocol:
    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class BaseTransport:
    def __init__(self, extra=None):
        self._extra = extra or {}

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class Transport(BaseTransport):
    pass


class DatagramTransport(BaseTransport):
    pass


class _StreamTransport(Transport):
    # A stream connection seen as a transport: write() buffers and a
    # background task drains; close() sends what is buffered, then closes
    # and tells the protocol (connection_lost) once.
    def __init__(self, stream, protocol):
        self._stream = stream
        self._protocol = protocol
        self._closing = False
        self._lost = False
        self._paused = False
        self._drainer = None

    def get_extra_info(self, name, default=None):
        return self._stream.get_extra_info(name, default)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        self._paused = True

    def resume_reading(self):
        self._paused = False

    def write(self, data):
        if self._closing:
            return
        self._stream.write(data)
        if self._drainer is None:
            self._drainer = asyncio.create_task(self._drain())

    def writelines(self, lines):
        for data in lines:
            self.write(data)

    def can_write_eof(self):
        return self._stream.can_write_eof()

    def write_eof(self):
        self._stream.write_eof()

    def get_write_buffer_size(self):
        return self._stream.get_write_buffer_size()

    async def _drain(self):
        try:
            await self._stream.drain()
        except Exception as e:
            self._connection_lost(e)
        finally:
            self._drainer = None
            if self._closing:
                self._finish(None)

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._drainer is None:
            get_running_loop().call_soon(self._finish, None)

    def abort(self):
        self._closing = True
        self._stream.abort()
        get_running_loop().call_soon(self._connection_lost, None)

    def _finish(self, exc):
        self._stream.close()
        self._connection_lost(exc)

    def _connection_lost(self, exc):
        if self._lost:
            return
        self._lost = True
        self._closing = True
        self._stream.close()
        self._protocol.connection_lost(exc)


async def _serve_protocol(stream, protocol, transport):
    # Reads the connection for its protocol until EOF or an error.
    try:
        while not transport._closing:
            if transport._paused:
                await asyncio.sleep(0)
                continue
            if isinstance(protocol, BufferedProtocol):
                buf = protocol.get_buffer(-1)
                n = await stream.readinto(buf)
                if not n:
                    break
                protocol.buffer_updated(n)
                continue
            data = await stream.read(65536)
            if not data:
                break
            protocol.data_received(data)
        else:
            return
        if not transport._closing:
            keep_open = protocol.eof_received()
            if not keep_open:
                transport.close()
    except (OSError, EOFError) as e:
        if not transport._closing:
            transport._connection_lost(e)


def _start_protocol(stream, protocol_factory):
    protocol = protocol_factory()
    transport = _StreamTransport(stream, protocol)
    protocol.connection_made(transport)
    asyncio.create_task(_serve_protocol(stream, protocol, transport))
    return transport, protocol


async def _loop_create_connection(loop, protocol_factory, host=None, port=None, *, ssl=None,
                                  server_hostname=None, **kwargs):
    reader, writer = await asyncio.open_connection(host, port, ssl=ssl, server_hostname=server_hostname)
    return _start_protocol(writer, protocol_factory)


async def _loop_create_server(loop, protocol_factory, host=None, port=None, *, ssl=None, backlog=100,
                              start_serving=True, reuse_address=None, **kwargs):
    def accepted(reader, writer):
        _start_protocol(writer, protocol_factory)
    return await asyncio.start_server(accepted, host, port, ssl=ssl, backlog=backlog,
                                      start_serving=start_serving)


class _DatagramTransport(DatagramTransport):
    # A UDP socket seen as a transport; a task receives for the protocol.
    def __init__(self, sock, protocol, address):
        self._sock = sock
        self._protocol = protocol
        self._address = address
        self._closing = False
        self._reader = None

    def get_extra_info(self, name, default=None):
        if name == "socket":
            return self._sock
        if name == "sockname":
            return self._sock.getsockname()
        if name == "peername":
            return self._address if self._address is not None else default
        return default

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def sendto(self, data, addr=None):
        if self._closing:
            return
        if self._address is not None:
            if addr not in (None, self._address):
                raise ValueError("Invalid address: must be None or {}".format(self._address))
            addr = None
        try:
            if addr is None:
                self._sock.send(data)
            else:
                self._sock.sendto(data, addr)
        except OSError as e:
            self._protocol.error_received(e)

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._reader is not None and self._reader is not _current_task_or_none():
            # (From its own callbacks the reader stops by itself.)
            self._reader.cancel()
        get_running_loop().call_soon(self._lost)

    abort = close

    def _lost(self):
        self._sock.close()
        self._protocol.connection_lost(None)


def _current_task_or_none():
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None  # in a callback


async def _datagram_reader(transport):
    loop = get_running_loop()
    sock = transport._sock
    while not transport._closing:
        try:
            data, addr = await loop.sock_recvfrom(sock, 65536)
        except CancelledError:
            return
        except OSError as e:
            if transport._closing:
                return
            transport._protocol.error_received(e)
            continue
        transport._protocol.datagram_received(data, addr)


async def _loop_create_datagram_endpoint(loop, protocol_factory, local_addr=None, remote_addr=None, *,
                                         family=0, proto=0, flags=0, reuse_port=None,
                                         allow_broadcast=None, sock=None):
    import socket
    address = None
    if sock is None:
        if local_addr is None and remote_addr is None:
            raise ValueError("unexpected address family")
        first = local_addr or remote_addr
        fam = socket.getaddrinfo(first[0], first[1], family, socket.SOCK_DGRAM)[0][0]
        sock = socket.socket(fam, socket.SOCK_DGRAM)
        try:
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            if local_addr is not None:
                sock.bind(socket.getaddrinfo(local_addr[0], local_addr[1], fam, socket.SOCK_DGRAM)[0][4])
            if remote_addr is not None:
                address = socket.getaddrinfo(remote_addr[0], remote_addr[1], fam, socket.SOCK_DGRAM)[0][4]
                sock.connect(address)
        except BaseException:
            sock.close()
            raise
    sock.setblocking(False)
    protocol = protocol_factory()
    transport = _DatagramTransport(sock, protocol, address)
    protocol.connection_made(transport)
    transport._reader = asyncio.create_task(_datagram_reader(transport))
    return transport, protocol


# ---- loop.add_reader/add_writer: a watcher task per descriptor waits for
# readiness and calls the callback (level-triggered, as CPython's).

_watchers = ({}, {})  # readers, writers: fd -> [task, stopped flag]


def _fd_of(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


def _add_watcher(loop, write, fileobj, callback, args):
    fd = _fd_of(fileobj)
    _remove_watcher(loop, write, fd)
    state = [None, False]

    async def watch():
        while not state[1]:
            await loop._wait_io(fd, write)
            if state[1]:
                return
            try:
                callback(*args)
            except Exception as e:
                loop.call_exception_handler({
                    "message": "Exception in callback " + _format_callback_source(callback, args),
                    "exception": e,
                })

    state[0] = loop.create_task(watch(), name="fd watcher")
    _watchers[write][fd] = state


def _remove_watcher(loop, write, fileobj):
    state = _watchers[write].pop(_fd_of(fileobj), None)
    if state is None:
        return False
    state[1] = True
    if state[0] is not _current_task_or_none() and not state[0].done():
        state[0].cancel()
    return True


def _loop_add_reader(loop, fd, callback, *args):
    _add_watcher(loop, False, fd, callback, args)


def _loop_add_writer(loop, fd, callback, *args):
    _add_watcher(loop, True, fd, callback, args)


def _loop_remove_reader(loop, fd):
    return _remove_watcher(loop, False, fd)


def _loop_remove_writer(loop, fd):
    return _remove_watcher(loop, True, fd)
