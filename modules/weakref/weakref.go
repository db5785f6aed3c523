// Package weakref is the _weakref module under lib/weakref.py: weak
// references on Go's weak pointers. A reference dies when the collector
// frees its referent; its callback runs at the next gc.collect() or call
// of any weak reference, on the interpreter's thread.
package weakref

import (
	"runtime"
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

// dead holds references whose referents were freed and whose callbacks
// have not run yet.
var (
	deadMu sync.Mutex
	dead   []*Ref
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
		addCleanup(o, r)
	}
	return r, nil
}

// addCleanup queues r's callback for when o is freed.
func addCleanup(o py.Object, r *Ref) {
	queue := func(r *Ref) {
		deadMu.Lock()
		dead = append(dead, r)
		deadMu.Unlock()
	}
	switch v := o.(type) {
	case *py.Instance:
		runtime.AddCleanup(v, queue, r)
	case *py.Function:
		runtime.AddCleanup(v, queue, r)
	case *py.Type:
		runtime.AddCleanup(v, queue, r)
	case *py.Set:
		runtime.AddCleanup(v, queue, r)
	case *py.Generator:
		runtime.AddCleanup(v, queue, r)
	case *py.Module:
		runtime.AddCleanup(v, queue, r)
	case *py.BoundMethod:
		runtime.AddCleanup(v, queue, r)
	case *py.Builtin:
		runtime.AddCleanup(v, queue, r)
	}
}

// runCallbacks calls the callbacks of references that died.
func runCallbacks(t *py.Thread) {
	for {
		deadMu.Lock()
		list := dead
		dead = nil
		deadMu.Unlock()
		if len(list) == 0 {
			return
		}
		for _, r := range list {
			if _, err := t.Call(r.callback, []py.Object{r}, nil); err != nil {
				// as CPython: reported, not raised
				_ = py.PrintTraceback(t, py.AsException(err), t.Interp.Sys.Get("stderr"))
			}
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
