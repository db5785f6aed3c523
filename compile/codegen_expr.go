package compile

import (
	"upy/syntax"
)

// compareOps maps syntax comparison operators to the runtime's CompareOp.
var compareOps = map[syntax.CmpOp]int{
	syntax.Lt: 0, syntax.LtE: 1, syntax.Eq: 2, syntax.NotEq: 3, syntax.Gt: 4, syntax.GtE: 5,
}

func (c *compiler) compareOp(op syntax.CmpOp) {
	switch op {
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, compareOps[op])
	}
}

// constValue returns the constant value of e if it is a constant tuple or literal.
func constValue(e syntax.Expr) (any, bool) {
	switch x := e.(type) {
	case *syntax.Constant:
		return x.Value, true
	case *syntax.Tuple:
		t := make(Tuple, len(x.Elts))
		for i, el := range x.Elts {
			v, ok := constValue(el)
			if !ok {
				return nil, false
			}
			t[i] = v
		}
		return t, true
	}
	return nil, false
}

// expr compiles e. As in CPython, its instructions carry e's position,
// except those of its subexpressions, which carry theirs.
func (c *compiler) expr(e syntax.Expr) {
	line, span := c.u.line, c.u.span
	c.setLine(e)
	c.expr1(e)
	c.u.line, c.u.span = line, span
}

func (c *compiler) expr1(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Constant:
		c.loadConst(x.Value)
	case *syntax.Name:
		c.loadName(x.Id)
	case *syntax.BinOp:
		c.expr(x.Left)
		c.expr(x.Right)
		c.setLine(x)
		c.emit(BINARY_OP, int(x.Op))
	case *syntax.UnaryOp:
		if x.Op == syntax.USub {
			if k, ok := x.Operand.(*syntax.Constant); ok {
				switch v := k.Value.(type) {
				case int64:
					if v != -v || v == 0 {
						c.loadConst(-v)
						return
					}
				case float64:
					c.loadConst(-v)
					return
				}
			}
		}
		c.expr(x.Operand)
		c.emit(UNARY_OP, int(x.Op))
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if x.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range x.Values {
			c.expr(v)
			if i < len(x.Values)-1 {
				c.emitJump(op, end)
			}
		}
		c.setLabel(end)
	case *syntax.Compare:
		c.compare(x)
	case *syntax.Call:
		c.call(x)
	case *syntax.Attribute:
		c.expr(x.Value)
		c.setAttrLine(x, x)
		c.emit(LOAD_ATTR, c.nameIndex(x.Attr))
	case *syntax.Subscript:
		c.expr(x.Value)
		c.subscriptIndex(x.Slice)
		c.setLine(x)
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		c.sliceExpr(x)
	case *syntax.Tuple:
		if v, ok := constValue(x); ok {
			c.loadConst(v)
			return
		}
		if c.sequence(x.Elts, BUILD_LIST) {
			c.emit(LIST_TO_TUPLE, 0)
		} else {
			c.emit(BUILD_TUPLE, len(x.Elts))
		}
	case *syntax.List:
		if !c.sequence(x.Elts, BUILD_LIST) {
			c.emit(BUILD_LIST, len(x.Elts))
		}
	case *syntax.Set:
		if len(x.Elts) >= 3 {
			if v, ok := constValue(&syntax.Tuple{Elts: x.Elts}); ok {
				// As CPython: BUILD_SET 0 + a frozenset constant + SET_UPDATE,
				// which fixes the iteration order of the result.
				c.emit(BUILD_SET, 0)
				c.loadConst(FrozenSet(v.(Tuple)))
				c.emit(SET_UPDATE, 1)
				return
			}
		}
		if !c.sequence(x.Elts, BUILD_SET) {
			c.emit(BUILD_SET, len(x.Elts))
		}
	case *syntax.Dict:
		c.dict(x)
	case *syntax.IfExp:
		other, end := c.newLabel(), c.newLabel()
		c.jumpIf(x.Test, false, other)
		c.expr(x.Body)
		c.emitJump(JUMP, end)
		c.setLabel(other)
		c.expr(x.OrElse)
		c.setLabel(end)
	case *syntax.Lambda:
		ls := c.scopes[x]
		c.enter(ls, "<lambda>", x.Pos.Line)
		setArgCounts(c.u.code, x.Args)
		c.expr(x.Body)
		if ls.generator {
			c.emit(POP_TOP, 0)
			c.loadConst(nil)
		}
		c.emit(RETURN_VALUE, 0)
		code := c.leave()
		c.makeFunction(code, ls, x.Args, nil)
	case *syntax.NamedExpr:
		c.expr(x.Value)
		c.emit(DUP_TOP, 0)
		c.storeName(x.Target.Id)
	case *syntax.ListComp:
		c.comprehension(x, x.Generators, "<listcomp>", BUILD_LIST, func() {
			c.expr(x.Elt)
		})
	case *syntax.SetComp:
		c.comprehension(x, x.Generators, "<setcomp>", BUILD_SET, func() {
			c.expr(x.Elt)
		})
	case *syntax.DictComp:
		c.comprehension(x, x.Generators, "<dictcomp>", BUILD_MAP, func() {
			c.expr(x.Key)
			c.expr(x.Value)
		})
	case *syntax.GeneratorExp:
		c.comprehension(x, x.Generators, "<genexpr>", NOP, func() {
			c.expr(x.Elt)
		})
	case *syntax.Yield:
		if x.Value != nil {
			c.expr(x.Value)
		} else {
			c.loadConst(nil)
		}
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		c.expr(x.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.Await:
		c.expr(x.Value)
		c.setLine(x)
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.JoinedStr:
		for _, v := range x.Values {
			c.expr(v)
		}
		// BUILD_STRING also converts a lone formatted value; 0 parts give ''.
		if len(x.Values) != 1 {
			c.emit(BUILD_STRING, len(x.Values))
		}
	case *syntax.FormattedValue:
		c.expr(x.Value)
		flags := 0
		switch x.Conversion {
		case 's':
			flags = 1
		case 'r':
			flags = 2
		case 'a':
			flags = 3
		}
		if x.FormatSpec != nil {
			c.expr(x.FormatSpec)
			flags |= 4
		}
		c.emit(FORMAT_VALUE, flags)
	case *syntax.Starred:
		c.errorAt(x, "can't use starred expression here")
	default:
		c.errorAt(e, "unsupported expression")
	}
}

