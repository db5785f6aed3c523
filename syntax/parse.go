package syntax

import "fmt"

// Mode selects what the parser accepts, as the mode argument of Python's compile().
type Mode int

const (
	ModeExec   Mode = iota // a module: a sequence of statements
	ModeEval               // a single expression
	ModeSingle             // one interactive statement (the REPL)
)

// Error is a syntax error. Kind is "SyntaxError", "IndentationError" or
// "TabError". Line and Col are 1-based (Col counts characters, as CPython's
// SyntaxError.offset). Text is the offending source line, without newline.
// Incomplete is true when more input could make the source valid (an open
// bracket, a block header at end of input, an unterminated triple-quoted
// string): the REPL then asks for a continuation line.
type Error struct {
	Kind       string
	Filename   string
	Line, Col  int
	Msg        string
	Text       string
	Incomplete bool
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}
