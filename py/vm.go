package py

import (
	"runtime"

	"upy/compile"
)

// errYield is not an error: eval returns yielded=true instead.

// builtinsOf finds the builtins dict a frame uses.
func (t *Thread) builtinsOf(globals *Dict) *Dict {
	switch b := globals.GetString("__builtins__").(type) {
	case *Module:
		return b.Dict
	case *Dict:
		return b
	}
	return t.Interp.Builtins.Dict
}

// eval runs frame f, and the Python frames it calls, until f returns
// (yielded false) or, for a generator frame, yields (yielded true).
// Python-to-Python calls switch frames inside this loop instead of
// recursing on the Go stack.
func (t *Thread) eval(f *Frame) (result Object, yielded bool, err error) {
	saved := t.Frame
	t.Frame = f
	defer func() {
		t.Frame = saved
		if p := recover(); p != nil {
			re, ok := p.(runtime.Error)
			if !ok {
				panic(p)
			}
			// A bug in upy: report it as a Python exception, not a crash.
			result, yielded, err = nil, false, Errorf(SystemError, "internal error in the interpreter: %s", re.Error())
		}
	}()
	if f.builtins == nil {
		f.builtins = t.builtinsOf(f.globals)
	}
	var (
		code  = f.code
		stack = f.stackArr()
		sp    = f.sp
		fast  = f.fastArr()
		pc    = f.pc
	)
	if f.throw != nil {
		// an exception thrown into a suspended generator
		exc := f.throw
		f.throw = nil
		f.sp = sp
		// it arrives as it is: CPython restores a thrown exception
		// rather than raising it, so it gets no context
		exc.chained = true
		if f, exc = t.unwind(f, pc, exc, true); f == nil {
			return nil, false, exc
		}
		code, stack, sp, fast, pc = t.switchTo(f)
	}
	for {
		// pending and reraise are per instruction, so they are not
		// carried around the loop (which costs register moves on every
		// instruction); an exception goes to unwind below.
		var pending error
		reraise := false
		{
			instr := code.ins[pc]
			pc++
			arg := int(instr >> 8)
			switch op := compile.Opcode(instr & 0xff); op {
			case compile.NOP:
			case compile.POP_TOP:
				sp--
				if arg != 0 && t.Interp.gens.live != 0 {
					// arg 1: a for loop's iterator (left by break or
					// return); arg 2: an expression statement's value.
					if arg == 1 || isTracked(stack[sp]) {
						stack[sp] = nil
						t.genDropped()
					}
				}
				stack[sp] = nil
			case compile.ROT_TWO:
				stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
			case compile.ROT_THREE:
				top := stack[sp-1]
				stack[sp-1] = stack[sp-2]
				stack[sp-2] = stack[sp-3]
				stack[sp-3] = top
			case compile.ROT_FOUR:
				top := stack[sp-1]
				stack[sp-1] = stack[sp-2]
				stack[sp-2] = stack[sp-3]
				stack[sp-3] = stack[sp-4]
				stack[sp-4] = top
			case compile.DUP_TOP:
				stack[sp] = stack[sp-1]
				sp++
			case compile.DUP_TOP_TWO:
				stack[sp] = stack[sp-2]
				stack[sp+1] = stack[sp-1]
				sp += 2
			case opDupTwoSubscr:
				pc++ // the BINARY_SUBSCR
				var v Object
				if l, ok := stack[sp-2].(*List); ok {
					if i, ok := stack[sp-1].(Int); ok && i >= 0 && int64(i) < int64(len(l.Items)) {
						v = l.Items[i]
					}
				}
				if v == nil {
					var e error
					if v, e = GetItem(t, stack[sp-2], stack[sp-1]); e != nil {
						pending = e
						break
					}
				}
				stack[sp] = v
				sp++
			case opRotThreeStoreSubscr:
				// o, k, v: o[k] = v (ROT_THREE makes it v, o, k for STORE_SUBSCR)
				pc++
				o, k, v := stack[sp-3], stack[sp-2], stack[sp-1]
				clearSlots(stack[sp-3 : sp])
				sp -= 3
				if l, ok := o.(*List); ok {
					if i, ok := k.(Int); ok && i >= 0 && int64(i) < int64(len(l.Items)) {
						l.Items[i] = v
						break
					}
				}
				if e := SetItem(t, o, k, v); e != nil {
					pending = e
				}
			case opLoadFastFast:
				v := fast[arg]
				if v == nil {
					pending = t.unboundLocal(code, arg)
					break
				}
				stack[sp] = v
				sp++
				op, arg, pc = fusedNext(code, pc)
				fallthrough
			case compile.LOAD_FAST, opLoadFastAttr:
				v := fast[arg]
				if v == nil {
					pending = t.unboundLocal(code, arg)
					break
				}
				stack[sp] = v
				sp++
				if op != opLoadFastAttr {
					break
				}
				op, arg, pc = fusedNext(code, pc)
				fallthrough
			case compile.LOAD_ATTR:
				o := stack[sp-1]
				if inst, ok := o.(*Instance); ok {
					if v := code.loadAttrCached(pc-1, inst, code.Names[arg]); v != nil {
						stack[sp-1] = v
						break
					}
				}
				v, e := code.loadAttr(t, pc-1, o, code.Names[arg])
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = v
			case compile.LOAD_DEREF, compile.LOAD_CLASSDEREF:
				if op == compile.LOAD_CLASSDEREF {
					name := t.cellName(code, arg)
					if v := f.locals.GetString(name); v != nil {
						stack[sp] = v
						sp++
						break
					}
				}
				v := f.cells[arg].V
				if v == nil {
					pending = t.unboundCell(code, arg)
					break
				}
				stack[sp] = v
				sp++
			case compile.STORE_DEREF:
				sp--
				f.cells[arg].V = stack[sp]
				stack[sp] = nil
			case compile.LOAD_CLOSURE:
				stack[sp] = f.cells[arg]
				sp++
			case compile.LOAD_GLOBAL, compile.LOAD_NAME:
				if op == compile.LOAD_NAME && f.locals != f.globals {
					// a class body or exec with its own locals
					sp, pc, reraise, pending = t.execCold(f, code, stack, fast, sp, pc, op, arg)
					break
				}
				// LOAD_GLOBAL, or LOAD_NAME in module code, where the
				// locals are the globals: the same lookup, same cache
				v := code.loadGlobalCached(pc-1, f.globals, f.builtins)
				if v == nil {
					name := code.Names[arg]
					if v = f.globals.GetStr(name); v == nil {
						if v = f.builtins.GetStr(name); v == nil {
							pending = nameError(name)
							break
						}
					}
					code.fillGlobalCache(pc-1, f.globals, f.builtins, name)
				}
				stack[sp] = v
				sp++
			case compile.STORE_GLOBAL, compile.STORE_NAME:
				if op == compile.STORE_NAME && f.locals != f.globals {
					sp, pc, reraise, pending = t.execCold(f, code, stack, fast, sp, pc, op, arg)
					break
				}
				sp--
				if t.Interp.gens.live != 0 {
					t.storeReplacing(f.globals, code.Names[arg], stack[sp])
				} else if !code.storeGlobalCached(pc-1, f.globals, stack[sp]) {
					f.globals.SetStr(code.Names[arg], stack[sp])
					code.fillGlobalCache(pc-1, f.globals, f.globals, code.Names[arg])
				}
				stack[sp] = nil
			case compile.STORE_ATTR:
				o := stack[sp-1]
				inst, isInst := o.(*Instance)
				if isInst && code.storeAttrCached(pc-1, inst, code.Names[arg], stack[sp-2]) {
					stack[sp-1], stack[sp-2] = nil, nil
					sp -= 2
					break
				}
				e := SetAttr(t, o, code.Names[arg], stack[sp-2])
				stack[sp-1], stack[sp-2] = nil, nil
				sp -= 2
				if e != nil {
					pending = e
					break
				}
				if isInst {
					code.fillAttrCache(pc-1, inst, code.Names[arg])
				}
			case opLoadFastMethod:
				v := fast[arg]
				if v == nil {
					pending = t.unboundLocal(code, arg)
					break
				}
				stack[sp] = v
				sp++
				op, arg, pc = fusedNext(code, pc)
				fallthrough
			case compile.LOAD_METHOD:
				o := stack[sp-1]
				if inst, ok := o.(*Instance); ok {
					if fn := code.loadMethodCached(pc-1, inst, code.Names[arg]); fn != nil {
						stack[sp-1] = fn
						stack[sp] = o
						sp++
						break
					}
				}
				fn, self, e := code.loadMethod(t, pc-1, o, code.Names[arg])
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = fn
				stack[sp] = self // nil: not a method, called as it is
				sp++
			case compile.CALL_METHOD, compile.CALL:
				// CALL: fn, args...; CALL_METHOD: fn, self-or-nil, args...
				base := sp - arg - 1
				args := stack[base+1 : sp : sp]
				if op == compile.CALL_METHOD {
					base--
					if stack[base+1] != nil {
						args = stack[base+1 : sp : sp]
					}
				}
				fnObj := stack[base]
				if pyfn, ok := fnObj.(*Function); ok && pyfn.Code.simpleArgc == len(args) && t.depth < t.Interp.RecursionLimit+50 && t.depth < maxGoDepth {
					// The common call: a plain Python function (not a
					// generator; see Code.simpleArgc) given exactly its
					// positional parameters, self included for a method.
					if t.ticks++; t.ticks >= 256 {
						if e := t.tickSlow(); e != nil {
							pending = e
							break
						}
					}
					nf := t.pushSimple(pyfn, nil, args)
					clearSlots(stack[base:sp])
					f.sp, f.pc = base, pc
					nf.back = f
					f = nf
					// switchTo, written out (see tickSlow); a new frame
					// starts at sp and pc 0.
					t.Frame = f
					code, stack, sp, fast, pc = f.code, f.stackArr(), 0, f.fastArr(), 0
					break
				}
				if pyfn, self := inlineTarget(fnObj); pyfn != nil {
					// A Python function: switch frames in this loop
					// instead of recursing through Call.
					if t.ticks++; t.ticks >= 256 {
						if e := t.tickSlow(); e != nil {
							pending = e
							break
						}
					}
					nf, e := t.pushInline(pyfn, self, args, nil)
					if e != nil {
						pending = e
						break
					}
					clearSlots(stack[base:sp])
					f.sp, f.pc = base, pc
					nf.back = f
					f = nf
					code, stack, sp, fast, pc = t.switchTo(f)
					break
				}
				if cls, ok := fnObj.(*Type); ok && op == compile.CALL {
					if obj, init := t.inlineInit(cls); obj != nil {
						// Construction: run __init__(obj, *args) in this
						// loop, leaving obj on this stack as the result.
						stack[base] = obj
						nf, e := t.pushInline(init, nil, stack[base:sp:sp], nil)
						if e != nil {
							pending = e
							break
						}
						nf.isInit = true
						clearSlots(stack[base+1 : sp])
						f.sp, f.pc = base+1, pc
						nf.back = f
						f = nf
						code, stack, sp, fast, pc = t.switchTo(f)
						break
					}
				}
				var r Object
				var e error
				f.pc = pc // for f_lineno of this frame (sys._getframe, logging)
				if md, ok := fnObj.(*MethodDescriptor); ok && len(args) > 0 && args[0].Type() == md.Owner {
					// a builtin method on its own type's value (l.append(x)):
					// callMethodDescriptor's receiver checks hold
					r, e = safeNative(t, md.Name, md.Fn, args, nil)
				} else if b, ok := fnObj.(*Builtin); ok && b.Self == nil {
					r, e = safeNative(t, b.Name, b.Fn, args, nil) // len(x), abs(x)
				} else {
					r, e = t.Call(fnObj, args, nil)
				}
				clearSlots(stack[base:sp])
				sp = base
				if e != nil {
					pending = e
					break
				}
				stack[sp] = r
				sp++
			case compile.CALL_KW:
				kwnames := stack[sp-1].(*Tuple).Items
				sp--
				stack[sp] = nil
				base := sp - arg - 1
				nkw := len(kwnames)
				npos := arg - nkw
				if pyfn, self := inlineTarget(stack[base]); pyfn != nil {
					// A Python function: bind from a scratch keyword list
					// (bind copies what it keeps) and run it in this loop.
					kw := t.kwScratch[:0]
					for i, n := range kwnames {
						kw = append(kw, Kwarg{Name: n.(*Str).S, Value: stack[base+1+npos+i]})
					}
					nf, e := t.pushInline(pyfn, self, stack[base+1:base+1+npos:base+1+npos], kw)
					clear(kw)
					t.kwScratch = kw[:0]
					if e != nil {
						clearSlots(stack[base:sp])
						sp = base
						pending = e
						break
					}
					clearSlots(stack[base:sp])
					f.sp, f.pc = base, pc
					nf.back = f
					f = nf
					code, stack, sp, fast, pc = t.switchTo(f)
					break
				}
				kw := make([]Kwarg, nkw)
				for i, n := range kwnames {
					kw[i] = Kwarg{Name: n.(*Str).S, Value: stack[base+1+npos+i]}
				}
				r, e := t.Call(stack[base], stack[base+1:base+1+npos:base+1+npos], kw)
				clearSlots(stack[base:sp])
				sp = base
				if e != nil {
					pending = e
					break
				}
				stack[sp] = r
				sp++
			case compile.CALL_EX:
				var kwd *Dict
				if arg&1 != 0 {
					sp--
					kwd = stack[sp].(*Dict)
					stack[sp] = nil
				}
				sp--
				argObj := stack[sp]
				stack[sp] = nil
				sp--
				fnObj := stack[sp]
				stack[sp] = nil
				argt, ok := argObj.(*Tuple)
				if !ok {
					// f(*x) alone: x is not yet a tuple
					items, e := ToSlice(t, argObj)
					if e != nil {
						if AsException(e).IsInstance(TypeError) && !Iterable(argObj) {
							e = Errorf(TypeError, "%s argument after * must be an iterable, not %s", functionStr(t, fnObj), TypeName(argObj))
						}
						pending = e
						break
					}
					argt = NewTuple(items...)
				}
				var kw []Kwarg
				if kwd != nil {
					kwd.Items(func(k, v Object) bool {
						kw = append(kw, Kwarg{Name: k.(*Str).S, Value: v})
						return true
					})
				}
				if pyfn, self := inlineTarget(fnObj); pyfn != nil {
					// f(*args, **kw) of a Python function: in this loop
					nf, e := t.pushInline(pyfn, self, argt.Items, kw)
					if e != nil {
						pending = e
						break
					}
					f.sp, f.pc = sp, pc
					nf.back = f
					f = nf
					code, stack, sp, fast, pc = t.switchTo(f)
					break
				}
				r, e := t.Call(fnObj, argt.Items, kw)
				if e != nil {
					pending = e
					break
				}
				stack[sp] = r
				sp++
			case compile.BINARY_SUBSCR:
				if l, ok := stack[sp-2].(*List); ok {
					if i, ok := stack[sp-1].(Int); ok && i >= 0 && int64(i) < int64(len(l.Items)) {
						sp--
						stack[sp] = nil
						stack[sp-1] = l.Items[i]
						break
					}
				}
				r, e := GetItem(t, stack[sp-2], stack[sp-1])
				sp--
				stack[sp] = nil
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = r
			case compile.STORE_SUBSCR:
				if l, ok := stack[sp-2].(*List); ok {
					if i, ok := stack[sp-1].(Int); ok && i >= 0 && int64(i) < int64(len(l.Items)) {
						l.Items[i] = stack[sp-3]
						clearSlots(stack[sp-3 : sp])
						sp -= 3
						break
					}
				}
				e := SetItem(t, stack[sp-2], stack[sp-1], stack[sp-3])
				clearSlots(stack[sp-3 : sp])
				sp -= 3
				if e != nil {
					pending = e
				}
			case compile.BUILD_SLICE:
				var step Object = None
				if arg == 3 {
					sp--
					step = stack[sp]
					stack[sp] = nil
				}
				sp--
				stack[sp-1] = &Slice{Start: stack[sp-1], Stop: stack[sp], Step: step}
				stack[sp] = nil
			case opLoadFastConst:
				v := fast[arg]
				if v == nil {
					pending = t.unboundLocal(code, arg)
					break
				}
				stack[sp] = v
				sp++
				op, arg, pc = fusedNext(code, pc)
				fallthrough
			case compile.LOAD_CONST, opLoadConstBinop, opLoadConstSubscr:
				if op == opLoadConstSubscr {
					pc++ // the BINARY_SUBSCR: o[const]
					k := code.Consts[arg]
					var v Object
					if l, ok := stack[sp-1].(*List); ok {
						if i, ok := k.(Int); ok && i >= 0 && int64(i) < int64(len(l.Items)) {
							v = l.Items[i]
						}
					}
					if v == nil {
						var e error
						if v, e = GetItem(t, stack[sp-1], k); e != nil {
							pending = e
							break
						}
					}
					stack[sp-1] = v
					break
				}
				stack[sp] = code.Consts[arg]
				sp++
				if op != opLoadConstBinop {
					break
				}
				op, arg, pc = fusedNext(code, pc)
				fallthrough
			case compile.BINARY_OP:
				a, b := stack[sp-2], stack[sp-1]
				var r Object
				var e error
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						if v, ok := intFastInt(BinOp(arg&15), x, y); ok {
							sp--
							stack[sp] = nil
							stack[sp-1] = t.boxInt(int64(v))
							break
						}
					}
				}
				if x, ok := a.(Float); ok {
					if y, ok := b.(Float); ok {
						var v Float
						handled := true
						switch BinOp(arg & 15) {
						case OpAdd:
							v = x + y
						case OpSub:
							v = x - y
						case OpMul:
							v = x * y
						case OpTrueDiv:
							if y == 0 {
								handled = false
							} else {
								v = x / y
							}
						default:
							handled = false
						}
						if handled {
							sp--
							stack[sp] = nil
							stack[sp-1] = t.boxFloat(v)
							break
						}
					}
				}
				if arg >= 16 {
					r, e = InplaceOp(t, BinOp(arg-16), a, b)
				} else {
					r, e = BinaryOp(t, BinOp(arg), a, b)
				}
				sp--
				stack[sp] = nil
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = r
			case compile.UNARY_OP:
				r, e := UnaryOp(t, UnaryOpKind(arg), stack[sp-1])
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = r
			case compile.IS_OP:
				r := stack[sp-2] == stack[sp-1]
				if !r {
					r = isSameNaN(stack[sp-2], stack[sp-1])
				}
				sp--
				stack[sp] = nil
				stack[sp-1] = NewBool(r != (arg == 1))
			case compile.CONTAINS_OP:
				r, e := Contains(t, stack[sp-1], stack[sp-2])
				sp--
				stack[sp] = nil
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = NewBool(r != (arg == 1))
			case compile.JUMP:
				pc = arg
				if t.ticks++; t.ticks >= 256 {
					pending = t.tickSlow()
				}
			case compile.COMPARE_OP, opCompareJump:
				a, b := stack[sp-2], stack[sp-1]
				sp--
				stack[sp] = nil
				var r Object
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						c := 0
						if x < y {
							c = -1
						} else if x > y {
							c = 1
						}
						r = NewBool(cmpResult(CompareOp(arg), c))
					}
				}
				if r == nil {
					var e error
					if r, e = RichCompare(t, a, b, CompareOp(arg)); e != nil {
						pending = e
						break
					}
				}
				stack[sp-1] = r
				if op != opCompareJump {
					break
				}
				op, arg, pc = fusedNext(code, pc)
				fallthrough
			case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
				v := stack[sp-1]
				sp--
				stack[sp] = nil
				var b bool
				if x, ok := v.(Bool); ok {
					b = bool(x)
				} else {
					var e error
					if b, e = Truth(t, v); e != nil {
						pending = e
						break
					}
				}
				if b == (op == compile.POP_JUMP_IF_TRUE) {
					pc = arg
				}
			case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
				b, e := Truth(t, stack[sp-1])
				if e != nil {
					pending = e
					break
				}
				if b == (op == compile.JUMP_IF_TRUE_OR_POP) {
					pc = arg
				} else {
					sp--
					stack[sp] = nil
				}
			case compile.GET_ITER:
				it, e := Iter(t, stack[sp-1])
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = it
			case compile.FOR_ITER, opForIterStore:
				var v Object
				if r, ok := stack[sp-1].(*rangeIter); ok {
					if n, ok := r.next(); ok {
						v = t.boxInt(n)
					}
				} else if g, ok := stack[sp-1].(*Generator); ok && g.kind == genGenerator && g.canInline(None) {
					// Resume the generator in this loop (see enterInline).
					nf, e := g.enterInline(t, f, None)
					if e != nil {
						pending = e
						break
					}
					f.sp, f.pc = sp, pc
					f = nf
					code, stack, sp, fast, pc = t.switchTo(f)
					break
				} else {
					var e error
					if v, e = Next(t, stack[sp-1]); e != nil {
						pending = e
						break
					}
				}
				if v == nil {
					sp--
					stack[sp] = nil
					pc = arg
					break
				}
				stack[sp] = v
				sp++
				if op != opForIterStore {
					break
				}
				op, arg, pc = fusedNext(code, pc)
				fallthrough
			case compile.STORE_FAST, opStoreFastLoadFast:
				sp--
				fast[arg] = stack[sp]
				stack[sp] = nil
				if op != opStoreFastLoadFast {
					break
				}
				_, arg, pc = fusedNext(code, pc)
				v := fast[arg]
				if v == nil {
					pending = t.unboundLocal(code, arg)
					break
				}
				stack[sp] = v
				sp++
			case compile.BUILD_TUPLE:
				items := make([]Object, arg)
				copySlots(items, stack[sp-arg:sp])
				clearSlots(stack[sp-arg : sp])
				sp -= arg
				stack[sp] = NewTuple(items...)
				sp++
			case compile.BUILD_LIST:
				items := make([]Object, arg)
				copySlots(items, stack[sp-arg:sp])
				clearSlots(stack[sp-arg : sp])
				sp -= arg
				stack[sp] = NewList(items...)
				sp++
			case compile.LIST_APPEND, opListAppendJump:
				sp--
				l := stack[sp-arg].(*List)
				l.Items = append(l.Items, stack[sp])
				stack[sp] = nil
				if op == opListAppendJump {
					pc = int(code.ins[pc] >> 8)
					if t.ticks++; t.ticks >= 256 {
						pending = t.tickSlow()
					}
				}
			case compile.SET_ADD, opSetAddJump:
				sp--
				e := stack[sp-arg].(*Set).Add(t, stack[sp])
				stack[sp] = nil
				if e != nil {
					pending = e
				} else if op == opSetAddJump {
					pc = int(code.ins[pc] >> 8)
					if t.ticks++; t.ticks >= 256 {
						pending = t.tickSlow()
					}
				}
			case compile.MAP_ADD, opMapAddJump:
				sp -= 2
				e := stack[sp-arg].(*Dict).SetItem(t, stack[sp], stack[sp+1])
				stack[sp], stack[sp+1] = nil, nil
				if e == nil && op == opMapAddJump {
					pc = int(code.ins[pc] >> 8)
					if t.ticks++; t.ticks >= 256 {
						e = t.tickSlow()
					}
				}
				if e != nil {
					pending = e
				}
			case compile.UNPACK_SEQUENCE:
				items, e := unpackN(t, stack[sp-1], arg)
				if e != nil {
					pending = e
					break
				}
				sp--
				for i := arg - 1; i >= 0; i-- {
					stack[sp] = items[i]
					sp++
				}
			case compile.RETURN_VALUE:
				sp--
				v := stack[sp]
				stack[sp] = nil
				f.sp = sp
				if f.entry {
					f.pc = pc
					if f.gen != nil {
						f.pc = len(code.ins) // finished
					}
					return v, false, nil
				}
				caller := f.back
				if g := f.gen; g != nil {
					// a generator resumed inline has finished
					g.finishInline(t, nil)
					f = caller
					code, stack, sp, fast, pc = t.switchTo(f)
					if isYieldFrom(code.ins[pc-1]) {
						stack[sp-1] = v // the value of yield from / await
						break
					}
					// the for loop pops it and exits
					sp--
					stack[sp] = nil
					pc = int(code.ins[pc-1] >> 8)
					break
				}
				t.Leave()
				done := f
				f = caller
				t.Frame = f // switchTo, written out
				code, stack, sp, fast, pc = f.code, f.stackArr(), f.sp, f.fastArr(), f.pc
				isInit, consumer := done.isInit, done.genConsumer
				t.recycle(done)
				if consumer {
					t.genDropped()
				}
				if isInit {
					// the instance is already on the stack
					if v != None {
						pending = Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(v))
					}
					break
				}
				stack[sp] = v
				sp++
			case compile.YIELD_VALUE:
				sp--
				v := stack[sp]
				stack[sp] = nil
				if !f.entry {
					// a generator resumed inline
					f.sp, f.pc = sp, pc
					nf, top := t.yieldInline(f, v)
					if nf == nil {
						t.Frame = top
						return v, true, nil
					}
					f = nf
					code, stack, sp, fast, pc = t.switchTo(f)
					break
				}
				if f.gen != nil && f.gen.kind == genAsyncGen {
					v = &asyncGenValue{v}
				}
				f.sp, f.pc = sp, pc
				return v, true, nil
			case compile.GET_YIELD_FROM_ITER:
				v := stack[sp-1]
				if g, ok := v.(*Generator); ok {
					if g.kind == genCoroutine && f.code.C.Flags&(compile.FlagCoroutine) == 0 {
						pending = Errorf(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
					}
					break
				}
				it, e := Iter(t, v)
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = it
			case compile.YIELD_FROM:
				sp--
				v := stack[sp]
				stack[sp] = nil
				sub := stack[sp-1]
				if g, ok := sub.(*Generator); ok && g.canInline(v) {
					// Resume the generator or coroutine in this loop.
					nf, e := g.enterInline(t, f, v)
					if e != nil {
						sp--
						stack[sp] = nil
						pending = e
						break
					}
					f.sp, f.pc = sp, pc
					f = nf
					code, stack, sp, fast, pc = t.switchTo(f)
					break
				}
				y, r, e := t.sendTo(sub, v)
				if e != nil {
					sp--
					stack[sp] = nil
					pending = e
					break
				}
				if y != nil {
					// suspended: re-run YIELD_FROM with the next sent value
					f.sp, f.pc = sp, pc-1
					nf, top := t.yieldInline(f, y)
					if nf == nil {
						t.Frame = top
						return y, true, nil
					}
					f = nf
					code, stack, sp, fast, pc = t.switchTo(f)
					break
				}
				stack[sp-1] = r
			case compile.GET_AWAITABLE:
				a, e := getAwaitable(t, stack[sp-1])
				if e != nil {
					pending = e
					break
				}
				stack[sp-1] = a
			case compile.SETUP_FINALLY:
				f.blocks = append(f.blocks, block{handler: int32(arg), level: int32(sp)})
			case compile.POP_BLOCK:
				f.blocks = f.blocks[:len(f.blocks)-1]
			case compile.POP_EXCEPT:
				n := len(f.blocks)
				if n > 0 && f.blocks[n-1].except {
					f.blocks = f.blocks[:n-1]
				}
				sp--
				t.setExcInfo(stack[sp])
				stack[sp] = nil
			case compile.RERAISE:
				sp--
				pending = stack[sp].(*Exception)
				stack[sp] = nil
				reraise = true
			default:
				sp, pc, reraise, pending = t.execCold(f, code, stack, fast, sp, pc, op, arg)
			}
			if pending == nil {
				continue
			}
		}
		// ---- exception handling ----
		f.sp = sp
		if f, pending = t.unwind(f, pc, AsException(pending), reraise); f == nil {
			return nil, false, pending
		}
		code, stack, sp, fast, pc = t.switchTo(f)
	}
}

