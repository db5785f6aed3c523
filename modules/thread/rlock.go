package thread

import (
	"upy/py"
)

// RLock is _thread.RLock: a lock its owning thread may take again, held
// until released as many times.
type RLock struct {
	l     *Lock
	owner int64 // the thread's ident; 0 when unlocked
	count int
}

// RLockType is _thread.RLock.
var RLockType = py.NewBuiltinType("RLock", py.ObjectType, func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	return &RLock{l: NewLock()}, nil
})

func (*RLock) Type() *py.Type { return RLockType }

func rlockArg(o py.Object) (*RLock, error) {
	if r, ok := o.(*RLock); ok {
		return r, nil
	}
	return nil, py.Errorf(py.TypeError, "expected an RLock, not %s", py.TypeName(o))
}

func init() {
	RLockType.Module = "_thread"
	acq := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		r, err := rlockArg(args[0])
		if err != nil {
			return nil, err
		}
		blocking, d, err := acquireArgs(t, args[1:], kw)
		if err != nil {
			return nil, err
		}
		if r.count > 0 && r.owner == t.Ident {
			r.count++
			return py.True, nil
		}
		ok, err := r.l.Acquire(t, blocking, d)
		if err != nil || !ok {
			return py.NewBool(ok), err
		}
		r.owner, r.count = t.Ident, 1
		return py.True, nil
	}
	rel := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		r, err := rlockArg(args[0])
		if err != nil {
			return nil, err
		}
		if r.count == 0 || r.owner != t.Ident {
			return nil, py.Errorf(py.RuntimeError, "cannot release un-acquired lock")
		}
		r.count--
		if r.count == 0 {
			r.owner = 0
			return py.None, r.l.Release()
		}
		return py.None, nil
	}
	RLockType.AddMethod("acquire", acq)
	RLockType.AddMethod("__enter__", acq)
	RLockType.AddMethod("release", rel)
	RLockType.AddMethod("__exit__", rel)
	RLockType.AddMethod("_is_owned", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		r, err := rlockArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(r.count > 0 && r.owner == t.Ident), nil
	})
	py.InstallNew(RLockType)
}
