package py

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"upy/syntax"
)

// caretLine returns the line of position markers CPython 3.11 prints under
// a traceback's source line: ^ under the failing expression, or ~ under
// the operands and ^ under the operator of a binary operation or the
// brackets of a subscript; "" when the expression spans the whole line.
// raw is the line as in the file (without its newline), line the same
// stripped.
func caretLine(raw, line string, tb *Traceback) string {
	sp := tb.Span
	if sp.EndLine == 0 {
		return ""
	}
	// CPython counts the newline among the stripped characters.
	stripped := utf8.RuneCountInString(raw) + 1 - utf8.RuneCountInString(line)
	start := charOffset(raw, int(sp.Col))
	end := charOffset(raw, int(sp.EndCol))
	var left, right int
	anchored := false
	if int(sp.EndLine) == tb.Line {
		if start > end {
			return ""
		}
		left, right, anchored = caretAnchors(sliceChars(raw, start, end))
	} else {
		end = utf8.RuneCountInString(strings.TrimRightFunc(raw, unicode.IsSpace))
	}
	n := utf8.RuneCountInString(line)
	if !(end-start < n || (anchored && right-left > 0)) {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	if pad := start + 1 - stripped; pad > 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
	if anchored {
		b.WriteString(strings.Repeat("~", left))
		b.WriteString(strings.Repeat("^", right-left))
		if k := end - start - right; k > 0 {
			b.WriteString(strings.Repeat("~", k))
		}
	} else if end > start {
		b.WriteString(strings.Repeat("^", end-start))
	}
	b.WriteString("\n")
	return b.String()
}

// caretAnchors finds, in the source of a failing binary operation or
// subscript, where its operator (or bracketed index) starts and ends, in
// characters.
func caretAnchors(segment string) (left, right int, ok bool) {
	mod, _, err := syntax.Parse("<segment>", []byte(segment), syntax.ModeExec)
	if err != nil || len(mod.Body) != 1 {
		return 0, 0, false
	}
	es, isExpr := mod.Body[0].(*syntax.ExprStmt)
	if !isExpr {
		return 0, 0, false
	}
	switch x := es.Value.(type) {
	case *syntax.BinOp:
		// As CPython 3.11 does it, mixing byte and character offsets
		// (which only matters on non-ASCII lines, where it shows).
		chars := []rune(segment)
		opStart := charOffset(segment, int(x.Left.End().Col))
		opEnd := charOffset(segment, int(x.Right.Start().Col))
		if opStart > opEnd || opEnd > len(chars) {
			return 0, 0, false
		}
		op := chars[opStart:opEnd]
		skip := 0
		for skip < len(op) && unicode.IsSpace(op[skip]) {
			skip++
		}
		l := int(x.Left.End().Col) + skip
		r := l + 1
		if skip+1 < len(op) && !unicode.IsSpace(op[skip+1]) {
			r++
		}
		for l < len(chars) && (unicode.IsSpace(chars[l]) || chars[l] == ')' || chars[l] == '#') {
			l++
			r++
		}
		return charOffset(segment, l), charOffset(segment, r), true
	case *syntax.Subscript:
		l := charOffset(segment, int(x.Value.End().Col))
		r := charOffset(segment, int(x.Slice.End().Col)+1)
		chars := []rune(segment)
		for l < len(chars) && chars[l] != '[' {
			l++
		}
		for r < len(chars) && chars[r] != ']' {
			r++
		}
		if r < len(chars) {
			r++
		}
		return l, r, true
	}
	return 0, 0, false
}

// charOffset converts a byte offset into s to a character offset.
func charOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	if off < 0 {
		off = 0
	}
	return utf8.RuneCountInString(s[:off])
}

// sliceChars returns the characters [i, j) of s.
func sliceChars(s string, i, j int) string {
	r := []rune(s)
	if j > len(r) {
		j = len(r)
	}
	if i > j {
		return ""
	}
	return string(r[i:j])
}
