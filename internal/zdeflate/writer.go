// Package zdeflate is a DEFLATE compressor (RFC 1951) whose output is
// byte for byte that of the zlib library (1.2.12/1.2.13) as CPython's zlib
// module drives it: zlib.compress and compressobj's compress and flush
// return the same bytes, split the same way. It follows zlib's algorithm
// (written afresh from its description, not copied) because any other
// choice of matches, block ends or trees gives different, equally valid,
// bytes. CPython's output buffer sizes are emulated too: at level 0 they
// decide where stored blocks end.
package zdeflate

import (
	"errors"
	"io"
)

// CPython hands deflate() output buffers of these sizes in turn (its
// _BlocksOutputBuffer), then repeats the last.
var blockSizes = [...]int{32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
	32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20}

const maxUint = 1<<32 - 1 // CPython feeds input in pieces of at most UINT_MAX bytes

// ErrStream is deflate()'s Z_STREAM_ERROR: an invalid flush mode, or
// anything but Finish after the stream was finished.
var ErrStream = errors.New("zdeflate: inconsistent stream state")

// Compress returns what CPython's zlib.compress(data, level, wbits)
// returns; wbits has zlib's meaning (9..15 zlib, -9..-15 raw, 25..31
// gzip).
func Compress(data []byte, level, wbits int) ([]byte, error) {
	s, err := newState(level, wbits, 8, DefaultStrategy)
	if err != nil {
		return nil, err
	}
	s.in = data
	s.out = make([]byte, 0, min(len(data)+len(data)>>10+64, blockSizes[0]))
	s.availOut = blockSizes[0]
	nblocks := 1
	rest := len(data)
	for {
		piece := min(rest, maxUint)
		rest -= piece
		s.in = data[:len(data)-rest]
		flush := NoFlush
		if rest == 0 {
			flush = Finish
		}
		for {
			if s.availOut == 0 {
				s.availOut = blockSizes[min(nblocks, len(blockSizes)-1)]
				nblocks++
			}
			if s.deflate(flush) == zStreamError {
				return nil, ErrStream
			}
			if s.availOut != 0 {
				break
			}
		}
		if flush == Finish {
			return s.out, nil
		}
	}
}

// Writer is a compressor stream, as CPython's compressobj: each Write is
// one compressobj.compress call and writes what that returns to the
// underlying writer, FlushMode is compressobj.flush.
type Writer struct {
	w   io.Writer
	s   *state
	err error
}

// NewWriter returns a Writer with deflateInit2's parameters (wbits with
// zlib's meaning) and an optional preset dictionary (nil for none).
func NewWriter(w io.Writer, level, wbits, memLevel, strategy int, dict []byte) (*Writer, error) {
	s, err := newState(level, wbits, memLevel, strategy)
	if err != nil {
		return nil, err
	}
	if dict != nil {
		if err := s.setDictionary(dict); err != nil {
			return nil, err
		}
	}
	return &Writer{w: w, s: s}, nil
}

// run calls deflate with fresh CPython-sized output buffers until one is
// not filled, and writes the output.
func (z *Writer) run(flush int) (int, error) {
	s := z.s
	s.out = s.out[:0]
	s.availOut = blockSizes[0]
	nblocks := 1
	code := zOK
	for {
		if s.availOut == 0 {
			s.availOut = blockSizes[min(nblocks, len(blockSizes)-1)]
			nblocks++
		}
		code = s.deflate(flush)
		if code == zStreamError {
			return code, ErrStream
		}
		if s.availOut != 0 {
			break
		}
	}
	if len(s.out) > 0 {
		if _, err := z.w.Write(s.out); err != nil {
			return code, err
		}
	}
	return code, nil
}

// Write compresses p as compressobj.compress(p) does.
func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	s := z.s
	rest := len(p)
	for {
		piece := min(rest, maxUint)
		s.in, s.inPos = p[len(p)-rest:len(p)-rest+piece], 0
		rest -= piece
		if _, err := z.run(NoFlush); err != nil {
			z.err = err
			s.in = nil
			return 0, err
		}
		if rest == 0 {
			break
		}
	}
	s.in, s.inPos = nil, 0
	return len(p), nil
}

// FlushMode is compressobj.flush(mode) for mode NoFlush..Block.
func (z *Writer) FlushMode(mode int) error {
	if mode == NoFlush {
		return nil // CPython does not call deflate for it
	}
	if z.err != nil {
		return z.err
	}
	z.s.in, z.s.inPos = nil, 0
	_, err := z.run(mode)
	return err
}

// Flush is a sync flush.
func (z *Writer) Flush() error { return z.FlushMode(SyncFlush) }

// Close finishes the stream (flush with Finish).
func (z *Writer) Close() error {
	err := z.FlushMode(Finish)
	if err == nil {
		z.err = ErrStream // as after deflateEnd: nothing more can be written
	}
	return err
}

// Clone returns an independent copy of the stream in its current state
// (compressobj.copy), writing to w.
func (z *Writer) Clone(w io.Writer) *Writer {
	s := *z.s
	s.window = append(make([]byte, 0, cap(z.s.window)), z.s.window...)
	s.prev = append([]uint16(nil), z.s.prev...)
	s.head = append([]uint16(nil), z.s.head...)
	s.pend = append(make([]byte, 0, cap(z.s.pend)), z.s.pend...)
	s.symBuf = append([]byte(nil), z.s.symBuf...)
	s.out = nil
	s.lDesc.dyn, s.dDesc.dyn, s.blDesc.dyn = s.dynLtree[:], s.dynDtree[:], s.blTree[:]
	return &Writer{w: w, s: &s, err: z.err}
}
