package asyncio

import (
	"fmt"

	"upy/py"
)

// The reprs of the synchronisation primitives and queues are CPython's
// (its asyncio.locks and asyncio.queues classes): the object's address
// and its state in brackets.

func objectRepr(o py.Object, extra string) string {
	tp := o.Type()
	return fmt.Sprintf("<%s.%s object at %s [%s]>", tp.Module, tp.Name, hexAddr(o), extra)
}

func withWaiters(extra string, n int) string {
	if n > 0 {
		extra += fmt.Sprintf(", waiters:%d", n)
	}
	return extra
}

func (e *Event) repr() string {
	extra := "unset"
	if e.set {
		extra = "set"
	}
	return objectRepr(e, withWaiters(extra, e.waiters.live))
}

func (lk *Lock) repr() string {
	extra := "unlocked"
	if lk.locked() || len(lk.granted) > 0 {
		extra = "locked"
	}
	return objectRepr(lk, withWaiters(extra, len(lk.waiters)))
}

func (s *Semaphore) repr() string {
	extra := fmt.Sprintf("unlocked, value:%d", s.value)
	if s.value == 0 {
		extra = "locked"
	}
	return objectRepr(s, withWaiters(extra, len(s.waiters)))
}

// format is CPython's Queue._format: maxsize, then what is not empty.
func (q *Queue) format(t *py.Thread) (string, error) {
	out := fmt.Sprintf("maxsize=%d", q.maxsize)
	if len(q.items) > 0 {
		r, err := py.Repr(t, py.NewList(append([]py.Object(nil), q.items...)...))
		if err != nil {
			return "", err
		}
		out += " _queue=" + r
	}
	if n := len(q.getters); n > 0 {
		out += fmt.Sprintf(" _getters[%d]", n)
	}
	if n := len(q.putters); n > 0 {
		out += fmt.Sprintf(" _putters[%d]", n)
	}
	if q.unfinished > 0 {
		out += fmt.Sprintf(" tasks=%d", q.unfinished)
	}
	return out, nil
}

func init() {
	strRepr := func(tp *py.Type, fn func(o py.Object) string) {
		tp.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if args[0].Type() != tp && !args[0].Type().IsSubtype(tp) {
				return nil, py.Errorf(py.TypeError, "descriptor '__repr__' requires a '%s' object", tp.Name)
			}
			return py.NewStr(fn(args[0])), nil
		})
	}
	strRepr(EventType, func(o py.Object) string { return baseOf(o).(*Event).repr() })
	strRepr(LockType, func(o py.Object) string { return baseOf(o).(*Lock).repr() })
	strRepr(SemaphoreType, func(o py.Object) string { return baseOf(o).(*Semaphore).repr() })
	QueueType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		q, ok := baseOf(args[0]).(*Queue)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected a Queue")
		}
		f, err := q.format(t)
		if err != nil {
			return nil, err
		}
		return py.NewStr(fmt.Sprintf("<%s at %s %s>", py.TypeName(args[0]), hexAddr(args[0]), f)), nil
	})
	QueueType.AddMethod("__str__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		q, ok := baseOf(args[0]).(*Queue)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected a Queue")
		}
		f, err := q.format(t)
		if err != nil {
			return nil, err
		}
		return py.NewStr(fmt.Sprintf("<%s %s>", py.TypeName(args[0]), f)), nil
	})
}
