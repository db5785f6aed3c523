package py

import (
	"unsafe"

	"upy/compile"
)

// block is an entry of a frame's block stack: a SETUP_FINALLY handler or
// an active except handler (which restores the handled exception).
type block struct {
	handler int32
	level   int32
	except  bool
}

// Frame is the state of one executing code object. Frames live on the
// heap: the interpreter switches between them without recursing on the Go
// stack, and generators keep theirs while suspended.
type Frame struct {
	code     *Code
	fn       *Function
	globals  *Dict
	builtins *Dict
	locals   *Dict // name-based locals (module, class body, exec)
	cells    []*Cell
	sp       int
	blocks   []block
	pc       int
	// lastPC is int32 so that it shares a word with the flags (frames of
	// waiting tasks stay allocated, many at a time).
	lastPC      int32
	entry       bool // returns to Go when it finishes
	escaped     bool // referenced from Python (sys._getframe): never recycled
	genConsumer bool // a generator tracked for finalization was resumed from this frame (its return may have dropped it)
	isInit      bool // an __init__ run inline by the VM: the instance waits on the caller's stack
	back        *Frame
	retval      Object
	gen         *Generator
	throw       *Exception // raised at the resumption point (generator.throw)
	buf         []Object   // backing store of fast and stack
}

func (*Frame) Type() *Type { return FrameType }

// fastSlots and stackSlots are the local variables and the value stack,
// the two parts of buf (kept as one slice: a waiting task's frame is
// smaller without two more slice headers).
func (f *Frame) fastSlots() []Object {
	n := f.code.nlocals
	return f.buf[:n:n]
}

func (f *Frame) stackSlots() []Object { return f.buf[f.code.nlocals:] }

// newFrame makes a frame for code with globals.
func newFrame(code *Code, fn *Function, globals, locals *Dict, builtins *Dict) *Frame {
	return initFrame(&Frame{}, code, fn, globals, locals, builtins)
}

// initFrame sets up f (new or recycled) for a call of code.
func initFrame(f *Frame, code *Code, fn *Function, globals, locals *Dict, builtins *Dict) *Frame {
	c := code.C
	f.code, f.fn, f.globals, f.locals, f.builtins = code, fn, globals, locals, builtins
	if fn != nil && builtins == nil {
		f.builtins = fn.builtins
	}
	f.sizeBuf(code.frameSize)
	if code.ncells > 0 {
		f.cells = make([]*Cell, code.ncells)
		for i := range c.CellVars {
			f.cells[i] = &Cell{}
		}
		if fn != nil {
			copy(f.cells[len(c.CellVars):], fn.Closure)
		}
	}
	return f
}

// sizeBuf gives f n slots, reusing a recycled frame's buffer when it is
// big enough (the VM clears slots as it leaves them).
func (f *Frame) sizeBuf(n int) []Object {
	if cap(f.buf) >= n {
		f.buf = f.buf[:n]
	} else {
		f.buf = make([]Object, n)
	}
	return f.buf
}

// Code returns the frame's code object.
func (f *Frame) Code() *Code { return f.code }

// Line returns the line being executed.
func (f *Frame) Line() int { return f.code.line(int(f.lastPC)) }

// Globals returns the frame's globals.
func (f *Frame) Globals() *Dict { return f.globals }

// Back returns the calling frame.
func (f *Frame) Back() *Frame { return f.back }

// Locals returns locals(): the locals dict of name-based code, or for a
// function the frame's one snapshot dict, refreshed from the fast locals
// at each call. As in CPython, names exec() stored in that dict stay in
// it (they have no fast slot to be refreshed from).
func (f *Frame) Locals() *Dict {
	c := f.code.C
	d := f.locals
	if c.Flags&(compile.FlagModule|compile.FlagClassBody) != 0 {
		if d != nil {
			return d
		}
		d = NewDict() // name-based code run without a locals dict
	} else if d == nil {
		d = NewDict()
		f.locals = d
	}
	for i, n := range f.code.varNames {
		if v := f.fastSlots()[i]; v != nil {
			d.SetStr(n, v)
		} else {
			d.DelStr(n)
		}
	}
	for i, name := range append(append([]string(nil), c.CellVars...), c.FreeVars...) {
		if i < len(f.cells) && f.cells[i] != nil && f.cells[i].V != nil {
			d.SetString(name, f.cells[i].V)
		} else {
			d.DelStr(Intern(name))
		}
	}
	return d
}

