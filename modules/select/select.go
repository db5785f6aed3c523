// Package selectmod is the select module: MicroPython's poll objects (with
// ipoll) and select.select, on the shared wait point internal/netpoll.
//
// Pollable objects are Go objects implementing netpoll.Pollable (sockets,
// SSL sockets, asyncio.ThreadSafeFlag), integers (descriptors), objects
// with MicroPython's stream ioctl (ioctl(3, mask) returns the ready
// subset of mask) and objects with a fileno() method.
package selectmod

import (
	"math"
	"time"

	"upy/internal/netpoll"
	"upy/py"
)

// Constants of the poll interface (Linux values).
const (
	pollIn   = netpoll.POLLIN
	pollPri  = netpoll.POLLPRI
	pollOut  = netpoll.POLLOUT
	pollErr  = netpoll.POLLERR
	pollHup  = netpoll.POLLHUP
	pollNval = netpoll.POLLNVAL

	// ioctlPoll is MicroPython's MP_STREAM_POLL request.
	ioctlPoll = 3
	// userPollSlice bounds each wait when objects that can only be polled
	// by calling Python code (ioctl) are registered.
	userPollSlice = 5 * time.Millisecond
)

// fdPollable is a plain descriptor.
type fdPollable int

func (f fdPollable) PollState(events int16) (int16, int, int16) {
	return netpoll.FDState(int(f), events)
}

// userPollable stands for an object polled through its ioctl method. Its
// state is computed with the GIL held before each wait (ready) and never
// by netpoll, which cannot call Python code.
type userPollable struct {
	ready int16
}

func (u *userPollable) PollState(events int16) (int16, int, int16) {
	return u.ready, -1, 0
}

// entry is one registration of a poll object.
type entry struct {
	obj  py.Object
	mask int16
	p    netpoll.Pollable
	user py.Object // the object whose ioctl is called, for user streams
	up   *userPollable
}

// pollableOf classifies an object for polling.
func pollableOf(t *py.Thread, o py.Object) (netpoll.Pollable, py.Object, error) {
	switch v := o.(type) {
	case netpoll.Pollable:
		return v, nil, nil
	case py.Int, py.Bool:
		fd, err := py.IndexInt(t, v)
		if err != nil {
			return nil, nil, err
		}
		if fd < 0 {
			return nil, nil, py.Errorf(py.ValueError, "file descriptor cannot be a negative integer (%d)", fd)
		}
		return fdPollable(fd), nil, nil
	case *py.Instance:
		if p, ok := v.Base.(netpoll.Pollable); ok {
			return p, nil, nil
		}
	}
	if o.Type().LookupString("ioctl") != nil {
		return &userPollable{}, o, nil
	}
	if o.Type().LookupString("fileno") != nil {
		r, err := t.CallMethod(o, "fileno")
		if err != nil {
			return nil, nil, err
		}
		n, ok := r.(py.Int)
		if !ok {
			return nil, nil, py.Errorf(py.TypeError, "fileno() returned a non-integer")
		}
		if n < 0 {
			return nil, nil, py.Errorf(py.ValueError, "file descriptor cannot be a negative integer (%d)", n)
		}
		if n > math.MaxInt32 {
			return nil, nil, py.Errorf(py.OverflowError, "Python int too large to convert to C int")
		}
		return fdPollable(n), nil, nil
	}
	return nil, nil, py.Errorf(py.TypeError, "argument must be an int, or have a fileno() method.")
}

// userReady asks a user stream which of events are ready (ioctl(3, events)).
func userReady(t *py.Thread, obj py.Object, events int16) (int16, error) {
	r, err := t.CallMethod(obj, "ioctl", py.Int(ioctlPoll), py.Int(events))
	if err != nil {
		return 0, err
	}
	n, err := py.IndexInt(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		// MicroPython's ioctl returns -1 (MP_STREAM_ERROR) on failure.
		return pollErr, nil
	}
	return int16(n) & (events | pollErr | pollHup | pollNval), nil
}

