package py

// BinOp identifies a binary arithmetic operator. The values match
// syntax.Operator so the compiler can pass them through unchanged.
type BinOp int

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
)

type binOpInfo struct {
	name, rname, iname *Str
	sym                string
}

var binOps = [...]binOpInfo{
	OpAdd:      {Intern("__add__"), Intern("__radd__"), Intern("__iadd__"), "+"},
	OpSub:      {Intern("__sub__"), Intern("__rsub__"), Intern("__isub__"), "-"},
	OpMul:      {Intern("__mul__"), Intern("__rmul__"), Intern("__imul__"), "*"},
	OpMatMul:   {Intern("__matmul__"), Intern("__rmatmul__"), Intern("__imatmul__"), "@"},
	OpTrueDiv:  {Intern("__truediv__"), Intern("__rtruediv__"), Intern("__itruediv__"), "/"},
	OpMod:      {Intern("__mod__"), Intern("__rmod__"), Intern("__imod__"), "%"},
	OpPow:      {Intern("__pow__"), Intern("__rpow__"), Intern("__ipow__"), "** or pow()"},
	OpLShift:   {Intern("__lshift__"), Intern("__rlshift__"), Intern("__ilshift__"), "<<"},
	OpRShift:   {Intern("__rshift__"), Intern("__rrshift__"), Intern("__irshift__"), ">>"},
	OpOr:       {Intern("__or__"), Intern("__ror__"), Intern("__ior__"), "|"},
	OpXor:      {Intern("__xor__"), Intern("__rxor__"), Intern("__ixor__"), "^"},
	OpAnd:      {Intern("__and__"), Intern("__rand__"), Intern("__iand__"), "&"},
	OpFloorDiv: {Intern("__floordiv__"), Intern("__rfloordiv__"), Intern("__ifloordiv__"), "//"},
}

// Name returns the special method name, e.g. "__add__".
func (op BinOp) Name() *Str { return binOps[op].name }

// Symbol returns the operator as written in Python.
func (op BinOp) Symbol() string { return binOps[op].sym }

// BinaryOp evaluates a op b.
func BinaryOp(t *Thread, op BinOp, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := intFastInt(op, x, y); ok {
				if t != nil {
					return t.boxInt(int64(r)), nil
				}
				return MakeInt(int64(r)), nil
			}
		}
	}
	if r, ok, err := numericBinary(t, op, a, b); ok {
		return r, err
	}
	if r, ok, err := seqBinary(t, op, a, b); ok {
		return r, err
	}
	return binaryDispatch(t, op, a, b)
}

// seqBinary does str/list/tuple concatenation and str % args between
// builtin values directly, without looking up and calling __add__ or
// __mod__ (the right operand being a builtin type, no reflected method
// of a subclass can take precedence).
func seqBinary(t *Thread, op BinOp, a, b Object) (Object, bool, error) {
	switch x := a.(type) {
	case *Str:
		switch op {
		case OpAdd:
			if y, ok := b.(*Str); ok {
				return NewStr(x.S + y.S), true, nil
			}
		case OpMod:
			if _, ok := b.(*Instance); !ok {
				r, err := PercentFormat(t, x.S, b)
				if err != nil {
					return nil, true, err
				}
				return NewStr(r), true, nil
			}
		}
	case *List:
		if y, ok := b.(*List); ok && op == OpAdd {
			items := make([]Object, 0, len(x.Items)+len(y.Items))
			return NewList(append(append(items, x.Items...), y.Items...)...), true, nil
		}
	case *Tuple:
		if y, ok := b.(*Tuple); ok && op == OpAdd {
			items := make([]Object, 0, len(x.Items)+len(y.Items))
			return NewTuple(append(append(items, x.Items...), y.Items...)...), true, nil
		}
	}
	return nil, false, nil
}

// intFast handles the small-int cases that cannot overflow or fail.
func intFast(op BinOp, x, y Int) (Object, bool) {
	r, ok := intFastInt(op, x, y)
	if !ok {
		return nil, false
	}
	return MakeInt(int64(r)), true
}

