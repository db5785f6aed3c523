// Package array is the array module (and uarray): typed arrays of numbers
// stored as their machine representation (linux/amd64 sizes), with
// CPython's behaviour and messages. Arrays export their bytes to
// memoryview and to the functions that take bytes-like objects.
package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"

	"upy/py"
)

const typecodes = "bBuhHiIlLqQfd"

var itemSize = map[byte]int{'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

// Array is array.array.
type Array struct {
	code    byte
	size    int
	data    []byte
	exports py.Exports // memoryviews of data: no resizing while they live
}

// ArrayType is array.array.
var ArrayType = func() *py.Type {
	t := py.NewBuiltinType("array", py.ObjectType, newArray)
	t.Module = "array"
	return t
}()

func (*Array) Type() *py.Type { return ArrayType }

// GetBuffer exports the array's memory (memoryview, bytes(), ...).
func (a *Array) GetBuffer() py.BufferInfo {
	f := string(a.code)
	if a.code == 'u' {
		f = "w" // CPython's format for a wchar_t item
	}
	return py.BufferInfo{B: a.data, Format: f, ItemSize: a.size, Exports: &a.exports}
}

// checkResize refuses to move the memory while views of it live.
func (a *Array) checkResize() error {
	if a.exports.Live() {
		return py.Errorf(py.BufferError, "cannot resize an array that is exporting buffers")
	}
	return nil
}

func (a *Array) len() int { return len(a.data) / a.size }

var le = binary.LittleEndian

// get decodes item i.
func (a *Array) get(i int) py.Object {
	b := a.data[i*a.size : (i+1)*a.size]
	switch a.code {
	case 'b':
		return py.Int(int8(b[0]))
	case 'B':
		return py.Int(b[0])
	case 'u':
		return py.NewStr(string(rune(le.Uint32(b))))
	case 'h':
		return py.Int(int16(le.Uint16(b)))
	case 'H':
		return py.Int(le.Uint16(b))
	case 'i':
		return py.Int(int32(le.Uint32(b)))
	case 'I':
		return py.Int(le.Uint32(b))
	case 'l', 'q':
		return py.Int(int64(le.Uint64(b)))
	case 'L', 'Q':
		u := le.Uint64(b)
		if u > math.MaxInt64 {
			return py.NewBig(new(big.Int).SetUint64(u))
		}
		return py.Int(int64(u))
	case 'f':
		return py.Float(math.Float32frombits(le.Uint32(b)))
	}
	return py.Float(math.Float64frombits(le.Uint64(b)))
}

// encode converts v to the array's representation.
func (a *Array) encode(t *py.Thread, v py.Object) ([]byte, error) {
	b := make([]byte, a.size)
	switch a.code {
	case 'u':
		s, ok := v.(*py.Str)
		if !ok || s.Len() != 1 {
			return nil, py.Errorf(py.TypeError, "array item must be unicode character")
		}
		le.PutUint32(b, uint32(s.At(0)))
		return b, nil
	case 'f', 'd':
		switch v.(type) {
		case py.Float, py.Int, py.Bool, *py.BigInt:
		default:
			if _, err := py.GetAttrString(t, v, "__float__"); err != nil {
				return nil, py.Errorf(py.TypeError, "must be real number, not %s", py.TypeName(v))
			}
		}
		f, err := py.ToFloat(t, v)
		if err != nil {
			return nil, err
		}
		if a.code == 'f' {
			le.PutUint32(b, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(b, math.Float64bits(f))
		}
		return b, nil
	}
	if _, ok := v.(py.Float); ok {
		return nil, py.Errorf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return nil, err
	}
	var n *big.Int
	switch x := iv.(type) {
	case py.Int:
		n = big.NewInt(int64(x))
	case py.Bool:
		n = big.NewInt(0)
		if x {
			n = big.NewInt(1)
		}
	case *py.BigInt:
		n = &x.V
	}
	if msg := rangeError(a.code, n); msg != "" {
		return nil, py.Errorf(py.OverflowError, "%s", msg)
	}
	u := n.Uint64()
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	}
	switch a.size {
	case 1:
		b[0] = byte(u)
	case 2:
		le.PutUint16(b, uint16(u))
	case 4:
		le.PutUint32(b, uint32(u))
	default:
		le.PutUint64(b, u)
	}
	return b, nil
}

// rangeError is CPython's OverflowError message for n in typecode code.
func rangeError(code byte, n *big.Int) string {
	type bounds struct {
		lo, hi     *big.Int
		tooBig     string
		tooSmall   string
		tooSmallIf string
	}
	i := func(v int64) *big.Int { return big.NewInt(v) }
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	var b bounds
	switch code {
	case 'b':
		b = bounds{i(-128), i(127), "signed char is greater than maximum", "signed char is less than minimum", ""}
	case 'B':
		b = bounds{i(0), i(255), "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum", ""}
	case 'h':
		b = bounds{i(math.MinInt16), i(math.MaxInt16), "signed short integer is greater than maximum", "signed short integer is less than minimum", ""}
	case 'H':
		b = bounds{i(0), i(math.MaxUint16), "unsigned short is greater than maximum", "unsigned short is less than minimum", ""}
	case 'i':
		b = bounds{i(math.MinInt32), i(math.MaxInt32), "signed integer is greater than maximum", "signed integer is less than minimum", ""}
	case 'I':
		b = bounds{i(0), i(math.MaxUint32), "unsigned int is greater than maximum", "can't convert negative value to unsigned int", ""}
	case 'l':
		b = bounds{i(math.MinInt64), i(math.MaxInt64), "Python int too large to convert to C long", "Python int too large to convert to C long", ""}
	case 'L':
		b = bounds{i(0), u(math.MaxUint64), "Python int too large to convert to C unsigned long", "can't convert negative value to unsigned int", ""}
	case 'q':
		b = bounds{i(math.MinInt64), i(math.MaxInt64), "int too big to convert", "int too big to convert", ""}
	case 'Q':
		b = bounds{i(0), u(math.MaxUint64), "int too big to convert", "can't convert negative int to unsigned", ""}
	}
	if n.Cmp(b.hi) > 0 {
		return b.tooBig
	}
	if n.Cmp(b.lo) < 0 {
		return b.tooSmall
	}
	return ""
}

func newArray(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeError, "array.array() takes no keyword arguments")
	}
	if len(args) < 1 {
		return nil, py.Errorf(py.TypeError, "array() takes at least 1 argument (0 given)")
	}
	if len(args) > 2 {
		return nil, py.Errorf(py.TypeError, "array() takes at most 2 arguments (%d given)", len(args))
	}
	tc, ok := args[0].(*py.Str)
	if !ok || tc.Len() != 1 {
		return nil, py.Errorf(py.TypeError, "array() argument 1 must be a unicode character, not %s", py.TypeName(args[0]))
	}
	if len(tc.S) != 1 || !strings.Contains(typecodes, tc.S) {
		return nil, py.Errorf(py.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := &Array{code: tc.S[0], size: itemSize[tc.S[0]]}
	if len(args) == 2 {
		init := args[1]
		switch v := init.(type) {
		case *py.Str:
			if a.code != 'u' {
				return nil, py.Errorf(py.TypeError, "cannot use a str to initialize an array with typecode '%c'", a.code)
			}
			for _, r := range v.S {
				a.data = le.AppendUint32(a.data, uint32(r))
			}
			return a, nil
		case *py.Bytes, *py.ByteArray:
			b, _ := py.AsBytes(v)
			if err := a.frombytes(b); err != nil {
				return nil, err
			}
			return a, nil
		case *Array:
			if v.code == 'u' && a.code != 'u' {
				return nil, py.Errorf(py.TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", a.code)
			}
			// another typecode's items are converted one by one
			init = py.NewList(v.items()...)
		}
		if err := a.extend(t, init); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func (a *Array) frombytes(b []byte) error {
	if len(b)%a.size != 0 {
		return py.Errorf(py.ValueError, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

func (a *Array) extend(t *py.Thread, it py.Object) error {
	if o, ok := it.(*Array); ok {
		if o.code != a.code {
			return py.Errorf(py.TypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, o.data...)
		return nil
	}
	return py.Iterate(t, it, func(x py.Object) (bool, error) {
		b, err := a.encode(t, x)
		if err != nil {
			return false, err
		}
		a.data = append(a.data, b...)
		return true, nil
	})
}

func (a *Array) items() []py.Object {
	out := make([]py.Object, a.len())
	for i := range out {
		out[i] = a.get(i)
	}
	return out
}

func (a *Array) repr(t *py.Thread) (string, error) {
	if a.len() == 0 {
		return "array('" + string(a.code) + "')", nil
	}
	if a.code == 'u' {
		var sb strings.Builder
		for i := 0; i < a.len(); i++ {
			sb.WriteString(a.get(i).(*py.Str).S)
		}
		return "array('u', " + py.StrRepr(sb.String()) + ")", nil
	}
	r, err := py.Repr(t, py.NewList(a.items()...))
	if err != nil {
		return "", err
	}
	return "array('" + string(a.code) + "', " + r + ")", nil
}

// index finds x from start.
func (a *Array) index(t *py.Thread, x py.Object, start, stop int) (int, error) {
	for i := max(start, 0); i < min(stop, a.len()); i++ {
		eq, err := py.Eq(t, a.get(i), x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}
