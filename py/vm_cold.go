package py

import (
	"upy/compile"
)

// execCold runs the instructions that are rare in hot loops: name-based
// variables, deletions, building sets, dicts and strings, unpacking with
// a star, making functions and classes, raising, with, async iteration,
// imports. They live outside eval because the Go compiler inlines only
// the tiniest calls into a function as big as eval would be with them,
// and the hot instructions need their helpers inlined. None of them
// switches frames. It returns the new stack depth and pc, and the
// exception raised (with reraise as in eval).
func (t *Thread) execCold(f *Frame, code *Code, stack, fast *slotArray, sp, pc int, op compile.Opcode, arg int) (int, int, bool, error) {
	var pending error
	reraise := false
	switch op {
	case compile.DELETE_FAST:
		if fast[arg] == nil {
			pending = t.unboundLocal(code, arg)
			break
		}
		fast[arg] = nil
		t.genDropped()
	case compile.DELETE_DEREF:
		if f.cells[arg].V == nil {
			pending = t.unboundCell(code, arg)
			break
		}
		f.cells[arg].V = nil
	case compile.DELETE_GLOBAL:
		if !f.globals.DelStr(code.Names[arg]) {
			pending = nameError(code.Names[arg])
		}
		t.genDropped()
	case compile.LOAD_NAME:
		name := code.Names[arg]
		var v Object
		if f.locals != nil {
			if f.locals.owner != nil {
				if v, pending = t.ownerLoad(f.locals.owner, name); pending != nil {
					break
				}
			} else {
				v = f.locals.GetStr(name)
			}
		}
		if v == nil {
			v = f.globals.GetStr(name)
			if v == nil {
				v = f.builtins.GetStr(name)
				if v == nil {
					pending = nameError(name)
					break
				}
			}
		}
		stack[sp] = v
		sp++
	case compile.STORE_NAME:
		sp--
		d := f.locals
		if d == nil {
			d = f.globals
		} else if d.owner != nil {
			pending = SetItem(t, d.owner, code.Names[arg], stack[sp])
			stack[sp] = nil
			break
		}
		if t.Interp.gens.live != 0 {
			t.storeReplacing(d, code.Names[arg], stack[sp])
		} else {
			d.SetStr(code.Names[arg], stack[sp])
		}
		stack[sp] = nil
	case compile.DELETE_NAME:
		d := f.locals
		if d == nil {
			d = f.globals
		} else if d.owner != nil {
			if pending = DelItem(t, d.owner, code.Names[arg]); pending != nil && isKeyError(pending) {
				pending = nameError(code.Names[arg])
			}
			break
		}
		if !d.DelStr(code.Names[arg]) {
			pending = nameError(code.Names[arg])
		}
		t.genDropped()
	case compile.DELETE_ATTR:
		e := DelAttr(t, stack[sp-1], code.Names[arg])
		sp--
		stack[sp] = nil
		if e != nil {
			pending = e
		} else if t.Interp.gens.live != 0 {
			t.genDropped()
		}
	case compile.DELETE_SUBSCR:
		e := DelItem(t, stack[sp-2], stack[sp-1])
		clearSlots(stack[sp-2 : sp])
		sp -= 2
		if e != nil {
			pending = e
		} else if t.Interp.gens.live != 0 {
			t.genDropped()
		}
	case compile.BUILD_SET:
		s := NewSet()
		for _, x := range stack[sp-arg : sp] {
			if e := s.Add(t, x); e != nil {
				pending = e
				break
			}
		}
		clearSlots(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = s
		sp++
	case compile.BUILD_MAP:
		d := NewDictSize(arg)
		for i := sp - 2*arg; i < sp; i += 2 {
			if e := d.SetItem(t, stack[i], stack[i+1]); e != nil {
				pending = e
				break
			}
		}
		clearSlots(stack[sp-2*arg : sp])
		sp -= 2 * arg
		stack[sp] = d
		sp++
	case compile.LIST_EXTEND:
		sp--
		l := stack[sp-arg].(*List)
		src := stack[sp]
		stack[sp] = nil
		items, e := ToSlice(t, src)
		if e != nil {
			if AsException(e).IsInstance(TypeError) && !Iterable(src) {
				e = Errorf(TypeError, "Value after * must be an iterable, not %s", TypeName(src))
			}
			pending = e
			break
		}
		l.Items = append(l.Items, items...)
	case compile.SET_UPDATE:
		sp--
		s := stack[sp-arg].(*Set)
		e := s.update(t, stack[sp]) // CPython's set_update_internal (set_merge for sets)
		stack[sp] = nil
		if e != nil {
			pending = e
		}
	case compile.DICT_UPDATE, compile.DICT_MERGE:
		sp--
		d := stack[sp-arg].(*Dict)
		var callee Object
		if op == compile.DICT_MERGE {
			// a call's keywords: stack is callee, args tuple, dict
			callee = stack[sp-arg-2]
		}
		e := mergeMapping(t, d, stack[sp], callee)
		stack[sp] = nil
		if e != nil {
			pending = e
		}
	case compile.LIST_TO_TUPLE:
		stack[sp-1] = NewTuple(stack[sp-1].(*List).Items...)
	case compile.BUILD_STRING:
		var sb []byte
		for _, x := range stack[sp-arg : sp] {
			sb = append(sb, x.(*Str).S...)
		}
		clearSlots(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = NewStr(string(sb))
		sp++
	case compile.FORMAT_VALUE:
		spec := ""
		if arg&4 != 0 {
			sp--
			spec = stack[sp].(*Str).S
			stack[sp] = nil
		}
		v := stack[sp-1]
		var s string
		var e error
		switch arg & 3 {
		case 1:
			v, e = StrObj(t, v)
		case 2:
			v, e = ReprObj(t, v)
		case 3:
			var r string
			r, e = Repr(t, v)
			v = NewStr(ASCIIEscape(r))
		}
		if e != nil {
			pending = e
			break
		}
		if str, ok := v.(*Str); ok && spec == "" {
			stack[sp-1] = str
			break
		}
		s, e = Format(t, v, spec)
		if e != nil {
			pending = e
			break
		}
		stack[sp-1] = NewStr(s)
	case compile.UNPACK_EX:
		before, after := arg&0xff, arg>>8
		items, e := ToSlice(t, stack[sp-1])
		if e != nil {
			if ex := AsException(e); ex.IsInstance(TypeError) && !isIterable(stack[sp-1]) {
				e = Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(stack[sp-1]))
			}
			pending = e
			break
		}
		if len(items) < before+after {
			pending = Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
			break
		}
		sp--
		for i := len(items) - 1; i >= len(items)-after; i-- {
			stack[sp] = items[i]
			sp++
		}
		stack[sp] = NewList(append([]Object(nil), items[before:len(items)-after]...)...)
		sp++
		for i := before - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
	case compile.MAKE_FUNCTION:
		top := sp
		qual := stack[sp-1].(*Str).S
		fcode := stack[sp-2].(*Code)
		sp -= 2
		fn := &Function{Code: fcode, Globals: f.globals, Name: fcode.C.Name, QualName: qual}
		if arg&8 != 0 {
			sp--
			cl := stack[sp].(*Tuple).Items
			fn.Closure = make([]*Cell, len(cl))
			for i, c := range cl {
				fn.Closure[i] = c.(*Cell)
			}
		}
		if arg&4 != 0 {
			sp--
			fn.Annotations = stack[sp].(*Dict)
		}
		if arg&2 != 0 {
			sp--
			fn.KwDefaults = stack[sp].(*Dict)
		}
		if arg&1 != 0 {
			sp--
			fn.Defaults = stack[sp].(*Tuple).Items
		}
		clearSlots(stack[sp:top])
		if d, ok := fcode.C.Docstring.(string); ok {
			fn.Doc = NewStr(d)
		}
		fn.Module = f.globals.GetStr(strDunderName)
		fn.builtins = f.builtins
		stack[sp] = fn
		sp++
	case compile.LOAD_BUILD_CLASS:
		bc := f.builtins.GetString("__build_class__")
		if bc == nil {
			pending = Errorf(NameError, "__build_class__ not found")
			break
		}
		stack[sp] = bc
		sp++
	case compile.SET_RETVAL:
		sp--
		f.retval = stack[sp]
		stack[sp] = nil
	case compile.LOAD_RETVAL:
		stack[sp] = f.retval
		f.retval = nil
		sp++
	case compile.GET_AITER:
		r, e := asyncSpecial(t, stack[sp-1], strAiter, "an object")
		if e != nil {
			pending = e
			break
		}
		stack[sp-1] = r
	case compile.GET_ANEXT:
		r, e := asyncSpecial(t, stack[sp-1], strAnext, "an iterator")
		if e != nil {
			pending = e
			break
		}
		a, e := getAwaitable(t, r)
		if e != nil {
			pending = e
			break
		}
		stack[sp] = a
		sp++
	case compile.END_ASYNC_FOR:
		exc := stack[sp-1].(*Exception)
		if !exc.IsInstance(StopAsyncIteration) {
			pending = exc
			reraise = true
			break
		}
		// pop the handler block, restore the handled exception, drop aiter
		if n := len(f.blocks); n > 0 && f.blocks[n-1].except {
			f.blocks = f.blocks[:n-1]
		}
		prev := stack[sp-2]
		t.setExcInfo(prev)
		clearSlots(stack[sp-3 : sp])
		sp -= 3
	case compile.RAISE_VARARGS:
		var e error
		switch arg {
		case 0:
			if t.ExcInfo == nil {
				e = Errorf(RuntimeError, "No active exception to reraise")
			} else {
				e = t.ExcInfo
				reraise = true
			}
		case 1:
			sp--
			e = makeException(t, stack[sp], nil, false)
			stack[sp] = nil
		case 2:
			sp -= 2
			e = makeException(t, stack[sp], stack[sp+1], true)
			stack[sp], stack[sp+1] = nil, nil
		}
		if x, ok := e.(*Exception); ok && arg > 0 {
			// raise sets the context anew, even of an exception
			// raised before
			t.chainContext(x)
		}
		pending = e
	case compile.CHECK_EXC_MATCH:
		typ := stack[sp-1]
		exc := stack[sp-2]
		sp--
		stack[sp] = nil
		ok, e := excMatches(t, exc, typ)
		if e != nil {
			pending = e
			break
		}
		stack[sp-1] = NewBool(ok)
	case compile.BEFORE_WITH, compile.BEFORE_ASYNC_WITH:
		cm := stack[sp-1]
		enterName, exitName := "__enter__", "__exit__"
		if op == compile.BEFORE_ASYNC_WITH {
			enterName, exitName = "__aenter__", "__aexit__"
		}
		// __enter__ first: CPython names the missing method that way
		enter, e := lookupSpecialBound(t, cm, enterName)
		if e != nil {
			pending = e
			break
		}
		exit, e := lookupSpecialBound(t, cm, exitName)
		if e != nil {
			pending = e
			break
		}
		r, e := t.Call(enter, nil, nil)
		if e != nil {
			pending = e
			break
		}
		stack[sp-1] = exit
		stack[sp] = r
		sp++
	case compile.WITH_EXCEPT_START:
		exc := stack[sp-1].(*Exception)
		exit := stack[sp-3]
		var tb Object = None
		if exc.Traceback != nil {
			tb = exc.Traceback
		}
		r, e := t.Call(exit, []Object{exc.Cls, exc, tb}, nil)
		if e != nil {
			pending = e
			break
		}
		stack[sp] = r
		sp++
	case compile.LOAD_ASSERTION_ERROR:
		stack[sp] = AssertionError
		sp++
	case compile.IMPORT_NAME:
		fromlist := stack[sp-1]
		level := int(stack[sp-2].(Int))
		sp -= 2
		stack[sp], stack[sp+1] = nil, nil
		m, e := t.ImportName(code.Names[arg].S, f.globals, fromlist, level)
		if e != nil {
			pending = e
			break
		}
		stack[sp] = m
		sp++
	case compile.IMPORT_FROM:
		v, e := importFrom(t, stack[sp-1], code.Names[arg])
		if e != nil {
			pending = e
			break
		}
		stack[sp] = v
		sp++
	case compile.IMPORT_STAR:
		sp--
		e := importStar(t, stack[sp], f)
		stack[sp] = nil
		if e != nil {
			pending = e
		}
	case compile.PRINT_EXPR:
		sp--
		v := stack[sp]
		stack[sp] = nil
		if hook := t.Interp.Sys.Get("displayhook"); hook != nil {
			if _, e := t.Call(hook, []Object{v}, nil); e != nil {
				pending = e
			}
		}
	case compile.SETUP_ANNOTATIONS:
		d := f.locals
		if d == nil {
			d = f.globals
		}
		if d.GetString("__annotations__") == nil {
			d.SetString("__annotations__", NewDict())
		}
	default:
		pending = Errorf(SystemError, "unknown opcode %d", op)
	}
	return sp, pc, reraise, pending
}
