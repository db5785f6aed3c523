// Package binascii is the binascii module (and ubinascii): hex and base64
// conversions and CRCs with CPython's behaviour and errors.
package binascii

import (
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"
	"strconv"

	"upy/py"
)

// Error is binascii.Error; Incomplete is binascii.Incomplete.
var (
	Error      = py.NewExceptionType("binascii", "Error", py.ValueError)
	Incomplete = py.NewExceptionType("binascii", "Incomplete", py.ExceptionType)
)

func binError(msg string) error { return py.NewException(Error, py.NewStr(msg)) }

// data gets a bytes-like argument, or an ASCII str where CPython takes
// one (the a2b functions).
func data(o py.Object, strOK bool) ([]byte, error) {
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	if s, ok := o.(*py.Str); ok && strOK {
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= 0x80 {
				return nil, py.Errorf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s.S), nil
	}
	if strOK {
		return nil, py.Errorf(py.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", py.TypeName(o))
	}
	return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

// hexlify is b2a_hex with CPython's sep and bytes_per_sep.
func hexlify(t *py.Thread, name string, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var d, sep py.Object = nil, py.None
	per := 1
	if err := py.UnpackArgs(t, name, args, kw, "data", &d, "sep?", &sep, "bytes_per_sep?", &per); err != nil {
		return nil, err
	}
	b, err := data(d, false)
	if err != nil {
		return nil, err
	}
	h := []byte(hex.EncodeToString(b))
	if sep == py.None || len(b) == 0 {
		return py.NewBytes(h), nil
	}
	var sepByte byte
	switch s := sep.(type) {
	case *py.Str:
		if len(s.S) != 1 {
			return nil, py.Errorf(py.ValueError, "sep must be length 1.")
		}
		sepByte = s.S[0]
	case *py.Bytes:
		if len(s.B) != 1 {
			return nil, py.Errorf(py.ValueError, "sep must be length 1.")
		}
		sepByte = s.B[0]
	default:
		if sep.Type().Lookup(py.Intern("__len__")) == nil {
			return nil, py.Errorf(py.TypeError, "object of type '%s' has no len()", py.TypeName(sep))
		}
		return nil, py.Errorf(py.TypeError, "sep must be str or bytes.")
	}
	group := per
	fromRight := group > 0
	if group < 0 {
		group = -group
	}
	if group == 0 {
		return py.NewBytes(h), nil
	}
	// a separator before byte i every group bytes, counted from the right
	// (bytes_per_sep > 0) or from the left
	n := len(b)
	var out []byte
	for i := 0; i < n; i++ {
		if i > 0 && ((fromRight && (n-i)%group == 0) || (!fromRight && i%group == 0)) {
			out = append(out, sepByte)
		}
		out = append(out, h[2*i], h[2*i+1])
	}
	return py.NewBytes(out), nil
}

func unhexlify(t *py.Thread, name string, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var d py.Object
	if err := py.UnpackArgs(t, name, args, kw, "hexstr", &d); err != nil {
		return nil, err
	}
	b, err := data(d, true)
	if err != nil {
		return nil, err
	}
	if len(b)%2 != 0 {
		return nil, binError("Odd-length string")
	}
	out := make([]byte, len(b)/2)
	if _, err := hex.Decode(out, b); err != nil {
		return nil, binError("Non-hexadecimal digit found")
	}
	return py.NewBytes(out), nil
}

// b64value gives a base64 character's value, or -1.
func b64value(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}

// a2bBase64 decodes as CPython's binascii does: characters outside the
// alphabet are skipped (unless strict), a complete pad ends the data.
func a2bBase64(b []byte, strict bool) ([]byte, error) {
	var out []byte
	quad, pads, ndata := 0, 0, 0
	var acc uint32
	padStarted := false
	for i, c := range b {
		if c == '=' {
			padStarted = true
			if strict && i == 0 {
				return nil, binError("Leading padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(b) {
						return nil, binError("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64value(c)
		if v < 0 {
			if strict {
				return nil, binError("Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			return nil, binError("Discontinuous padding not allowed")
		}
		pads = 0
		ndata++
		acc = acc<<6 | uint32(v)
		quad++
		switch quad {
		case 2:
			out = append(out, byte(acc>>4))
			acc &= 0xf
		case 3:
			out = append(out, byte(acc>>2))
			acc &= 0x3
		case 4:
			out = append(out, byte(acc))
			acc, quad = 0, 0
		}
	}
	if quad != 0 {
		if quad == 1 {
			return nil, binError("Invalid base64-encoded string: number of data characters (" + strconv.Itoa(ndata) + ") cannot be 1 more than a multiple of 4")
		}
		return nil, binError("Incorrect padding")
	}
	return out, nil
}

func init() {
	py.RegisterModule("binascii", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("binascii")
		m.Set("Error", Error)
		m.Set("Incomplete", Incomplete)
		for _, name := range []string{"hexlify", "b2a_hex"} {
			name := name
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				return hexlify(t, name, args, kw)
			})
		}
		for _, name := range []string{"unhexlify", "a2b_hex"} {
			name := name
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				return unhexlify(t, name, args, kw)
			})
		}
		m.SetFunc("b2a_base64", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var d py.Object
			newline := true
			if err := py.UnpackArgs(t, "b2a_base64", args, kw, "data", &d, "*", "newline?", &newline); err != nil {
				return nil, err
			}
			b, err := data(d, false)
			if err != nil {
				return nil, err
			}
			s := base64.StdEncoding.EncodeToString(b)
			if newline {
				s += "\n"
			}
			return py.NewBytes([]byte(s)), nil
		})
		m.SetFunc("a2b_base64", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var d py.Object
			strict := false
			if err := py.UnpackArgs(t, "a2b_base64", args, kw, "data", &d, "*", "strict_mode?", &strict); err != nil {
				return nil, err
			}
			b, err := data(d, true)
			if err != nil {
				return nil, err
			}
			out, err := a2bBase64(b, strict)
			if err != nil {
				return nil, err
			}
			return py.NewBytes(out), nil
		})
		m.SetFunc("crc32", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var d py.Object
			var crc py.Object = py.Int(0)
			if err := py.UnpackArgs(t, "crc32", args, kw, "data", &d, "crc?", &crc, "/"); err != nil {
				return nil, err
			}
			b, err := data(d, false)
			if err != nil {
				return nil, err
			}
			start, err := uint32Arg(t, crc)
			if err != nil {
				return nil, err
			}
			return py.Int(crc32.Update(start, crc32.IEEETable, b)), nil
		})
		m.SetFunc("crc_hqx", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckPosArgs("crc_hqx", args, kw, 2, 2); err != nil {
				return nil, err
			}
			b, err := data(args[0], false)
			if err != nil {
				return nil, err
			}
			v, err := uint32Arg(t, args[1])
			if err != nil {
				return nil, err
			}
			crc := uint16(v)
			for _, c := range b {
				crc ^= uint16(c) << 8
				for k := 0; k < 8; k++ {
					if crc&0x8000 != 0 {
						crc = crc<<1 ^ 0x1021
					} else {
						crc <<= 1
					}
				}
			}
			return py.Int(crc), nil
		})
		return m, nil
	})
}

// uint32Arg takes an int modulo 2**32, as CPython's crc functions do.
func uint32Arg(t *py.Thread, o py.Object) (uint32, error) {
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	switch x := v.(type) {
	case py.Int:
		return uint32(int64(x)), nil
	case *py.BigInt:
		return uint32(x.V.Uint64()), nil
	}
	return 0, py.Errorf(py.TypeError, "an integer is required")
}
