package py

import "unsafe"

// Boxing numbers without a heap allocation each.
//
// An Int or Float stored in an Object is a pointer to a copy of the value,
// which Go allocates for every result of arithmetic: in number-crunching
// loops that allocation costs more than the arithmetic. The VM's fast
// paths box their results through the thread instead, which hands out
// slots of a small array allocated once per boxChunk values. A value is
// never written after it is boxed, as Go requires of interface data. The
// price is that a live number keeps its chunk (boxChunk*8 bytes) alive.

const boxChunk = 32

// iface is the layout of a non-empty interface value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

var (
	intTab   = itabOf(Int(0))
	floatTab = itabOf(Float(0))
)

func itabOf(o Object) unsafe.Pointer { return (*iface)(unsafe.Pointer(&o)).tab }

// boxes holds a thread's current chunks.
// The next free slot is an index, not a re-sliced slice, so that taking
// one stores no pointer (no write barrier while the GC marks).
type boxes struct {
	ints   []Int
	floats []Float
	ni, nf int
}

// boxInt returns v as an Object.
func (t *Thread) boxInt(v int64) Object {
	if uint64(v+5) < uint64(len(smallInts)) {
		return smallInts[v+5]
	}
	b := &t.boxes
	if b.ni >= len(b.ints) {
		b.ints, b.ni = make([]Int, boxChunk), 0
	}
	p := &b.ints[b.ni]
	b.ni++
	*p = Int(v)
	var o Object
	*(*iface)(unsafe.Pointer(&o)) = iface{intTab, unsafe.Pointer(p)}
	return o
}

// boxFloat returns v as an Object.
func (t *Thread) boxFloat(v Float) Object {
	b := &t.boxes
	if b.nf >= len(b.floats) {
		b.floats, b.nf = make([]Float, boxChunk), 0
	}
	p := &b.floats[b.nf]
	b.nf++
	*p = v
	var o Object
	*(*iface)(unsafe.Pointer(&o)) = iface{floatTab, unsafe.Pointer(p)}
	return o
}

// BoxInt boxes v like the VM's arithmetic does, for Go modules that make
// many numbers (struct.unpack, array reads).
func (t *Thread) BoxInt(v int64) Object { return t.boxInt(v) }

// BoxFloat boxes v like the VM's arithmetic does.
func (t *Thread) BoxFloat(v float64) Object { return t.boxFloat(Float(v)) }