// waitFor waits for the requests with the GIL released. User streams are
// asked before waiting and then every userPollSlice, since only Python
// code can tell their state. It returns the number of ready requests.
func waitFor(t *py.Thread, reqs []netpoll.Request, users []*entry, timeout time.Duration) (int, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		nUser := 0
		for _, e := range users {
			r, err := userReady(t, e.user, e.mask)
			if err != nil {
				return 0, err
			}
			e.up.ready = r
			if r != 0 {
				nUser++
			}
		}
		wait := timeout
		if nUser > 0 {
			wait = 0
		} else if len(users) > 0 {
			wait = userPollSlice
			if timeout >= 0 {
				rem := time.Until(deadline)
				if timeout == 0 || rem <= 0 {
					wait = 0
				} else if rem < wait {
					wait = rem
				}
			}
		} else if timeout > 0 {
			wait = time.Until(deadline)
			if wait < 0 {
				wait = 0
			}
		}
		var n int
		var err error
		interrupted := false
		ip := t.Interp
		main := t.Ident == 1
		t.Unblocked(func() {
			n, err = netpoll.Wait(reqs, wait, func() bool {
				if main && ip.Interrupt.Load() != 0 {
					interrupted = true
				}
				return interrupted
			})
		})
		if interrupted {
			ip.Interrupt.Store(0)
			return 0, py.NewException(py.KeyboardInterrupt)
		}
		if err != nil {
			return 0, py.OSErrorFromGo(err, nil)
		}
		if n > 0 || len(users) == 0 || timeout == 0 {
			return n, nil
		}
		if timeout > 0 && !time.Now().Before(deadline) {
			return 0, nil
		}
	}
}

// timeoutMS converts poll's timeout argument (milliseconds; None or
// negative: forever).
func timeoutMS(t *py.Thread, o py.Object) (time.Duration, error) {
	if o == nil || o == py.None {
		return -1, nil
	}
	var ms float64
	switch v := o.(type) {
	case py.Int:
		ms = float64(v)
	case py.Float:
		ms = float64(v)
		if math.IsNaN(ms) {
			return 0, py.Errorf(py.ValueError, "Invalid value NaN (not a number)")
		}
	default:
		n, err := py.Index(t, o)
		if err != nil {
			return 0, py.Errorf(py.TypeError, "timeout must be an integer or None")
		}
		f, err := py.ToFloat(t, n)
		if err != nil {
			return 0, err
		}
		ms = f
	}
	if ms < 0 {
		return -1, nil
	}
	if ms > float64(math.MaxInt32) {
		return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C int")
	}
	return time.Duration(math.Ceil(ms * float64(time.Millisecond))), nil
}

func init() {
	py.RegisterModule("select", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("select")
		for _, c := range []struct {
			name string
			v    int
		}{
			{"POLLIN", pollIn}, {"POLLPRI", pollPri}, {"POLLOUT", pollOut}, {"POLLERR", pollErr},
			{"POLLHUP", pollHup}, {"POLLNVAL", pollNval},
			{"POLLRDNORM", 0x40}, {"POLLRDBAND", 0x80}, {"POLLWRNORM", 0x100}, {"POLLWRBAND", 0x200},
			{"POLLMSG", 0x400}, {"POLLRDHUP", 0x2000},
		} {
			m.Set(c.name, py.Int(c.v))
		}
		m.Set("error", py.OSError)
		m.SetFunc("poll", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("poll", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return NewPoll(), nil
		})
		m.SetFunc("select", selectFn)
		return m, nil
	})
}

// selectItem is one object of select()'s lists.
type selectItem struct {
	obj    py.Object
	req    int // index in the request list
	events int16
}

// selectPollable classifies an object of select(): like poll, but an
// object whose fileno() is negative (a closed socket) is a ValueError.
func selectPollable(t *py.Thread, o py.Object) (netpoll.Pollable, py.Object, error) {
	if _, isInt := o.(py.Int); !isInt {
		if _, isBool := o.(py.Bool); !isBool && o.Type().LookupString("fileno") != nil {
			r, err := t.CallMethod(o, "fileno")
			if err != nil {
				return nil, nil, err
			}
			if n, ok := r.(py.Int); ok && n < 0 {
				return nil, nil, py.Errorf(py.ValueError, "file descriptor cannot be a negative integer (%d)", n)
			}
		}
	}
	return pollableOf(t, o)
}

