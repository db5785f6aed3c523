// Package compile turns syntax trees into bytecode: scope analysis
// (symtable.go) and code generation (codegen*.go). Constants are plain Go
// values so that this package does not depend on the runtime; the
// runtime converts them once per code object.
package compile

// Opcode is a bytecode operation. Each instruction is a uint32: the
// opcode in the low 8 bits, the argument in the high 24 bits.
type Opcode uint8

// The instruction set: a stack machine with a runtime block stack for
// exception handling (SETUP_FINALLY/POP_BLOCK).
const (
	NOP Opcode = iota
	POP_TOP
	ROT_TWO
	ROT_THREE
	ROT_FOUR
	DUP_TOP
	DUP_TOP_TWO

	LOAD_CONST
	LOAD_FAST
	STORE_FAST
	DELETE_FAST
	LOAD_DEREF // arg: index into cells (cellvars then freevars)
	STORE_DEREF
	DELETE_DEREF
	LOAD_CLOSURE
	LOAD_CLASSDEREF
	LOAD_GLOBAL
	STORE_GLOBAL
	DELETE_GLOBAL
	LOAD_NAME
	STORE_NAME
	DELETE_NAME

	LOAD_ATTR
	STORE_ATTR
	DELETE_ATTR
	LOAD_METHOD // pushes [fn, self] or [attr, NULL]
	CALL_METHOD // arg: argc

	BINARY_SUBSCR
	STORE_SUBSCR
	DELETE_SUBSCR
	BUILD_SLICE

	BINARY_OP  // arg: py.BinOp value; +16 for the in-place form
	UNARY_OP   // arg: py.UnaryOpKind
	COMPARE_OP // arg: py.CompareOp
	IS_OP      // arg 1: is not
	CONTAINS_OP

	JUMP
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP

	GET_ITER
	FOR_ITER // arg: jump target when exhausted (the iterator is popped)

	BUILD_TUPLE
	BUILD_LIST
	BUILD_SET
	BUILD_MAP // arg: number of key/value pairs
	LIST_APPEND
	SET_ADD
	MAP_ADD
	LIST_EXTEND
	SET_UPDATE
	DICT_UPDATE
	DICT_MERGE
	LIST_TO_TUPLE
	BUILD_STRING
	FORMAT_VALUE // arg: conversion (0 none, 1 s, 2 r, 3 a) | 4 if a spec is on the stack

	UNPACK_SEQUENCE
	UNPACK_EX // arg: before | after<<8

	CALL    // arg: argc (positional)
	CALL_KW // arg: argc including keywords; TOS is the tuple of keyword names
	CALL_EX // arg 1: a kwargs dict is on the stack

	MAKE_FUNCTION // arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure
	LOAD_BUILD_CLASS

	RETURN_VALUE
	SET_RETVAL
	LOAD_RETVAL
	YIELD_VALUE
	GET_YIELD_FROM_ITER
	YIELD_FROM
	GET_AWAITABLE
	GET_AITER
	GET_ANEXT
	END_ASYNC_FOR

	SETUP_FINALLY // arg: handler address
	POP_BLOCK
	POP_EXCEPT
	RERAISE
	RAISE_VARARGS
	CHECK_EXC_MATCH
	BEFORE_WITH
	BEFORE_ASYNC_WITH
	WITH_EXCEPT_START
	LOAD_ASSERTION_ERROR

	IMPORT_NAME // arg: name index; stack: level, fromlist
	IMPORT_FROM
	IMPORT_STAR

	PRINT_EXPR
	SETUP_ANNOTATIONS
	EXTENDED_ARG

	numOpcodes
)

// Code flags.
const (
	FlagVarArgs   = 1 << iota // *args
	FlagVarKw                 // **kwargs
	FlagGenerator             // contains yield
	FlagCoroutine             // async def
	FlagAsyncGen              // async def with yield
	FlagNested                // defined inside a function
	FlagClassBody             // a class body (runs with a locals dict)
	FlagModule                // module, exec or eval code (runs with a locals dict)
	// FlagFutureAnnotations marks code compiled under `from __future__
	// import annotations`; compile(), exec() and eval() called from it
	// inherit the feature.
	FlagFutureAnnotations
)

// CoFutureAnnotations is CPython's CO_FUTURE_ANNOTATIONS, the compile()
// flag (and co_flags bit) of postponed annotations.
const CoFutureAnnotations = 0x1000000

// Code is a compiled function, class body or module.
type Code struct {
	Name, QualName, Filename string
	FirstLine                int
	Flags                    int

	ArgCount     int // positional parameters, including positional-only
	PosOnlyCount int
	KwOnlyCount  int
	Instructions []uint32
	Lines        []int32 // source line of each instruction
	Spans        []Span  // the rest of each instruction's source range
	Consts       []any   // nil, bool, int64, *big.Int, float64, complex128, string, []byte, syntax.Ellipsis, *Code, Tuple
	Names        []string
	VarNames     []string // locals: parameters first
	CellVars     []string
	FreeVars     []string
	Cell2Arg     []int // for each cell var, the parameter index it shadows (-1 if none)
	StackSize    int
	Docstring    any // string or nil
}

// Span completes an instruction's source range (its start line is in
// Lines): the node it was compiled for, for tracebacks' position markers.
// Columns are 0-based byte offsets, as CPython's col_offset.
type Span struct {
	Col, EndLine, EndCol int32
}

// Tuple is a constant tuple (its items are constants).
type Tuple []any

// FrozenSet is a constant frozenset (a set display of constants, which
// CPython also compiles to a frozenset constant).
type FrozenSet []any

// Op and Arg decode an instruction.
func Op(ins uint32) Opcode { return Opcode(ins & 0xff) }

// Arg returns an instruction's argument.
func Arg(ins uint32) int { return int(ins >> 8) }
