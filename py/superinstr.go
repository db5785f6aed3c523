package py

import "upy/compile"

// Superinstructions. NewCode rewrites the first instruction X of some
// common pairs X, Y into a fused opcode that keeps X's argument; Y is left
// as it was. The VM runs X and, seeing the fused opcode, goes straight on
// with Y (X's case falls through to Y's case), saving a dispatch. Because Y
// is untouched, jumps to Y, the line table and tracebacks are unaffected,
// and Y may itself be fused with the instruction after it. Some second
// instructions are run by the fused case itself instead (a case can fall
// through to only one other): it steps pc over Y, so that pc-1 is Y for
// tracebacks, as after fusedNext.
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

// fusedPairs maps an instruction pair x, y to its superinstruction.
var fusedPairs = map[[2]compile.Opcode]compile.Opcode{
	{compile.LOAD_FAST, compile.LOAD_FAST}:          opLoadFastFast,
	{compile.LOAD_FAST, compile.LOAD_ATTR}:          opLoadFastAttr,
	{compile.LOAD_FAST, compile.LOAD_METHOD}:        opLoadFastMethod,
	{compile.LOAD_FAST, compile.LOAD_CONST}:         opLoadFastConst,
	{compile.LOAD_CONST, compile.BINARY_OP}:         opLoadConstBinop,
	{compile.LOAD_CONST, compile.BINARY_SUBSCR}:     opLoadConstSubscr,
	{compile.STORE_FAST, compile.LOAD_FAST}:         opStoreFastLoadFast,
	{compile.DUP_TOP_TWO, compile.BINARY_SUBSCR}:    opDupTwoSubscr,
	{compile.ROT_THREE, compile.STORE_SUBSCR}:       opRotThreeStoreSubscr,
	{compile.LIST_APPEND, compile.JUMP}:             opListAppendJump,
	{compile.SET_ADD, compile.JUMP}:                 opSetAddJump,
	{compile.MAP_ADD, compile.JUMP}:                 opMapAddJump,
	{compile.FOR_ITER, compile.STORE_FAST}:          opForIterStore,
	{compile.COMPARE_OP, compile.POP_JUMP_IF_FALSE}: opCompareJump,
	{compile.COMPARE_OP, compile.POP_JUMP_IF_TRUE}:  opCompareJump,
}

// fusedOp returns the superinstruction for the pair x, y, or 0.
func fusedOp(x, y compile.Opcode) compile.Opcode { return fusedPairs[[2]compile.Opcode{x, y}] }

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
