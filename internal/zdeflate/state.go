package zdeflate

import (
	"errors"
	"hash/crc32"
)

// Stream states, as zlib names them.
const (
	initState   = 42
	gzipState   = 57
	busyState   = 113
	finishState = 666
)

// What a deflate_* function reports, as in zlib.
type blockState int

const (
	needMore      blockState = iota // block not completed, need more input or more output
	blockDone                       // block flush performed
	finishStarted                   // finish started, need only more output at next deflate
	finishDone                      // finish done, accept no more input or output
)

// state is zlib's deflate_state together with the z_stream fields that
// matter for the output: the compressor is a transcription of zlib's
// algorithm, since every decision it takes (hash chains, lazy matching,
// block ends, tree shapes) shows in the bytes. The output side emulates
// zlib's avail_out, because how much room the caller gives decides where
// stored blocks end at level 0 and which chunk a byte comes out in.
type state struct {
	// z_stream
	in       []byte // the caller's input; next_in is in[inPos:]
	inPos    int
	out      []byte // output written so far in this call
	availOut int
	totalIn  uint64
	check    uint32 // adler32 or crc32 of the input
	dictID   uint32 // adler32 of the preset dictionary

	status    int
	wrap      int // 0 raw, 1 zlib, 2 gzip; negated once the trailer is written
	lastFlush int
	level     int
	strategy  int

	pend    []byte // pending_buf: bytes not yet given to the caller start at pendOut
	pendOut int

	wSize, wBits, wMask int
	window              []byte
	windowSize          int
	prev                []uint16
	head                []uint16
	insH                uint32
	hashSize            uint32
	hashMask            uint32
	hashShift           uint32

	blockStart     int // may go negative when the window slides
	matchLength    int
	prevMatch      int
	matchAvailable bool
	strstart       int
	matchStart     int
	lookahead      int
	prevLength     int
	maxChainLength int
	maxLazyMatch   int
	goodMatch      int
	niceMatch      int
	insert         int
	highWater      int

	dynLtree [heapSize]ctData
	dynDtree [2*dCodes + 1]ctData
	blTree   [2*blCodes + 1]ctData
	lDesc    treeDesc
	dDesc    treeDesc
	blDesc   treeDesc
	blCount  [maxBits + 1]uint16
	heap     [2*lCodes + 1]int
	heapLen  int
	heapMax  int
	depth    [2*lCodes + 1]uint8

	litBufsize     int
	pendingBufSize int
	symBuf         []byte
	symNext        int
	symEnd         int
	optLen         int64
	staticLen      int64

	biBuf   uint64
	biValid int
}

var errParam = errors.New("zdeflate: invalid parameter")

// ErrDictionary is deflateSetDictionary's refusal: gzip streams take no
// preset dictionary.
var ErrDictionary = errors.New("zdeflate: invalid dictionary")

// newState is deflateInit2 followed by deflateReset. wbits has zlib's
// meaning: 8..15 zlib wrapper, -8..-15 raw, 24..31 gzip wrapper.
func newState(level, wbits, memLevel, strategy int) (*state, error) {
	if level == -1 {
		level = 6
	}
	wrap := 1
	if wbits < 0 {
		wrap = 0
		if wbits < -15 {
			return nil, errParam
		}
		wbits = -wbits
	} else if wbits > 15 {
		wrap = 2
		wbits -= 16
	}
	if memLevel < 1 || memLevel > 9 || wbits < 8 || wbits > 15 || level < 0 || level > 9 ||
		strategy < 0 || strategy > Fixed || (wbits == 8 && wrap != 1) {
		return nil, errParam
	}
	if wbits == 8 {
		wbits = 9 // zlib's workaround for its 256-byte window
	}
	s := &state{wrap: wrap, wBits: wbits, level: level, strategy: strategy}
	s.wSize = 1 << wbits
	s.wMask = s.wSize - 1
	hashBits := uint32(memLevel + 7)
	s.hashSize = 1 << hashBits
	s.hashMask = s.hashSize - 1
	s.hashShift = (hashBits + minMatch - 1) / minMatch
	s.window = make([]byte, 2*s.wSize, 2*s.wSize+windowPad)
	s.prev = make([]uint16, s.wSize)
	s.head = make([]uint16, s.hashSize)
	s.litBufsize = 1 << (memLevel + 6)
	s.pendingBufSize = s.litBufsize * 4
	s.pend = make([]byte, 0, s.pendingBufSize)
	s.symBuf = make([]byte, s.litBufsize*3)
	s.symEnd = (s.litBufsize - 1) * 3
	s.reset()
	return s, nil
}

// reset is deflateResetKeep, _tr_init and lm_init.
func (s *state) reset() {
	s.totalIn = 0
	s.pend = s.pend[:0]
	s.pendOut = 0
	if s.wrap < 0 {
		s.wrap = -s.wrap
	}
	if s.wrap == 2 {
		s.status = gzipState
		s.check = 0
	} else {
		s.status = initState
		s.check = 1
	}
	s.lastFlush = -2

	s.lDesc = treeDesc{dyn: s.dynLtree[:], stat: &staticLDesc}
	s.dDesc = treeDesc{dyn: s.dynDtree[:], stat: &staticDDesc}
	s.blDesc = treeDesc{dyn: s.blTree[:], stat: &staticBLDesc}
	s.biBuf, s.biValid = 0, 0
	s.initBlock()

	s.windowSize = 2 * s.wSize
	clear(s.head)
	c := configTable[s.level]
	s.maxLazyMatch, s.goodMatch, s.niceMatch, s.maxChainLength = c.lazy, c.good, c.nice, c.chain
	s.strstart, s.blockStart, s.lookahead, s.insert = 0, 0, 0, 0
	s.matchLength, s.prevLength = minMatch-1, minMatch-1
	s.matchAvailable = false
	s.insH = 0
}

func (s *state) maxDist() int { return s.wSize - minLookahead }

func (s *state) availIn() int { return len(s.in) - s.inPos }

// pending is the number of bytes in pending_buf not yet output.
func (s *state) pending() int { return len(s.pend) - s.pendOut }

// flushPending gives the caller as many pending bytes as avail_out allows.
func (s *state) flushPending() {
	s.biFlush()
	n := min(s.pending(), s.availOut)
	if n == 0 {
		return
	}
	s.out = append(s.out, s.pend[s.pendOut:s.pendOut+n]...)
	s.pendOut += n
	s.availOut -= n
	if s.pendOut == len(s.pend) {
		s.pend = s.pend[:0]
		s.pendOut = 0
	}
}

// readBuf moves up to len(buf) input bytes into buf, updating the check
// value, and returns how many.
func (s *state) readBuf(buf []byte) int {
	n := min(s.availIn(), len(buf))
	if n == 0 {
		return 0
	}
	copy(buf, s.in[s.inPos:s.inPos+n])
	if s.wrap == 1 {
		s.check = adler32Update(s.check, buf[:n])
	} else if s.wrap == 2 {
		s.check = crc32.Update(s.check, crc32.IEEETable, buf[:n])
	}
	s.inPos += n
	s.totalIn += uint64(n)
	return n
}
