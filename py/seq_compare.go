package py

import "bytes"

// compareSequences compares lists with lists, tuples with tuples and
// bytes-like objects lexicographically; ok is false for other pairs.
func compareSequences(t *Thread, a, b Object, op CompareOp) (Object, bool, error) {
	var x, y []Object
	switch va := a.(type) {
	case *List:
		vb, ok := b.(*List)
		if !ok {
			return nil, false, nil
		}
		x, y = va.Items, vb.Items
	case *Tuple:
		vb, ok := b.(*Tuple)
		if !ok {
			return nil, false, nil
		}
		x, y = va.Items, vb.Items
	case *Bytes, *ByteArray:
		ba, _ := AsBytes(a)
		bb, ok := AsBytes(b)
		if !ok || !isBytesOrByteArray(b) {
			return nil, false, nil
		}
		return NewBool(cmpResult(op, bytes.Compare(ba, bb))), true, nil
	default:
		return nil, false, nil
	}
	if (op == EQ || op == NE) && len(x) != len(y) {
		return NewBool(op == NE), true, nil
	}
	t = orThread(t)
	if err := t.Enter(); err != nil {
		return nil, true, err
	}
	defer t.Leave()
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := Eq(t, x[i], y[i])
		if err != nil {
			return nil, true, err
		}
		if !eq {
			switch op {
			case EQ:
				return False, true, nil
			case NE:
				return True, true, nil
			}
			r, err := RichCompare(t, x[i], y[i], op)
			return r, true, err
		}
	}
	c := 0
	if len(x) < len(y) {
		c = -1
	} else if len(x) > len(y) {
		c = 1
	}
	return NewBool(cmpResult(op, c)), true, nil
}

// isBytesOrByteArray: other buffers (memoryview, array) compare through
// their own methods.
func isBytesOrByteArray(o Object) bool {
	switch v := o.(type) {
	case *Bytes, *ByteArray:
		return true
	case *Instance:
		return isBytesOrByteArray(v.Base)
	}
	return false
}
