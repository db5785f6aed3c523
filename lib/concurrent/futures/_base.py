# concurrent.futures._base: Future, Executor, wait, as_completed.

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _log_exception(msg, fut):
    import traceback
    print(msg % (fut,), file=sys.stderr)
    traceback.print_exc()


_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class _Watch:
    """Collects, in completion order, the futures it is attached to as they
    finish (a cancelled future counts once its executor has noticed)."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.finished = []

    def _future_done(self, fut):
        with self.cond:
            self.finished.append(fut)
            self.cond.notify_all()


def _lock_all(fs):
    # one order for every caller, so two watchers cannot deadlock
    fs = sorted(fs, key=id)
    for f in fs:
        f._condition.acquire()
    return fs


def _unlock_all(fs):
    for f in fs:
        f._condition.release()


def _detach(fs, watch):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(watch)
            except ValueError:
                pass


def _failed(f):
    return f._state == FINISHED and f._exception is not None


def _wait_over(done, fs, return_when):
    if len(done) == len(fs):
        return True
    if return_when == FIRST_COMPLETED:
        return bool(done)
    if return_when == FIRST_EXCEPTION:
        return any(_failed(f) for f in done)
    return False


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (those already complete
    first); TimeoutError if some are still pending after timeout seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    watch = _Watch()
    locked = _lock_all(fs)
    try:
        already = [f for f in fs if f._state in _DONE_STATES]
        pending = fs.difference(already)
        for f in pending:
            f._waiters.append(watch)
    finally:
        _unlock_all(locked)
    try:
        yield from already
        while pending:
            with watch.cond:
                while not watch.finished:
                    if deadline is None:
                        watch.cond.wait()
                        continue
                    left = deadline - time.monotonic()
                    if left < 0:
                        raise TimeoutError('%d (of %d) futures unfinished'
                                           % (len(pending), total))
                    watch.cond.wait(left)
                batch = watch.finished
                watch.finished = []
            for f in batch:
                pending.discard(f)
                yield f
    finally:
        _detach(pending, watch)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures of fs satisfy return_when (or timeout
    seconds pass): a (done, not_done) pair of sets."""
    fs = set(fs)
    watch = _Watch()
    locked = _lock_all(fs)
    try:
        done = {f for f in fs if f._state in _DONE_STATES}
        if (return_when == FIRST_COMPLETED and done) or \
                (return_when == FIRST_EXCEPTION and done and
                 any(not f.cancelled() and f.exception() is not None for f in done)) or \
                len(done) == len(fs):
            return DoneAndNotDoneFutures(done, fs - done)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError("Invalid return condition: %r" % return_when)
        pending = fs - done
        for f in pending:
            f._waiters.append(watch)
    finally:
        _unlock_all(locked)
    deadline = None if timeout is None else time.monotonic() + timeout
    with watch.cond:
        while not _wait_over(done.union(watch.finished), fs, return_when):
            if deadline is None:
                watch.cond.wait()
                continue
            left = deadline - time.monotonic()
            if left <= 0:
                break
            watch.cond.wait(left)
    _detach(pending, watch)
    done.update(watch.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Future(object):
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        try:
            with self._condition:
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watch in self._waiters:
                    watch._future_done(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for watch in self._waiters:
                watch._future_done(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for watch in self._waiters:
                watch._future_done(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
