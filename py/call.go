package py

import (
	"runtime"
	"strings"
	"upy/compile"
)

var (
	strNew  = Intern("__new__")
	strInit = Intern("__init__")
	strCall = Intern("__call__")
)

// Call calls fn(*args, **kw). The callee must not keep or modify args.
func (t *Thread) Call(fn Object, args []Object, kw []Kwarg) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return t.CallFunction(f, args, kw)
	case *Builtin:
		if f.Self != nil {
			return safeNative(t, f.Name, f.Fn, prepend(f.Self, args), kw)
		}
		return safeNative(t, f.Name, f.Fn, args, kw)
	case *BoundMethod:
		return t.Call(f.Func, prepend(f.Self, args), kw)
	case *MethodDescriptor:
		return callMethodDescriptor(t, f, args, kw)
	case *Type:
		return callType(t, f, args, kw)
	case *StaticMethod:
		return t.Call(f.Func, args, kw)
	}
	call := fn.Type().Lookup(strCall)
	if call == nil {
		return nil, Errorf(TypeError, "'%s' object is not callable", TypeName(fn))
	}
	if err := t.Enter(); err != nil {
		return nil, err
	}
	defer t.Leave()
	return t.Call(call, prepend(fn, args), kw)
}

// CallMethod calls o.name(*args).
func (t *Thread) CallMethod(o Object, name string, args ...Object) (Object, error) {
	fn, self, err := GetMethod(t, o, Intern(name))
	if err != nil {
		return nil, err
	}
	if self != nil {
		return t.Call(fn, prepend(self, args), nil)
	}
	return t.Call(fn, args, nil)
}

func prepend(self Object, args []Object) []Object {
	all := make([]Object, len(args)+1)
	all[0] = self
	copy(all[1:], args)
	return all
}

// callMethodDescriptor calls a Go method with args[0] as receiver. A
// receiver that is an instance of a user subclass of a builtin type is
// replaced by its builtin base value.
func callMethodDescriptor(t *Thread, f *MethodDescriptor, args []Object, kw []Kwarg) (Object, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", f.Owner.Name, f.Name)
	}
	self := args[0]
	if !self.Type().IsSubtype(f.Owner) {
		if isSlotWrapper(f) {
			return nil, Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", f.Name, f.Owner.Name, TypeName(self))
		}
		return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f.Name, f.Owner.Name, TypeName(self))
	}
	if inst, ok := self.(*Instance); ok && inst.Base != nil && f.Owner != ObjectType && !f.Raw {
		a := make([]Object, len(args))
		copy(a, args)
		a[0] = inst.Base
		r, err := safeNative(t, f.Name, f.Fn, a, kw)
		if r == inst.Base && !isNumberValue(r) {
			r = inst
		}
		return r, err
	}
	return safeNative(t, f.Name, f.Fn, args, kw)
}

// isSlotWrapper reports whether CPython implements the builtin method f
// as a slot wrapper (most dunder methods), whose receiver check words
// its error differently from ordinary method descriptors.
func isSlotWrapper(f *MethodDescriptor) bool {
	n := f.Name
	if len(n) < 5 || n[:2] != "__" || n[len(n)-2:] != "__" {
		return false
	}
	switch n {
	case "__alloc__", "__bytes__", "__ceil__", "__complex__", "__dir__", "__enter__", "__exit__", "__floor__",
		"__format__", "__getnewargs__", "__getstate__", "__instancecheck__", "__reduce__", "__reduce_ex__",
		"__reversed__", "__round__", "__sizeof__", "__subclasscheck__", "__subclasses__", "__trunc__":
		return false
	case "__contains__":
		o := f.Owner
		return o != DictType && o != SetType && o != FrozenSetType
	case "__getitem__":
		return f.Owner != ListType && f.Owner != DictType
	}
	return true
}

// callType instantiates a class: cls.__new__ then cls.__init__.
func callType(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	if cls == TypeType && len(args) == 1 && len(kw) == 0 {
		return args[0].Type(), nil
	}
	meta := cls.Type()
	if meta != TypeType {
		if c := meta.Lookup(strCall); c != nil && c != typeCallDesc {
			return callMethodObj2(t, c, cls, args, kw)
		}
	}
	return typeCall(t, cls, args, kw)
}

// typeCall is type.__call__: create with __new__, then run __init__.
func typeCall(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	if cls.newOnly > 0 {
		return newInstance(t, cls, args, kw) // str(x), int(x), tuple(x)...
	}
	if cls.newOnly == 0 && cls.IsBuiltin() {
		cls.newOnly = -1
		if n := cls.Lookup(strNew); cls != ObjectType && (n == nil || isBuiltinNew(n)) && cls.Layout == cls && cls.New != nil && cls.Lookup(strInit) == objectInitDesc {
			cls.newOnly = 1
		}
	}
	var obj Object
	var err error
	newFn := cls.Lookup(strNew)
	if newFn == nil || isBuiltinNew(newFn) {
		if cls.Layout.New == nil {
			return nil, Errorf(TypeError, "cannot create '%s' instances", cls.Name)
		}
		if cls.Layout == ObjectType {
			if err := checkObjectArgs(cls, args, kw); err != nil {
				return nil, err
			}
		}
		obj, err = newInstance(t, cls, args, kw)
	} else {
		if sm, ok := newFn.(*StaticMethod); ok {
			newFn = sm.Func
		}
		obj, err = t.Call(newFn, prepend(cls, args), kw)
	}
	if err != nil {
		return nil, err
	}
	if !obj.Type().IsSubtype(cls) {
		return obj, nil
	}
	init := obj.Type().Lookup(strInit)
	if init == nil || init == objectInitDesc {
		return obj, nil
	}
	if md, ok := init.(*MethodDescriptor); ok && cls.IsBuiltin() && md.Owner == cls && cls.Layout != ObjectType {
		// builtin immutable types do their work in New
		_ = md
	}
	r, err := callMethodObj2(t, init, obj, args, kw)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}

