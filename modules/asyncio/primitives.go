package asyncio

import (
	"upy/py"
)

// getterAwait is a generic "wait until a condition holds" awaitable used
// by Queue and Semaphore: try is called on the first step and after each
// wake-up; it returns (value, true) when it can complete.
type condWait struct {
	list    *waitList
	try     func() (py.Object, bool)
	state   uint8
	removed bool // taken off the list by a cancellation (not woken)
}

func (*condWait) Type() *py.Type { return AwaitableType }

func (c *condWait) Next(t *py.Thread) (py.Object, error) { return nextOf(c.Step(t)) }

func (c *condWait) Step(t *py.Thread) (py.Object, py.Object, error) {
	if c.state == 2 {
		return nil, nil, nil
	}
	if c.state == 0 && len(*c.list) > 0 {
		// FIFO: someone is already waiting, queue behind them.
	} else if v, ok := c.try(); ok {
		c.state = 2
		return nil, v, nil
	}
	cur, err := suspend(t, c)
	if err != nil {
		return nil, nil, err
	}
	c.removed = false
	*c.list = append(*c.list, cur)
	c.state = 1
	return py.None, nil, nil
}

func (c *condWait) removeWaiter(tk *Task) {
	c.list.remove(tk)
	c.removed = true
}

func (c *condWait) abort(t *py.Thread, exc error) error {
	if c.state == 1 {
		if cur := loopOf(t).cur; cur != nil && !c.list.remove(cur) && !c.removed {
			// Woken but cancelled before running: let the next waiter try.
			wakeFirst(t, c.list)
		}
	}
	c.state = 2
	return exc
}

// wakeFirst queues the first waiter of a list (it retries its condition).
func wakeFirst(t *py.Thread, list *waitList) {
	if len(*list) == 0 {
		return
	}
	w := list.popFront()
	w.waitOn = nil
	loopOf(t).pushNow(w)
}

// ---- Queue ----

// Queue is asyncio.Queue (CPython's API on MicroPython's scheduler).
type Queue struct {
	items      []py.Object
	maxsize    int
	getters    waitList
	putters    waitList
	unfinished int
	joiners    waitList
}

var (
	QueueType      = py.NewBuiltinType("Queue", py.ObjectType, nil)
	QueueEmptyType = py.NewExceptionType("asyncio", "QueueEmpty", py.ExceptionType)
	QueueFullType  = py.NewExceptionType("asyncio", "QueueFull", py.ExceptionType)
)

func (*Queue) Type() *py.Type { return QueueType }

func (q *Queue) full() bool { return q.maxsize > 0 && len(q.items) >= q.maxsize }

func (q *Queue) put(t *py.Thread, v py.Object) {
	q.items = append(q.items, v)
	q.unfinished++
	wakeFirst(t, &q.getters)
}

func (q *Queue) get(t *py.Thread) py.Object {
	v := q.items[0]
	q.items[0] = nil
	q.items = q.items[1:]
	wakeFirst(t, &q.putters)
	return v
}

// ---- Semaphore ----

// Semaphore is asyncio.Semaphore / BoundedSemaphore.
type Semaphore struct {
	permits
	initial int
	bounded bool
}

var (
	SemaphoreType        = py.NewBuiltinType("Semaphore", py.ObjectType, nil)
	BoundedSemaphoreType = py.NewBuiltinType("BoundedSemaphore", py.ObjectType, nil)
)

func (s *Semaphore) Type() *py.Type {
	if s.bounded {
		return BoundedSemaphoreType
	}
	return SemaphoreType
}

func (s *Semaphore) release(t *py.Thread) error {
	if s.bounded && s.value+len(s.granted) >= s.initial {
		return py.Errorf(py.ValueError, "BoundedSemaphore released too many times")
	}
	s.grant(t)
	return nil
}

