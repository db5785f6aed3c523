package py

import (
	"testing"
	"unsafe"
)

// The sizes of the most numerous objects: a field added to one of these
// costs every string, every frame (each waiting asyncio task holds one).
func TestObjectSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Str", unsafe.Sizeof(Str{}), 48},
		{"Frame", unsafe.Sizeof(Frame{}), 176},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, over its budget of %d", c.name, c.size, c.max)
		}
	}
}
