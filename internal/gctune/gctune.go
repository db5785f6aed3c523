// Package gctune paces the Go garbage collector for the interpreter.
//
// Python programs allocate a small object for almost every operation while
// their live heap is often tiny. With Go's default pacing (collect when
// the heap doubles, at least every 4 MiB) the collector then runs hundreds
// of times a second, and while it marks, every store of an object into
// the interpreter's heap-allocated value stacks pays a write barrier.
// Start lets a small heap grow to several times its live size and returns
// to Go's default as the live heap grows, so large programs do not pay in
// memory for it.
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// percentFor gives the GOGC percentage for a live heap size. Go's
// minimum heap goal (4 MiB at GOGC=100) scales with the percentage.
// busy says that the program moves large I/O buffers and collects often.
func percentFor(live uint64, busy bool) int {
	// While the collector marks, every store into a frame's value stack
	// pays a write barrier, and on a busy machine a mark phase stretches
	// over many milliseconds: fewer cycles matter more than the heap
	// size says. Measured on bench/ with two cores shared: 400 was 20-28%
	// faster than 200 on float and comprehension programs, for a 16 MiB
	// heap goal instead of 8. A server churning through large buffers
	// (64 KiB echo: each request allocates its data and drops it) keeps
	// 400 up to 8 MiB live: it halves the collections and the
	// scavenger's returning and refaulting of freed pages.
	switch {
	case live < 4<<20, busy && live < 8<<20:
		return 400
	case live < 16<<20:
		return 200
	}
	return 100
}

// Collections closer together than busyInterval, with at least busyBytes
// of I/O buffers (NoteBuffer) allocated in between, make a program busy;
// it stays so until they are further apart than idleInterval (at 400%
// they come at most half as often for the same allocation rate).
const (
	busyInterval = 50 * time.Millisecond
	idleInterval = 200 * time.Millisecond
	busyBytes    = 1 << 20
)

var bufferBytes atomic.Uint64

// NoteBuffer records the allocation of an n-byte I/O buffer (asyncio's
// large reads), which the pacing takes as the sign of a program moving
// data in bulk.
func NoteBuffer(n int) { bufferBytes.Add(uint64(n)) }

// Start installs the tuner, unless the user set GOGC.
func Start() {
	if os.Getenv("GOGC") != "" {
		return
	}
	t := &tuner{percent: percentFor(0, false), sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}, last: time.Now()}
	debug.SetGCPercent(t.percent)
	t.arm()
}

type tuner struct {
	percent int
	sample  []metrics.Sample
	last    time.Time // the previous collection's end (about)
	busy    bool
}

// arm runs adjust after the next collection: the finalizer of an
// unreachable object runs once per cycle.
func (t *tuner) arm() {
	runtime.SetFinalizer(new(sentinel), func(*sentinel) {
		t.adjust()
		t.arm()
	})
}

// sentinel is too big for the tiny allocator, whose objects' finalizers
// may never run.
type sentinel [32]byte

func (t *tuner) adjust() {
	now := time.Now()
	buffers := bufferBytes.Swap(0)
	switch d := now.Sub(t.last); {
	case d < busyInterval && buffers >= busyBytes:
		t.busy = true
	case d > idleInterval:
		t.busy = false
	}
	t.last = now
	metrics.Read(t.sample)
	if t.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	if p := percentFor(t.sample[0].Value.Uint64(), t.busy); p != t.percent {
		t.percent = p
		debug.SetGCPercent(p)
	}
}
