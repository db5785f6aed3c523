package io

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"upy/py"
)

// TextIO is _io.TextIOWrapper: text over a binary buffer. It reads raw
// bytes into rb and decodes them as characters are consumed, so that
// tell() is the byte offset of the next unread character.
type TextIO struct {
	buf      stream
	bufObj   py.Object
	fbuf     *Buffered // buf, when it is a Buffered (the fast path)
	encoding string    // as shown by .encoding
	enc      string    // canonical codec name
	errors   string
	newline  py.Object

	readUniversal bool   // newline None or '': any line ending ends a line
	readTranslate bool   // newline None: line endings read as \n
	readNL        string // the line ending when not universal
	writeNL       string // what \n becomes on output ("" for no change)
	lineBuffering bool
	writeThrough  bool

	rb        []byte // bytes read from the buffer; rb[rp:] is unread
	rp        int
	seen      int
	pendingCR bool

	mode      py.Object // set by open()
	canRead   bool
	canWrite  bool
	canSeek   bool
	init      bool
	detached  bool
	chunkSize int
}

func (*TextIO) Type() *py.Type { return py.TextIOWrapperType }

func (x *TextIO) setup(t *py.Thread, buffer py.Object, encoding, errors, newline py.Object, lineBuffering, writeThrough bool) error {
	*x = TextIO{chunkSize: DefaultBufferSize}
	x.encoding = "UTF-8"
	if encoding != py.None {
		s, ok := encoding.(*py.Str)
		if !ok {
			return py.Errorf(py.TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %s", py.TypeName(encoding))
		}
		if s.S != "locale" { // "locale" (3.10+) is the default: UTF-8
			x.encoding = s.S
		}
	}
	x.enc = normEncoding(x.encoding)
	if x.enc == "" {
		return py.Errorf(py.LookupError, "unknown encoding: %s", x.encoding)
	}
	x.errors = "strict"
	if errors != py.None {
		s, ok := errors.(*py.Str)
		if !ok {
			return py.Errorf(py.TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %s", py.TypeName(errors))
		}
		x.errors = s.S
	}
	nl, none, err := newlineArg(newline, false)
	if err != nil {
		return err
	}
	x.newline = newline
	switch {
	case none:
		x.readUniversal, x.readTranslate = true, true
	case nl == "":
		x.readUniversal = true
	default:
		x.readNL = nl
		if nl != "\n" {
			x.writeNL = nl
		}
	}
	x.lineBuffering, x.writeThrough = lineBuffering, writeThrough
	x.bufObj = buffer
	x.buf = toStream(buffer)
	x.fbuf, _ = x.buf.(*Buffered)
	if x.canRead, err = x.buf.readable(t); err != nil {
		return err
	}
	if x.canWrite, err = x.buf.writable(t); err != nil {
		return err
	}
	if x.canSeek, err = x.buf.seekable(t); err != nil {
		return err
	}
	x.init = true
	return nil
}

// check fails on an unusable (closed, detached or uninitialized) wrapper.
func (x *TextIO) check(t *py.Thread) error {
	if !x.init {
		if x.detached {
			return py.Errorf(py.ValueError, "underlying buffer has been detached")
		}
		return py.Errorf(py.ValueError, "I/O operation on uninitialized object")
	}
	if x.fbuf != nil && x.fbuf.fraw != nil {
		if x.fbuf.fraw.closed {
			return closedFile()
		}
		return nil
	}
	c, err := x.buf.isClosed(t)
	if err != nil {
		return err
	}
	if c {
		return closedFile()
	}
	return nil
}

func (x *TextIO) checkRead(t *py.Thread) error {
	if err := x.check(t); err != nil {
		return err
	}
	if !x.canRead {
		return unsupported("not readable")
	}
	return nil
}

// fill reads another chunk from the buffer; false means EOF.
func (x *TextIO) fill(t *py.Thread) (bool, error) {
	if x.rp > 0 {
		n := copy(x.rb, x.rb[x.rp:])
		x.rb, x.rp = x.rb[:n], 0
	}
	var data []byte
	var err error
	if x.fbuf != nil {
		data, err = x.fbuf.read1(t, x.chunkSize)
	} else {
		data, err = x.buf.read1(t, x.chunkSize)
	}
	if err != nil {
		return false, err
	}
	if x.readUniversal {
		// .newlines reports what the decoded chunks held, as CPython's
		// decoder does; a \r ending a chunk waits for the next one.
		scan := data
		if x.pendingCR {
			x.pendingCR = false
			if len(scan) > 0 && scan[0] == '\n' {
				x.seen |= seenCRLF
				scan = scan[1:]
			} else {
				x.seen |= seenCR
			}
		}
		if n := len(scan); n > 0 && scan[n-1] == '\r' {
			x.pendingCR = true
			scan = scan[:n-1]
		}
		x.seen = scanNewlines(string(scan), x.seen)
	}
	x.rb = append(x.rb, data...)
	return len(data) > 0, nil
}

// peekByte returns the next unread byte, reading more if needed.
func (x *TextIO) peekByte(t *py.Thread) (byte, bool, error) {
	if x.rp >= len(x.rb) {
		more, err := x.fill(t)
		if err != nil || !more {
			return 0, false, err
		}
	}
	return x.rb[x.rp], true, nil
}

// nextChar decodes and consumes the next character, appending it to
// out; ok is false at EOF.
func (x *TextIO) nextChar(t *py.Thread, out []byte) ([]byte, rune, bool, error) {
	for {
		if x.rp >= len(x.rb) {
			more, err := x.fill(t)
			if err != nil {
				return out, 0, false, err
			}
			if !more {
				return out, 0, false, nil
			}
		}
		c := x.rb[x.rp]
		if c < 0x80 {
			x.rp++
			return append(out, c), rune(c), true, nil
		}
		r, n, st := decodeOne(x.enc, x.rb[x.rp:])
		switch st {
		case decOK:
			x.rp += n
			return py.AppendRune(out, r), r, true, nil
		case decIncomplete:
			more, err := x.fill(t)
			if err != nil {
				return out, 0, false, err
			}
			if more {
				continue
			}
		}
		var err error
		before := len(out)
		out, err = decodeError(x.enc, x.errors, out, x.rb, x.rp)
		x.rp++
		if err != nil {
			return out, 0, false, err
		}
		if len(out) == before { // ignored
			continue
		}
		r, _ = utf8.DecodeRune(out[before:])
		return out, r, true, nil
	}
}

// readChars reads up to n characters (all when n < 0).
func (x *TextIO) readChars(t *py.Thread, n int) (string, error) {
	if err := x.checkRead(t); err != nil {
		return "", err
	}
	if n < 0 {
		return x.readAll(t)
	}
	var out []byte
	for count := 0; count < n; count++ {
		var r rune
		var ok bool
		var err error
		out, r, ok, err = x.nextChar(t, out)
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		if r == '\r' && x.readTranslate {
			c, ok, err := x.peekByte(t)
			if err != nil {
				return "", err
			}
			if ok && c == '\n' {
				x.rp++
			}
			out[len(out)-1] = '\n'
		}
	}
	return string(out), nil
}

func (x *TextIO) readAll(t *py.Thread) (string, error) {
	var rest []byte
	var err error
	if x.fbuf != nil {
		rest, _, err = x.fbuf.read(t, -1)
	} else {
		rest, _, err = x.buf.read(t, -1)
	}
	if err != nil {
		return "", err
	}
	data := append(x.rb[x.rp:], rest...)
	x.rb, x.rp = nil, 0
	s, err := decodeAll(x.enc, x.errors, data)
	if err != nil {
		return "", err
	}
	if x.readUniversal {
		if strings.IndexByte(s, '\r') >= 0 {
			x.seen = scanNewlines(s, x.seen)
			if x.readTranslate {
				s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
			}
		} else if strings.IndexByte(s, '\n') >= 0 {
			x.seen |= seenLF
		}
	}
	return s, nil
}

// readLine reads one line of at most limit characters (limit < 0: no limit).
func (x *TextIO) readLine(t *py.Thread, limit int) (string, error) {
	if err := x.checkRead(t); err != nil {
		return "", err
	}
	// Fast path: a whole line of UTF-8 is in the read-ahead.
	if limit < 0 && x.enc == "utf-8" && (x.readNL == "\n" || x.readUniversal) {
		rest := x.rb[x.rp:]
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line := rest[:i+1]
			if (!x.readUniversal || bytes.IndexByte(line, '\r') < 0) && utf8.Valid(line) {
				x.rp += i + 1
				return string(line), nil
			}
		}
	}
	var out []byte
	for count := 0; limit < 0 || count < limit; count++ {
		var r rune
		var ok bool
		var err error
		out, r, ok, err = x.nextChar(t, out)
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		switch {
		case r == '\n':
			if x.readUniversal {
				return string(out), nil
			}
			if x.readNL == "\n" {
				return string(out), nil
			}
		case r == '\r':
			if x.readUniversal {
				c, ok, err := x.peekByte(t)
				if err != nil {
					return "", err
				}
				if ok && c == '\n' {
					if x.readTranslate {
						x.rp++
						out[len(out)-1] = '\n'
						return string(out), nil
					}
					if limit >= 0 && count+1 >= limit {
						return string(out), nil
					}
					x.rp++
					return string(append(out, '\n')), nil
				}
				if x.readTranslate {
					out[len(out)-1] = '\n'
				}
				return string(out), nil
			}
			if x.readNL == "\r" {
				return string(out), nil
			}
			if x.readNL == "\r\n" {
				c, ok, err := x.peekByte(t)
				if err != nil {
					return "", err
				}
				if ok && c == '\n' && (limit < 0 || count+1 < limit) {
					x.rp++
					return string(append(out, '\n')), nil
				}
			}
		}
	}
	return string(out), nil
}

func (x *TextIO) write(t *py.Thread, s *py.Str) (int, error) {
	if err := x.check(t); err != nil {
		return 0, err
	}
	if !x.canWrite {
		return 0, unsupported("not writable")
	}
	if x.fbuf != nil && x.writeNL == "" && x.enc == "utf-8" && len(x.rb) == 0 && utf8.ValidString(s.S) {
		// Fast path: the text's UTF-8 goes straight into the buffer.
		if _, err := x.fbuf.writeString(t, s.S); err != nil {
			return 0, err
		}
		if x.writeThrough || x.lineBuffering && strings.ContainsAny(s.S, "\n\r") {
			if err := x.fbuf.flush(t); err != nil {
				return 0, err
			}
		}
		return s.Len(), nil
	}
	text := s
	if x.writeNL != "" && strings.IndexByte(s.S, '\n') >= 0 {
		text = py.NewStr(strings.ReplaceAll(s.S, "\n", x.writeNL))
	}
	b, err := encodeText(text, x.enc, x.errors)
	if err != nil {
		return 0, err
	}
	if len(x.rb) > 0 {
		// Output goes where the buffer is; read-ahead is dropped.
		x.rb, x.rp = x.rb[:0], 0
	}
	if x.fbuf != nil {
		_, err = x.fbuf.write(t, b)
	} else {
		_, err = x.buf.write(t, b)
	}
	if err != nil {
		return 0, err
	}
	if x.writeThrough || x.lineBuffering && strings.ContainsAny(s.S, "\n\r") {
		if err := x.buf.flush(t); err != nil {
			return 0, err
		}
	}
	return s.Len(), nil
}

func (x *TextIO) tell(t *py.Thread) (int64, error) {
	if err := x.check(t); err != nil {
		return 0, err
	}
	if !x.canSeek {
		return 0, unsupported("underlying stream is not seekable")
	}
	if err := x.buf.flush(t); err != nil {
		return 0, err
	}
	pos, err := x.buf.tell(t)
	if err != nil {
		return 0, err
	}
	return pos - int64(len(x.rb)-x.rp), nil
}

func (x *TextIO) seek(t *py.Thread, cookie int64, whence int) (int64, error) {
	if err := x.check(t); err != nil {
		return 0, err
	}
	if !x.canSeek {
		return 0, unsupported("underlying stream is not seekable")
	}
	switch whence {
	case 0:
		if cookie < 0 {
			return 0, py.Errorf(py.ValueError, "negative seek position %d", cookie)
		}
	case 1:
		if cookie != 0 {
			return 0, unsupported("can't do nonzero cur-relative seeks")
		}
		return x.tell(t)
	case 2:
		if cookie != 0 {
			return 0, unsupported("can't do nonzero end-relative seeks")
		}
	default:
		return 0, py.Errorf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if err := x.buf.flush(t); err != nil {
		return 0, err
	}
	x.rb, x.rp = x.rb[:0], 0
	return x.buf.seek(t, cookie, whence)
}

func (x *TextIO) truncate(t *py.Thread, size py.Object) (int64, error) {
	if err := x.check(t); err != nil {
		return 0, err
	}
	if !x.canWrite {
		return 0, unsupported("truncate")
	}
	if err := x.buf.flush(t); err != nil {
		return 0, err
	}
	if size == py.None {
		pos, err := x.tell(t)
		if err != nil {
			return 0, err
		}
		size = py.Int(pos)
	}
	return x.buf.truncate(t, size)
}

func (x *TextIO) close(t *py.Thread) error {
	if !x.init {
		return x.check(t)
	}
	c, err := x.buf.isClosed(t)
	if err != nil || c {
		return err
	}
	ferr := x.buf.flush(t)
	err = x.buf.close(t)
	if ferr != nil {
		return ferr
	}
	return err
}