// switchTo makes f the running frame and returns what the VM loop keeps
// in locals of it. Frames of calls get their builtins from the function
// (initFrame); eval sets those of entry frames.
func (t *Thread) switchTo(f *Frame) (code *Code, stack *slotArray, sp int, fast *slotArray, pc int) {
	t.Frame = f
	return f.code, f.stackArr(), f.sp, f.fastArr(), f.pc
}

// unwind handles exception exc raised by the instruction before pc in
// frame f (whose stack depth is f.sp): it records the traceback entry
// and jumps to the innermost handler, popping frames that have none.
// It returns the frame to resume at its f.pc and f.sp, or nil when exc
// leaves the entry frame (with the exception, which leaving an inline
// generator may have replaced). reraise is set for a bare `raise` and the
// re-raise at the end of a finally or except block, which keep the
// exception's context and traceback.
func (t *Thread) unwind(f *Frame, pc int, exc *Exception, reraise bool) (*Frame, *Exception) {
	if !reraise && !exc.chained {
		t.chainContext(exc)
	}
	for {
		code, stack, sp := f.code, f.stackSlots(), f.sp
		f.lastPC = int32(pc - 1)
		if !reraise || exc.Traceback == nil || exc.Traceback.frame != f {
			exc.Traceback = &Traceback{Next: exc.Traceback, Filename: code.C.Filename, Name: code.C.Name, Line: code.line(pc - 1), Span: code.span(pc - 1), frame: f}
			f.escaped = true
		}
		reraise = false
		for len(f.blocks) > 0 {
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			if b.except {
				// leaving an except handler: restore the exception it replaced
				t.setExcInfo(stack[b.level])
				clear(stack[b.level:sp])
				sp = int(b.level)
				continue
			}
			dropped := t.Interp.gens.live != 0 && holdsTrackedGen(stack[b.level:sp])
			clear(stack[b.level:sp])
			sp = int(b.level)
			if dropped {
				t.genDropped()
			}
			f.blocks = append(f.blocks, block{level: int32(sp), except: true})
			if t.ExcInfo != nil {
				stack[sp] = t.ExcInfo
			} else {
				stack[sp] = None
			}
			stack[sp+1] = exc
			f.sp = sp + 2
			t.ExcInfo = exc
			f.pc = int(b.handler)
			return f, exc
		}
		// The exception leaves this frame.
		dropped := t.Interp.gens.live != 0 && holdsTrackedGen(stack[:sp])
		clear(stack[:sp])
		if dropped {
			t.genDropped()
		}
		f.sp = 0
		if f.entry {
			f.pc = len(code.ins)
			return nil, exc
		}
		caller := f.back
		if g := f.gen; g != nil {
			exc = g.finishInline(t, exc) // a generator resumed inline
		} else {
			t.Leave()
		}
		f = caller
		t.Frame = f
		if f.builtins == nil {
			f.builtins = t.builtinsOf(f.globals)
		}
		pc = f.pc
	}
}

