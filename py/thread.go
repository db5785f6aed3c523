package py

import (
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
)

// Interp is one interpreter: its modules, sys state and global lock.
// Several Threads (Python threads) share an Interp; only the Thread
// holding the GIL runs Python code.
type Interp struct {
	GIL      sync.Mutex
	Modules  *Dict // sys.modules
	Builtins *Module
	Sys      *Module
	Main     *Module

	// Path is sys.path (a *List shared with the sys module).
	Path *List
	Argv *List

	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer

	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int
	// switchInterval is sys.getswitchinterval(): kept for programs that
	// set and read it; the VM offers the GIL every 256 ticks instead.
	switchInterval float64

	// Options from the command line (-O, -v, -X ...).
	OptLevel int
	Verbose  int
	XOptions map[string]string

	// Importer loads a module by its full name (set by the import system).
	// It returns nil, nil when the module is not found.
	atExit []Object

	// gens tracks suspended generators for finalization.
	gens genRegistry

	// Interrupt is set (by a signal handler) to deliver KeyboardInterrupt
	// at the interpreter's next checkpoint.
	Interrupt atomic.Int32
	// GILWaiters counts threads waiting for the GIL.
	GILWaiters atomic.Int32

	mu sync.Mutex // protects fields touched by several goroutines
}

// RequestInterrupt asks the running program to raise KeyboardInterrupt.
func (ip *Interp) RequestInterrupt() {
	ip.Interrupt.Store(1)
	for _, f := range interruptHooks {
		f()
	}
}

// interruptHooks run after each interrupt request (from any goroutine), so
// that waits blocked in the OS notice it at once instead of polling.
var interruptHooks []func()

// OnInterrupt registers f to run after each interrupt request; call it
// from package initialisation.
func OnInterrupt(f func()) { interruptHooks = append(interruptHooks, f) }

// Thread is the state of one running Python thread.
type Thread struct {
	Interp *Interp
	// depth counts nested Python and Go-mediated calls, for RecursionError.
	depth int
	// Frame is the innermost executing frame (nil outside any).
	Frame *Frame
	// excStack holds the exceptions currently being handled
	// (sys.exc_info()), innermost last.
	ExcInfo *Exception
	// Ident is the thread identifier (_thread.get_ident()).
	Ident int64
	// ticks counts instructions until the GIL is offered to other threads.
	ticks int
	// Local storage for modules (keyed by module name).
	Locals map[string]any
	// framePool recycles the frames of finished function calls.
	framePool []*Frame
	// boxes hands out number boxes to the VM (box.go).
	boxes boxes
	// kwScratch is reused for the keyword arguments of Python-to-Python
	// calls made by the VM.
	kwScratch  []Kwarg
	argScratch []Object
}

// NewInterp creates an interpreter with the builtins and sys modules set up.
func NewInterp() *Interp {
	ip := &Interp{
		Modules:        NewDict(),
		Stdin:          os.Stdin,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		RecursionLimit: 1000,
		XOptions:       map[string]string{},
		Path:           NewList(),
		Argv:           NewList(),
	}
	return ip
}

// NewThread creates a Thread for ip. The caller must hold ip.GIL while the
// thread runs Python code.
func (ip *Interp) NewThread() *Thread {
	return &Thread{Interp: ip, Ident: nextThreadIdent()}
}

var (
	threadIdentMu sync.Mutex
	threadIdent   int64 = 1
)

func nextThreadIdent() int64 {
	threadIdentMu.Lock()
	defer threadIdentMu.Unlock()
	threadIdent++
	return threadIdent
}

// maxGoDepth bounds recursion through Go code (e.g. __eq__ called by a
// sort, repr of nested lists) so that the Go stack cannot overflow.
const maxGoDepth = 2000

// Enter records a nested call; it fails with RecursionError past the limit.
// Every successful Enter must be paired with Leave.
func (t *Thread) Enter() error {
	t.depth++
	if t.depth > t.Interp.RecursionLimit+50 || t.depth > maxGoDepth {
		t.depth--
		return Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	return nil
}

// Leave undoes Enter.
func (t *Thread) Leave() { t.depth-- }

// Unblocked runs fn with the GIL released, so other Python threads run
// while this one waits (sleep, I/O). fn must not touch Python objects.
// Taking the lock back goes through AcquireGIL, so that a thread running
// Python code without blocking (a busy loop) yields it at its next
// checkpoint instead of keeping this one waiting for ever.
func (t *Thread) Unblocked(fn func()) {
	t.Interp.GIL.Unlock()
	defer t.Interp.AcquireGIL()
	fn()
}

// AcquireGIL takes the interpreter lock for a thread that does not hold
// it. Threads waiting here make the running thread yield the lock at its
// next checkpoint.
func (ip *Interp) AcquireGIL() {
	ip.GILWaiters.Add(1)
	ip.GIL.Lock()
	ip.GILWaiters.Add(-1)
}

// YieldGIL lets waiting threads run; called periodically by the VM.
func (t *Thread) YieldGIL() {
	ip := t.Interp
	if ip.GILWaiters.Load() == 0 {
		return
	}
	ip.GIL.Unlock()
	runtime.Gosched()
	ip.AcquireGIL()
}

// tickSlow runs at every 256th of the VM's ticks (a loop's jump or a
// call): the place to hand over the GIL and take Ctrl-C. The VM loop
// counts the ticks itself, an increment and a compare in the common case.
func (t *Thread) tickSlow() error {
	t.ticks = 0
	return t.checkpoint()
}
