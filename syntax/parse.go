package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Mode selects what the parser accepts, as the mode argument of Python's compile().
type Mode int

const (
	ModeExec   Mode = iota // a module: a sequence of statements
	ModeEval               // a single expression
	ModeSingle             // one interactive statement (the REPL)
)

// Error is a syntax error. Kind is "SyntaxError", "IndentationError" or
// "TabError". Line and Col are 1-based (Col counts characters, as CPython's
// SyntaxError.offset). Text is the offending source line with its newline, as CPython's
// SyntaxError.text (empty for errors CPython reports without one).
// Incomplete is true when more input could make the source valid (an open
// bracket, a block header at end of input, an unterminated triple-quoted
// string): the REPL then asks for a continuation line.
type Error struct {
	Kind      string
	Filename  string
	Line, Col int
	EndCol    int // 1-based, exclusive, on Line; 0 means Col+1
	// ByteCols is set when Col and EndCol count bytes, not characters,
	// and Text is not filled in (errors found after parsing).
	ByteCols   bool
	Msg        string
	Text       string
	Incomplete bool
}

// FixColumns turns byte columns into character columns, given the source
// (for errors found after parsing, which leave Text empty as CPython's
// compiler does).
func (e *Error) FixColumns(src []byte) {
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	if e.Line < 1 || e.Line > len(lines) {
		return
	}
	text := lines[e.Line-1]
	chars := func(col int) int {
		return utf8.RuneCountInString(text[:min(max(col-1, 0), len(text))]) + 1
	}
	e.Col = chars(e.Col)
	if e.EndCol > 0 {
		e.EndCol = chars(e.EndCol)
	}
	e.ByteCols = false
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}
