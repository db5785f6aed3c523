package io

import (
	"strings"

	"upy/py"
)

// StringIO is _io.StringIO: an in-memory text stream. Its text is kept
// as bytes while it is all ASCII (positions are then byte offsets) and
// as runes once other characters are written.
type StringIO struct {
	b      []byte
	r      []rune
	wide   bool
	pos    int
	closed bool
	init   bool

	translate bool   // newline=None: \r\n and \r become \n on write
	writeNL   string // "\r" or "\r\n": what \n becomes on write
	readNL    string // line terminator for readline ("" means any)
	seen      int    // newline kinds seen (newline=None)
}

// StringIOType is _io.StringIO.
var StringIOType = newClass("StringIO", py.TextIOBaseType)

func (*StringIO) Type() *py.Type { return StringIOType }

const (
	seenCR = 1 << iota
	seenLF
	seenCRLF
)

// newlinesValue is the .newlines attribute for the kinds seen.
func newlinesValue(seen int) py.Object {
	var kinds []py.Object
	if seen&seenCR != 0 {
		kinds = append(kinds, py.NewStr("\r"))
	}
	if seen&seenLF != 0 {
		kinds = append(kinds, py.NewStr("\n"))
	}
	if seen&seenCRLF != 0 {
		kinds = append(kinds, py.NewStr("\r\n"))
	}
	switch len(kinds) {
	case 0:
		return py.None
	case 1:
		return kinds[0]
	}
	return py.NewTuple(kinds...)
}

// scanNewlines records the newline kinds in s.
func scanNewlines(s string, seen int) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			seen |= seenLF
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				seen |= seenCRLF
				i++
			} else {
				seen |= seenCR
			}
		}
	}
	return seen
}

func (s *StringIO) check() error {
	if !s.init {
		return py.Errorf(py.ValueError, "I/O operation on uninitialized object")
	}
	if s.closed {
		return closedRaw()
	}
	return nil
}

func (s *StringIO) length() int {
	if s.wide {
		return len(s.r)
	}
	return len(s.b)
}

func (s *StringIO) slice(i, j int) string {
	if i >= j {
		return ""
	}
	if s.wide {
		return py.RunesToStr(s.r[i:j]).S
	}
	return string(s.b[i:j])
}

func (s *StringIO) at(i int) rune {
	if s.wide {
		return s.r[i]
	}
	return rune(s.b[i])
}

func (s *StringIO) widen() {
	if s.wide {
		return
	}
	s.r = make([]rune, len(s.b), len(s.b)+16)
	for i, c := range s.b {
		s.r[i] = rune(c)
	}
	s.b, s.wide = nil, true
}

func (s *StringIO) writeStr(str *py.Str) int {
	n := str.Len()
	text := str.S
	if s.translate {
		if strings.IndexByte(text, '\r') >= 0 {
			s.seen = scanNewlines(text, s.seen)
			text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		} else if strings.IndexByte(text, '\n') >= 0 {
			s.seen |= seenLF
		}
	}
	if !s.translate && s.readNL == "" {
		s.seen = scanNewlines(text, s.seen)
	}
	if s.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", s.writeNL)
	}
	if text == "" {
		return n
	}
	if !s.wide && isASCII(text) {
		end := s.pos + len(text)
		if end > len(s.b) {
			if s.pos > len(s.b) {
				s.b = append(s.b, make([]byte, s.pos-len(s.b))...)
			}
			s.b = append(s.b[:s.pos], text...)
		} else {
			copy(s.b[s.pos:], text)
		}
		s.pos = end
		return n
	}
	s.widen()
	rs := py.NewStr(text).Runes()
	end := s.pos + len(rs)
	if end > len(s.r) {
		if s.pos > len(s.r) {
			s.r = append(s.r, make([]rune, s.pos-len(s.r))...)
		}
		s.r = append(s.r[:s.pos], rs...)
	} else {
		copy(s.r[s.pos:], rs)
	}
	s.pos = end
	return n
}

