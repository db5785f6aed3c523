package py

// The operator special methods shared by int, float and complex. Each
// method accepts operands of its own type or lower in the numeric tower
// (int.__add__(1, 2.0) is NotImplemented; float.__add__(1.0, 2) is 3.0),
// and receivers that are instances of subclasses are unwrapped.

// numSelf returns the builtin number behind a method argument.
func numSelf(o Object) Object {
	if inst, ok := o.(*Instance); ok && inst.Base != nil {
		return inst.Base
	}
	return o
}

// acceptOperand returns the builtin number behind other when a method of
// a type of kind owner handles it.
func acceptOperand(owner numKind, other Object) (Object, bool) {
	o := numSelf(other)
	k := kindOf(o)
	if k == kNone || k > owner {
		return nil, false
	}
	return o, true
}

func expectArgs(args []Object, n int) error {
	if len(args) != n {
		return Errorf(TypeError, "expected %d argument%s, got %d", n-1, plural(n-1), len(args)-1)
	}
	return nil
}

func binaryMethod(owner numKind, op BinOp, reflected, keepBool bool) Native {
	return func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := expectArgs(args, 2); err != nil {
			return nil, err
		}
		a := numSelf(args[0])
		b, ok := acceptOperand(owner, args[1])
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		r, ok, err := numericBinary(t, op, a, b)
		if !ok {
			return NotImplemented, nil
		}
		if bv, isBool := r.(Bool); isBool && !keepBool {
			r = Int(small(bv)) // int.__and__(True, True) is 1
		}
		return r, err
	}
}

func powMethod(owner numKind, reflected bool) Native {
	return func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if len(args) != 2 && len(args) != 3 {
			return nil, Errorf(TypeError, "expected 1 or 2 arguments, got %d", len(args)-1)
		}
		a := numSelf(args[0])
		b, ok := acceptOperand(owner, args[1])
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		if len(args) == 3 && args[2] != None {
			switch owner {
			case kComplex:
				return nil, Errorf(ValueError, "complex modulo")
			case kFloat:
				return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			m := numSelf(args[2])
			if k := kindOf(m); k != kInt && k != kBig {
				return NotImplemented, nil
			}
			return intPowMod(a, b, m)
		}
		r, ok, err := numericBinary(t, OpPow, a, b)
		if !ok {
			return NotImplemented, nil
		}
		return r, err
	}
}

func divmodMethod(owner numKind, reflected bool) Native {
	return func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := expectArgs(args, 2); err != nil {
			return nil, err
		}
		a := numSelf(args[0])
		b, ok := acceptOperand(owner, args[1])
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		return divmodNumbers(a, b)
	}
}

// divmodNumbers is divmod() of two builtin real numbers.
func divmodNumbers(a, b Object) (Object, error) {
	switch max(kindOf(a), kindOf(b)) {
	case kInt:
		x, y := small(a), small(b)
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		if !(x == -1<<63 && y == -1) {
			q, m := x/y, x%y
			if m != 0 && (m < 0) != (y < 0) {
				q--
				m += y
			}
			return NewTuple(MakeInt(q), MakeInt(m)), nil
		}
		fallthrough
	case kBig:
		x, _ := ToBig(a)
		y, _ := ToBig(b)
		if y.Sign() == 0 {
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := bigFloorDivMod(x, y)
		return NewTuple(NewBig(q), NewBig(m)), nil
	case kFloat:
		x, err := toFloat64(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat64(b)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float divmod()")
		}
		q, m := floatDivMod(x, y)
		return NewTuple(Float(q), Float(m)), nil
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}

func compareMethod(owner numKind, op CompareOp) Native {
	return func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := expectArgs(args, 2); err != nil {
			return nil, err
		}
		a := numSelf(args[0])
		b, ok := acceptOperand(owner, args[1])
		if !ok {
			return NotImplemented, nil
		}
		if op == EQ || op == NE {
			eq, _ := numEqual(a, b)
			return NewBool(eq == (op == EQ)), nil
		}
		if owner == kComplex {
			return NotImplemented, nil
		}
		c, _ := compareNumbers(a, b)
		if c == 2 {
			return False, nil
		}
		return NewBool(cmpResult(op, c)), nil
	}
}

func unaryMethod(op UnaryOpKind) Native {
	return func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if err := expectArgs(args, 1); err != nil {
			return nil, err
		}
		r, ok, err := numericUnary(t, op, numSelf(args[0]))
		if !ok {
			return NotImplemented, nil
		}
		return r, err
	}
}

// addNumberOps installs the operator methods of a numeric type.
func addNumberOps(tp *Type, owner numKind) {
	for i := range binOps {
		op := BinOp(i)
		supported := false
		switch owner {
		case kBig:
			supported = op != OpMatMul
		case kFloat:
			supported = floatSupports(op)
		case kComplex:
			supported = complexSupports(op)
		}
		if !supported {
			continue
		}
		if op == OpPow {
			tp.AddMethod("__pow__", powMethod(owner, false))
			tp.AddMethod("__rpow__", powMethod(owner, true))
			continue
		}
		tp.AddMethod(binOps[i].name.S, binaryMethod(owner, op, false, false))
		tp.AddMethod(binOps[i].rname.S, binaryMethod(owner, op, true, false))
	}
	if owner != kComplex {
		tp.AddMethod("__divmod__", divmodMethod(owner, false))
		tp.AddMethod("__rdivmod__", divmodMethod(owner, true))
	}
	for op := LT; op <= GE; op++ {
		tp.AddMethod(compareNames[op].S, compareMethod(owner, op))
	}
	tp.AddMethod("__neg__", unaryMethod(OpNeg))
	tp.AddMethod("__pos__", unaryMethod(OpPos))
	if owner == kBig {
		tp.AddMethod("__invert__", unaryMethod(OpInvert))
	}
}