func init() {
	QueueType.Module = "asyncio.queues"
	QueueType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if cls != QueueType {
			// A subclass's arguments are its __init__'s (which calls
			// Queue.__init__ for the maxsize), as CPython's Queue.
			return &Queue{}, nil
		}
		maxsize := 0
		if err := py.UnpackArgs(t, "Queue", args, kw, "maxsize?", &maxsize); err != nil {
			return nil, err
		}
		return &Queue{maxsize: maxsize}, nil
	}
	QueueType.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		q, ok := baseOf(args[0]).(*Queue)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected a Queue")
		}
		maxsize := q.maxsize
		if err := py.UnpackArgs(t, "Queue", args[1:], kw, "maxsize?", &maxsize); err != nil {
			return nil, err
		}
		q.maxsize = maxsize
		return py.None, nil
	})
	qm := func(name string, fn func(t *py.Thread, q *Queue, args []py.Object) (py.Object, error)) {
		QueueType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			q, ok := baseOf(args[0]).(*Queue)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a Queue")
			}
			if err := py.NoKwargs(name, kw); err != nil {
				return nil, err
			}
			return fn(t, q, args[1:])
		})
	}
	qm("qsize", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) { return py.Int(len(q.items)), nil })
	qm("empty", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) {
		return py.NewBool(len(q.items) == 0), nil
	})
	qm("full", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) { return py.NewBool(q.full()), nil })
	qm("put_nowait", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) {
		if len(a) != 1 {
			return nil, py.Errorf(py.TypeError, "put_nowait() takes exactly one argument (%d given)", len(a))
		}
		if q.full() {
			return nil, py.NewException(QueueFullType)
		}
		q.put(t, a[0])
		return py.None, nil
	})
	qm("get_nowait", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) {
		if len(q.items) == 0 {
			return nil, py.NewException(QueueEmptyType)
		}
		return q.get(t), nil
	})
	qm("put", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) {
		if len(a) != 1 {
			return nil, py.Errorf(py.TypeError, "put() takes exactly one argument (%d given)", len(a))
		}
		v := a[0]
		return &condWait{list: &q.putters, try: func() (py.Object, bool) {
			if q.full() {
				return nil, false
			}
			q.put(t, v)
			return py.None, true
		}}, nil
	})
	qm("get", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) {
		return &condWait{list: &q.getters, try: func() (py.Object, bool) {
			if len(q.items) == 0 {
				return nil, false
			}
			return q.get(t), true
		}}, nil
	})
	qm("task_done", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) {
		if q.unfinished <= 0 {
			return nil, py.Errorf(py.ValueError, "task_done() called too many times")
		}
		q.unfinished--
		if q.unfinished == 0 {
			for len(q.joiners) > 0 {
				wakeFirst(t, &q.joiners)
			}
		}
		return py.None, nil
	})
	qm("join", func(t *py.Thread, q *Queue, a []py.Object) (py.Object, error) {
		return &condWait{list: &q.joiners, try: func() (py.Object, bool) {
			return py.None, q.unfinished == 0
		}}, nil
	})
	QueueType.AddGetSet("maxsize", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(baseOf(self).(*Queue).maxsize), nil
	}, nil)

	for _, tp := range []*py.Type{SemaphoreType, BoundedSemaphoreType} {
		tp := tp
		bounded := tp == BoundedSemaphoreType
		tp.Module = "asyncio.locks"
		tp.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if cls != tp {
				// A subclass's arguments go to its __init__ (see Queue).
				return &Semaphore{permits: permits{value: 1}, initial: 1, bounded: cls.IsSubtype(BoundedSemaphoreType)}, nil
			}
			value := 1
			if err := py.UnpackArgs(t, tp.Name, args, kw, "value?", &value); err != nil {
				return nil, err
			}
			if value < 0 {
				return nil, py.Errorf(py.ValueError, "Semaphore initial value must be >= 0")
			}
			return &Semaphore{permits: permits{value: value}, initial: value, bounded: bounded}, nil
		}
		tp.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s, ok := baseOf(args[0]).(*Semaphore)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a Semaphore")
			}
			value := s.initial
			if err := py.UnpackArgs(t, tp.Name, args[1:], kw, "value?", &value); err != nil {
				return nil, err
			}
			if value < 0 {
				return nil, py.Errorf(py.ValueError, "Semaphore initial value must be >= 0")
			}
			if len(s.waiters) == 0 && len(s.granted) == 0 {
				s.value, s.initial = value, value
			}
			return py.None, nil
		})
		sm := func(name string, fn func(t *py.Thread, s *Semaphore) (py.Object, error)) {
			tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				s, ok := baseOf(args[0]).(*Semaphore)
				if !ok {
					return nil, py.Errorf(py.TypeError, "expected a Semaphore")
				}
				return fn(t, s)
			})
		}
		sm("acquire", func(t *py.Thread, s *Semaphore) (py.Object, error) { return &acquire{p: &s.permits}, nil })
		sm("__aenter__", func(t *py.Thread, s *Semaphore) (py.Object, error) { return &acquire{p: &s.permits}, nil })
		sm("release", func(t *py.Thread, s *Semaphore) (py.Object, error) { return py.None, s.release(t) })
		sm("__aexit__", func(t *py.Thread, s *Semaphore) (py.Object, error) {
			if err := s.release(t); err != nil {
				return nil, err
			}
			return &done{value: py.False}, nil
		})
		sm("locked", func(t *py.Thread, s *Semaphore) (py.Object, error) {
			return py.NewBool(s.value == 0), nil
		})
	}
	BoundedSemaphoreType.Bases = []*py.Type{SemaphoreType}
	BoundedSemaphoreType.MRO = append([]*py.Type{BoundedSemaphoreType}, SemaphoreType.MRO...)
	py.InstallNew(QueueType, SemaphoreType, BoundedSemaphoreType)
}

// baseOf returns the Go object under an instance of a Python subclass of
// a Go type (super().__init__ passes the instance itself).
func baseOf(o py.Object) py.Object {
	if inst, ok := o.(*py.Instance); ok && inst.Base != nil {
		return inst.Base
	}
	return o
}
