package compile

import "math/bits"

// stackEffect returns the stack depth change of an instruction on its
// fall-through path and on its jump path (jump is meaningful only for
// jumping instructions).
func stackEffect(op Opcode, arg int) (next, jump int) {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, LOAD_ATTR, UNARY_OP, JUMP, GET_ITER, LIST_TO_TUPLE,
		YIELD_VALUE, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER, POP_BLOCK, SETUP_ANNOTATIONS,
		DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, EXTENDED_ARG:
		return 0, 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, BINARY_SUBSCR, BINARY_OP,
		COMPARE_OP, IS_OP, CONTAINS_OP, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
		DICT_MERGE, RETURN_VALUE, SET_RETVAL, YIELD_FROM, POP_EXCEPT, RERAISE, CHECK_EXC_MATCH,
		IMPORT_NAME, IMPORT_STAR, PRINT_EXPR, DELETE_ATTR:
		return -1, -1
	case DUP_TOP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, LOAD_GLOBAL,
		LOAD_NAME, LOAD_METHOD, LOAD_BUILD_CLASS, LOAD_RETVAL, GET_ANEXT, BEFORE_WITH,
		BEFORE_ASYNC_WITH, WITH_EXCEPT_START, LOAD_ASSERTION_ERROR, IMPORT_FROM:
		return 1, 1
	case DUP_TOP_TWO:
		return 2, 2
	case STORE_ATTR, MAP_ADD, DELETE_SUBSCR:
		return -2, -2
	case STORE_SUBSCR:
		return -3, -3
	case CALL_METHOD:
		return -(arg + 1), 0
	case BUILD_SLICE:
		return -(arg - 1), 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1, -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return -1, 0
	case FOR_ITER:
		return 1, -1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg, 0
	case BUILD_MAP:
		return 1 - 2*arg, 0
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1, 0
		}
		return 0, 0
	case UNPACK_SEQUENCE:
		return arg - 1, 0
	case UNPACK_EX:
		return (arg & 0xff) + (arg >> 8), 0
	case CALL:
		return -arg, 0
	case CALL_KW:
		return -(arg + 1), 0
	case CALL_EX:
		return -1 - (arg & 1), 0
	case MAKE_FUNCTION:
		return -1 - bits.OnesCount(uint(arg)), 0
	case END_ASYNC_FOR:
		return -3, 0
	case SETUP_FINALLY:
		return 0, 2
	case RAISE_VARARGS:
		return -arg, 0
	}
	return 0, 0
}

// maxStackDepth computes the largest stack depth reached, following jumps.
func maxStackDepth(code []uint32) int {
	depth := make([]int, len(code)+1)
	for i := range depth {
		depth[i] = -1
	}
	maxd := 0
	var stack []int
	visit := func(i, d int) {
		if i < 0 || i > len(code) || depth[i] >= 0 {
			return
		}
		depth[i] = d
		stack = append(stack, i)
	}
	visit(0, 0)
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		d := depth[i]
		for i < len(code) {
			op, arg := Op(code[i]), Arg(code[i])
			next, jump := stackEffect(op, arg)
			if d+1 > maxd {
				maxd = d + 1
			}
			switch op {
			case JUMP:
				visit(arg, d)
			case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SETUP_FINALLY:
				visit(arg, d+jump)
				if d+jump > maxd {
					maxd = d + jump
				}
			}
			if op == JUMP || op == RETURN_VALUE || op == RERAISE || op == RAISE_VARARGS {
				break
			}
			d += next
			if d > maxd {
				maxd = d
			}
			i++
			if i < len(code) && depth[i] >= 0 {
				break
			}
			if i < len(code) {
				depth[i] = d
			}
		}
	}
	return maxd + 2
}
