package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"

	"upy/py"
)

// windowSize is deflate's window: what later data may refer back to.
const windowSize = 32 << 10

// compressObj is the object compressobj() returns: Go's raw deflate
// writer with the zlib or gzip framing written here, so that the
// checksum and the window are ours to copy. Go's writer cannot be
// cloned, so copy() flushes it to a byte boundary (a sync flush, which
// keeps the stream valid) and starts the copy as a new writer whose
// dictionary is the last 32 KiB of input: both then continue the same
// stream, each with its own compressor.
type compressObj struct {
	buf      bytes.Buffer // output not yet returned
	fw       *flate.Writer
	c        container
	level    int    // Go's level (flate.HuffmanOnly for Z_HUFFMAN_ONLY)
	window   []byte // the last windowSize bytes of dictionary and input
	sum      uint32 // adler32 (zlib) or crc32 (gzip) of the input
	size     uint32 // input length mod 2**32 (gzip's trailer)
	finished bool
}

var compressType = py.NewBuiltinType("Compress", py.ObjectType, nil)

func (*compressObj) Type() *py.Type { return compressType }

func newCompressObj(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	level, method, wbits, memLevel, strategy := -1, 8, 15, 8, 0
	var zdict py.Object
	if err := py.UnpackClinicArgs(t, "compressobj", args, kw, "level?", &level, "method?", &method, "wbits?", &wbits,
		"memLevel?", &memLevel, "strategy?", &strategy, "zdict?", &zdict); err != nil {
		return nil, err
	}
	var dict []byte
	if zdict != nil {
		b, err := bytesArg(zdict)
		if err != nil {
			return nil, err
		}
		dict = append([]byte{}, b...)
	}
	// deflateInit2's checks; memLevel and strategy are otherwise ignored
	// (Go's compressor has no such knobs, except Huffman-only).
	if level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	c, err := containerOf(wbits, false)
	if err != nil {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	if dict != nil && c == cGzip {
		return nil, py.Errorf(py.ValueError, "Invalid dictionary") // zlib has no dictionary in gzip streams
	}
	return newCompressor(c, level, strategy, dict), nil
}

// newCompressor starts a stream; its header is the first output, as
// zlib's.
func newCompressor(c container, level, strategy int, dict []byte) *compressObj {
	o := &compressObj{c: c, level: level}
	if strategy == 2 { // Z_HUFFMAN_ONLY
		o.level = flate.HuffmanOnly
	}
	switch c {
	case cZlib:
		o.sum = 1
		// FLEVEL as zlib sets it (informational only), 32 KiB window.
		flevel := byte(2)
		switch {
		case level == 0 || level == 1 || strategy >= 2:
			flevel = 0
		case level >= 2 && level <= 5:
			flevel = 1
		case level >= 7:
			flevel = 3
		}
		h := []byte{0x78, flevel << 6}
		if dict != nil {
			h[1] |= 0x20
		}
		h[1] += byte(31 - (uint(h[0])<<8+uint(h[1]))%31)
		if dict != nil {
			h = binary.BigEndian.AppendUint32(h, adler32Update(1, dict))
		}
		o.buf.Write(h)
	case cGzip:
		xfl := byte(0)
		switch {
		case level == 9:
			xfl = 2
		case level == 0 || level == 1 || strategy >= 2:
			xfl = 4
		}
		o.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3}) // no name, no mtime, OS unix
	}
	o.start(dict)
	return o
}

// start begins a new deflate writer on the output buffer, continuing
// from dict (nil: from nothing).
func (o *compressObj) start(dict []byte) {
	var err error
	if dict != nil {
		o.fw, err = flate.NewWriterDict(&o.buf, o.level, dict)
	} else {
		o.fw, err = flate.NewWriter(&o.buf, o.level)
	}
	if err != nil {
		panic(err) // levels are checked before
	}
	o.window = o.window[:0]
	o.remember(dict)
}

// remember keeps the last windowSize bytes seen, trimming only when
// twice that has accumulated so that small writes stay cheap.
func (o *compressObj) remember(b []byte) {
	if len(b) >= windowSize {
		o.window = append(o.window[:0], b[len(b)-windowSize:]...)
		return
	}
	o.window = append(o.window, b...)
	if len(o.window) > 2*windowSize {
		n := copy(o.window, o.window[len(o.window)-windowSize:])
		o.window = o.window[:n]
	}
}

func (o *compressObj) write(b []byte) {
	o.fw.Write(b) // writes to a bytes.Buffer cannot fail
	switch o.c {
	case cZlib:
		o.sum = adler32Update(o.sum, b)
	case cGzip:
		o.sum = crc32.Update(o.sum, crc32.IEEETable, b)
		o.size += uint32(len(b))
	}
	o.remember(b)
}

// flush applies a flush mode: Z_FINISH ends the stream with its
// trailer; Z_FULL_FLUSH also forgets the window, so that inflating can
// restart there; the other modes end at a byte boundary.
func (o *compressObj) flush(mode int) {
	switch mode {
	case 0: // Z_NO_FLUSH
	case 4: // Z_FINISH
		o.fw.Close()
		switch o.c {
		case cZlib:
			o.buf.Write(binary.BigEndian.AppendUint32(nil, o.sum))
		case cGzip:
			o.buf.Write(binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, o.sum), o.size))
		}
		o.finished = true
	case 3: // Z_FULL_FLUSH
		o.fw.Flush()
		o.start(nil)
	default:
		o.fw.Flush()
	}
}

func (o *compressObj) take() py.Object {
	out := py.NewBytes(append([]byte(nil), o.buf.Bytes()...))
	o.buf.Reset()
	return out
}

func (o *compressObj) copy() (*compressObj, error) {
	if o.finished {
		return nil, py.Errorf(py.ValueError, "Inconsistent stream state")
	}
	o.fw.Flush()
	n := &compressObj{c: o.c, level: o.level, sum: o.sum, size: o.size}
	n.buf.Write(o.buf.Bytes())
	n.start(append([]byte(nil), o.window...))
	return n, nil
}

func init() {
	compressType.Module = "zlib"
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
		o.write(b)
		return o.take(), nil
	})
	compressType.AddMethod("flush", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		o := args[0].(*compressObj)
		mode := 4
		if err := py.UnpackClinicArgs(t, "flush", args[1:], kw, "mode?", &mode, "/"); err != nil {
			return nil, err
		}
		if mode == 0 {
			return py.NewBytes(nil), nil
		}
		if o.finished {
			return nil, zerr("Error -2 while flushing: inconsistent stream state")
		}
		o.flush(mode)
		return o.take(), nil
	})
	// copy, __copy__ and __deepcopy__ as CPython's argument clinic declares them.
	for _, name := range []string{"copy", "__copy__", "__deepcopy__"} {
		compressType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := copyArgs(name, args[1:], kw); err != nil {
				return nil, err
			}
			return args[0].(*compressObj).copy()
		})
	}
}

// copyArgs checks the arguments of copy() and __copy__() (none) and
// __deepcopy__(memo, /).
func copyArgs(name string, args []py.Object, kw []py.Kwarg) error {
	if name != "__deepcopy__" {
		if len(args) > 0 || len(kw) > 0 {
			return py.Errorf(py.TypeError, "%s() takes no arguments", name)
		}
		return nil
	}
	if len(kw) > 0 {
		return py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeError, "%s() takes exactly 1 positional argument (%d given)", name, len(args))
	}
	return nil
}
