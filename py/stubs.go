package py

import "upy/syntax"

// Temporary stand-ins for pieces being written in parallel; each is
// replaced by its real implementation (see the comment on each).

// numericBinary handles op for int/bool/float/complex operands (num_ops.go).
func numericBinary(t *Thread, op BinOp, a, b Object) (Object, bool, error) {
	return nil, false, nil
}

// numericUnary handles unary ops on numbers (num_ops.go).
func numericUnary(t *Thread, op UnaryOpKind, a Object) (Object, bool, error) {
	return nil, false, nil
}

// builtinIter returns the Go iterator of builtin iterables (iter.go).
func builtinIter(o Object) (Iterator, bool) {
	return nil, false
}

// Code is a compiled code object (vm: code.go).
type Code struct{}

func (*Code) Type() *Type { return CodeType }

// Frame is an executing function's state (vm: frame.go).
type Frame struct{}

// CallFunction calls a Python function (vm: call_function.go).
func (t *Thread) CallFunction(fn *Function, args []Object, kw []Kwarg) (Object, error) {
	return nil, Errorf(NotImplementedError, "the interpreter is not built yet")
}

// Sorted is sorted() (containers: list_sort.go).
func Sorted(t *Thread, iterable, key Object, reverse bool) (*List, error) {
	return nil, Errorf(NotImplementedError, "sorted")
}

// MinMax is min()/max() (containers).
func MinMax(t *Thread, args []Object, kw []Kwarg, isMax bool) (Object, error) {
	return nil, Errorf(NotImplementedError, "min/max")
}

// Sum is sum() (containers).
func Sum(t *Thread, iterable, start Object) (Object, error) {
	return nil, Errorf(NotImplementedError, "sum")
}

// NewCallableIter is iter(callable, sentinel) (containers: builtin_iters.go).
func NewCallableIter(fn, sentinel Object) Object { return None }

// Builtin iterator classes (containers: builtin_iters.go).
var (
	EnumerateType = NewBuiltinType("enumerate", ObjectType, nil)
	ZipType       = NewBuiltinType("zip", ObjectType, nil)
	MapType       = NewBuiltinType("map", ObjectType, nil)
	FilterType    = NewBuiltinType("filter", ObjectType, nil)
	ReversedType  = NewBuiltinType("reversed", ObjectType, nil)
)

// AsBytes returns the bytes of a bytes-like object (strings: bytes.go).
func AsBytes(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.B, true
	case *ByteArray:
		return v.B, true
	}
	return nil, false
}

// Frame accessors (vm: frame.go).
func (f *Frame) Locals() *Dict  { return NewDict() }
func (f *Frame) Globals() *Dict { return NewDict() }

// CompileSource compiles Python source (vm: compile_api.go).
func CompileSource(filename string, src []byte, mode syntax.Mode, optimize int) (*Code, error) {
	return nil, Errorf(NotImplementedError, "compiler not built yet")
}

// RunCode executes a code object (vm: vm.go).
func (t *Thread) RunCode(code *Code, globals, locals *Dict) (Object, error) {
	return nil, Errorf(NotImplementedError, "interpreter not built yet")
}

// GetFrame returns sys._getframe(depth) (vm: frame.go).
func (t *Thread) GetFrame(depth int) (Object, error) {
	return nil, Errorf(ValueError, "call stack is not deep enough")
}

// Generator is a generator/coroutine object (vm: generator.go).
type Generator struct{}

func (*Generator) Type() *Type { return GeneratorType }

// Resume runs the generator until it yields or finishes (vm: generator.go).
func (g *Generator) Resume(t *Thread, send Object, throw *Exception) (yielded, returned Object, err error) {
	return nil, nil, Errorf(NotImplementedError, "generators")
}

// WritableBytes returns the writable buffer of a bytearray or writable
// memoryview (strings: bytes.go).
func WritableBytes(o Object) ([]byte, bool) {
	if b, ok := o.(*ByteArray); ok {
		return b.B, true
	}
	return nil, false
}
