// Package hashlib is the hashlib module (and uhashlib) on Go's crypto
// hashes: md5, sha1, sha224, sha256, sha384, sha512, sha3_*, shake_*;
// blake2b and blake2s are implemented here (blake2.go).
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"sort"
	"strings"

	"upy/py"
)

// algorithms maps names to constructors.
var algorithms = map[string]func() hash.Hash{
	"md5":      md5.New,
	"sha1":     sha1.New,
	"sha224":   sha256.New224,
	"sha256":   sha256.New,
	"sha384":   sha512.New384,
	"sha512":   sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() },
	"sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() },
	"sha3_512": func() hash.Hash { return sha3.New512() },
}

// Hash is a hash object: a fixed-size hash, or a SHAKE extendable
// output function (whose digests take a length).
type Hash struct {
	name  string
	h     hash.Hash
	shake *sha3.SHAKE
}

var shakes = map[string]func() *sha3.SHAKE{"shake_128": sha3.NewSHAKE128, "shake_256": sha3.NewSHAKE256}

func (h *Hash) write(b []byte) {
	if h.shake != nil {
		h.shake.Write(b)
		return
	}
	h.h.Write(b)
}

// sum returns the digest (length bytes of a SHAKE's output).
func (h *Hash) sum(t *py.Thread, a []py.Object, method string) ([]byte, error) {
	if h.shake == nil {
		return h.h.Sum(nil), nil
	}
	if len(a) != 1 {
		return nil, py.Errorf(py.TypeError, "%s() missing required argument 'length' (pos 1)", method)
	}
	n, err := py.IndexInt(t, a[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueError, "length must be non-negative")
	}
	state, _ := h.shake.MarshalBinary()
	c := shakes[h.name]()
	c.UnmarshalBinary(state)
	out := make([]byte, n)
	c.Read(out)
	return out, nil
}

// HashType is the type of hash objects (CPython: _hashlib.HASH).
var HashType = func() *py.Type {
	t := py.NewBuiltinType("HASH", py.ObjectType, nil)
	t.Module = "_hashlib"
	return t
}()

func (*Hash) Type() *py.Type { return HashType }

func dataArg(o py.Object) ([]byte, error) {
	if _, ok := o.(*py.Str); ok {
		return nil, py.Errorf(py.TypeError, "Strings must be encoded before hashing")
	}
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError, "object supporting the buffer API required")
}

func newHash(name string, data py.Object) (py.Object, error) {
	lname := strings.ToLower(name)
	var h *Hash
	if mk, ok := algorithms[lname]; ok {
		h = &Hash{name: lname, h: mk()}
	} else if mk, ok := shakes[lname]; ok {
		h = &Hash{name: lname, shake: mk()}
	} else {
		return nil, py.Errorf(py.ValueError, "unsupported hash type %s", name)
	}
	if data != nil && data != py.None {
		b, err := dataArg(data)
		if err != nil {
			return nil, err
		}
		h.write(b)
	}
	return h, nil
}

func init() {
	hm := func(name string, fn func(t *py.Thread, h *Hash, a []py.Object) (py.Object, error)) {
		HashType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return fn(t, args[0].(*Hash), args[1:])
		})
	}
	hm("update", func(t *py.Thread, h *Hash, a []py.Object) (py.Object, error) {
		if len(a) != 1 {
			return nil, py.Errorf(py.TypeError, "update() takes exactly one argument (%d given)", len(a))
		}
		b, err := dataArg(a[0])
		if err != nil {
			return nil, err
		}
		h.write(b)
		return py.None, nil
	})
	hm("digest", func(t *py.Thread, h *Hash, a []py.Object) (py.Object, error) {
		b, err := h.sum(t, a, "digest")
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b), nil
	})
	hm("hexdigest", func(t *py.Thread, h *Hash, a []py.Object) (py.Object, error) {
		b, err := h.sum(t, a, "hexdigest")
		if err != nil {
			return nil, err
		}
		return py.NewStr(hex.EncodeToString(b)), nil
	})
	hm("copy", func(t *py.Thread, h *Hash, a []py.Object) (py.Object, error) {
		if h.shake != nil {
			state, _ := h.shake.MarshalBinary()
			c := shakes[h.name]()
			c.UnmarshalBinary(state)
			return &Hash{name: h.name, shake: c}, nil
		}
		state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			return nil, py.Errorf(py.ValueError, "%s", err.Error())
		}
		c := algorithms[h.name]()
		if err := c.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
			return nil, py.Errorf(py.ValueError, "%s", err.Error())
		}
		return &Hash{name: h.name, h: c}, nil
	})
	hm("__repr__", func(t *py.Thread, h *Hash, a []py.Object) (py.Object, error) {
		return py.NewStr("<" + h.name + " _hashlib.HASH object @ " + py.HexID(h) + ">"), nil
	})
	get := func(name string, fn func(h *Hash) py.Object) {
		HashType.AddGetSet(name, func(t *py.Thread, self py.Object) (py.Object, error) { return fn(self.(*Hash)), nil }, nil)
	}
	get("name", func(h *Hash) py.Object { return py.NewStr(h.name) })
	get("digest_size", func(h *Hash) py.Object {
		if h.shake != nil {
			return py.Int(0)
		}
		return py.Int(h.h.Size())
	})
	get("block_size", func(h *Hash) py.Object {
		if h.shake != nil {
			return py.Int(h.shake.BlockSize())
		}
		return py.Int(h.h.BlockSize())
	})

	py.RegisterModule("hashlib", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("hashlib")
		var names []string
		all := []string{"shake_128", "shake_256"}
		for name := range algorithms {
			all = append(all, name)
		}
		for _, name := range all {
			names = append(names, name)
			name := name
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				var data py.Object = py.None
				usedforsecurity := true
				if err := py.UnpackArgs(t, name, args, kw, "string?", &data, "*", "usedforsecurity?", &usedforsecurity); err != nil {
					return nil, err
				}
				return newHash(name, data)
			})
		}
		sort.Strings(names)
		m.Set("blake2b", Blake2bType)
		m.Set("blake2s", Blake2sType)
		names = append(names, "blake2b", "blake2s")
		sort.Strings(names)
		m.SetFunc("new", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			// BLAKE2's parameters pass through new() as keywords.
			if len(args) > 0 {
				if s, ok := args[0].(*py.Str); ok && (s.S == "blake2b" || s.S == "blake2s") {
					if s.S == "blake2s" {
						return newBlake2(t, Blake2sType, blake2sKind, args[1:], kw)
					}
					return newBlake2(t, Blake2bType, blake2bKind, args[1:], kw)
				}
			}
			if len(args) == 0 && len(kw) == 0 {
				// CPython's wording (its new() is the Python __hash_new).
				return nil, py.Errorf(py.TypeError, "__hash_new() missing 1 required positional argument: 'name'")
			}
			var name string
			var data py.Object = py.None
			usedforsecurity := true
			if err := py.UnpackArgs(t, "new", args, kw, "name", &name, "data?", &data, "*", "usedforsecurity?", &usedforsecurity); err != nil {
				return nil, err
			}
			return newHash(name, data)
		})
		set := func() py.Object {
			s := py.NewSet()
			for _, n := range names {
				s.Add(nil, py.NewStr(n))
			}
			s.Frozen = true
			return s
		}
		m.SetFunc("pbkdf2_hmac", pbkdf2HMAC)
		m.SetFunc("file_digest", fileDigest)
		m.Set("algorithms_guaranteed", set())
		m.Set("algorithms_available", set())
		return m, nil
	})
}
