package gctune

import "testing"

func TestPercentFalls(t *testing.T) {
	for _, busy := range []bool{false, true} {
		prev := percentFor(0, busy)
		for _, live := range []uint64{1 << 20, 4 << 20, 16 << 20, 1 << 30} {
			p := percentFor(live, busy)
			if p > prev || p < 100 {
				t.Fatalf("percentFor(%d, %v) = %d after %d", live, busy, p, prev)
			}
			if q := percentFor(live, false); q > p {
				t.Fatalf("percentFor(%d): %d when busy, %d when not", live, p, q)
			}
			prev = p
		}
		if percentFor(1<<30, busy) != 100 {
			t.Fatalf("large heaps must use Go's default")
		}
	}
	if percentFor(1<<20, false) != 400 || percentFor(6<<20, false) != 200 || percentFor(6<<20, true) != 400 {
		t.Fatalf("small heaps: 400; up to 8 MiB 400 only when moving large buffers")
	}
}
