package io

import (
	"sync"

	"upy/py"
)

// Buffers with pending output on OS files. Programs (and CPython's
// reference counting) expect `open(p, 'w').write(s)` to reach the file
// before p is opened again or the program ends, even without close(),
// so pending output is written out before any file is opened, before
// os functions look at files, and at exit.
var (
	dirtyMu sync.Mutex
	dirty   = map[*Buffered]struct{}{}
)

func markDirty(b *Buffered) {
	if b.dirty {
		return
	}
	b.dirty = true
	dirtyMu.Lock()
	dirty[b] = struct{}{}
	dirtyMu.Unlock()
}

func markClean(b *Buffered) {
	if !b.dirty {
		return
	}
	b.dirty = false
	dirtyMu.Lock()
	delete(dirty, b)
	dirtyMu.Unlock()
}

// FlushAll writes out the pending output of every buffered OS file.
// Errors are dropped here; they surface on the file's own next flush.
func FlushAll() {
	dirtyMu.Lock()
	if len(dirty) == 0 {
		dirtyMu.Unlock()
		return
	}
	list := make([]*Buffered, 0, len(dirty))
	for b := range dirty {
		list = append(list, b)
	}
	dirtyMu.Unlock()
	for _, b := range list {
		b.flushWrites(nil)
	}
}

func init() { py.RegisterExitFlush(FlushAll) }