// intFastInt is intFast without boxing the result.
func intFastInt(op BinOp, x, y Int) (Int, bool) {
	switch op {
	case OpAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return r, true
		}
	case OpSub:
		r := x - y
		if (r < x) == (y > 0) {
			return r, true
		}
	case OpMul:
		if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
			return x * y, true
		}
	case OpAnd:
		return x & y, true
	case OpOr:
		return x | y, true
	case OpXor:
		return x ^ y, true
	case OpRShift:
		if y >= 0 {
			if y >= 63 {
				if x < 0 {
					return -1, true
				}
				return 0, true
			}
			return x >> uint(y), true
		}
	case OpLShift:
		if y >= 0 && y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return r, true
			}
		}
	case OpFloorDiv, OpMod:
		if y == 0 || (y == -1 && x == -1<<63) {
			return 0, false
		}
		q := x / y
		m := x % y
		if m != 0 && (m < 0) != (y < 0) {
			q--
			m += y
		}
		if op == OpFloorDiv {
			return q, true
		}
		return m, true
	}
	return 0, false
}

// binaryDispatch is the generic operator protocol with reflected methods.
func binaryDispatch(t *Thread, op BinOp, a, b Object) (Object, error) {
	t = orThread(t)
	if err := t.Enter(); err != nil {
		return nil, err
	}
	defer t.Leave()
	info := &binOps[op]
	ta, tb := a.Type(), b.Type()
	fa := ta.Lookup(info.name)
	var fb Object
	if ta != tb {
		fb = tb.Lookup(info.rname)
		if fb != nil && fb == ta.Lookup(info.rname) {
			fb = nil // same implementation: it was tried as fa
		}
	}
	if fb != nil && fb != None && tb.IsSubtype(ta) {
		r, err := callMethodObj(t, fb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		fb = nil
	}
	if fa != nil && fa != None {
		r, err := callMethodObj(t, fa, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil && fb != None {
		r, err := callMethodObj(t, fb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, binaryTypeError(op, a, b)
}

func binaryTypeError(op BinOp, a, b Object) *Exception {
	if op == OpAdd {
		if _, ok := a.(*Str); ok {
			return Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(b))
		}
		if _, ok := a.(*List); ok {
			return Errorf(TypeError, "can only concatenate list (not \"%s\") to list", TypeName(b))
		}
		if _, ok := a.(*Tuple); ok {
			return Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
		}
	}
	if op == OpMul {
		for _, x := range []Object{a, b} {
			switch x.(type) {
			case *List, *Tuple, *Str, *Bytes, *ByteArray:
				other := b
				if x == b {
					other = a
				}
				return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(other))
			}
		}
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), TypeName(a), TypeName(b))
}

// InplaceOp evaluates a op= b: __iop__ first, then the binary operator.
func InplaceOp(t *Thread, op BinOp, a, b Object) (Object, error) {
	switch a.(type) {
	case Int, Float, *Str, *Tuple, Bool, *BigInt, Complex, *Bytes:
		return BinaryOp(t, op, a, b)
	case *List:
		if op == OpAdd {
			l := a.(*List)
			if bl, ok := b.(*List); ok {
				l.Items = append(l.Items, bl.Items...)
				return l, nil
			}
			items, err := ToSlice(t, b)
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return l, nil
		}
	}
	t = orThread(t)
	if fn := a.Type().Lookup(binOps[op].iname); fn != nil && fn != None {
		if err := t.Enter(); err != nil {
			return nil, err
		}
		r, err := callMethodObj(t, fn, a, b)
		t.Leave()
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := BinaryOp(t, op, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsInstance(TypeError) && r == nil {
			msg := exceptionStr(e)
			prefix := "unsupported operand type(s) for " + op.Symbol() + ":"
			if len(msg) >= len(prefix) && msg[:len(prefix)] == prefix {
				return nil, Errorf(TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'", op.Symbol(), TypeName(a), TypeName(b))
			}
		}
	}
	return r, err
}

// UnaryOpKind identifies a unary operator.
type UnaryOpKind int

const (
	OpInvert UnaryOpKind = iota
	OpNot
	OpPos
	OpNeg
)

var unaryNames = [...]*Str{OpInvert: Intern("__invert__"), OpPos: Intern("__pos__"), OpNeg: Intern("__neg__")}
var unarySyms = [...]string{OpInvert: "~", OpPos: "+", OpNeg: "-"}

// UnaryOp evaluates -a, +a, ~a or not a.
func UnaryOp(t *Thread, op UnaryOpKind, a Object) (Object, error) {
	if op == OpNot {
		b, err := Truth(t, a)
		return NewBool(!b), err
	}
	if r, ok, err := numericUnary(t, op, a); ok {
		return r, err
	}
	t = orThread(t)
	r, found, err := CallSpecial(t, a, unaryNames[op])
	if !found {
		return nil, Errorf(TypeError, "bad operand type for unary %s: '%s'", unarySyms[op], TypeName(a))
	}
	return r, err
}