func (c *compiler) subscriptIndex(e syntax.Expr) {
	if s, ok := e.(*syntax.Slice); ok {
		c.sliceExpr(s)
		return
	}
	c.expr(e)
}

func (c *compiler) sliceExpr(s *syntax.Slice) {
	for _, v := range []syntax.Expr{s.Lower, s.Upper} {
		if v == nil {
			c.loadConst(nil)
		} else {
			c.expr(v)
		}
	}
	if s.Step != nil {
		c.expr(s.Step)
		c.emit(BUILD_SLICE, 3)
	} else {
		c.emit(BUILD_SLICE, 2)
	}
}

// sequence compiles display elements with starred items into a list or set
// built incrementally; it returns false (having emitted only the items)
// when there is no starred item.
func (c *compiler) sequence(elts []syntax.Expr, build Opcode) bool {
	starred := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			starred = true
		}
	}
	if !starred {
		for _, e := range elts {
			c.expr(e)
		}
		return false
	}
	c.emit(build, 0)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
			if build == BUILD_SET {
				c.emit(SET_UPDATE, 1)
			} else {
				c.emit(LIST_EXTEND, 1)
			}
		} else {
			c.expr(e)
			if build == BUILD_SET {
				c.emit(SET_ADD, 1)
			} else {
				c.emit(LIST_APPEND, 1)
			}
		}
	}
	return true
}

