// Package zlib is the zlib module: compress and decompress with CPython's
// wbits conventions (zlib, raw deflate, gzip, automatic), checksums, and
// streaming objects. Compression is internal/zdeflate, which reproduces
// the zlib library's output, so compressed bytes are CPython's;
// decompression is Go's compress/flate.
package zlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"hash/adler32"
	"hash/crc32"
	"io"

	"upy/internal/zdeflate"
	"upy/py"
)

// Error is zlib.error.
var Error = py.NewExceptionType("zlib", "error", py.ExceptionType)

func zerr(msg string) error { return py.NewException(Error, py.NewStr(msg)) }

// container is how wbits frames the deflate stream.
type container int

const (
	cZlib container = iota
	cRaw
	cGzip
	cAuto
)

func containerOf(wbits int, decompress bool) (container, error) {
	switch {
	case wbits >= 9 && wbits <= 15, wbits == 0 && decompress, wbits == 8: // zlib widens 8 to 9 for deflate
		return cZlib, nil
	case wbits >= -15 && wbits <= -9, wbits == -8 && decompress:
		return cRaw, nil
	case wbits >= 25 && wbits <= 31, decompress && (wbits == 16 || wbits == 24):
		return cGzip, nil // 16: the window size from the header
	case decompress && (wbits >= 40 && wbits <= 47 || wbits == 32):
		return cAuto, nil
	}
	if decompress {
		return 0, zerr("Error -2 while preparing to decompress data: inconsistent stream state")
	}
	return 0, zerr("Bad compression level") // what C zlib's deflateInit2 failure reads as
}

// compress is zlib.compress, with zlib's own algorithm so that the bytes
// are CPython's.
func compress(data []byte, level, wbits int) ([]byte, error) {
	out, err := zdeflate.Compress(data, level, wbits)
	if err != nil {
		return nil, zerr("Bad compression level")
	}
	return out, nil
}

// decompress inflates data, returning also the bytes after the end of
// the stream (unused_data).
func decompress(data []byte, c container) ([]byte, []byte, error) {
	if c == cAuto {
		c = cZlib
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			c = cGzip
		}
	}
	rd := bytes.NewReader(data)
	var r io.Reader
	var err error
	switch c {
	case cRaw:
		r = flate.NewReader(rd)
	case cGzip:
		// zlib rejects a wrong magic number as soon as it has two bytes;
		// Go's reader wants the whole 10-byte header first.
		if len(data) >= 2 && (data[0] != 0x1f || data[1] != 0x8b) {
			return nil, nil, zerr("Error -3 while decompressing data: incorrect header check")
		}
		var g *gzip.Reader
		if g, err = gzip.NewReader(rd); err == nil {
			g.Multistream(false)
			r = g
		}
	default:
		r, err = zlib.NewReader(rd)
	}
	if err != nil {
		return nil, nil, decodeError(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		if c == cGzip && errors.Is(err, gzip.ErrChecksum) {
			// Go reports a bad CRC and a bad length alike; zlib tells
			// them apart. The trailer is the 8 bytes just read.
			end := len(data) - rd.Len()
			if end >= 8 && binary.LittleEndian.Uint32(data[end-8:]) == crc32.ChecksumIEEE(out) {
				return nil, nil, zerr("Error -3 while decompressing data: incorrect length check")
			}
		}
		return nil, nil, blockError(rawData(c, data), err)
	}
	return out, data[len(data)-rd.Len():], nil
}

// blockError refines Go's CorruptInputError for a failure in the first
// deflate block, which zlib names by the block's type: a stored block
// whose length check fails, or the reserved type 3. raw is the deflate
// data (after any zlib or gzip header).
func blockError(raw []byte, err error) error {
	var ce flate.CorruptInputError
	if errors.As(err, &ce) && len(raw) > 0 && int64(ce) <= 5 {
		switch (raw[0] >> 1) & 3 {
		case 0:
			return zerr("Error -3 while decompressing data: invalid stored block lengths")
		case 3:
			return zerr("Error -3 while decompressing data: invalid block type")
		}
	}
	return decodeError(err)
}

// rawData returns the deflate data of a zlib, gzip or raw stream (nil
// when the header is not the plain one this can skip).
func rawData(c container, data []byte) []byte {
	switch {
	case c == cRaw:
		return data
	case c == cZlib && len(data) >= 2:
		if data[1]&0x20 != 0 { // FDICT: the dictionary's id follows
			if len(data) < 6 {
				return nil
			}
			return data[6:]
		}
		return data[2:]
	case c == cGzip && len(data) >= 10 && data[3] == 0: // no optional header fields
		return data[10:]
	}
	return nil
}

