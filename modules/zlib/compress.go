package zlib

import (
	"bytes"
	"errors"

	"upy/internal/zdeflate"
	"upy/py"
)

// compressObj is the object compressobj() returns: zlib's own deflate
// algorithm (internal/zdeflate) with zlib's framing, so that every chunk
// compress() and flush() return is CPython's, and copy() clones the whole
// compressor state.
type compressObj struct {
	buf      bytes.Buffer // output not yet returned
	w        *zdeflate.Writer
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
	if level < -1 || level > 9 || method != 8 {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	if _, err := containerOf(wbits, false); err != nil {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	o := &compressObj{}
	w, err := zdeflate.NewWriter(&o.buf, level, wbits, memLevel, strategy, dict)
	if errors.Is(err, zdeflate.ErrDictionary) {
		return nil, py.Errorf(py.ValueError, "Invalid dictionary")
	} else if err != nil {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	o.w = w
	return o, nil
}

func (o *compressObj) write(b []byte) {
	o.w.Write(b) // writes to a bytes.Buffer cannot fail
}

// flush applies a flush mode (Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, ...)
// as zlib's deflate does.
func (o *compressObj) flush(mode int) error {
	if mode == 4 { // Z_FINISH
		o.w.Close()
		o.finished = true
		return nil
	}
	return o.w.FlushMode(mode)
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
	n := &compressObj{}
	n.buf.Write(o.buf.Bytes())
	n.w = o.w.Clone(&n.buf)
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
		if err := o.flush(mode); err != nil {
			return nil, zerr("Error -2 while flushing: inconsistent stream state")
		}
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