// pushCall binds a call and checks the recursion limit.
func (t *Thread) pushCall(fn *Function, args []Object, kw []Kwarg) (*Frame, error) {
	if err := t.Enter(); err != nil {
		return nil, err
	}
	nf, err := t.bind(fn, args, kw)
	if err != nil {
		t.Leave()
		return nil, err
	}
	return nf, nil
}

func (t *Thread) setExcInfo(o Object) {
	if e, ok := o.(*Exception); ok {
		t.ExcInfo = e
	} else {
		t.ExcInfo = nil
	}
}

// chainContext sets the context of exc, being raised, to the exception
// being handled, as CPython's _PyErr_SetObject does: it replaces any
// earlier context, and a link back to exc in the handled exception's
// context chain is cut so that the chain has no cycle.
func (t *Thread) chainContext(exc *Exception) {
	exc.chained = true
	h := t.ExcInfo
	if h == nil || h == exc {
		return
	}
	for o, n := h, 0; o.Context != nil && n < 1000; o, n = o.Context, n+1 {
		if o.Context == exc {
			o.Context = nil
			break
		}
	}
	exc.Context = h
}

func chainHas(start, e *Exception) bool {
	for x, n := start, 0; x != nil && n < 1000; x, n = x.Context, n+1 {
		if x == e {
			return true
		}
	}
	return false
}

