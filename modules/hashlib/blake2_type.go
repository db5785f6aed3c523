package hashlib

import (
	"encoding/hex"
	"math"

	"upy/py"
)

// Blake2 is a blake2b or blake2s object (CPython's _blake2 classes).
type Blake2 struct {
	cls *py.Type
	h   hashClone
}

func (b *Blake2) Type() *py.Type { return b.cls }

// blake2Kind describes one of the two classes.
type blake2Kind struct {
	name      string
	maxDigest int // also the maximum key size
	saltSize  int // also the personalization size
	offsetMax uint64
	mk        func(*blake2Params) hashClone
}

var (
	blake2bKind = &blake2Kind{"blake2b", 64, 16, math.MaxUint64, func(p *blake2Params) hashClone { return newBlake2b(p) }}
	blake2sKind = &blake2Kind{"blake2s", 32, 8, 1<<48 - 1, func(p *blake2Params) hashClone { return newBlake2s(p) }}
)

var (
	Blake2bType = newBlake2Type(blake2bKind)
	Blake2sType = newBlake2Type(blake2sKind)
)

// cInt converts an argument as CPython's "int" converter does.
func cInt(t *py.Thread, o py.Object) (int, error) {
	if _, ok := o.(py.Float); ok {
		return 0, py.Errorf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	if i, ok := v.(py.Int); ok && i >= math.MinInt32 && i <= math.MaxInt32 {
		return int(i), nil
	}
	return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C int")
}

// cUnsigned converts an argument as _blake2's unsigned converters do.
func cUnsigned(t *py.Thread, o py.Object, ctype string) (uint64, error) {
	if _, ok := o.(py.Float); ok {
		return 0, py.Errorf(py.TypeError, "an integer is required")
	}
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	b, _ := py.IntToBig(v)
	if b.Sign() < 0 {
		return 0, py.Errorf(py.ValueError, "value must be positive")
	}
	if !b.IsUint64() {
		if ctype == "" {
			return 0, py.Errorf(py.OverflowError, "int too big to convert")
		}
		return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C %s", ctype)
	}
	return b.Uint64(), nil
}

func bytesArg(o py.Object) ([]byte, error) {
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

// newBlake2 is the constructor: blake2b(data=b”, /, *, digest_size, key, ...).
func newBlake2(t *py.Thread, cls *py.Type, k *blake2Kind, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var data, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize py.Object
	lastNode, usedForSecurity := false, true
	if err := py.UnpackClinicArgs(t, k.name, args, kw, "data?", &data, "/", "*",
		"digest_size?", &digestSize, "key?", &key, "salt?", &salt, "person?", &person,
		"fanout?", &fanout, "depth?", &depth, "leaf_size?", &leafSize, "node_offset?", &nodeOffset,
		"node_depth?", &nodeDepth, "inner_size?", &innerSize, "last_node?", &lastNode,
		"usedforsecurity?", &usedForSecurity); err != nil {
		return nil, err
	}
	p := blake2Params{digestSize: k.maxDigest, fanout: 1, depth: 1, lastNode: lastNode}
	var err error
	// The checks run in CPython's order.
	if digestSize != nil {
		if p.digestSize, err = cInt(t, digestSize); err != nil {
			return nil, err
		}
		if p.digestSize < 1 || p.digestSize > k.maxDigest {
			return nil, py.Errorf(py.ValueError, "digest_size must be between 1 and %d bytes", k.maxDigest)
		}
	}
	if salt != nil {
		if p.salt, err = bytesArg(salt); err != nil {
			return nil, err
		}
		if len(p.salt) > k.saltSize {
			return nil, py.Errorf(py.ValueError, "maximum salt length is %d bytes", k.saltSize)
		}
	}
	if person != nil {
		if p.person, err = bytesArg(person); err != nil {
			return nil, err
		}
		if len(p.person) > k.saltSize {
			return nil, py.Errorf(py.ValueError, "maximum person length is %d bytes", k.saltSize)
		}
	}
	if fanout != nil {
		if p.fanout, err = cInt(t, fanout); err != nil {
			return nil, err
		}
		if p.fanout < 0 || p.fanout > 255 {
			return nil, py.Errorf(py.ValueError, "fanout must be between 0 and 255")
		}
	}
	if depth != nil {
		if p.depth, err = cInt(t, depth); err != nil {
			return nil, err
		}
		if p.depth < 1 || p.depth > 255 {
			return nil, py.Errorf(py.ValueError, "depth must be between 1 and 255")
		}
	}
	if leafSize != nil {
		v, err := cUnsigned(t, leafSize, "unsigned long")
		if err != nil {
			return nil, err
		}
		if v > math.MaxUint32 {
			return nil, py.Errorf(py.OverflowError, "leaf_size is too large")
		}
		p.leafSize = uint32(v)
	}
	if nodeOffset != nil {
		if p.nodeOffset, err = cUnsigned(t, nodeOffset, ""); err != nil {
			return nil, err
		}
		if p.nodeOffset > k.offsetMax {
			return nil, py.Errorf(py.OverflowError, "node_offset is too large")
		}
	}
	if nodeDepth != nil {
		if p.nodeDepth, err = cInt(t, nodeDepth); err != nil {
			return nil, err
		}
		if p.nodeDepth < 0 || p.nodeDepth > 255 {
			return nil, py.Errorf(py.ValueError, "node_depth must be between 0 and 255")
		}
	}
	if innerSize != nil {
		if p.innerSize, err = cInt(t, innerSize); err != nil {
			return nil, err
		}
		if p.innerSize < 0 || p.innerSize > k.maxDigest {
			return nil, py.Errorf(py.ValueError, "inner_size must be between 0 and is %d", k.maxDigest)
		}
	}
	if key != nil {
		if p.key, err = bytesArg(key); err != nil {
			return nil, err
		}
		if len(p.key) > k.maxDigest {
			return nil, py.Errorf(py.ValueError, "maximum key length is %d bytes", k.maxDigest)
		}
	}
	b := &Blake2{cls: cls, h: k.mk(&p)}
	if data != nil {
		d, err := dataArg(data)
		if err != nil {
			return nil, err
		}
		b.h.Write(d)
	}
	return b, nil
}

func newBlake2Type(k *blake2Kind) *py.Type {
	cls := py.NewBuiltinType(k.name, py.ObjectType, nil)
	cls.Module = "_blake2"
	cls.Flags |= py.FlagFinal
	cls.New = func(t *py.Thread, c *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return newBlake2(t, c, k, args, kw)
	}
	self := func(name string, args []py.Object) (*Blake2, error) {
		if b, ok := args[0].(*Blake2); ok && b.cls == cls {
			return b, nil
		}
		return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a '_blake2.%s' object but received '%s'", name, k.name, py.TypeName(args[0]))
	}
	method := func(name string, nargs int, fn func(t *py.Thread, b *Blake2, a []py.Object) (py.Object, error)) {
		cls.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			b, err := self(name, args)
			if err != nil {
				return nil, err
			}
			full := k.name + "." + name
			if len(kw) > 0 {
				return nil, py.Errorf(py.TypeError, "%s() takes no keyword arguments", full)
			}
			a := args[1:]
			if len(a) != nargs {
				if nargs == 0 {
					return nil, py.Errorf(py.TypeError, "%s() takes no arguments (%d given)", full, len(a))
				}
				return nil, py.Errorf(py.TypeError, "%s() takes exactly one argument (%d given)", full, len(a))
			}
			return fn(t, b, a)
		})
	}
	method("update", 1, func(t *py.Thread, b *Blake2, a []py.Object) (py.Object, error) {
		d, err := dataArg(a[0])
		if err != nil {
			return nil, err
		}
		b.h.Write(d)
		return py.None, nil
	})
	method("digest", 0, func(t *py.Thread, b *Blake2, a []py.Object) (py.Object, error) {
		return py.NewBytes(b.h.Sum(nil)), nil
	})
	method("hexdigest", 0, func(t *py.Thread, b *Blake2, a []py.Object) (py.Object, error) {
		return py.NewStr(hex.EncodeToString(b.h.Sum(nil))), nil
	})
	method("copy", 0, func(t *py.Thread, b *Blake2, a []py.Object) (py.Object, error) {
		return &Blake2{cls: b.cls, h: b.h.clone()}, nil
	})
	get := func(name string, fn func(b *Blake2) py.Object) {
		cls.AddGetSet(name, func(t *py.Thread, o py.Object) (py.Object, error) {
			b, err := self(name, []py.Object{o})
			if err != nil {
				return nil, err
			}
			return fn(b), nil
		}, nil)
	}
	get("name", func(b *Blake2) py.Object { return py.NewStr(k.name) })
	get("digest_size", func(b *Blake2) py.Object { return py.Int(b.h.Size()) })
	get("block_size", func(b *Blake2) py.Object { return py.Int(b.h.BlockSize()) })
	cls.Dict.SetString("SALT_SIZE", py.Int(k.saltSize))
	cls.Dict.SetString("PERSON_SIZE", py.Int(k.saltSize))
	cls.Dict.SetString("MAX_KEY_SIZE", py.Int(k.maxDigest))
	cls.Dict.SetString("MAX_DIGEST_SIZE", py.Int(k.maxDigest))
	py.InstallNew(cls)
	return cls
}