func decodeError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return zerr("Error -5 while decompressing data: incomplete or truncated stream")
	case errors.Is(err, zlib.ErrDictionary):
		return zerr("Error 2 while decompressing data") // Z_NEED_DICT
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		return zerr("Error -3 while decompressing data: incorrect header check")
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return zerr("Error -3 while decompressing data: incorrect data check")
	}
	return zerr("Error -3 while decompressing data: invalid block type")
}

// positional checks for the data argument, which is positional-only.
func positional(name string, args []py.Object) error {
	if len(args) == 0 {
		return py.Errorf(py.TypeError, "%s() takes at least 1 positional argument (0 given)", name)
	}
	return nil
}

func bytesArg(o py.Object) ([]byte, error) {
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

func init() {
	py.RegisterModule("zlib", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("zlib")
		m.Set("error", Error)
		for name, v := range map[string]int{"MAX_WBITS": 15, "DEFLATED": 8, "DEF_MEM_LEVEL": 8, "DEF_BUF_SIZE": 16384,
			"Z_NO_COMPRESSION": 0, "Z_BEST_SPEED": 1, "Z_BEST_COMPRESSION": 9, "Z_DEFAULT_COMPRESSION": -1,
			"Z_FILTERED": 1, "Z_HUFFMAN_ONLY": 2, "Z_RLE": 3, "Z_FIXED": 4, "Z_DEFAULT_STRATEGY": 0,
			"Z_NO_FLUSH": 0, "Z_PARTIAL_FLUSH": 1, "Z_SYNC_FLUSH": 2, "Z_FULL_FLUSH": 3, "Z_FINISH": 4, "Z_BLOCK": 5, "Z_TREES": 6} {
			m.Set(name, py.Int(v))
		}
		m.Set("ZLIB_VERSION", py.NewStr("1.2.13"))
		m.Set("ZLIB_RUNTIME_VERSION", py.NewStr("1.2.13"))
		m.SetFunc("compress", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := positional("compress", args); err != nil {
				return nil, err
			}
			var d py.Object
			level, wbits := -1, 15
			if err := py.UnpackArgs(t, "compress", args, kw, "data", &d, "/", "level?", &level, "wbits?", &wbits); err != nil {
				return nil, err
			}
			b, err := bytesArg(d)
			if err != nil {
				return nil, err
			}
			if _, err := containerOf(wbits, false); err != nil {
				return nil, err
			}
			if level < -1 || level > 9 {
				return nil, zerr("Bad compression level")
			}
			out, err := compress(b, level, wbits)
			if err != nil {
				return nil, err
			}
			return py.NewBytes(out), nil
		})
		m.SetFunc("decompress", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := positional("decompress", args); err != nil {
				return nil, err
			}
			var d py.Object
			wbits, bufsize := 15, 16384
			if err := py.UnpackArgs(t, "decompress", args, kw, "data", &d, "/", "wbits?", &wbits, "bufsize?", &bufsize); err != nil {
				return nil, err
			}
			if bufsize < 0 {
				return nil, py.Errorf(py.ValueError, "bufsize must be non-negative")
			}
			b, err := bytesArg(d)
			if err != nil {
				return nil, err
			}
			c, err := containerOf(wbits, true)
			if err != nil {
				return nil, err
			}
			out, _, err := decompress(b, c)
			if err != nil {
				return nil, err
			}
			return py.NewBytes(out), nil
		})
		checksum := func(name string, start uint32, update func(uint32, []byte) uint32) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				if err := py.CheckArgs(name, args, kw, 1, 2); err != nil {
					return nil, err
				}
				b, err := bytesArg(args[0])
				if err != nil {
					return nil, err
				}
				v := start
				if len(args) == 2 {
					n, err := py.Index(t, args[1])
					if err != nil {
						return nil, err
					}
					switch x := n.(type) {
					case py.Int:
						v = uint32(int64(x))
					case *py.BigInt:
						v = uint32(x.V.Uint64())
					}
				}
				return py.Int(update(v, b)), nil
			})
		}
		checksum("crc32", 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) })
		checksum("adler32", 1, adler32Update)
		m.SetFunc("compressobj", newCompressObj)
		m.SetFunc("decompressobj", newDecompressObj)
		return m, nil
	})
}

// adler32Update continues an Adler-32 checksum.
func adler32Update(v uint32, b []byte) uint32 {
	if v == 1 {
		return adler32.Checksum(b)
	}
	const mod = 65521
	s1, s2 := v&0xffff, v>>16
	for _, c := range b {
		s1 = (s1 + uint32(c)) % mod
		s2 = (s2 + s1) % mod
	}
	return s2<<16 | s1
}