var (
	strDunderName = Intern("__name__")
	strAiter      = Intern("__aiter__")
	strAnext      = Intern("__anext__")
	strKeys       = Intern("keys")
)

// asyncSpecial calls o.__aiter__() or o.__anext__() for 'async for'.
func asyncSpecial(t *Thread, o Object, name *Str, what string) (Object, error) {
	r, found, err := CallSpecial(t, o, name)
	if !found {
		return nil, Errorf(TypeError, "'async for' requires %s with %s method, got %s", what, name.S, TypeName(o))
	}
	return r, err
}

func nameError(name *Str) *Exception {
	e := Errorf(NameError, "name '%s' is not defined", name.S)
	e.SetAttr("name", name)
	return e
}

func (t *Thread) cellName(code *Code, i int) string {
	c := code.C
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}

func (t *Thread) unboundLocal(code *Code, i int) *Exception {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.C.VarNames[i])
}

func (t *Thread) unboundCell(code *Code, i int) *Exception {
	name := t.cellName(code, i)
	if i < len(code.C.CellVars) {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// checkpoint runs every 1024 instructions: it delivers Ctrl-C to the main
// thread and lets other threads take the GIL.
func (t *Thread) checkpoint() error {
	if t.Ident == 1 && t.Interp.Interrupt.Load() != 0 {
		t.Interp.Interrupt.Store(0)
		return NewException(KeyboardInterrupt)
	}
	t.YieldGIL()
	return nil
}

// unpackN unpacks exactly n items.
func unpackN(t *Thread, o Object, n int) ([]Object, error) {
	var items []Object
	switch v := o.(type) {
	case *Tuple:
		items = v.Items
	case *List:
		items = v.Items
	default:
		it, err := Iter(t, o)
		if err != nil {
			if e := AsException(err); e.IsInstance(TypeError) {
				return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(o))
			}
			return nil, err
		}
		for {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				break
			}
			items = append(items, x)
			if len(items) > n {
				return nil, Errorf(ValueError, "too many values to unpack (expected %d)", n)
			}
		}
	}
	if len(items) < n {
		return nil, Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
	}
	if len(items) > n {
		return nil, Errorf(ValueError, "too many values to unpack (expected %d)", n)
	}
	return items, nil
}

