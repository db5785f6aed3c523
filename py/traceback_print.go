package py

import (
	"os"
	"strings"
)

// PrintTraceback writes exc with its traceback and chained exceptions to
// file, in CPython's format.
func PrintTraceback(t *Thread, exc *Exception, file Object) error {
	var b strings.Builder
	formatChain(t, exc, &b, map[*Exception]bool{})
	return WriteString(t, file, b.String())
}

// FormatException returns the text PrintTraceback would print.
func FormatException(t *Thread, exc *Exception) string {
	var b strings.Builder
	formatChain(t, exc, &b, map[*Exception]bool{})
	return b.String()
}

func formatChain(t *Thread, e *Exception, b *strings.Builder, seen map[*Exception]bool) {
	seen[e] = true
	if e.Cause != nil && !seen[e.Cause] {
		formatChain(t, e.Cause, b, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		formatChain(t, e.Context, b, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if e.Traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		// A run of more than three identical entries (a recursion) is
		// cut short, as CPython does.
		var last *Traceback
		count := 0
		for tb := e.Traceback; tb != nil; tb = tb.Next {
			if last == nil || tb.Filename != last.Filename || tb.Line != last.Line || tb.Name != last.Name {
				writeRepeated(b, count)
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
		writeRepeated(b, count)
	}
	b.WriteString(ExceptionOnly(t, e))
	for _, n := range e.Notes {
		b.WriteString(n + "\n")
	}
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
