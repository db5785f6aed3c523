package gctune

import "testing"

func TestPercentFalls(t *testing.T) {
	prev := percentFor(0)
	for _, live := range []uint64{1 << 20, 4 << 20, 16 << 20, 1 << 30} {
		p := percentFor(live)
		if p > prev || p < 100 {
			t.Fatalf("percentFor(%d) = %d after %d", live, p, prev)
		}
		prev = p
	}
	if percentFor(1<<30) != 100 {
		t.Fatalf("large heaps must use Go's default")
	}
}
