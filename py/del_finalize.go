package py

import "weak"

// __del__: instances of classes defining it are tracked like abandoned
// generators (gen_finalize.go). When one is found unreachable, __del__
// runs on an instance rebuilt from its class and attribute dictionary
// (the Go object itself is gone); at exit it runs on the survivors.

var strDel = Intern("__del__")

// trackInstance registers inst, just created, for finalization.
func (t *Thread) trackInstance(inst *Instance) {
	if t == nil {
		return
	}
	if inst.Dict == nil {
		inst.Dict = NewDict()
	}
	if inst.slots == nil {
		inst.slots = NewDict()
	}
	reg := &t.Interp.gens
	if len(reg.recs) > 64 && len(reg.recs) > 2*reg.live {
		reg.compact()
	}
	reg.recs = append(reg.recs, &genRecord{iwp: weak.Make(inst), cls: inst.Cls, dict: inst.Dict, slots: inst.slots, base: inst.Base})
	reg.live++
	if t.Frame != nil {
		t.Frame.genConsumer = true
	}
}

// finalizeInstance calls __del__ for the record (on inst when it is
// still alive, else on a rebuilt instance).
func (t *Thread) finalizeInstance(rec *genRecord, inst *Instance) {
	rec.done = true
	t.Interp.gens.live--
	if inst == nil {
		inst = &Instance{Cls: rec.cls, Dict: rec.dict, slots: rec.slots, Base: rec.base}
	}
	rec.dict, rec.slots, rec.base = nil, nil, nil
	fn := inst.Cls.Lookup(strDel)
	if fn == nil {
		return
	}
	if _, err := callMethodObj(t, fn, inst); err != nil {
		e := AsException(err)
		stderr := t.Interp.Sys.Get("stderr")
		r, _ := Repr(t, fn)
		WriteString(t, stderr, "Exception ignored in: "+r+"\n")
		PrintTraceback(t, e, stderr)
	}
}

// isTracked reports whether o is finalized by the registry.
func isTracked(o Object) bool {
	switch v := o.(type) {
	case *Instance:
		return v.Cls.Flags&FlagHasDel != 0
	case *Generator:
		return v.rec != nil && !v.rec.done
	}
	return false
}

// storeReplacing is d[name] = v for a module or class namespace when
// objects are tracked: replacing one may drop its last reference.
func (t *Thread) storeReplacing(d *Dict, name *Str, v Object) {
	old := d.GetStr(name)
	d.SetStr(name, v)
	if old != nil && old != v && isTracked(old) {
		old = nil
		t.genDropped()
	}
}
