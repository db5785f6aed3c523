package asyncio

import (
	"upy/py"
)

// goAwaitable is a Go-implemented awaitable (sleep, Event.wait, Lock.acquire,
// gather, wait_for ...). Next returns py.None to suspend the awaiting task
// (which the awaitable has arranged to be woken) and (nil, nil) or
// (nil, StopIteration(value)) to finish. abort is called when an exception
// is thrown into the awaiting task while it is suspended here (a
// cancellation): it undoes the waiting and returns the error to raise.
type goAwaitable interface {
	py.Iterator
	abort(t *py.Thread, exc error) error
}

// AwaitableType is the Python type of every Go-implemented awaitable:
// they can be awaited, driven with send/throw, and wrapped in tasks.
var AwaitableType = py.NewBuiltinType("coroutine", py.ObjectType, nil)

// nextOf turns the outcome of a Step into the Iterator protocol's
// (__next__/send): a yielded value, or StopIteration carrying the result.
func nextOf(yielded, result py.Object, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if yielded != nil {
		return yielded, nil
	}
	return nil, stopIteration(result)
}

func asAwaitable(o py.Object) (goAwaitable, error) {
	if a, ok := o.(goAwaitable); ok {
		return a, nil
	}
	return nil, py.Errorf(py.TypeError, "expected an awaitable, not %s", py.TypeName(o))
}

func init() {
	AwaitableType.Module = "asyncio"
	self := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return args[0], nil }
	AwaitableType.AddMethod("__await__", self)
	AwaitableType.AddMethod("__iter__", self)
	next := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := asAwaitable(args[0])
		if err != nil {
			return nil, err
		}
		r, err := a.Next(t)
		if err == nil && r == nil {
			return nil, py.NewException(py.StopIteration)
		}
		return r, err
	}
	AwaitableType.AddMethod("__next__", next)
	AwaitableType.AddMethod("send", next)
	AwaitableType.AddMethod("throw", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := asAwaitable(args[0])
		if err != nil {
			return nil, err
		}
		return nil, a.abort(t, throwArg(args[1:]))
	})
	AwaitableType.AddMethod("close", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a, err := asAwaitable(args[0])
		if err != nil {
			return nil, err
		}
		a.abort(t, py.NewException(py.GeneratorExit))
		return py.None, nil
	})
	AwaitableType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewStr("<coroutine object at " + hexAddr(args[0]) + ">"), nil
	})
}

func hexAddr(o py.Object) string {
	const digits = "0123456789abcdef"
	id := uint64(py.Id(o))
	b := []byte{}
	for id > 0 {
		b = append([]byte{digits[id&15]}, b...)
		id >>= 4
	}
	return "0x" + string(b)
}

// sleepAwaitable is what sleep and sleep_ms return.
type sleepAwaitable struct {
	ms     int64
	result py.Object
	state  uint8 // 0 not started, 1 sleeping, 2 done
}

func (*sleepAwaitable) Type() *py.Type { return AwaitableType }

func (s *sleepAwaitable) Next(t *py.Thread) (py.Object, error) { return nextOf(s.Step(t)) }

func (s *sleepAwaitable) Step(t *py.Thread) (py.Object, py.Object, error) {
	l := loopOf(t)
	switch s.state {
	case 0:
		cur := l.cur
		if cur == nil {
			return nil, nil, py.Errorf(py.RuntimeError, "no running event loop")
		}
		s.state = 1
		l.pushAt(cur, l.deadline(s.ms))
		return py.None, nil, nil
	case 1:
		s.state = 2
		return nil, s.result, nil
	}
	return nil, nil, nil
}

func (s *sleepAwaitable) abort(t *py.Thread, exc error) error {
	s.state = 2
	return exc
}

// maxSleepMs is half MicroPython's ticks period: longer sleeps overflow.
const maxSleepMs = int64(1) << 61

// yieldOnce is what sleep(0) returns: one shared object (MicroPython's
// sleep also returns a singleton). Yielding once needs no state of its
// own: the awaiting task records that it has yielded.
type yieldOnce struct{}

var sleepZero = &yieldOnce{}

func (*yieldOnce) Type() *py.Type { return AwaitableType }

func (y *yieldOnce) Next(t *py.Thread) (py.Object, error) { return nextOf(y.Step(t)) }

func (*yieldOnce) Step(t *py.Thread) (py.Object, py.Object, error) {
	l := loopOf(t)
	cur := l.cur
	if cur == nil {
		return nil, nil, py.Errorf(py.RuntimeError, "no running event loop")
	}
	if cur.yielded {
		cur.yielded = false
		return nil, nil, nil
	}
	cur.yielded = true
	l.pushNow(cur)
	return py.None, nil, nil
}

func (*yieldOnce) abort(t *py.Thread, exc error) error {
	if cur := loopOf(t).cur; cur != nil {
		cur.yielded = false
	}
	return exc
}

func newSleep(t *py.Thread, ms int64, result py.Object) (py.Object, error) {
	if ms <= 0 && (result == nil || result == py.None) {
		return sleepZero, nil
	}
	if ms < 0 {
		ms = 0
	}
	if ms >= maxSleepMs {
		return nil, py.Errorf(py.OverflowError, "ticks interval overflow")
	}
	if result == nil {
		result = py.None
	}
	return &sleepAwaitable{ms: ms, result: result}, nil
}