func (s *StringIO) read(n int) string {
	end := s.length()
	if s.pos >= end {
		return ""
	}
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	out := s.slice(s.pos, end)
	s.pos = end
	return out
}

func (s *StringIO) readline(limit int) string {
	n := s.length()
	if s.pos >= n {
		return ""
	}
	end := n
	if limit >= 0 && s.pos+limit < end {
		end = s.pos + limit
	}
	i := s.pos
	for ; i < end; i++ {
		c := s.at(i)
		switch s.readNL {
		case "":
			if c == '\n' {
				i++
				goto done
			}
			if c == '\r' {
				if i+1 < end && s.at(i+1) == '\n' {
					i++
				}
				i++
				goto done
			}
		case "\r\n":
			if c == '\r' && i+1 < end && s.at(i+1) == '\n' {
				i += 2
				goto done
			}
		default:
			if c == rune(s.readNL[0]) {
				i++
				goto done
			}
		}
	}
done:
	out := s.slice(s.pos, i)
	s.pos = i
	return out
}

// newlineArg validates the newline argument of StringIO/TextIOWrapper.
func newlineArg(o py.Object, quote bool) (string, bool, error) {
	if o == py.None {
		return "", true, nil
	}
	str, ok := o.(*py.Str)
	if !ok {
		return "", false, py.Errorf(py.TypeError, "newline must be str or None, not %s", py.TypeName(o))
	}
	switch str.S {
	case "", "\n", "\r", "\r\n":
		return str.S, false, nil
	}
	if quote {
		return "", false, py.Errorf(py.ValueError, "illegal newline value: %s", py.StrRepr(str.S))
	}
	return "", false, py.Errorf(py.ValueError, "illegal newline value: %s", str.S)
}

