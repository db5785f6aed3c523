package hashlib

import (
	"crypto/pbkdf2"
	"hash"
	"strings"

	"upy/py"
)

// pbkdf2HMAC is hashlib.pbkdf2_hmac(hash_name, password, salt,
// iterations, dklen=None) on Go's crypto/pbkdf2.
func pbkdf2HMAC(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var name string
	var password, salt, dklenObj py.Object
	var iterations int
	dklenObj = py.None
	if err := py.UnpackArgs(t, "pbkdf2_hmac", args, kw, "hash_name", &name, "password", &password, "salt", &salt,
		"iterations", &iterations, "dklen?", &dklenObj); err != nil {
		return nil, err
	}
	pw, ok := py.AsBytes(password)
	if !ok {
		return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(password))
	}
	sb, ok := py.AsBytes(salt)
	if !ok {
		return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(salt))
	}
	mk, ok := algorithms[strings.ToLower(name)]
	if !ok {
		return nil, py.Errorf(py.ValueError, "unsupported hash type %s", name)
	}
	if iterations < 1 {
		return nil, py.Errorf(py.ValueError, "iteration value must be greater than 0.")
	}
	dklen := mk().Size()
	if dklenObj != py.None {
		n, err := py.IndexInt(t, dklenObj)
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.Errorf(py.ValueError, "key length must be greater than 0.")
		}
		dklen = n
	}
	key, err := pbkdf2.Key(func() hash.Hash { return mk() }, string(pw), sb, iterations, dklen)
	if err != nil {
		return nil, py.Errorf(py.ValueError, "%s", err.Error())
	}
	return py.NewBytes(key), nil
}

// fileDigest is hashlib.file_digest(fileobj, digest): the digest (a
// name or a constructor) of everything fileobj.read() returns.
func fileDigest(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var f, digest py.Object
	if err := py.UnpackArgs(t, "file_digest", args, kw, "fileobj", &f, "digest", &digest); err != nil {
		return nil, err
	}
	var h py.Object
	var err error
	if s, ok := digest.(*py.Str); ok {
		h, err = newHash(s.S, nil)
	} else {
		h, err = t.Call(digest, nil, nil)
	}
	if err != nil {
		return nil, err
	}
	for {
		chunk, err := t.CallMethod(f, "read", py.Int(1<<18))
		if err != nil {
			return nil, err
		}
		b, ok := py.AsBytes(chunk)
		if !ok {
			return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(chunk))
		}
		if len(b) == 0 {
			return h, nil
		}
		if _, err := t.CallMethod(h, "update", chunk); err != nil {
			return nil, err
		}
	}
}
