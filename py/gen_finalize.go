package py

import (
	"runtime"
	"time"
	"weak"
)

// Finalization of abandoned generators. CPython closes a generator (so
// its finally blocks and with exits run) when its last reference goes
// away; programs print from those finally blocks. upy has no reference
// counts, so it tracks the generators whose close() would do something
// visible (suspended inside a try or with block), and at the points where
// CPython would typically drop one (a for loop left by break or return,
// del, the return of the frame that consumed it) asks the Go collector
// which of them are unreachable and closes those. Whatever is left is
// closed at exit, as CPython's shutdown does.

type genRecord struct {
	wp      weak.Pointer[Generator]
	frame   *Frame
	excInfo *Exception
	done    bool

	// An instance whose class defines __del__ (del_finalize.go): its
	// class and state, from which __del__ gets a self once it is gone.
	iwp   weak.Pointer[Instance]
	cls   *Type
	dict  *Dict
	slots *Dict // __slots__ values (slots.go)
	base  Object
}

// gone reports whether the tracked object is unreachable.
func (rec *genRecord) gone() bool {
	if rec.cls != nil {
		return rec.iwp.Value() == nil
	}
	return rec.wp.Value() == nil
}

type genRegistry struct {
	recs   []*genRecord
	live   int           // records not done
	gcTime time.Duration // spent collecting on behalf of the registry
}

// maxGenGCTime bounds the time a program can spend in collections
// triggered this way.
const maxGenGCTime = 250 * time.Millisecond

// trackSuspended records g, which just yielded from frame f, when its
// close would run code.
func (t *Thread) trackSuspended(g *Generator, f *Frame, consumer *Frame) {
	if g.kind != genGenerator {
		return
	}
	if g.rec == nil {
		if len(f.blocks) == 0 {
			return
		}
		reg := &t.Interp.gens
		if len(reg.recs) > 64 && len(reg.recs) > 2*reg.live {
			reg.compact()
		}
		g.rec = &genRecord{wp: weak.Make(g), frame: f}
		reg.recs = append(reg.recs, g.rec)
		reg.live++
	}
	g.rec.excInfo = g.excInfo
	if consumer != nil {
		consumer.genConsumer = true
	}
	// While suspended the frame must not keep the generator reachable.
	f.gen = nil
	f.back = nil
}

// untrack marks g's record finished.
func (t *Thread) untrack(g *Generator) {
	if g.rec != nil && !g.rec.done {
		g.rec.done = true
		g.rec.frame = nil
		t.Interp.gens.live--
	}
}

func (r *genRegistry) compact() {
	out := r.recs[:0]
	for _, rec := range r.recs {
		if !rec.done {
			out = append(out, rec)
		}
	}
	clear(r.recs[len(out):])
	r.recs = out
}

// genDropped is called where a reference to a generator may have been
// dropped; it closes the tracked generators that are now unreachable.
func (t *Thread) genDropped() {
	reg := &t.Interp.gens
	if reg.live == 0 || reg.gcTime >= maxGenGCTime {
		return
	}
	t.collectGens(false)
}

// collectGens closes the unreachable tracked generators (all of them
// when all is set, unreachable ones first).
func (t *Thread) collectGens(all bool) {
	reg := &t.Interp.gens
	start := time.Now()
	runtime.GC()
	reg.gcTime += time.Since(start)
	var dead []*genRecord
	for _, rec := range reg.recs {
		if !rec.done && rec.gone() {
			dead = append(dead, rec)
		}
	}
	for _, rec := range dead {
		t.closeRecord(rec)
	}
	if all {
		for i := 0; i < len(reg.recs); i++ {
			rec := reg.recs[i]
			if rec.done {
				continue
			}
			if rec.cls != nil {
				t.finalizeInstance(rec, rec.iwp.Value())
				continue
			}
			if g := rec.wp.Value(); g != nil {
				t.reportCloseError(g, g.close(t))
				t.untrack(g)
			} else {
				t.closeRecord(rec)
			}
		}
	}
	reg.compact()
}

func (t *Thread) closeRecord(rec *genRecord) {
	if rec.done {
		return
	}
	if rec.cls != nil {
		t.finalizeInstance(rec, nil)
		return
	}
	g := &Generator{frame: rec.frame, started: true, excInfo: rec.excInfo, rec: rec}
	rec.frame.gen = g
	t.reportCloseError(g, g.close(t))
	t.untrack(g)
}

// reportCloseError prints an exception raised while finalizing g, as
// CPython's "Exception ignored in" message.
func (t *Thread) reportCloseError(g *Generator, err error) {
	if err == nil {
		return
	}
	e := AsException(err)
	stderr := t.Interp.Sys.Get("stderr")
	r, _ := Repr(t, g)
	WriteString(t, stderr, "Exception ignored in: "+r+"\n")
	PrintTraceback(t, e, stderr)
}

// FinalizeGenerators closes the generators still suspended in try or
// with blocks, at interpreter exit.
func (t *Thread) FinalizeGenerators() {
	if t.Interp.gens.live > 0 {
		t.collectGens(true)
	}
}

// holdsTrackedGen reports whether vals (stack slots about to be dropped)
// hold a generator tracked for finalization.
func holdsTrackedGen(vals []Object) bool {
	for _, v := range vals {
		if g, ok := v.(*Generator); ok && g.rec != nil && !g.rec.done {
			return true
		}
	}
	return false
}