func init() {
	tp := StringIOType
	defer py.InstallNew(tp)
	tp.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return &StringIO{}, nil
	}
	self := func(args []py.Object) (*StringIO, error) { return self0[*StringIO](args, tp) }
	tp.AddMethod("__init__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, err := self(args)
		if err != nil {
			return nil, err
		}
		var initial py.Object = py.None
		var newline py.Object = py.NewStr("\n")
		if err := py.UnpackArgs(t, "StringIO", args[1:], kw, "initial_value?", &initial, "newline?", &newline); err != nil {
			return nil, err
		}
		nl, none, err := newlineArg(newline, true)
		if err != nil {
			return nil, err
		}
		*s = StringIO{init: true}
		switch {
		case none:
			s.translate = true
			s.readNL = "\n"
		case nl == "":
			s.readNL = ""
		default:
			s.readNL = nl
			if nl != "\n" {
				s.writeNL = nl
			}
		}
		if initial != py.None {
			str, ok := initial.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "initial_value must be str or None, not %s", py.TypeName(initial))
			}
			s.writeStr(str)
			s.pos = 0
		}
		return py.None, nil
	})
	m := func(name string, fn func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
		tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s, err := self(args)
			if err != nil {
				return nil, err
			}
			return fn(t, s, args[1:], kw)
		})
	}
	// closedDot is the message of the methods CPython inherits from IOBase.
	closedDot := func(s *StringIO) error {
		if err := s.check(); err != nil {
			if s.closed {
				return closedFile()
			}
			return err
		}
		return nil
	}
	m("getvalue", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := s.check(); err != nil {
			return nil, err
		}
		return py.NewStr(s.slice(0, s.length())), nil
	})
	m("read", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "read", args, kw)
		if err != nil {
			return nil, err
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		return py.NewStr(s.read(n)), nil
	})
	m("readline", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := sizeArg(t, "readline", args, kw)
		if err != nil {
			return nil, err
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		return py.NewStr(s.readline(n)), nil
	})
	m("readlines", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		hint, err := sizeArg(t, "readlines", args, kw)
		if err != nil {
			return nil, err
		}
		if err := closedDot(s); err != nil {
			return nil, err
		}
		var lines []py.Object
		total := 0
		for {
			line := s.readline(-1)
			if line == "" {
				break
			}
			l := py.NewStr(line)
			lines = append(lines, l)
			total += l.Len()
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(lines...), nil
	})
	m("__iter__", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := closedDot(s); err != nil {
			return nil, err
		}
		return s, nil
	})
	m("__next__", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := s.check(); err != nil {
			return nil, err
		}
		line := s.readline(-1)
		if line == "" {
			return nil, py.NewException(py.StopIteration)
		}
		return py.NewStr(line), nil
	})
	m("write", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("write", args, kw, 1, 1); err != nil {
			return nil, err
		}
		str, ok := args[0].(*py.Str)
		if !ok {
			if inst, ok2 := args[0].(*py.Instance); ok2 {
				str, ok = inst.Base.(*py.Str)
			}
			if !ok {
				return nil, py.Errorf(py.TypeError, "string argument expected, got '%s'", py.TypeName(args[0]))
			}
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		return py.Int(s.writeStr(str)), nil
	})
	m("writelines", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("writelines", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if err := closedDot(s); err != nil {
			return nil, err
		}
		err := py.Iterate(t, args[0], func(x py.Object) (bool, error) {
			str, ok := x.(*py.Str)
			if !ok {
				return false, py.Errorf(py.TypeError, "string argument expected, got '%s'", py.TypeName(x))
			}
			s.writeStr(str)
			return true, nil
		})
		return py.None, err
	})
	m("seek", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		pos, whence, err := seekArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		switch whence {
		case 0:
			if pos < 0 {
				return nil, py.Errorf(py.ValueError, "Negative seek position %d", pos)
			}
		case 1, 2:
			if pos != 0 {
				return nil, py.Errorf(py.OSError, "Can't do nonzero cur-relative seeks")
			}
			if whence == 1 {
				pos = s.pos
			} else {
				pos = s.length()
			}
		default:
			return nil, py.Errorf(py.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		s.pos = pos
		return py.Int(pos), nil
	})
	m("tell", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := s.check(); err != nil {
			return nil, err
		}
		return py.Int(s.pos), nil
	})
	m("truncate", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var size py.Object = py.None
		if err := py.UnpackArgs(t, "truncate", args, kw, "pos?", &size); err != nil {
			return nil, err
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		n := s.pos
		if size != py.None {
			v, err := optSize(t, size)
			if err != nil {
				return nil, err
			}
			if v < 0 {
				return nil, py.Errorf(py.ValueError, "Negative size value %d", v)
			}
			n = v
		}
		if n < s.length() {
			if s.wide {
				s.r = s.r[:n]
			} else {
				s.b = s.b[:n]
			}
		}
		return py.Int(n), nil
	})
	m("close", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s.closed = true
		s.b, s.r = nil, nil
		return py.None, nil
	})
	m("flush", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		m(name, func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := s.check(); err != nil {
				return nil, err
			}
			return py.True, nil
		})
	}
	m("isatty", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := closedDot(s); err != nil {
			return nil, err
		}
		return py.False, nil
	})
	m("__enter__", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := closedDot(s); err != nil {
			return nil, err
		}
		return s, nil
	})
	m("__exit__", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s.closed = true
		return py.None, nil
	})
	m("fileno", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return nil, unsupported("fileno")
	})
	m("detach", func(t *py.Thread, s *StringIO, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return nil, unsupported("detach")
	})
	get := func(name string, fn func(s *StringIO) py.Object) {
		tp.AddGetSet(name, func(t *py.Thread, o py.Object) (py.Object, error) {
			s, err := self([]py.Object{o})
			if err != nil {
				return nil, err
			}
			return fn(s), nil
		}, nil)
	}
	get("closed", func(s *StringIO) py.Object { return py.NewBool(s.closed) })
	get("line_buffering", func(s *StringIO) py.Object { return py.False })
	get("encoding", func(s *StringIO) py.Object { return py.None })
	get("errors", func(s *StringIO) py.Object { return py.None })
	get("newlines", func(s *StringIO) py.Object {
		if !s.translate && s.readNL != "" {
			return py.None
		}
		return newlinesValue(s.seen)
	})
}
