# IsolatedAsyncioTestCase: async test methods, asyncSetUp/asyncTearDown
# around them (after setUp, before tearDown), async and sync cleanups,
# tasks started in asyncSetUp running during the test, failures and
# errors in coroutines reported with their tracebacks.
import asyncio
import unittest
from _ut import run, summary

# Tracebacks: CPython shows the frames of its asyncio runner and
# unittest/async_case.py (which has no __unittest marker); upy shows only
# the test's frames. Only the frames of this file are compared.

LOG = []


class Ctx:
    async def __aenter__(self):
        LOG.append("aenter")
        return "ctx value"

    async def __aexit__(self, *exc):
        LOG.append("aexit %r" % (exc,))


class Async(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        LOG.append("setUp")

    async def asyncSetUp(self):
        LOG.append("asyncSetUp")
        self.events = []
        self.ticker = asyncio.create_task(self.tick())

    async def tick(self):
        for i in range(3):
            self.events.append("tick %d" % i)
            await asyncio.sleep(0)

    async def asyncTearDown(self):
        LOG.append("asyncTearDown")
        await self.ticker

    def tearDown(self):
        LOG.append("tearDown")

    async def test_a_await(self):
        LOG.append("test_a_await")
        await asyncio.sleep(0)
        self.events.append("test")
        for i in range(5):
            await asyncio.sleep(0)
        # the task started in asyncSetUp ran meanwhile (the interleaving
        # is the event loop's business: MicroPython's and CPython's differ)
        LOG.append(" ".join(sorted(self.events)))

    async def test_b_fail(self):
        LOG.append("test_b_fail")
        await asyncio.sleep(0)
        self.assertEqual(await self.compute(), 5)

    async def compute(self):
        await asyncio.sleep(0)
        return 4

    async def test_c_error(self):
        LOG.append("test_c_error")
        await self.raiser()

    async def raiser(self):
        await asyncio.sleep(0)
        raise ValueError("raised in a coroutine")

    def test_d_sync(self):
        LOG.append("test_d_sync")

    async def test_e_cleanups(self):
        async def acleanup(name):
            await asyncio.sleep(0)
            LOG.append("async cleanup " + name)
        self.addAsyncCleanup(acleanup, "1")
        self.addCleanup(LOG.append, "sync cleanup 2")
        self.addAsyncCleanup(acleanup, "3")
        LOG.append("entered " + await self.enterAsyncContext(Ctx()))

    @unittest.expectedFailure
    async def test_f_xfail(self):
        await asyncio.sleep(0)
        self.fail("expected")

    async def test_g_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                await asyncio.sleep(0)
                self.assertNotEqual(i, 1)

    @unittest.skip("skipped async")
    async def test_h_skip(self):
        pass

    async def test_i_gather(self):
        async def work(n):
            await asyncio.sleep(0.001 * n)
            return n * n
        self.assertEqual(await asyncio.gather(work(3), work(1), work(2)), [9, 1, 4])

    async def test_j_wait_for(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(1), 0.01)


summary(run(Async, verbosity=2, only_file=__file__))
for line in LOG:
    print(line)
LOG.clear()

print("--- errors in the async fixtures")


class BadAsyncSetUp(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        raise RuntimeError("asyncSetUp failed")

    async def test_x(self):
        LOG.append("not run")

    async def asyncTearDown(self):
        LOG.append("not run either")


class BadAsyncTearDown(unittest.IsolatedAsyncioTestCase):
    async def test_x(self):
        LOG.append("BadAsyncTearDown.test_x")

    async def asyncTearDown(self):
        await asyncio.sleep(0)
        self.fail("asyncTearDown failed")

    def tearDown(self):
        LOG.append("tearDown not run after failing asyncTearDown")


class BadEnter(unittest.IsolatedAsyncioTestCase):
    async def test_x(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        LOG.append(str(cm.exception))


summary(run(BadAsyncSetUp, BadAsyncTearDown, BadEnter, only_file=__file__))
for line in LOG:
    print(line)


print("--- run() directly")
result = unittest.TestResult()
Async("test_d_sync").run(result)
print(result.testsRun, result.wasSuccessful())
Async("test_b_fail").run(result)
print(result.testsRun, len(result.failures), result.failures[0][1].splitlines()[-1])
print(asyncio.run(asyncio.sleep(0, "loop usable after the tests")))

print("--- tasks left running are cancelled after the test")
LOG.clear()


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.001)
    except asyncio.CancelledError:
        LOG.append(name + " cancelled")
        raise
    finally:
        LOG.append(name + " finally")


class Leftovers(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.bg = asyncio.create_task(forever("setup task"))

    async def test_a_leave(self):
        asyncio.create_task(forever("test task"))
        await asyncio.sleep(0.005)
        LOG.append("test done")

    async def test_b_finished_task(self):
        t = asyncio.create_task(asyncio.sleep(0, "result"))
        LOG.append(await t)


summary(run(Leftovers, verbosity=2))
# the order in which CPython cancels the leftover tasks is a set's order
print(sorted(LOG))
print(asyncio.run(asyncio.sleep(0, "asyncio.run works afterwards")))
