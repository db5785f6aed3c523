package py

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

// Frame is an executing function's state (vm: frame.go).
type Frame struct{}

// CallFunction calls a Python function (vm: call_function.go).
func (t *Thread) CallFunction(fn *Function, args []Object, kw []Kwarg) (Object, error) {
	return nil, Errorf(NotImplementedError, "the interpreter is not built yet")
}