// GetFrame returns sys._getframe(depth).
func (t *Thread) GetFrame(depth int) (Object, error) {
	f := t.Frame
	for ; depth > 0 && f != nil; depth-- {
		f = f.back
	}
	if f == nil {
		return nil, Errorf(ValueError, "call stack is not deep enough")
	}
	for g := f; g != nil; g = g.back {
		g.escaped = true
	}
	return f, nil
}

// maxFramePool bounds the per-thread free list of frames.
const maxFramePool = 128

// recycle returns a finished function frame to the thread's free list.
func (t *Thread) recycle(f *Frame) {
	if f.escaped || f.gen != nil || len(t.framePool) >= maxFramePool {
		return
	}
	// Only the locals need clearing: the VM nils stack slots as it pops
	// them. The fields are reset one by one (not *f = Frame{}) to keep the
	// block stack's capacity and to skip the write barriers of a bulk
	// clear during garbage collection. Every use sets code, globals and
	// builtins; fn and back are cleared all the same so that a pooled
	// frame keeps no function alive (a weakref to it would outlive its
	// last reference). gen is nil here, and throw is only set on a
	// generator's frame. Each pointer store costs a write-barrier check,
	// so the rarely set fields are tested first.
	clearSlots(f.fastSlots())
	if f.cells != nil {
		f.cells = nil
	}
	if f.locals != nil {
		f.locals = nil
	}
	if f.retval != nil {
		f.retval = nil
	}
	f.fn, f.back = nil, nil
	f.isInit, f.genConsumer = false, false
	if len(f.blocks) != 0 {
		f.blocks = f.blocks[:0]
	}
	f.sp, f.pc, f.lastPC, f.entry = 0, 0, 0, false
	t.framePool = append(t.framePool, f)
}

// allocFrame takes a frame from the free list (or makes one).
func (t *Thread) allocFrame() *Frame {
	if n := len(t.framePool); n > 0 {
		f := t.framePool[n-1]
		t.framePool = t.framePool[:n-1]
		return f
	}
	return &Frame{}
}

func init() {
	FrameType.AddGetSet("f_lineno", func(t *Thread, self Object) (Object, error) {
		// A frame saves its pc when it calls (lastPC is only set when an
		// exception passes); finished frames use lastPC.
		f := self.(*Frame)
		if f.pc > 0 && f.pc <= len(f.code.ins) {
			return Int(f.code.line(f.pc - 1)), nil
		}
		return Int(f.Line()), nil
	}, nil)
	FrameType.AddGetSet("f_code", func(t *Thread, self Object) (Object, error) { return self.(*Frame).code, nil }, nil)
	FrameType.AddGetSet("f_globals", func(t *Thread, self Object) (Object, error) { return self.(*Frame).globals, nil }, nil)
	FrameType.AddGetSet("f_locals", func(t *Thread, self Object) (Object, error) { return self.(*Frame).Locals(), nil }, nil)
	FrameType.AddGetSet("f_back", func(t *Thread, self Object) (Object, error) {
		if b := self.(*Frame).back; b != nil {
			return b, nil
		}
		return None, nil
	}, nil)
	_ = compile.FlagModule
}

// slotArray is the type through which the VM loop indexes a frame's
// slots: a pointer to an array has no length to keep in a register, and
// its bounds check is a compare with a constant. Slices of it that leave
// the loop are cut with cap == len, so an append cannot write past buf.
type slotArray [1 << 24]Object

func (f *Frame) fastArr() *slotArray {
	return (*slotArray)(unsafe.Pointer(unsafe.SliceData(f.buf)))
}

func (f *Frame) stackArr() *slotArray {
	return (*slotArray)(unsafe.Add(unsafe.Pointer(f.fastArr()), uintptr(f.code.nlocals)*unsafe.Sizeof(Object(nil))))
}

// clearSlots nils s and copySlots copies src to dst, for the few slots a
// call moves. Plain stores with their inline write-barrier checks are
// cheaper there than clear() and copy(), which call the runtime's bulk
// barrier and memclr/memmove routines. (The loop is not written as
// `for i := range s { s[i] = nil }`, which the compiler turns back into
// clear.)
func clearSlots(s []Object) {
	for i := len(s) - 1; i >= 0; i-- {
		s[i] = nil
	}
}

func copySlots(dst, src []Object) {
	for i, v := range src {
		dst[i] = v
	}
}