func (c *compiler) dict(x *syntax.Dict) {
	hasUnpack := false
	for _, k := range x.Keys {
		if k == nil {
			hasUnpack = true
		}
	}
	if !hasUnpack {
		for i, k := range x.Keys {
			c.expr(k)
			c.expr(x.Values[i])
		}
		c.emit(BUILD_MAP, len(x.Keys))
		return
	}
	c.emit(BUILD_MAP, 0)
	for i, k := range x.Keys {
		if k == nil {
			c.expr(x.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else {
			c.expr(k)
			c.expr(x.Values[i])
			c.emit(MAP_ADD, 1)
		}
	}
}

func (c *compiler) compare(x *syntax.Compare) {
	c.expr(x.Left)
	if len(x.Ops) == 1 {
		c.expr(x.Comparators[0])
		c.setLine(x)
		c.compareOp(x.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range x.Ops {
		c.expr(x.Comparators[i])
		if i < len(x.Ops)-1 {
			c.emit(DUP_TOP, 0)
			c.emit(ROT_THREE, 0)
			c.compareOp(op)
			c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.compareOp(op)
		}
	}
	c.emitJump(JUMP, end)
	c.setLabel(cleanup)
	c.emit(ROT_TWO, 0)
	c.emit(POP_TOP, 0)
	c.setLabel(end)
}

func hasStar(args []syntax.Expr, kws []*syntax.Keyword) bool {
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			return true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

func (c *compiler) call(x *syntax.Call) {
	if attr, ok := x.Func.(*syntax.Attribute); ok && !hasStar(x.Args, x.Keywords) && len(x.Keywords) == 0 {
		c.expr(attr.Value)
		c.setAttrLine(attr, attr)
		c.emit(LOAD_METHOD, c.nameIndex(attr.Attr))
		for _, a := range x.Args {
			c.expr(a)
		}
		c.setAttrLine(attr, x)
		c.emit(CALL_METHOD, len(x.Args))
		return
	}
	c.expr(x.Func)
	c.callArgs(0, x.Args, x.Keywords)
}

// callArgs compiles arguments and the call; pre positional arguments are
// already on the stack above the callee.
func (c *compiler) callArgs(pre int, args []syntax.Expr, kws []*syntax.Keyword) {
	if !hasStar(args, kws) {
		for _, a := range args {
			c.expr(a)
		}
		if len(kws) == 0 {
			c.emit(CALL, pre+len(args))
			return
		}
		names := make(Tuple, len(kws))
		for i, k := range kws {
			c.expr(k.Value)
			names[i] = k.Arg
		}
		c.loadConst(names)
		c.emit(CALL_KW, pre+len(args)+len(kws))
		return
	}
	// General form: a tuple of positional arguments and a dict of keywords.
	if s, ok := onlyStarred(pre, args); ok {
		// f(*x): CALL_EX makes the tuple, naming f if x is not iterable.
		c.expr(s.Value)
	} else {
		c.emit(BUILD_LIST, pre)
		for _, a := range args {
			if s, ok := a.(*syntax.Starred); ok {
				c.expr(s.Value)
				c.emit(LIST_EXTEND, 1)
			} else {
				c.expr(a)
				c.emit(LIST_APPEND, 1)
			}
		}
		c.emit(LIST_TO_TUPLE, 0)
	}
	if len(kws) == 0 {
		c.emit(CALL_EX, 0)
		return
	}
	c.emit(BUILD_MAP, 0)
	merged := false
	for _, k := range kws {
		switch {
		case k.Arg == "":
			c.expr(k.Value)
			c.emit(DICT_MERGE, 1)
			merged = true
		case merged:
			// After a **mapping the name may repeat one of its keys:
			// merge it too, so that the duplicate is reported.
			c.loadConst(k.Arg)
			c.expr(k.Value)
			c.emit(BUILD_MAP, 1)
			c.emit(DICT_MERGE, 1)
		default:
			c.loadConst(k.Arg)
			c.expr(k.Value)
			c.emit(MAP_ADD, 1)
		}
	}
	c.emit(CALL_EX, 1)
}

// onlyStarred reports whether a call's positional arguments are a lone
// *x with nothing before it.
func onlyStarred(pre int, args []syntax.Expr) (*syntax.Starred, bool) {
	if pre != 0 || len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

// comprehension compiles a comprehension as a nested function called
// with the first iterator.
func (c *compiler) comprehension(node syntax.Expr, gens []*syntax.Comprehension, name string, build Opcode, elt func()) {
	cs := c.scopes[node]
	c.enter(cs, name, node.Start().Line)
	c.u.code.ArgCount = 1
	if build != NOP {
		c.emit(build, 0)
	}
	c.compGen(gens, 0, build, elt)
	if build == NOP {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.makeFunction(code, cs, nil, nil)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL, 1)
	if cs.coroutine && build != NOP {
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	}
}

func (c *compiler) compGen(gens []*syntax.Comprehension, i int, build Opcode, elt func()) {
	g := gens[i]
	start, end := c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(LOAD_FAST, 0) // .0
	} else {
		c.expr(g.Iter)
		if g.IsAsync {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
	}
	var handler int
	c.setLabel(start)
	if g.IsAsync {
		handler = c.newLabel()
		c.emitJump(SETUP_FINALLY, handler)
		c.emit(GET_ANEXT, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
		c.emit(POP_BLOCK, 0)
	} else {
		c.emitJump(FOR_ITER, end)
	}
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, start)
	}
	if i+1 < len(gens) {
		c.compGen(gens, i+1, build, elt)
	} else {
		elt()
		depth := i + 2 // the collection is below one iterator per loop
		switch build {
		case BUILD_LIST:
			c.emit(LIST_APPEND, depth)
		case BUILD_SET:
			c.emit(SET_ADD, depth)
		case BUILD_MAP:
			c.emit(MAP_ADD, depth)
		default:
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		}
	}
	c.emitJump(JUMP, start)
	if g.IsAsync {
		c.setLabel(handler)
		c.emit(END_ASYNC_FOR, 0)
	}
	c.setLabel(end)
}

// store compiles an assignment to target (the value is on the stack).
// store compiles an assignment to target t; like expr, with t's position.
func (c *compiler) store(t syntax.Expr) {
	line, span := c.u.line, c.u.span
	c.setLine(t)
	c.store1(t)
	c.u.line, c.u.span = line, span
}

func (c *compiler) store1(t syntax.Expr) {
	switch x := t.(type) {
	case *syntax.Name:
		c.storeName(x.Id)
	case *syntax.Attribute:
		c.expr(x.Value)
		c.emit(STORE_ATTR, c.nameIndex(x.Attr))
	case *syntax.Subscript:
		c.expr(x.Value)
		c.subscriptIndex(x.Slice)
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(x.Elts, x)
	case *syntax.List:
		c.unpack(x.Elts, x)
	case *syntax.Starred:
		c.errorAt(x, "starred assignment target must be in a list or tuple")
	default:
		c.errorAt(t, "cannot assign to expression")
	}
}

func (c *compiler) unpack(elts []syntax.Expr, n syntax.Node) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorAt(n, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) delete(t syntax.Expr) {
	switch x := t.(type) {
	case *syntax.Name:
		c.deleteName(x.Id)
	case *syntax.Attribute:
		c.expr(x.Value)
		c.emit(DELETE_ATTR, c.nameIndex(x.Attr))
	case *syntax.Subscript:
		c.expr(x.Value)
		c.subscriptIndex(x.Slice)
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range x.Elts {
			c.delete(e)
		}
	case *syntax.List:
		for _, e := range x.Elts {
			c.delete(e)
		}
	default:
		c.errorAt(t, "cannot delete expression")
	}
}
