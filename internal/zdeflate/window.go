package zdeflate

// The sliding window and the hash chains. The window holds 2*wSize
// bytes; when strstart nears its end the upper half moves down. The
// bytes past the input also count: longest_match compares up to
// maxMatch bytes ahead regardless of lookahead, and though the result is
// clipped, stale bytes there can decide which of two candidates wins. So
// the window's contents, moves and zeroing follow zlib's exactly.

func (s *state) updateHash(h uint32, c byte) uint32 {
	return ((h << s.hashShift) ^ uint32(c)) & s.hashMask
}

// insertString adds the string at str to its hash chain and returns the
// previous head of the chain.
func (s *state) insertString(str int) int {
	s.insH = s.updateHash(s.insH, s.window[str+minMatch-1])
	h := s.head[s.insH]
	s.prev[str&s.wMask] = h
	s.head[s.insH] = uint16(str)
	return int(h)
}

// slideHash shifts the hash tables down by wSize, dropping positions that
// fall out of the window (0, zlib's NIL, is never a match candidate).
func (s *state) slideHash() {
	w := uint16(s.wSize)
	// max(m, w) - w is m - w, or 0 for m < w, without a branch.
	for i, m := range s.head {
		s.head[i] = max(m, w) - w
	}
	for i, m := range s.prev {
		s.prev[i] = max(m, w) - w
	}
}

// fillWindow reads input until there is minLookahead or the input is
// used up, sliding the window when strstart reaches its upper end.
func (s *state) fillWindow() {
	wsize := s.wSize
	for {
		more := s.windowSize - s.lookahead - s.strstart
		if s.strstart >= wsize+s.maxDist() {
			// zlib copies only the part of the upper half holding data.
			copy(s.window[:wsize-more], s.window[wsize:2*wsize-more])
			s.matchStart -= wsize
			s.strstart -= wsize
			s.blockStart -= wsize
			if s.insert > s.strstart {
				s.insert = s.strstart
			}
			s.slideHash()
			more += wsize
		}
		if s.availIn() == 0 {
			break
		}
		at := s.strstart + s.lookahead
		s.lookahead += s.readBuf(s.window[at : at+more])
		// Hash the strings left over from before (insert) now that the
		// bytes after them are known.
		if s.lookahead+s.insert >= minMatch {
			str := s.strstart - s.insert
			s.insH = uint32(s.window[str])
			s.insH = s.updateHash(s.insH, s.window[str+1])
			for s.insert > 0 {
				s.insH = s.updateHash(s.insH, s.window[str+minMatch-1])
				s.prev[str&s.wMask] = s.head[s.insH]
				s.head[s.insH] = uint16(str)
				str++
				s.insert--
				if s.lookahead+s.insert < minMatch {
					break
				}
			}
		}
		if s.lookahead >= minLookahead || s.availIn() == 0 {
			break
		}
	}
	// Zero winInit bytes past the data the first time they are reached,
	// as zlib does (its window is not cleared on allocation).
	if s.highWater < s.windowSize {
		curr := s.strstart + s.lookahead
		if s.highWater < curr {
			n := min(s.windowSize-curr, winInit)
			clear(s.window[curr : curr+n])
			s.highWater = curr + n
		} else if s.highWater < curr+winInit {
			n := min(curr+winInit-s.highWater, s.windowSize-s.highWater)
			clear(s.window[s.highWater : s.highWater+n])
			s.highWater += n
		}
	}
}

// setDictionary is deflateSetDictionary: the dictionary's tail goes into
// the window and its strings into the hash chains.
func (s *state) setDictionary(dict []byte) error {
	wrap := s.wrap
	if wrap == 2 || (wrap == 1 && s.status != initState) || s.lookahead != 0 {
		return ErrDictionary
	}
	if wrap == 1 {
		s.dictID = adler32Update(1, dict)
	}
	s.wrap = 0 // no check value over the dictionary
	if len(dict) >= s.wSize {
		if wrap == 0 {
			clear(s.head)
			s.strstart, s.blockStart, s.insert = 0, 0, 0
		}
		dict = dict[len(dict)-s.wSize:]
	}
	in, inPos := s.in, s.inPos
	s.in, s.inPos = dict, 0
	s.fillWindow()
	for s.lookahead >= minMatch {
		str := s.strstart
		for n := s.lookahead - (minMatch - 1); n > 0; n-- {
			s.insH = s.updateHash(s.insH, s.window[str+minMatch-1])
			s.prev[str&s.wMask] = s.head[s.insH]
			s.head[s.insH] = uint16(str)
			str++
		}
		s.strstart = str
		s.lookahead = minMatch - 1
		s.fillWindow()
	}
	s.strstart += s.lookahead
	s.blockStart = s.strstart
	s.insert = s.lookahead
	s.lookahead = 0
	s.matchLength, s.prevLength = minMatch-1, minMatch-1
	s.matchAvailable = false
	s.in, s.inPos = in, inPos
	s.wrap = wrap
	return nil
}

// adler32Update continues the Adler-32 checksum v over b.
func adler32Update(v uint32, b []byte) uint32 {
	const mod = 65521
	s1, s2 := v&0xffff, v>>16
	for len(b) > 0 {
		n := min(len(b), 5552) // the most bytes before s2 can overflow
		for _, c := range b[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		b = b[n:]
	}
	return s2<<16 | s1
}
