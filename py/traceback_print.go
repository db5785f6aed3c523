package py

import (
	"os"
	"strings"
)

// PrintTraceback writes exc with its traceback and chained exceptions to
// file, in CPython's format.
func PrintTraceback(t *Thread, exc *Exception, file Object) error {
	return WriteString(t, file, FormatException(t, exc))
}

// FormatException returns the text PrintTraceback would print.
func FormatException(t *Thread, exc *Exception) string {
	var b strings.Builder
	c := &tbContext{t: t, b: &b, seen: map[*Exception]bool{}}
	c.format(exc)
	return b.String()
}

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
	// CPython's limits on printing nested exception groups.
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// tbContext is CPython's _ExceptionPrintContext: exception groups print
// their members indented, framed by "|" margins.
type tbContext struct {
	t         *Thread
	b         *strings.Builder
	seen      map[*Exception]bool
	depth     int // exception group nesting
	needClose bool
}

func (c *tbContext) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with every line prefixed by the current margin.
func (c *tbContext) emit(text string, margin byte) {
	prefix := c.indent()
	if c.depth > 0 {
		if margin == 0 {
			margin = '|'
		}
		prefix += string(margin) + " "
	}
	if prefix == "" {
		c.b.WriteString(text)
		return
	}
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line = text[:i+1]
		}
		text = text[len(line):]
		c.b.WriteString(prefix)
		c.b.WriteString(line)
	}
}

func (c *tbContext) format(e *Exception) {
	// The chain, the last cause or context first.
	type link struct {
		msg string // how this exception follows the one printed before it
		e   *Exception
	}
	var chain []link
	for x := e; x != nil; {
		c.seen[x] = true
		var next *Exception
		msg := ""
		if x.Cause != nil && !c.seen[x.Cause] {
			next, msg = x.Cause, causeMessage
		} else if x.Context != nil && !x.SuppressContext && !c.seen[x.Context] {
			next, msg = x.Context, contextMessage
		}
		chain = append(chain, link{msg, x})
		x = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		x := chain[i].e
		if chain[i].msg != "" {
			c.emit(chain[i].msg, 0)
		}
		members, isGroup := x.Attr("exceptions").(*Tuple)
		if !isGroup || !x.Cls.IsSubtype(BaseExceptionGroup) {
			if x.Traceback != nil {
				c.emit("Traceback (most recent call last):\n", 0)
				c.emit(tracebackEntries(x), 0)
			}
			c.emit(exceptionAndNotes(c.t, x), 0)
			continue
		}
		if c.depth > maxGroupDepth {
			c.emit("... (max_group_depth is "+intToString(maxGroupDepth)+")\n", 0)
			continue
		}
		top := c.depth == 0
		if top {
			c.depth++
		}
		if x.Traceback != nil {
			margin := byte(0)
			if top {
				margin = '+'
			}
			c.emit("Exception Group Traceback (most recent call last):\n", margin)
			c.emit(tracebackEntries(x), 0)
		}
		c.emit(exceptionAndNotes(c.t, x), 0)
		n := len(members.Items)
		if n > maxGroupWidth {
			n = maxGroupWidth + 1
		}
		c.needClose = false
		for j := 0; j < n; j++ {
			last := j == n-1
			if last {
				c.needClose = true // a nested group may close the frame instead
			}
			truncated := j >= maxGroupWidth
			title := intToString(int64(j + 1))
			if truncated {
				title = "..."
			}
			lead := "  "
			if j == 0 {
				lead = "+-"
			}
			c.b.WriteString(c.indent() + lead + "+---------------- " + title + " ----------------\n")
			c.depth++
			if !truncated {
				if m, ok := members.Items[j].(*Exception); ok {
					c.format(m)
				}
			} else {
				rest := len(members.Items) - maxGroupWidth
				plural := ""
				if rest > 1 {
					plural = "s"
				}
				c.emit("and "+intToString(int64(rest))+" more exception"+plural+"\n", 0)
			}
			if last && c.needClose {
				c.b.WriteString(c.indent() + "+------------------------------------\n")
				c.needClose = false
			}
			c.depth--
		}
		if top {
			c.depth = 0
		}
	}
}

