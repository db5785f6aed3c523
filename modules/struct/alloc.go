package structmod

import "upy/py"

// Small results are allocated together with their backing array: one
// allocation instead of two for the bytes of pack and the tuple of
// unpack, which dominate the cost of packing a short record. Capacities
// are clipped to the length so that an append never writes into the
// shared array.

type bytes8 struct {
	b py.Bytes
	a [8]byte
}

type bytes16 struct {
	b py.Bytes
	a [16]byte
}

type bytes32 struct {
	b py.Bytes
	a [32]byte
}

type bytes64 struct {
	b py.Bytes
	a [64]byte
}

// newBytes returns a zeroed bytes object of length n and its buffer, to
// be filled before the object is published.
func newBytes(n int) (*py.Bytes, []byte) {
	switch {
	case n <= 8:
		x := &bytes8{}
		x.b.B = x.a[:n:n]
		return &x.b, x.b.B
	case n <= 16:
		x := &bytes16{}
		x.b.B = x.a[:n:n]
		return &x.b, x.b.B
	case n <= 32:
		x := &bytes32{}
		x.b.B = x.a[:n:n]
		return &x.b, x.b.B
	case n <= 64:
		x := &bytes64{}
		x.b.B = x.a[:n:n]
		return &x.b, x.b.B
	}
	buf := make([]byte, n)
	return py.NewBytes(buf), buf
}

// copyBytes returns a new bytes object holding a copy of b.
func copyBytes(b []byte) *py.Bytes {
	o, buf := newBytes(len(b))
	copy(buf, b)
	return o
}

// Tuples get an exactly sized array for up to 8 items: the allocation
// size (and the clearing and scanning the collector does) follows it.
type tuple1 struct {
	t py.Tuple
	a [1]py.Object
}

type tuple2 struct {
	t py.Tuple
	a [2]py.Object
}

type tuple3 struct {
	t py.Tuple
	a [3]py.Object
}

type tuple4 struct {
	t py.Tuple
	a [4]py.Object
}

type tuple5 struct {
	t py.Tuple
	a [5]py.Object
}

type tuple6 struct {
	t py.Tuple
	a [6]py.Object
}

type tuple7 struct {
	t py.Tuple
	a [7]py.Object
}

type tuple8 struct {
	t py.Tuple
	a [8]py.Object
}

// newTuple returns a tuple of n (> 0) items and its item slice, to be
// filled before the tuple is published.
func newTuple(n int) (*py.Tuple, []py.Object) {
	switch n {
	case 1:
		x := &tuple1{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	case 2:
		x := &tuple2{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	case 3:
		x := &tuple3{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	case 4:
		x := &tuple4{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	case 5:
		x := &tuple5{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	case 6:
		x := &tuple6{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	case 7:
		x := &tuple7{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	case 8:
		x := &tuple8{}
		x.t.Items = x.a[:]
		return &x.t, x.t.Items
	}
	items := make([]py.Object, n)
	return py.NewTuple(items...), items
}

// oneByte holds the bytes objects of length 1 that 'c' unpacks to.
var oneByte [256]*py.Bytes

func init() {
	for i := range oneByte {
		oneByte[i] = py.NewBytes([]byte{byte(i)})
	}
}