// mergeMapping implements {**m} and, when callee is not nil, the
// keyword arguments f(**m) of a call, whose keys must be new strings.
func mergeMapping(t *Thread, d *Dict, m Object, callee Object) error {
	add := func(k, v Object) error {
		if callee != nil {
			ks, ok := k.(*Str)
			if !ok {
				return Errorf(TypeError, "keywords must be strings")
			}
			if _, found, _ := d.GetItem(t, k); found {
				return Errorf(TypeError, "%s got multiple values for keyword argument '%s'", functionStr(t, callee), ks.S)
			}
		}
		return d.SetItem(t, k, v)
	}
	if src := mergeableDict(m); src != nil {
		var err error
		src.Items(func(k, v Object) bool {
			err = add(k, v)
			return err == nil
		})
		return err
	}
	keys, err := GetAttrOpt(t, m, strKeys)
	if err != nil {
		return err
	}
	if keys == nil {
		if callee != nil {
			return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", functionStr(t, callee), TypeName(m))
		}
		return Errorf(TypeError, "'%s' object is not a mapping", TypeName(m))
	}
	ks, err := t.Call(keys, nil, nil)
	if err != nil {
		return err
	}
	return Iterate(t, ks, func(k Object) (bool, error) {
		v, err := GetItem(t, m, k)
		if err != nil {
			return false, err
		}
		return true, add(k, v)
	})
}

