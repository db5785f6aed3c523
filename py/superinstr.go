package py

import "upy/compile"

// Superinstructions. NewCode rewrites the first instruction X of some
// common pairs X, Y into a fused opcode that keeps X's argument; Y is left
// as it was. The VM runs X and, seeing the fused opcode, goes straight on
// with Y (X's case falls through to Y's case), saving a dispatch. Because Y
// is untouched, jumps to Y, the line table and tracebacks are unaffected,
// and Y may itself be fused with the instruction after it.
const (
	opLoadFastFast        compile.Opcode = 128 + iota // LOAD_FAST; LOAD_FAST
	opLoadFastAttr                                    // LOAD_FAST; LOAD_ATTR
	opLoadFastMethod                                  // LOAD_FAST; LOAD_METHOD
	opLoadFastConst                                   // LOAD_FAST; LOAD_CONST
	opLoadConstBinop                                  // LOAD_CONST; BINARY_OP
	opForIterStore                                    // FOR_ITER; STORE_FAST
	opCompareJump                                     // COMPARE_OP; POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE
	opStoreFastLoadFast                               // STORE_FAST; LOAD_FAST
	opLoadConstSubscr                                 // LOAD_CONST; BINARY_SUBSCR
	opDupTwoSubscr                                    // DUP_TOP_TWO; BINARY_SUBSCR (augmented o[k] op= v)
	opRotThreeStoreSubscr                             // ROT_THREE; STORE_SUBSCR (augmented o[k] op= v)
	opListAppendJump                                  // LIST_APPEND; JUMP (comprehension loops)
	opSetAddJump                                      // SET_ADD; JUMP
	opMapAddJump                                      // MAP_ADD; JUMP
)

// fusedOp returns the superinstruction for the pair x, y, or 0.
func fusedOp(x, y compile.Opcode) compile.Opcode {
	switch x {
	case compile.LOAD_FAST:
		switch y {
		case compile.LOAD_FAST:
			return opLoadFastFast
		case compile.LOAD_ATTR:
			return opLoadFastAttr
		case compile.LOAD_METHOD:
			return opLoadFastMethod
		case compile.LOAD_CONST:
			return opLoadFastConst
		}
	case compile.LOAD_CONST:
		switch y {
		case compile.BINARY_OP:
			return opLoadConstBinop
		case compile.BINARY_SUBSCR:
			return opLoadConstSubscr
		}
	case compile.STORE_FAST:
		if y == compile.LOAD_FAST {
			return opStoreFastLoadFast
		}
	case compile.DUP_TOP_TWO:
		if y == compile.BINARY_SUBSCR {
			return opDupTwoSubscr
		}
	case compile.ROT_THREE:
		if y == compile.STORE_SUBSCR {
			return opRotThreeStoreSubscr
		}
	case compile.LIST_APPEND:
		if y == compile.JUMP {
			return opListAppendJump
		}
	case compile.SET_ADD:
		if y == compile.JUMP {
			return opSetAddJump
		}
	case compile.MAP_ADD:
		if y == compile.JUMP {
			return opMapAddJump
		}
	case compile.FOR_ITER:
		if y == compile.STORE_FAST {
			return opForIterStore
		}
	case compile.COMPARE_OP:
		if y == compile.POP_JUMP_IF_FALSE || y == compile.POP_JUMP_IF_TRUE {
			return opCompareJump
		}
	}
	return 0
}

// Some second instructions are run by the fused case itself rather than by
// falling through to their own case (a case can fall through to only one
// other). Such a case steps pc over the second instruction, so that pc-1
// is the second instruction for tracebacks, as after fusedNext.

// fuse returns ins with superinstructions (a copy: compile.Code keeps the
// plain instructions).
func fuse(ins []uint32) []uint32 {
	out := append([]uint32(nil), ins...)
	for i := 0; i+1 < len(out); i++ {
		if op := fusedOp(compile.Op(ins[i]), compile.Op(ins[i+1])); op != 0 {
			out[i] = ins[i]&^0xff | uint32(op)
		}
	}
	return out
}

// fusedNext decodes the second instruction of a superinstruction at pc,
// returning its opcode and argument and the pc after it.
func fusedNext(code *Code, pc int) (compile.Opcode, int, int) {
	next := code.ins[pc]
	return compile.Opcode(next & 0xff), int(next >> 8), pc + 1
}
