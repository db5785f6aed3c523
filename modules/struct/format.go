// Package struct is CPython's struct module (MicroPython's ustruct is the
// same module): pack, unpack, calcsize, pack_into, unpack_from,
// iter_unpack and the Struct class, with every format character, the
// byte orders @ = < > ! (native size and alignment for @) and CPython's
// struct.error messages.
package structmod

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"upy/py"
)

// Error is struct.error.
var Error = py.NewExceptionType("struct", "error", py.ExceptionType)

func structErr(format string, a ...any) error { return py.Errorf(Error, format, a...) }

// code is one run of a format character: count items of size bytes at offset.
type code struct {
	c      byte
	count  int // repeat count (the length for s and p)
	size   int // bytes of one item (of the whole field for s and p)
	offset int
}

// layout is a compiled format.
type layout struct {
	format string
	codes  []code
	size   int
	nargs  int  // values packed/unpacked
	le     bool // little-endian
	native bool // native sizes and alignment
	bigEnd bool // an explicit big-endian order (its 8-byte range messages differ)
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*layout{}
)

func standardSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'l', 'L', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	}
	return 0
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// compile parses a format string.
func compile(format string) (*layout, error) {
	cacheMu.Lock()
	l := cache[format]
	cacheMu.Unlock()
	if l != nil {
		return l, nil
	}
	l, err := parse(format)
	if err != nil {
		return nil, err
	}
	cacheMu.Lock()
	if len(cache) > 256 {
		clear(cache)
	}
	cache[format] = l
	cacheMu.Unlock()
	return l, nil
}

func parse(format string) (*layout, error) {
	l := &layout{format: format, le: true, native: true}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			l.native = false
			s = s[1:]
		case '>', '!':
			l.native, l.le, l.bigEnd = false, false, true
			s = s[1:]
		}
	}
	const maxSize = math.MaxInt64
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		if isSpace(c) {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			count = 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				d := int(s[i] - '0')
				if count > (maxSize-d)/10 {
					return nil, structErr("total struct size too long")
				}
				count = count*10 + d
				i++
			}
			if i >= len(s) {
				return nil, structErr("repeat count given without format specifier")
			}
			c = s[i]
		}
		i++
		var itemSize int
		if l.native {
			itemSize = py.NativeItemSize(c)
		} else {
			itemSize = standardSize(c)
		}
		if itemSize == 0 {
			return nil, structErr("bad char in struct format")
		}
		if l.native {
			// Native alignment: each item starts at a multiple of its size.
			align := itemSize
			switch c {
			case 's', 'p', 'x', 'c', '?', 'b', 'B':
				align = 1
			}
			if r := size % align; r != 0 {
				if size > maxSize-(align-r) {
					return nil, structErr("total struct size too long")
				}
				size += align - r
			}
		}
		cd := code{c: c, count: count, size: itemSize, offset: size}
		total := itemSize * count
		if c == 's' || c == 'p' {
			cd.size = count
			total = count
			l.nargs++
		} else {
			if count != 0 && itemSize > (maxSize-size)/count {
				return nil, structErr("total struct size too long")
			}
			if c != 'x' {
				l.nargs += count
			}
		}
		if total > maxSize-size {
			return nil, structErr("total struct size too long")
		}
		size += total
		if count > 0 || c == 's' || c == 'p' {
			l.codes = append(l.codes, cd)
		}
	}
	l.size = size
	return l, nil
}

// strCache maps format str objects (by identity: a format in a program
// is usually the same constant each time) to their layouts, so that the
// module-level functions skip hashing and locking. It is direct-mapped
// on the object's address; entries are replaced whole, atomically.
type strEntry struct {
	key *py.Str
	l   *layout
}

var strCache [64]atomic.Pointer[strEntry]

// layoutOf compiles the format argument of a module-level function.
func layoutOf(o py.Object) (*layout, error) {
	s, ok := o.(*py.Str)
	if !ok {
		f, err := formatArg(o)
		if err != nil {
			return nil, err
		}
		return compile(f)
	}
	slot := &strCache[(uintptr(unsafe.Pointer(s))>>4)%uintptr(len(strCache))]
	if e := slot.Load(); e != nil && e.key == s {
		return e.l, nil
	}
	l, err := compile(s.S)
	if err != nil {
		return nil, err
	}
	slot.Store(&strEntry{key: s, l: l})
	return l, nil
}

