package py

// Tuple is Python's tuple.
type Tuple struct {
	Items []Object
}

func (*Tuple) Type() *Type { return TupleType }

// EmptyTuple is the shared empty tuple.
var EmptyTuple = &Tuple{}

// NewTuple makes a tuple of the given items (the slice is not copied).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{Items: items}
}

// List is Python's list.
type List struct {
	Items []Object
}

func (*List) Type() *Type { return ListType }

// NewList makes a list of the given items (the slice is not copied).
func NewList(items ...Object) *List { return &List{Items: items} }

// Bytes is Python's bytes.
type Bytes struct {
	B []byte // never modified
}

func (*Bytes) Type() *Type { return BytesType }

// NewBytes wraps b (not copied: the caller must not modify it afterwards).
func NewBytes(b []byte) *Bytes { return &Bytes{B: b} }

// ByteArray is Python's bytearray.
type ByteArray struct {
	B       []byte
	exports Exports // live memoryviews; resizing is refused while there are any
}

func (*ByteArray) Type() *Type { return ByteArrayType }

// Set is Python's set or frozenset (Frozen selects the type).
// The table layout follows CPython's so that iteration order matches.
type Set struct {
	table  []setEntry
	fill   int // live + deleted slots
	used   int // live slots
	finger int
	Frozen bool
	hash   int64
	hashed bool
}

type setEntry struct {
	key  Object // nil = empty; dummyKey = deleted
	hash int64
}

func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// Range is Python's range with int64 bounds (larger bounds use BigRange).
type Range struct {
	Start, Stop, Step Object // Int or *BigInt
}

func (*Range) Type() *Type { return RangeType }

// Slice is Python's slice object.
type Slice struct {
	Start, Stop, Step Object // None when omitted
}

func (*Slice) Type() *Type { return SliceType }
