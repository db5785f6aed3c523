// Package py is upy's runtime: the object model, the builtin types, the
// bytecode interpreter and the builtins module. The name follows
// MicroPython's py/ directory and avoids shadowing Go's runtime package.
//
// Every Python value is an Object. Builtin types are plain Go types (Int,
// Float, *Str, *List, ...) so the interpreter's fast paths are Go type
// switches; every other behaviour goes through the type's attribute
// dictionary, which for builtin types holds Go-implemented methods.
//
// Errors: functions that can raise return a Go error, which is always an
// *Exception (a Python exception instance).
package py

// Object is any Python value.
type Object interface {
	Type() *Type
}

// noneObject is the type of None.
type noneObject struct{}

// None is Python's None.
var None Object = &noneObject{}

func (*noneObject) Type() *Type { return NoneTypeType }

type notImplementedObject struct{}

// NotImplemented is returned by binary operator methods that do not
// handle their operand types.
var NotImplemented Object = &notImplementedObject{}

func (*notImplementedObject) Type() *Type { return NotImplementedTypeType }

type ellipsisObject struct{}

// Ellipsis is Python's `...`.
var Ellipsis Object = &ellipsisObject{}

func (*ellipsisObject) Type() *Type { return EllipsisTypeType }

// Bool is Python's bool. It is a subclass of int.
type Bool bool

const (
	True  = Bool(true)
	False = Bool(false)
)

func (Bool) Type() *Type { return BoolType }

// NewBool returns True or False.
func NewBool(b bool) Object {
	if b {
		return True
	}
	return False
}

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Object
}

// Native is the signature of a function implemented in Go. For methods,
// args[0] is the receiver. kw is nil when there are no keyword arguments.
type Native func(t *Thread, args []Object, kw []Kwarg) (Object, error)

// Instance is an instance of a user-defined class. When the class derives
// from a builtin type other than object (say list or int), Base holds the
// builtin value that carries the inherited state, and builtin methods are
// applied to Base.
type Instance struct {
	Cls  *Type
	Dict *Dict
	Base Object
	// slots holds the values of __slots__ attributes (see slots.go).
	slots *Dict
}

func (o *Instance) Type() *Type { return o.Cls }

// Cell is a closure cell holding a variable shared between scopes.
type Cell struct {
	V Object // nil when the variable is unbound
}

func (*Cell) Type() *Type { return CellType }