// formatArg converts the format argument (str or bytes).
func formatArg(o py.Object) (string, error) {
	switch v := o.(type) {
	case *py.Str:
		return v.S, nil
	case *py.Bytes:
		return string(v.B), nil
	case *py.Instance:
		if v.Base != nil {
			return formatArg(v.Base)
		}
	}
	return "", py.Errorf(py.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", py.TypeName(o))
}

var intRangeNames = map[byte]string{'b': "byte", 'B': "ubyte", 'h': "short", 'H': "ushort"}

// rangeError is CPython's message for an integer that does not fit.
func (l *layout) rangeError(t *py.Thread, c byte, size int, v py.Object) error {
	iv, err := py.Index(t, v)
	if err != nil {
		return err
	}
	b, _ := py.IntToBig(iv)
	signed := strings.IndexByte("bhilqn", c) >= 0
	if size == 8 || c == 'P' {
		if l.bigEnd || c == 'P' {
			return structErr("int too large to convert")
		}
		return structErr("argument out of range")
	}
	// The value went through a C long (unsigned long for I and L) first.
	if signed || c == 'B' || c == 'H' {
		if !b.IsInt64() {
			return structErr("argument out of range")
		}
	} else if b.Sign() < 0 || !b.IsUint64() {
		return structErr("argument out of range")
	}
	lo, hi := py.ItemRange(c, size)
	if name, ok := intRangeNames[c]; ok {
		return structErr("%s format requires %s <= number <= %s", name, lo.String(), hi.String())
	}
	return structErr("'%c' format requires %s <= number <= %s", c, lo.String(), hi.String())
}

// pack writes args into dst (len(dst) >= l.size).
func (l *layout) pack(t *py.Thread, dst []byte, args []py.Object) error {
	ai := 0
	for i := range l.codes {
		cd := &l.codes[i]
		p := cd.offset
		switch cd.c {
		case 'x':
			clear(dst[p : p+cd.count])
			continue
		case 's', 'p':
			v := args[ai]
			ai++
			var b []byte
			switch x := v.(type) {
			case *py.Bytes:
				b = x.B
			case *py.ByteArray:
				b = x.B
			default:
				return structErr("argument for '%c' must be a bytes object", cd.c)
			}
			field := dst[p : p+cd.count]
			clear(field)
			if cd.c == 's' {
				copy(field, b)
				continue
			}
			if cd.count == 0 {
				continue
			}
			n := min(len(b), cd.count-1, 255)
			field[0] = byte(n)
			copy(field[1:], b[:n])
			continue
		}
		for k := 0; k < cd.count; k++ {
			v := args[ai]
			ai++
			item := dst[p : p+cd.size]
			p += cd.size
			if packFast(cd.c, v, item, l.le, !l.native) {
				continue
			}
			// A scratch item keeps dst from escaping (PackItem's buffer does).
			var err error
			scratch := make([]byte, cd.size)
			if l.native {
				err = py.PackItem(t, cd.c, v, scratch, nativeLE)
			} else {
				err = py.PackItemStandard(t, cd.c, v, scratch, l.le)
			}
			switch err {
			case nil:
				copy(item, scratch)
				continue
			case py.ErrItemType:
				switch cd.c {
				case 'c':
					return structErr("char format requires a bytes object of length 1")
				case 'e', 'f', 'd':
					return structErr("required argument is not a float")
				}
				return structErr("required argument is not an integer")
			case py.ErrItemRange:
				return l.rangeError(t, cd.c, cd.size, v)
			}
			return err
		}
	}
	return nil
}

// packFast packs the common cases (an int in range, a float) without the
// general conversions; false leaves the item to the general path, which
// also produces the errors.
func packFast(c byte, v py.Object, item []byte, le, strictF bool) bool {
	switch x := v.(type) {
	case py.Int:
		size := len(item)
		switch c {
		case 'b', 'h', 'i', 'l', 'q', 'n':
			if size < 8 {
				lim := int64(1) << (8*size - 1)
				if int64(x) < -lim || int64(x) >= lim {
					return false
				}
			}
		case 'B', 'H', 'I', 'L', 'Q', 'N':
			if x < 0 || size < 8 && int64(x) >= int64(1)<<(8*size) {
				return false
			}
		default:
			return false
		}
		putUint(item, uint64(x), le)
		return true
	case py.Float:
		switch c {
		case 'd':
			putUint(item, math.Float64bits(float64(x)), le)
			return true
		case 'f':
			f32 := float32(x)
			if strictF && math.IsInf(float64(f32), 0) && !math.IsInf(float64(x), 0) {
				return false
			}
			putUint(item, uint64(math.Float32bits(f32)), le)
			return true
		}
	}
	return false
}

// putUint stores the low len(b) bytes of u (len(b) is 1, 2, 4 or 8).
func putUint(b []byte, u uint64, le bool) {
	switch len(b) {
	case 1:
		b[0] = byte(u)
	case 2:
		if le {
			binary.LittleEndian.PutUint16(b, uint16(u))
		} else {
			binary.BigEndian.PutUint16(b, uint16(u))
		}
	case 4:
		if le {
			binary.LittleEndian.PutUint32(b, uint32(u))
		} else {
			binary.BigEndian.PutUint32(b, uint32(u))
		}
	case 8:
		if le {
			binary.LittleEndian.PutUint64(b, u)
		} else {
			binary.BigEndian.PutUint64(b, u)
		}
	}
}

// getUint loads len(b) bytes (1, 2, 4 or 8) as an unsigned number.
func getUint(b []byte, le bool) uint64 {
	switch len(b) {
	case 1:
		return uint64(b[0])
	case 2:
		if le {
			return uint64(binary.LittleEndian.Uint16(b))
		}
		return uint64(binary.BigEndian.Uint16(b))
	case 4:
		if le {
			return uint64(binary.LittleEndian.Uint32(b))
		}
		return uint64(binary.BigEndian.Uint32(b))
	}
	if le {
		return binary.LittleEndian.Uint64(b)
	}
	return binary.BigEndian.Uint64(b)
}

// nativeLE: upy's supported platforms are little-endian.
const nativeLE = true

func (l *layout) unpack(t *py.Thread, b []byte) py.Object {
	if l.nargs == 0 {
		return py.EmptyTuple
	}
	tup, out := newTuple(l.nargs)
	j := 0
	for i := range l.codes {
		cd := &l.codes[i]
		p := cd.offset
		switch cd.c {
		case 'x':
			continue
		case 's':
			out[j] = copyBytes(b[p : p+cd.count])
			j++
			continue
		case 'p':
			if cd.count == 0 {
				out[j] = emptyBytes
			} else {
				n := min(int(b[p]), cd.count-1)
				out[j] = copyBytes(b[p+1 : p+1+n])
			}
			j++
			continue
		}
		for k := 0; k < cd.count; k++ {
			out[j] = unpackItem(t, cd.c, b[p:p+cd.size], l.le)
			j++
			p += cd.size
		}
	}
	return tup
}

var emptyBytes = py.NewBytes([]byte{})

// unpackItem decodes one item of a number, bool or char code.
func unpackItem(t *py.Thread, c byte, b []byte, le bool) py.Object {
	u := getUint(b, le)
	switch c {
	case 'c':
		return oneByte[b[0]]
	case '?':
		return py.NewBool(u != 0)
	case 'e':
		return t.BoxFloat(py.HalfToFloat(uint16(u)))
	case 'f':
		return t.BoxFloat(float64(math.Float32frombits(uint32(u))))
	case 'd':
		return t.BoxFloat(math.Float64frombits(u))
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := 64 - 8*uint(len(b))
		return t.BoxInt(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return py.NewBig(new(big.Int).SetUint64(u))
	}
	return t.BoxInt(int64(u))
}
