// Package thread is the _thread module: OS-level threads (goroutines)
// that run Python code one at a time under the interpreter lock.
package thread

import (
	"sync"
	"time"

	"upy/py"
)

// Lock is _thread.LockType: a plain (non-reentrant) lock whose blocking
// acquire releases the GIL while it waits.
type Lock struct {
	ch chan struct{}
}

var LockType = py.NewBuiltinType("lock", py.ObjectType, nil)

func (*Lock) Type() *py.Type { return LockType }

// NewLock returns an unlocked lock.
func NewLock() *Lock { return &Lock{ch: make(chan struct{}, 1)} }

// Acquire takes the lock, waiting up to timeout (negative: forever) when
// blocking is true.
func (l *Lock) Acquire(t *py.Thread, blocking bool, timeout time.Duration) (bool, error) {
	select {
	case l.ch <- struct{}{}:
		return true, nil
	default:
	}
	if !blocking {
		return false, nil
	}
	got := false
	var err error
	t.Unblocked(func() {
		var deadline <-chan time.Time
		if timeout >= 0 {
			tm := time.NewTimer(timeout)
			defer tm.Stop()
			deadline = tm.C
		}
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case l.ch <- struct{}{}:
				got = true
				return
			case <-deadline:
				return
			case <-tick.C:
				if t.Interp.Interrupt.Load() != 0 && t.Ident == 1 {
					t.Interp.Interrupt.Store(0)
					err = py.NewException(py.KeyboardInterrupt)
					return
				}
			}
		}
	})
	return got, err
}

// Release frees the lock.
func (l *Lock) Release() error {
	select {
	case <-l.ch:
		return nil
	default:
		return py.Errorf(py.RuntimeError, "release unlocked lock")
	}
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return len(l.ch) == 1 }

func lockArg(o py.Object) (*Lock, error) {
	if l, ok := o.(*Lock); ok {
		return l, nil
	}
	return nil, py.Errorf(py.TypeError, "expected a lock, not %s", py.TypeName(o))
}

func acquire(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	l, err := lockArg(args[0])
	if err != nil {
		return nil, err
	}
	blocking, d, err := acquireArgs(t, args[1:], kw)
	if err != nil {
		return nil, err
	}
	ok, err := l.Acquire(t, blocking, d)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// acquireArgs parses acquire(blocking=True, timeout=-1) as CPython does:
// the timeout is a float or an integer, -1 for none; d < 0 waits forever.
func acquireArgs(t *py.Thread, args []py.Object, kw []py.Kwarg) (blocking bool, d time.Duration, err error) {
	blocking = true
	var tobj py.Object
	if err := py.UnpackArgs(t, "acquire", args, kw, "blocking?", &blocking, "timeout?", &tobj); err != nil {
		return false, 0, err
	}
	timeout := -1.0
	if tobj != nil {
		if f, ok := tobj.(py.Float); ok {
			timeout = float64(f)
		} else {
			n, err := py.Index(t, tobj)
			if err != nil {
				return false, 0, err
			}
			if timeout, err = py.ToFloat(t, n); err != nil {
				return false, 0, err
			}
		}
	}
	if !blocking && timeout != -1 {
		return false, 0, py.Errorf(py.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return false, 0, py.Errorf(py.ValueError, "timeout value must be positive")
	}
	d = -1
	if timeout >= 0 {
		d = time.Duration(timeout * float64(time.Second))
	}
	return blocking, d, nil
}

var (
	identMu sync.Mutex
	running = map[int64]bool{}
)

func init() {
	LockType.Module = "_thread"
	LockType.AddMethod("acquire", acquire)
	LockType.AddMethod("acquire_lock", acquire)
	LockType.AddMethod("__enter__", acquire)
	release := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		l, err := lockArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.None, l.Release()
	}
	LockType.AddMethod("release", release)
	LockType.AddMethod("release_lock", release)
	LockType.AddMethod("__exit__", release)
	LockType.AddMethod("locked", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		l, err := lockArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(l.Locked()), nil
	})
	LockType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		l, err := lockArg(args[0])
		if err != nil {
			return nil, err
		}
		state := "unlocked"
		if l.Locked() {
			state = "locked"
		}
		return py.NewStr("<" + state + " _thread.lock object>"), nil
	})

	py.RegisterModule("_thread", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("_thread")
		m.Set("LockType", LockType)
		m.Set("error", py.RuntimeError)
		m.Set("TIMEOUT_MAX", py.Float(4294967.0))
		m.SetFunc("allocate_lock", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("allocate_lock", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return NewLock(), nil
		})
		m.SetFunc("get_ident", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(t.Ident), nil
		})
		m.SetFunc("exit", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return nil, py.NewException(py.SystemExit)
		})
		m.SetFunc("stack_size", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(0), nil
		})
		m.SetFunc("_count", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			identMu.Lock()
			defer identMu.Unlock()
			return py.Int(len(running)), nil
		})
		m.SetFunc("start_new_thread", startNewThread)
		m.Set("RLock", RLockType)
		return m, nil
	})
}

func startNewThread(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	switch {
	case len(kw) > 0:
		return nil, py.Errorf(py.TypeError, "start_new_thread() takes no keyword arguments")
	case len(args) < 2:
		return nil, py.Errorf(py.TypeError, "start_new_thread expected at least 2 arguments, got %d", len(args))
	case len(args) > 3:
		return nil, py.Errorf(py.TypeError, "start_new_thread expected at most 3 arguments, got %d", len(args))
	}
	fn := args[0]
	if !py.Callable(fn) {
		return nil, py.Errorf(py.TypeError, "first arg must be callable")
	}
	targs, ok := args[1].(*py.Tuple)
	if !ok {
		return nil, py.Errorf(py.TypeError, "2nd arg must be a tuple")
	}
	var tkw []py.Kwarg
	if len(args) == 3 {
		d, ok := args[2].(*py.Dict)
		if !ok {
			return nil, py.Errorf(py.TypeError, "optional 3rd arg must be a dictionary")
		}
		var err error
		d.Items(func(k, v py.Object) bool {
			s, ok := k.(*py.Str)
			if !ok {
				err = py.Errorf(py.TypeError, "keywords must be strings")
				return false
			}
			tkw = append(tkw, py.Kwarg{Name: s.S, Value: v})
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	nt := t.Interp.NewThread()
	callArgs := append([]py.Object(nil), targs.Items...)
	identMu.Lock()
	running[nt.Ident] = true
	identMu.Unlock()
	go func() {
		ip := nt.Interp
		ip.AcquireGIL()
		_, err := nt.Call(fn, callArgs, tkw)
		if err != nil {
			e := py.AsException(err)
			if !e.IsInstance(py.SystemExit) {
				r, _ := py.Repr(nt, fn)
				stderr := ip.Sys.Get("stderr")
				py.WriteString(nt, stderr, "Unhandled exception in thread started by "+r+"\n")
				py.PrintTraceback(nt, e, stderr)
			}
		}
		identMu.Lock()
		delete(running, nt.Ident)
		identMu.Unlock()
		ip.GIL.Unlock()
	}()
	return py.Int(nt.Ident), nil
}
