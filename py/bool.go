package py

// bool is a subclass of int with two instances; & | ^ of two bools stay
// bool, every other operation gives an int (handled in numericBinary).

func init() {
	BoolType.Doc = "Returns True when the argument is true, False otherwise."
	BoolType.New = func(t *Thread, cls *Type, args []Object, kw []Kwarg) (Object, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "bool() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, Errorf(TypeError, "bool expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return False, nil
		}
		b, err := Truth(t, args[0])
		return NewBool(b), err
	}
	BoolType.AddMethod("__repr__", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		if b, ok := args[0].(Bool); ok && bool(b) {
			return NewStr("True"), nil
		}
		return NewStr("False"), nil
	})
	for _, op := range []BinOp{OpAnd, OpOr, OpXor} {
		BoolType.AddMethod(binOps[op].name.S, binaryMethod(kBig, op, false, true))
		BoolType.AddMethod(binOps[op].rname.S, binaryMethod(kBig, op, true, true))
	}
}
