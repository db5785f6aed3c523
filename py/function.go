package py

// Function is a function defined in Python. Calling it runs its Code in
// the interpreter (vm*.go).
type Function struct {
	Code        *Code
	Globals     *Dict
	Name        string
	QualName    string
	Defaults    []Object // defaults of the last positional parameters
	KwDefaults  *Dict    // defaults of keyword-only parameters (nil if none)
	Closure     []*Cell
	Doc         Object
	Dict        *Dict // function attributes (lazily created)
	Module      Object
	Annotations *Dict
	builtins    *Dict // resolved from Globals when the function was made
}

func (*Function) Type() *Type { return FunctionType }

// Builtin is a function implemented in Go (builtin_function_or_method).
// When Self is non-nil it is a bound method and Self is passed as args[0].
type Builtin struct {
	Name   string
	Fn     Native
	Self   Object
	Module string
	Doc    string
}

func (*Builtin) Type() *Type { return BuiltinType }

// NewBuiltin makes a Go function callable from Python.
func NewBuiltin(name string, fn Native) *Builtin { return &Builtin{Name: name, Fn: fn} }

// MethodDescriptor is a Go-implemented method stored in a builtin type's
// dict. Accessed through an instance it becomes a bound *Builtin.
type MethodDescriptor struct {
	Name  string
	Owner *Type
	Fn    Native
	// Raw methods receive an instance of a user subclass of a builtin
	// type as it is, not its builtin base value.
	Raw bool
}

func (*MethodDescriptor) Type() *Type { return MethodDescriptorType }

// BoundMethod is a Python function bound to an instance.
type BoundMethod struct {
	Func Object
	Self Object
}

func (*BoundMethod) Type() *Type { return MethodType }

// ClassMethod is the classmethod descriptor.
type ClassMethod struct {
	Func Object
	Dict *Dict
}

func (*ClassMethod) Type() *Type { return ClassMethodType }

// StaticMethod is the staticmethod descriptor.
type StaticMethod struct {
	Func Object
	Dict *Dict
}

func (*StaticMethod) Type() *Type { return StaticMethodType }

// Property is the property descriptor.
type Property struct {
	Get, Set, Del Object // nil when absent
	Doc           Object
	cls           *Type  // for subclasses of property
	name          string // set by __set_name__, for error messages
}

func (p *Property) Type() *Type {
	if p.cls != nil {
		return p.cls
	}
	return PropertyType
}

// GetSet is a Go-computed attribute of a builtin type.
type GetSet struct {
	Name  string
	Owner *Type
	Get   func(t *Thread, self Object) (Object, error)
	Set   func(t *Thread, self, v Object) error // nil: read-only; v nil deletes (members)
	// Member marks the descriptor of a __slots__ name (member_descriptor).
	Member bool
}

func (g *GetSet) Type() *Type {
	if g.Member {
		return MemberDescriptorType
	}
	return GetSetType
}

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict
}

func (*Module) Type() *Type { return ModuleType }

// NewModule creates an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetString("__name__", NewStr(name))
	return m
}

// Set stores a module attribute.
func (m *Module) Set(name string, v Object) { m.Dict.SetString(name, v) }

// SetFunc stores a Go function as a module attribute.
func (m *Module) SetFunc(name string, fn Native) {
	m.Dict.SetString(name, &Builtin{Name: name, Fn: fn, Module: m.Name})
}

// Get returns a module attribute or nil.
func (m *Module) Get(name string) Object { return m.Dict.GetString(name) }