// functionStr names a callable in argument errors as CPython does:
// "module.qualname()", or "qualname()" for builtins.
func functionStr(t *Thread, fn Object) string {
	q, _ := GetAttrOpt(t, fn, Intern("__qualname__"))
	qs, ok := q.(*Str)
	if !ok {
		return TypeName(fn) + " object"
	}
	if m, _ := GetAttrOpt(t, fn, Intern("__module__")); m != nil {
		if ms, ok := m.(*Str); ok && ms.S != "builtins" {
			return ms.S + "." + qs.S + "()"
		}
	}
	return qs.S + "()"
}

// makeException turns the operand of raise into an exception instance.
func makeException(t *Thread, o, cause Object, hasCause bool) error {
	var e *Exception
	switch v := o.(type) {
	case *Exception:
		e = v
	case *Type:
		if !v.IsSubtype(BaseException) {
			return Errorf(TypeError, "exceptions must derive from BaseException")
		}
		r, err := t.Call(v, nil, nil)
		if err != nil {
			return err
		}
		ex, ok := r.(*Exception)
		if !ok {
			return Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", v.Name, TypeName(r))
		}
		e = ex
	default:
		return Errorf(TypeError, "exceptions must derive from BaseException")
	}
	if hasCause {
		switch c := cause.(type) {
		case *noneObject:
			e.Cause = nil
		case *Exception:
			e.Cause = c
		case *Type:
			if !c.IsSubtype(BaseException) {
				return Errorf(TypeError, "exception causes must derive from BaseException")
			}
			r, err := t.Call(c, nil, nil)
			if err != nil {
				return err
			}
			e.Cause, _ = r.(*Exception)
		default:
			return Errorf(TypeError, "exception causes must derive from BaseException")
		}
		e.SuppressContext = true
	}
	return e
}

