// Package weakref is the _weakref module under lib/weakref.py: weak
// references on Go's weak pointers. A reference dies when the collector
// frees its referent; its callback runs at the next gc.collect() or call
// of any weak reference, on the interpreter's thread (a collection clears
// weak pointers before it returns, so this is deterministic).
package weakref

import (
	"sync"
	"weak"

	"upy/py"
)

// Ref is a weakref.ref.
type Ref struct {
	get      func() py.Object // the referent, or nil once it is freed
	callback py.Object        // nil for none
	hash     int64
	hashed   bool
}

// RefType is weakref.ReferenceType.
var RefType = func() *py.Type {
	t := py.NewBuiltinType("ReferenceType", py.ObjectType, newRef)
	t.Module = "weakref"
	return t
}()

func (*Ref) Type() *py.Type { return RefType }

// weakGetter returns a function giving o while it lives, or false when o
// cannot be referenced weakly (as in CPython, ints, strs, tuples, lists
// and dicts cannot).
func weakGetter(o py.Object) (func() py.Object, bool) {
	switch v := o.(type) {
	case *py.Instance:
		return weakFunc(v), true
	case *py.Function:
		return weakFunc(v), true
	case *py.Type:
		return weakFunc(v), true
	case *py.Set:
		return weakFunc(v), true
	case *py.Generator:
		return weakFunc(v), true
	case *py.Module:
		return weakFunc(v), true
	case *py.BoundMethod:
		return weakFunc(v), true
	case *py.Builtin:
		return weakFunc(v), true
	}
	return nil, false
}

func weakFunc[T any, P interface {
	*T
	py.Object
}](p P) func() py.Object {
	w := weak.Make((*T)(p))
	return func() py.Object {
		if v := w.Value(); v != nil {
			return P(v)
		}
		return nil
	}
}

// armed holds the references with a callback still to run.
var (
	armedMu sync.Mutex
	armed   = map[*Ref]struct{}{}
)

func newRef(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("__new__", args, kw, 1, 2); err != nil {
		return nil, err
	}
	o := args[0]
	r := &Ref{}
	if len(args) == 2 && args[1] != py.None {
		r.callback = args[1]
	}
	get, ok := weakGetter(o)
	if !ok {
		return nil, py.Errorf(py.TypeError, "cannot create weak reference to '%s' object", py.TypeName(o))
	}
	r.get = get
	if r.callback != nil {
		armedMu.Lock()
		armed[r] = struct{}{}
		armedMu.Unlock()
	}
	return r, nil
}

// runCallbacks calls the callbacks of references whose referents died.
func runCallbacks(t *py.Thread) {
	var fire []*Ref
	armedMu.Lock()
	for r := range armed {
		if r.get() == nil {
			fire = append(fire, r)
			delete(armed, r)
		}
	}
	armedMu.Unlock()
	for _, r := range fire {
		if _, err := t.Call(r.callback, []py.Object{r}, nil); err != nil {
			// as CPython: reported, not raised
			_ = py.PrintTraceback(t, py.AsException(err), t.Interp.Sys.Get("stderr"))
		}
	}
}

func init() {
	RefType.AddMethod("__call__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("__call__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		runCallbacks(t)
		if v := args[0].(*Ref).get(); v != nil {
			return v, nil
		}
		return py.None, nil
	})
	RefType.AddMethod("__hash__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		r := args[0].(*Ref)
		if !r.hashed {
			v := r.get()
			if v == nil {
				return nil, py.Errorf(py.TypeError, "weak object has gone away")
			}
			h, err := py.Hash(t, v)
			if err != nil {
				return nil, err
			}
			r.hash, r.hashed = h, true
		}
		return py.Int(r.hash), nil
	})
	RefType.AddMethod("__eq__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		a := args[0].(*Ref)
		b, ok := args[1].(*Ref)
		if !ok {
			return py.NotImplemented, nil
		}
		x, y := a.get(), b.get()
		if x == nil || y == nil {
			return py.NewBool(a == b), nil
		}
		return py.RichCompare(t, x, y, py.EQ)
	})
	RefType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		r := args[0].(*Ref)
		v := r.get()
		if v == nil {
			return py.NewStr("<weakref at " + py.HexID(r) + "; dead>"), nil
		}
		return py.NewStr("<weakref at " + py.HexID(r) + "; to '" + py.TypeName(v) + "' at " + py.HexID(v) + ">"), nil
	})
	RefType.AddGetSet("__callback__", func(t *py.Thread, self py.Object) (py.Object, error) {
		if cb := self.(*Ref).callback; cb != nil {
			return cb, nil
		}
		return py.None, nil
	}, nil)

	py.RegisterModule("_weakref", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("_weakref")
		m.Set("ref", RefType)
		m.Set("ReferenceType", RefType)
		m.SetFunc("_run_callbacks", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			runCallbacks(t)
			return py.None, nil
		})
		return m, nil
	})
	py.AfterCollect = append(py.AfterCollect, runCallbacks)
}