// tracebackEntries formats the frames of e's traceback.
func tracebackEntries(e *Exception) string {
	var b strings.Builder
	// A run of more than three identical entries (a recursion) is cut
	// short, as CPython does.
	var last *Traceback
	count := 0
	for tb := e.Traceback; tb != nil; tb = tb.Next {
		if last == nil || tb.Filename != last.Filename || tb.Line != last.Line || tb.Name != last.Name {
			writeRepeated(&b, count)
			last, count = tb, 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		b.WriteString("  File \"" + tb.Filename + "\", line " + intToString(int64(tb.Line)) + ", in " + tb.Name + "\n")
		if raw, ok := rawSourceLine(tb.Filename, tb.Line); ok {
			if line := strings.TrimSpace(raw); line != "" {
				b.WriteString("    " + line + "\n")
				b.WriteString(caretLine(raw, line, tb))
			}
		}
	}
	writeRepeated(&b, count)
	return b.String()
}

// exceptionAndNotes is the exception's last line(s) and its notes.
func exceptionAndNotes(t *Thread, e *Exception) string {
	s := ExceptionOnly(t, e)
	for _, n := range e.Notes {
		s += n + "\n"
	}
	return s
}

// recursiveCutoff is how many identical traceback entries are printed
// before "[Previous line repeated N more times]".
const recursiveCutoff = 3

func writeRepeated(b *strings.Builder, count int) {
	if count <= recursiveCutoff {
		return
	}
	n := count - recursiveCutoff
	b.WriteString("  [Previous line repeated " + intToString(int64(n)) + " more time")
	if n > 1 {
		b.WriteString("s")
	}
	b.WriteString("]\n")
}

// ExceptionOnly formats the last line(s): "Type: message\n", and for
// syntax errors the offending line with a caret.
func ExceptionOnly(t *Thread, e *Exception) string {
	name := e.Cls.Name
	if mod := e.Cls.Module; mod != "" && mod != "builtins" && mod != "__main__" {
		name = mod + "." + name
	}
	var b strings.Builder
	if e.Cls.IsSubtype(SyntaxError) {
		fn, _ := e.Attr("filename").(*Str)
		ln, _ := e.Attr("lineno").(Int)
		if fn != nil {
			b.WriteString("  File \"" + fn.S + "\", line " + intToString(int64(ln)) + "\n")
		}
		text, _ := e.Attr("text").(*Str)
		if text == nil && fn != nil && ln > 0 {
			// errors found after parsing carry no text (as CPython's
			// compiler); a file's line is still shown
			if raw, ok := rawSourceLine(fn.S, int(ln)); ok {
				text = NewStr(raw)
			}
		}
		if text != nil && text.S != "" {
			line := strings.TrimRight(text.S, "\n")
			trimmed := strings.TrimLeft(line, " \t\f")
			b.WriteString("    " + trimmed + "\n")
			off, ok := e.Attr("offset").(Int)
			col := int(off) - 1 - (len([]rune(line)) - len([]rune(trimmed)))
			// no caret before the text (CPython's "unexpected indent")
			if ok && off >= 1 && col >= 0 {
				end := col + 1
				if eo, ok := e.Attr("end_offset").(Int); ok {
					if el, ok2 := e.Attr("end_lineno").(Int); ok2 && el == ln && int(eo) > int(off) {
						end = col + int(eo) - int(off)
					}
				}
				if end > len([]rune(trimmed))+1 {
					end = len([]rune(trimmed)) + 1
				}
				if end <= col {
					end = col + 1
				}
				b.WriteString("    " + strings.Repeat(" ", col) + strings.Repeat("^", end-col) + "\n")
			}
		}
		msg := "<no detail available>"
		if m := e.Attr("msg"); m != nil {
			if s, err := StrOf(t, m); err == nil {
				msg = s
			}
		} else if len(e.Args.Items) > 0 {
			if s, err := StrOf(t, e.Args.Items[0]); err == nil {
				msg = s
			}
		}
		b.WriteString(name + ": " + msg + "\n")
		return b.String()
	}
	msg, err := StrOf(t, e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		b.WriteString(name + "\n")
	} else {
		b.WriteString(name + ": " + msg + "\n")
	}
	return b.String()
}

// sourceCache keeps the lines of files shown in tracebacks.
var sourceCache = map[string][]string{}

func sourceLine(filename string, line int) string {
	raw, _ := rawSourceLine(filename, line)
	return strings.TrimSpace(raw)
}

// rawSourceLine returns line of filename as it is in the file, without
// its newline.
func rawSourceLine(filename string, line int) (string, bool) {
	if strings.HasPrefix(filename, "<") {
		return "", false
	}
	lines, ok := sourceCache[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		sourceCache[filename] = lines
	}
	if line < 1 || line > len(lines) {
		return "", false
	}
	return strings.TrimRight(lines[line-1], "\r"), true
}

// DisplayValue is sys.displayhook: print repr(v) and store it in builtins._.
func DisplayValue(t *Thread, v Object) error {
	if v == None {
		return nil
	}
	t.Interp.Builtins.Dict.SetString("_", None)
	r, err := Repr(t, v)
	if err != nil {
		return err
	}
	if err := WriteString(t, t.Interp.Sys.Get("stdout"), r+"\n"); err != nil {
		return err
	}
	t.Interp.Builtins.Dict.SetString("_", v)
	return nil
}
