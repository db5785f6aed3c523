"""IsolatedAsyncioTestCase: test methods, set-ups, tear-downs and
cleanups that may be coroutines, run by asyncio on a fresh event loop for
each test."""

from .case import TestCase

__unittest = True


def _is_coroutine(obj):
    return type(obj).__name__ == "coroutine"


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods may be async def: each test runs on
    a fresh asyncio event loop, with asyncSetUp/asyncTearDown around it."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, *args, **kwargs):
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context "
                            "manager protocol" % (cls.__module__, cls.__qualname__)) from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            import warnings
            warnings.warn("It is deprecated to return a value that is not None from a "
                          "test case (%s)" % (method,), DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, *args, **kwargs):
        assert self._asyncioRunner is not None, "asyncio runner is not initialized"
        coro = func(*args, **kwargs)
        assert _is_coroutine(coro), "%r is not an async function" % (func,)
        return self._asyncioRunner.run(coro)

    def _callMaybeAsync(self, func, *args, **kwargs):
        assert self._asyncioRunner is not None, "asyncio runner is not initialized"
        value = func(*args, **kwargs)
        if _is_coroutine(value):
            return self._asyncioRunner.run(value)
        return value

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, "asyncio runner is already initialized"
        self._asyncioRunner = _Runner()

    def _tearDownAsyncioRunner(self):
        runner = self._asyncioRunner
        self._asyncioRunner = None
        runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        try:
            super().debug()
        finally:
            self._tearDownAsyncioRunner()


class _Runner:
    """One event loop for the parts of a test: tasks started by one part
    keep running in the next. Closing it cancels the tasks the test left
    running (those made by asyncio.create_task) and waits for them, as
    CPython's asyncio.Runner does."""

    def __init__(self):
        import asyncio
        self.asyncio = asyncio
        asyncio.new_event_loop()
        self.tasks = []
        self.create_task = create_task = asyncio.create_task
        tasks = self.tasks

        def tracking_create_task(coro, *args, **kwargs):
            task = create_task(coro, *args, **kwargs)
            tasks.append(task)
            return task
        asyncio.create_task = tracking_create_task

    def run(self, coro):
        return self.asyncio.run(coro)

    def close(self):
        asyncio = self.asyncio
        asyncio.create_task = self.create_task
        pending = [t for t in self.tasks if not t.done()]
        self.tasks.clear()
        if pending:
            for t in pending:
                t.cancel()

            async def finish():
                for t in pending:
                    try:
                        await t
                    except BaseException:
                        pass
            try:
                asyncio.run(finish())
            except BaseException:
                pass
        # drop whatever is left (tasks made some other way)
        asyncio.new_event_loop()
