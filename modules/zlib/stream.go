package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"io"

	"upy/py"
)

// compressObj is the object compressobj() returns.
type compressObj struct {
	buf      bytes.Buffer
	w        io.WriteCloser
	finished bool
}

var compressType = py.NewBuiltinType("Compress", py.ObjectType, nil)

func (*compressObj) Type() *py.Type { return compressType }

func newCompressObj(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	level, method, wbits, memLevel, strategy := -1, 8, 15, 8, 0
	var zdict py.Object = py.None
	if err := py.UnpackArgs(t, "compressobj", args, kw, "level?", &level, "method?", &method, "wbits?", &wbits,
		"memLevel?", &memLevel, "strategy?", &strategy, "zdict?", &zdict); err != nil {
		return nil, err
	}
	c, err := containerOf(wbits, false)
	if err != nil {
		return nil, err
	}
	o := &compressObj{}
	switch c {
	case cRaw:
		o.w, err = flate.NewWriter(&o.buf, level)
	case cGzip:
		var g *gzip.Writer
		g, err = gzip.NewWriterLevel(&o.buf, level)
		o.w = g
	default:
		o.w, err = zlib.NewWriterLevel(&o.buf, level)
	}
	if err != nil {
		return nil, zerr("Bad compression level")
	}
	return o, nil
}

func (o *compressObj) take() py.Object {
	out := py.NewBytes(append([]byte(nil), o.buf.Bytes()...))
	o.buf.Reset()
	return out
}

// decompressObj is the object decompressobj() returns: it inflates all the
// input received so far and hands out what is new.
type decompressObj struct {
	c      container
	in     []byte
	given  int // output bytes already returned
	eof    bool
	unused []byte
}

var decompressType = py.NewBuiltinType("Decompress", py.ObjectType, nil)

func (*decompressObj) Type() *py.Type { return decompressType }

func newDecompressObj(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	wbits := 15
	var zdict py.Object = py.None
	if err := py.UnpackArgs(t, "decompressobj", args, kw, "wbits?", &wbits, "zdict?", &zdict); err != nil {
		return nil, err
	}
	c, err := containerOf(wbits, true)
	if err != nil {
		return nil, err
	}
	return &decompressObj{c: c}, nil
}

func (o *decompressObj) feed(data []byte) ([]byte, error) {
	if o.eof {
		o.unused = append(o.unused, data...)
		return nil, nil
	}
	o.in = append(o.in, data...)
	out, unused, err := decompress(o.in, o.c)
	if err != nil {
		if e := py.AsException(err); e.Args != nil && len(e.Args.Items) > 0 {
			if s, ok := e.Args.Items[0].(*py.Str); ok && bytes.Contains([]byte(s.S), []byte("incomplete")) {
				partial := partialInflate(o.in, o.c)
				if len(partial) < o.given {
					return nil, nil
				}
				res := partial[o.given:]
				o.given = len(partial)
				return res, nil
			}
		}
		return nil, err
	}
	o.eof = true
	o.unused = append([]byte(nil), unused...)
	res := out[min(o.given, len(out)):]
	o.given = len(out)
	return res, nil
}

// partialInflate returns what an incomplete stream inflates to so far.
func partialInflate(data []byte, c container) []byte {
	if c == cAuto {
		c = cZlib
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			c = cGzip
		}
	}
	rd := bytes.NewReader(data)
	var r io.Reader
	switch c {
	case cRaw:
		r = flate.NewReader(rd)
	case cGzip:
		g, err := gzip.NewReader(rd)
		if err != nil {
			return nil
		}
		r = g
	default:
		z, err := zlib.NewReader(rd)
		if err != nil {
			return nil
		}
		r = z
	}
	out, _ := io.ReadAll(r)
	return out
}

func init() {
	compressType.Module, decompressType.Module = "zlib", "zlib"
	compressType.AddMethod("compress", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*compressObj)
		if err := py.CheckArgs("compress", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		b, err := bytesArg(args[1])
		if err != nil {
			return nil, err
		}
		if o.finished {
			return nil, zerr("Error -2 while compressing data: inconsistent stream state")
		}
		o.w.Write(b)
		return o.take(), nil
	})
	compressType.AddMethod("flush", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*compressObj)
		mode := 4
		if len(args) > 1 {
			n, err := py.IndexInt(t, args[1])
			if err != nil {
				return nil, err
			}
			mode = n
		}
		if o.finished {
			return py.NewBytes(nil), nil
		}
		if mode == 4 {
			o.w.Close()
			o.finished = true
		} else if mode != 0 {
			if f, ok := o.w.(interface{ Flush() error }); ok {
				f.Flush()
			}
		}
		return o.take(), nil
	})
	decompressType.AddMethod("decompress", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*decompressObj)
		var d py.Object
		maxLength := 0
		if err := py.UnpackArgs(t, "decompress", args[1:], kw, "data", &d, "/", "max_length?", &maxLength); err != nil {
			return nil, err
		}
		b, err := bytesArg(d)
		if err != nil {
			return nil, err
		}
		out, err := o.feed(b)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(append([]byte(nil), out...)), nil
	})
	decompressType.AddMethod("flush", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewBytes(nil), nil
	})
	decompressType.AddGetSet("eof", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBool(self.(*decompressObj).eof), nil
	}, nil)
	decompressType.AddGetSet("unused_data", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte(nil), self.(*decompressObj).unused...)), nil
	}, nil)
	decompressType.AddGetSet("unconsumed_tail", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBytes(nil), nil
	}, nil)
}