// genFlags marks code whose calls make generators or coroutines.
const genFlags = compile.FlagGenerator | compile.FlagCoroutine | compile.FlagAsyncGen

// inlineTarget returns the Python function the VM can run in its own loop
// for a call of fn, and the self argument to put first (for a bound
// method), or nil.
func inlineTarget(fn Object) (*Function, Object) {
	switch f := fn.(type) {
	case *Function:
		if !f.Code.gen {
			return f, nil
		}
	case *BoundMethod:
		if g, ok := f.Func.(*Function); ok && !g.Code.gen {
			return g, f.Self
		}
	}
	return nil, nil
}

// pushInline binds a call of fn (with self first when not nil) for the
// VM loop. The argument lists may be the caller's stack: bind copies them.
func (t *Thread) pushInline(fn *Function, self Object, args []Object, kw []Kwarg) (*Frame, error) {
	if code := fn.Code; len(kw) == 0 && code.simpleArgc >= 0 && t.depth < t.Interp.RecursionLimit+50 && t.depth < maxGoDepth {
		// The common call: positional arguments to plain parameters.
		n := len(args)
		if self != nil {
			n++
		}
		if n == code.simpleArgc {
			return t.pushSimple(fn, self, args), nil
		}
	}
	if self == nil {
		return t.pushCall(fn, args, kw)
	}
	all := append(append(t.argScratch[:0], self), args...)
	nf, err := t.pushCall(fn, all, kw)
	clear(all)
	t.argScratch = all[:0]
	return nf, err
}

// pushSimple makes the frame of a call that pushInline found simple.
func (t *Thread) pushSimple(fn *Function, self Object, args []Object) *Frame {
	t.depth++
	code := fn.Code
	f := t.allocFrame()
	f.code, f.fn, f.globals, f.builtins = code, fn, fn.Globals, fn.builtins // f.locals is nil (recycle, allocFrame)
	buf := f.sizeBuf(code.frameSize)
	if self != nil {
		buf[0] = self
		copySlots(buf[1:], args)
	} else {
		copySlots(buf, args)
	}
	return f
}

// inlineInit returns a new instance of cls and its Python __init__ when
// calling cls is the default construction (no metaclass __call__,
// object.__new__, a plain Python __init__), so that the VM can run
// __init__ in its own loop like any other call. It returns nil otherwise.
func (t *Thread) inlineInit(cls *Type) (*Instance, *Function) {
	if cls.Layout != ObjectType {
		return nil, nil
	}
	if meta := cls.Type(); meta != TypeType {
		if c := meta.Lookup(strCall); c != nil && c != typeCallDesc {
			return nil, nil
		}
	}
	if newFn := cls.Lookup(strNew); newFn != nil && !isBuiltinNew(newFn) {
		return nil, nil
	}
	init, ok := cls.Lookup(strInit).(*Function)
	if !ok || init.Code.gen {
		return nil, nil
	}
	return t.newPlainInstance(cls), init
}

// newInstance creates an instance of cls using its builtin layout.
func newInstance(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
	v, err := cls.Layout.New(t, cls, args, kw)
	if err != nil {
		return nil, err
	}
	if v.Type().IsSubtype(cls) || cls.Layout == cls {
		// A builtin constructor may return another type (reversed(list)
		// is a list_reverseiterator).
		return v, nil
	}
	inst := &Instance{Cls: cls, Base: v}
	if cls.Flags&FlagHasDel != 0 {
		t.trackInstance(inst)
	}
	return inst, nil
}

// checkObjectArgs raises the error of object.__new__ for excess arguments.
func checkObjectArgs(cls *Type, args []Object, kw []Kwarg) error {
	if len(args) == 0 && len(kw) == 0 {
		return nil
	}
	if init := cls.Lookup(strInit); init == nil || init == objectInitDesc {
		return Errorf(TypeError, "%s() takes no arguments", cls.Name)
	}
	return nil
}

// callMethodObj2 calls an unbound class attribute with self and keywords.
func callMethodObj2(t *Thread, fn, self Object, args []Object, kw []Kwarg) (Object, error) {
	switch fn.(type) {
	case *Function, *MethodDescriptor:
		return t.Call(fn, prepend(self, args), kw)
	}
	bound, err := bindDescriptor(t, fn, self, self.Type())
	if err != nil {
		return nil, err
	}
	return t.Call(bound, args, kw)
}

// Callable reports whether o can be called.
func Callable(o Object) bool {
	switch o.(type) {
	case *Function, *Builtin, *BoundMethod, *MethodDescriptor, *Type:
		return true
	}
	return o.Type().Lookup(strCall) != nil
}

// safeNative calls a Go function, turning a Go run-time panic (a bug in
// an argument check, say) into a Python exception rather than a crash.
func safeNative(t *Thread, name string, fn Native, args []Object, kw []Kwarg) (r Object, err error) {
	defer func() {
		if p := recover(); p != nil {
			if e, ok := p.(runtime.Error); ok {
				msg := e.Error()
				if strings.Contains(msg, "index out of range") {
					err = Errorf(TypeError, "%s() got the wrong number of arguments (%d given)", name, len(args))
				} else {
					err = Errorf(SystemError, "%s(): internal error: %s", name, msg)
				}
				r = nil
				return
			}
			panic(p)
		}
	}()
	return fn(t, args, kw)
}

// isNumberValue reports whether o is a builtin number: results of number
// methods equal to the receiver's value are values, not the receiver.
func isNumberValue(o Object) bool { return kindOf(o) != kNone }
