package py

import "math"

// CompareOp is a rich comparison operator.
type CompareOp int

const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

var compareNames = [...]*Str{
	LT: Intern("__lt__"), LE: Intern("__le__"), EQ: Intern("__eq__"),
	NE: Intern("__ne__"), GT: Intern("__gt__"), GE: Intern("__ge__"),
}

var compareSymbols = [...]string{LT: "<", LE: "<=", EQ: "==", NE: "!=", GT: ">", GE: ">="}

// swapped is the reflected operator: a < b is b > a.
var swapped = [...]CompareOp{LT: GT, LE: GE, EQ: EQ, NE: NE, GT: LT, GE: LE}

// Name returns the special method name of the operator.
func (op CompareOp) Name() *Str { return compareNames[op] }

// Symbol returns the operator as written in Python.
func (op CompareOp) Symbol() string { return compareSymbols[op] }

func cmpResult(op CompareOp, c int) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

// RichCompare evaluates `a op b` and returns the result object.
func RichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	// Fast paths for the common builtin pairs.
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			c := 0
			if x < y {
				c = -1
			} else if x > y {
				c = 1
			}
			return NewBool(cmpResult(op, c)), nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			switch op {
			case EQ:
				return NewBool(x == y || x.S == y.S), nil
			case NE:
				return NewBool(x != y && x.S != y.S), nil
			}
			c := 0
			if x.S < y.S {
				c = -1
			} else if x.S > y.S {
				c = 1
			}
			return NewBool(cmpResult(op, c)), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			var r bool
			switch op {
			case LT:
				r = x < y
			case LE:
				r = x <= y
			case EQ:
				r = x == y
			case NE:
				r = x != y
			case GT:
				r = x > y
			case GE:
				r = x >= y
			}
			return NewBool(r), nil
		}
	}
	if c, ok := compareNumbers(a, b); ok {
		if c == 2 { // NaN: unordered
			return NewBool(op == NE), nil
		}
		return NewBool(cmpResult(op, c)), nil
	}
	if r, ok, err := compareSequences(t, a, b, op); ok {
		return r, err
	}
	t = orThread(t)
	if err := t.Enter(); err != nil {
		return nil, err
	}
	defer t.Leave()
	ta, tb := a.Type(), b.Type()
	checkedReflected := false
	if ta != tb && tb.IsSubtype(ta) {
		if fn := tb.Lookup(compareNames[swapped[op]]); fn != nil && fn != None {
			checkedReflected = true
			r, err := callMethodObj(t, fn, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if fn := ta.Lookup(compareNames[op]); fn != nil && fn != None {
		r, err := callMethodObj(t, fn, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReflected {
		if fn := tb.Lookup(compareNames[swapped[op]]); fn != nil && fn != None {
			r, err := callMethodObj(t, fn, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	switch op {
	case EQ:
		return NewBool(Identical(a, b)), nil
	case NE:
		return NewBool(!Identical(a, b)), nil
	}
	return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.ErrorName(), tb.ErrorName())
}

// Identical is Python's `a is b`.
func Identical(a, b Object) bool {
	return a == b
}

// Eq returns a == b as a Go bool. Identical objects are equal (as in
// CPython's containers).
func Eq(t *Thread, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.S == y.S, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x == y || sameNaN(x, y), nil
		}
	}
	r, err := RichCompare(t, a, b, EQ)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(t, r)
}

// Less returns a < b as a Go bool (for sorting and min/max).
func Less(t *Thread, a, b Object) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.S < y.S, nil
		}
	}
	r, err := RichCompare(t, a, b, LT)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(t, r)
}

// sameNaN approximates the identity of float objects, which unboxed
// Floats lack, for NaNs: one NaN value (same bits) stands for one object,
// so that x is x and x in [x] hold for x = float('nan') as in CPython.
func sameNaN(x, y Float) bool {
	return x != x && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
}