// selectFn is select.select(rlist, wlist, xlist[, timeout]).
func selectFn(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.NoKwargs("select", kw); err != nil {
		return nil, err
	}
	if len(args) < 3 {
		return nil, py.Errorf(py.TypeError, "select expected at least 3 arguments, got %d", len(args))
	}
	if len(args) > 4 {
		return nil, py.Errorf(py.TypeError, "select expected at most 4 arguments, got %d", len(args))
	}
	timeout := time.Duration(-1)
	if len(args) == 4 && args[3] != py.None {
		var secs float64
		switch v := args[3].(type) {
		case py.Int:
			secs = float64(v)
		case py.Float:
			secs = float64(v)
		case py.Bool:
			if v {
				secs = 1
			}
		default:
			return nil, py.Errorf(py.TypeError, "timeout must be a float or None")
		}
		if math.IsNaN(secs) {
			return nil, py.Errorf(py.ValueError, "Invalid value NaN (not a number)")
		}
		if secs < 0 {
			return nil, py.Errorf(py.ValueError, "timeout must be non-negative")
		}
		if secs > 1e10 {
			return nil, py.Errorf(py.OverflowError, "timeout is too large")
		}
		timeout = time.Duration(math.Ceil(secs * 1e9))
	}
	var lists [3][]py.Object
	for i := 0; i < 3; i++ {
		switch v := args[i].(type) {
		case *py.List:
			lists[i] = append([]py.Object(nil), v.Items...)
		case *py.Tuple:
			lists[i] = v.Items
		default:
			items, err := py.ToSlice(t, v)
			if err != nil {
				return nil, py.Errorf(py.TypeError, "arguments 1-3 must be sequences")
			}
			lists[i] = items
		}
	}
	// One request per distinct object, with the union of its events.
	var reqs []netpoll.Request
	var users []*entry
	index := map[py.Object]int{}
	userOf := map[int]*entry{}
	var items [3][]selectItem
	evFor := [3]int16{pollIn, pollOut, pollPri}
	for i := 0; i < 3; i++ {
		for _, o := range lists[i] {
			k := key(o)
			j, ok := index[k]
			if !ok {
				p, user, err := selectPollable(t, o)
				if err != nil {
					return nil, err
				}
				j = len(reqs)
				index[k] = j
				reqs = append(reqs, netpoll.Request{Obj: p})
				if user != nil {
					e := &entry{obj: o, p: p, user: user, up: p.(*userPollable)}
					users = append(users, e)
					userOf[j] = e
				}
			}
			reqs[j].Events |= evFor[i]
			items[i] = append(items[i], selectItem{obj: o, req: j, events: evFor[i]})
		}
	}
	for j, e := range userOf {
		e.mask = reqs[j].Events
	}
	if len(reqs) == 0 {
		if timeout != 0 {
			if err := sleepFor(t, timeout); err != nil {
				return nil, err
			}
		}
		return py.NewTuple(py.NewList(), py.NewList(), py.NewList()), nil
	}
	n, err := waitFor(t, reqs, users, timeout)
	if err != nil {
		return nil, err
	}
	var out [3]*py.List
	for i := 0; i < 3; i++ {
		out[i] = py.NewList()
		if n == 0 {
			continue
		}
		for _, it := range items[i] {
			r := reqs[it.req].Ready
			if r&pollNval != 0 {
				return nil, py.NewOSError(9, nil)
			}
			var hit bool
			switch it.events {
			case pollIn:
				hit = r&(pollIn|pollHup|pollErr) != 0
			case pollOut:
				hit = r&(pollOut|pollErr) != 0
			default:
				hit = r&pollPri != 0
			}
			if hit {
				out[i].Items = append(out[i].Items, it.obj)
			}
		}
	}
	return py.NewTuple(out[0], out[1], out[2]), nil
}

// sleepFor waits with nothing to watch (select with empty lists), still
// honouring Ctrl-C.
func sleepFor(t *py.Thread, d time.Duration) error {
	_, err := waitFor(t, nil, nil, d)
	return err
}
