// Package syntax holds upy's tokenizer, parser and abstract syntax tree.
//
// The tree mirrors CPython's ast module (same node names and fields, Go-cased)
// so that the compiler can be checked against CPython's documentation.
package syntax

import "math/big"

// Pos is a source position: Line is 1-based, Col is a 0-based byte offset
// into the line (as CPython's col_offset).
type Pos struct {
	Line, Col int32
}

// Node is implemented by every node of the tree.
type Node interface {
	Start() Pos // first character of the node
	End() Pos   // just past the last character
}

// Span is embedded in every node to record its extent.
type Span struct {
	Pos, EndPos Pos
}

func (s *Span) Start() Pos { return s.Pos }
func (s *Span) End() Pos   { return s.EndPos }

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// ExprContext says whether an expression is read, assigned or deleted.
type ExprContext uint8

const (
	Load ExprContext = iota
	Store
	Del
)

// Operator is a binary (or augmented assignment) operator.
type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOpKind is a unary operator.
type UnaryOpKind uint8

const (
	Invert UnaryOpKind = iota
	Not
	UAdd
	USub
)

// BoolOpKind is `and` or `or`.
type BoolOpKind uint8

const (
	And BoolOpKind = iota
	Or
)

// CmpOp is a comparison operator.
type CmpOp uint8

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// Ellipsis is the Go value of the `...` constant.
type Ellipsis struct{}

// ---- Expressions ----

// Constant is a literal. Value is one of: nil (None), bool, int64,
// *big.Int (only for values outside int64), float64, complex128,
// string, []byte, Ellipsis.
type Constant struct {
	Span
	Value any
	Kind  string // "u" for u"..." literals, else ""
}

// BigInt is a helper so importers need not import math/big for a type switch.
type BigInt = big.Int

type Name struct {
	Span
	Id  string
	Ctx ExprContext
}

type BoolOp struct {
	Span
	Op     BoolOpKind
	Values []Expr
}

type NamedExpr struct {
	Span
	Target *Name
	Value  Expr
}

type BinOp struct {
	Span
	Left  Expr
	Op    Operator
	Right Expr
}

type UnaryOp struct {
	Span
	Op      UnaryOpKind
	Operand Expr
}

type Lambda struct {
	Span
	Args *Arguments
	Body Expr
}

type IfExp struct {
	Span
	Test, Body, OrElse Expr
}

// Dict is a display {k: v, **m}; a nil key means `**value`.
type Dict struct {
	Span
	Keys   []Expr
	Values []Expr
}

type Set struct {
	Span
	Elts []Expr
}

type ListComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

type SetComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

type DictComp struct {
	Span
	Key, Value Expr
	Generators []*Comprehension
}

type GeneratorExp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

type Await struct {
	Span
	Value Expr
}

// Yield is `yield` or `yield value`; Value is nil for a bare yield.
type Yield struct {
	Span
	Value Expr
}

type YieldFrom struct {
	Span
	Value Expr
}

// Compare is a (possibly chained) comparison: Left Ops[0] Comparators[0] ...
type Compare struct {
	Span
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is func(args, keywords). Args may contain *Starred for *x;
// Keywords with an empty Arg stand for **x.
type Call struct {
	Span
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one {replacement} of an f-string. Conversion is -1,
// 's', 'r' or 'a'; FormatSpec is nil or a *JoinedStr.
type FormattedValue struct {
	Span
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: a sequence of *Constant (str) and *FormattedValue.
type JoinedStr struct {
	Span
	Values []Expr
}

type Attribute struct {
	Span
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is Value[Slice]; Slice is an expression, a *Slice, or a *Tuple
// containing slices for a[1:2, 3].
type Subscript struct {
	Span
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

type Starred struct {
	Span
	Value Expr
	Ctx   ExprContext
}

type List struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

type Tuple struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

// Slice is lower:upper:step; any part may be nil.
type Slice struct {
	Span
	Lower, Upper, Step Expr
}

func (*Constant) exprNode()       {}
func (*Name) exprNode()           {}
func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// ---- Statements ----

// FunctionDef is `def` or `async def`.
type FunctionDef struct {
	Span
	Name    string
	Binding string // the variable bound, when private name mangling changes it

	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
	IsAsync       bool
}

type ClassDef struct {
	Span
	Name    string
	Binding string // the variable bound, when private name mangling changes it

	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

type Return struct {
	Span
	Value Expr // nil for a bare return
}

type Delete struct {
	Span
	Targets []Expr
}

// Assign is t1 = t2 = ... = Value.
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

type AugAssign struct {
	Span
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is target: annotation [= value]. Simple is true when the
// target is a plain name not in parentheses.
type AnnAssign struct {
	Span
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     bool
}

type For struct {
	Span
	Target  Expr
	Iter    Expr
	Body    []Stmt
	OrElse  []Stmt
	IsAsync bool
}

type While struct {
	Span
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

type If struct {
	Span
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

type With struct {
	Span
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	Span
	Exc   Expr
	Cause Expr
}

type Try struct {
	Span
	Body      []Stmt
	Handlers  []*ExceptHandler
	OrElse    []Stmt
	FinalBody []Stmt
}

type Assert struct {
	Span
	Test Expr
	Msg  Expr
}

type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is `from ...Module import names`; Module may be "" for `from . import x`.
type ImportFrom struct {
	Span
	Module string
	Names  []*Alias
	Level  int
}

type Global struct {
	Span
	Names []string
}

type Nonlocal struct {
	Span
	Names []string
}

// ExprStmt is an expression used as a statement (ast.Expr in CPython).
type ExprStmt struct {
	Span
	Value Expr
}

type Pass struct{ Span }
type Break struct{ Span }
type Continue struct{ Span }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// ---- Other nodes ----

// Arguments is a parameter list. Defaults apply to the last len(Defaults)
// of PosOnlyArgs+Args; KwDefaults is parallel to KwOnlyArgs (nil entries
// for parameters without a default).
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	VarArg      *Arg
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	KwArg       *Arg
	Defaults    []Expr
}

type Arg struct {
	Span
	Name       string
	Annotation Expr
}

// Keyword is name=value in a call or class definition; Arg is "" for **value.
type Keyword struct {
	Span
	Arg   string
	Value Expr
}

// Alias is one name of an import: Name [as AsName] (AsName "" if absent).
type Alias struct {
	Span
	Name   string
	AsName string
}

type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ExceptHandler is `except [Type [as Name]]:`.
type ExceptHandler struct {
	Span
	Type Expr
	Name string
	Body []Stmt
}

// Module is a parsed file (mode "exec") or a REPL entry (mode "single").
type Module struct {
	Body []Stmt
}