// excMatches implements `except typ` for a class or tuple of classes.
func excMatches(t *Thread, exc, typ Object) (bool, error) {
	switch c := typ.(type) {
	case *Type:
		if !c.IsSubtype(BaseException) {
			return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.Type().IsSubtype(c), nil
	case *Tuple:
		for _, x := range c.Items {
			ok, err := excMatches(t, exc, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// lookupSpecialBound looks a special method up on the type and binds it.
func lookupSpecialBound(t *Thread, o Object, name string) (Object, error) {
	fn := o.Type().Lookup(Intern(name))
	if fn == nil {
		kind := "context manager"
		if name == "__aenter__" || name == "__aexit__" {
			kind = "asynchronous context manager"
		}
		missed := ""
		if name == "__exit__" || name == "__aexit__" {
			missed = " (missed " + name + " method)"
		}
		return nil, Errorf(TypeError, "'%s' object does not support the %s protocol%s", TypeName(o), kind, missed)
	}
	return bindDescriptor(t, fn, o, o.Type())
}

func importFrom(t *Thread, mod Object, name *Str) (Object, error) {
	v, err := GetAttrOpt(t, mod, name)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return v, nil
	}
	modName := ""
	if m, ok := mod.(*Module); ok {
		modName = m.Name
		full := m.Name + "." + name.S
		if sub, found, _ := t.Interp.Modules.GetItem(t, NewStr(full)); found {
			return sub, nil
		}
	}
	e := Errorf(ImportError, "cannot import name '%s' from '%s'", name.S, modName)
	if m, ok := mod.(*Module); ok {
		if f, ok := m.Dict.GetString("__file__").(*Str); ok {
			e = Errorf(ImportError, "cannot import name '%s' from '%s' (%s)", name.S, modName, f.S)
		} else {
			e = Errorf(ImportError, "cannot import name '%s' from '%s' (unknown location)", name.S, modName)
		}
	}
	e.SetAttr("name", NewStr(modName))
	return nil, e
}

func importStar(t *Thread, mod Object, f *Frame) error {
	m, ok := mod.(*Module)
	if !ok {
		return Errorf(ImportError, "import * from a non-module")
	}
	dst := f.locals
	if dst == nil {
		dst = f.globals
	}
	if all := m.Dict.GetString("__all__"); all != nil {
		return Iterate(t, all, func(n Object) (bool, error) {
			s, ok := n.(*Str)
			if !ok {
				return false, Errorf(TypeError, "Item in %s.__all__ must be str, not %s", m.Name, TypeName(n))
			}
			v, err := GetAttr(t, m, Intern(s.S))
			if err != nil {
				return false, err
			}
			dst.SetStr(Intern(s.S), v)
			return true, nil
		})
	}
	m.Dict.Items(func(k, v Object) bool {
		if s, ok := k.(*Str); ok && (len(s.S) == 0 || s.S[0] != '_') {
			dst.SetStr(s, v)
		}
		return true
	})
	return nil
}

// isSameNaN is the slow path of the is operator: see sameNaN.
func isSameNaN(a, b Object) bool {
	x, ok1 := a.(Float)
	y, ok2 := b.(Float)
	return ok1 && ok2 && sameNaN(x, y)
}
