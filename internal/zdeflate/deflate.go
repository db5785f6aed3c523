package zdeflate

// The compression loops, one per zlib deflate_* function.

// flushBlockOnly ends the current block (FLUSH_BLOCK_ONLY).
func (s *state) flushBlockOnly(last int) {
	var buf []byte
	if s.blockStart >= 0 {
		buf = s.window[s.blockStart:]
	}
	s.flushBlockTrees(buf, s.strstart-s.blockStart, last)
	s.blockStart = s.strstart
	s.flushPending()
}

// flushBlock is FLUSH_BLOCK: it reports whether the caller must return
// because the output is full.
func (s *state) flushBlock(last int) bool {
	s.flushBlockOnly(last)
	return s.availOut == 0
}

func blockExit(last int) blockState {
	if last != 0 {
		return finishStarted
	}
	return needMore
}

// endInput is the common tail of the compressing loops once the input
// (or, when not finishing, the data to compress) has run out.
func (s *state) endInput(flush int) blockState {
	if flush == Finish {
		if s.flushBlock(1) {
			return finishStarted
		}
		return finishDone
	}
	if s.symNext != 0 && s.flushBlock(0) {
		return needMore
	}
	return blockDone
}

// deflateFast (levels 1-3) takes every match found, without lazy
// evaluation, and inserts the strings of short matches into the hash.
func (s *state) deflateFast(flush int) blockState {
	for {
		if s.lookahead < minLookahead {
			s.fillWindow()
			if s.lookahead < minLookahead && flush == NoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		hashHead := 0
		if s.lookahead >= minMatch {
			hashHead = s.insertString(s.strstart)
		}
		if hashHead != 0 && s.strstart-hashHead <= s.maxDist() {
			s.matchLength = s.longestMatch(hashHead)
		}
		var bflush bool
		if s.matchLength >= minMatch {
			bflush = s.tallyDist(s.strstart-s.matchStart, s.matchLength-minMatch)
			s.lookahead -= s.matchLength
			// max_lazy is max_insert_length at these levels.
			if s.matchLength <= s.maxLazyMatch && s.lookahead >= minMatch {
				s.matchLength-- // the string at strstart is in the table already
				for {
					s.strstart++
					s.insertString(s.strstart)
					s.matchLength--
					if s.matchLength == 0 {
						break
					}
				}
				s.strstart++
			} else {
				s.strstart += s.matchLength
				s.matchLength = 0
				s.insH = uint32(s.window[s.strstart])
				s.insH = s.updateHash(s.insH, s.window[s.strstart+1])
			}
		} else {
			bflush = s.tallyLit(s.window[s.strstart])
			s.lookahead--
			s.strstart++
		}
		if bflush && s.flushBlock(0) {
			return needMore
		}
	}
	s.insert = min(s.strstart, minMatch-1)
	return s.endInput(flush)
}

// deflateSlow (levels 4-9) defers each match by one byte to see whether
// the next position has a longer one (lazy evaluation).
func (s *state) deflateSlow(flush int) blockState {
	for {
		if s.lookahead < minLookahead {
			s.fillWindow()
			if s.lookahead < minLookahead && flush == NoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		hashHead := 0
		if s.lookahead >= minMatch {
			hashHead = s.insertString(s.strstart)
		}
		s.prevLength, s.prevMatch = s.matchLength, s.matchStart
		s.matchLength = minMatch - 1
		if hashHead != 0 && s.prevLength < s.maxLazyMatch && s.strstart-hashHead <= s.maxDist() {
			s.matchLength = s.longestMatch(hashHead)
			if s.matchLength <= 5 && (s.strategy == Filtered ||
				(s.matchLength == minMatch && s.strstart-s.matchStart > tooFar)) {
				s.matchLength = minMatch - 1
			}
		}
		if s.prevLength >= minMatch && s.matchLength <= s.prevLength {
			// The previous match is at least as good: emit it.
			maxInsert := s.strstart + s.lookahead - minMatch
			bflush := s.tallyDist(s.strstart-1-s.prevMatch, s.prevLength-minMatch)
			s.lookahead -= s.prevLength - 1
			s.prevLength -= 2
			for {
				s.strstart++
				if s.strstart <= maxInsert {
					s.insertString(s.strstart)
				}
				s.prevLength--
				if s.prevLength == 0 {
					break
				}
			}
			s.matchAvailable = false
			s.matchLength = minMatch - 1
			s.strstart++
			if bflush && s.flushBlock(0) {
				return needMore
			}
		} else if s.matchAvailable {
			// No better match: emit the previous byte as a literal.
			if s.tallyLit(s.window[s.strstart-1]) {
				s.flushBlockOnly(0)
			}
			s.strstart++
			s.lookahead--
			if s.availOut == 0 {
				return needMore
			}
		} else {
			s.matchAvailable = true
			s.strstart++
			s.lookahead--
		}
	}
	if s.matchAvailable {
		s.tallyLit(s.window[s.strstart-1])
		s.matchAvailable = false
	}
	s.insert = min(s.strstart, minMatch-1)
	return s.endInput(flush)
}

// deflateRLE (Z_RLE) only looks for runs of the previous byte (distance 1).
func (s *state) deflateRLE(flush int) blockState {
	for {
		if s.lookahead <= maxMatch {
			s.fillWindow()
			if s.lookahead <= maxMatch && flush == NoFlush {
				return needMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		s.matchLength = 0
		if s.lookahead >= minMatch && s.strstart > 0 {
			w := s.window
			p := s.strstart - 1
			prev := w[p]
			if prev == w[p+1] && prev == w[p+2] && prev == w[p+3] {
				strend := s.strstart + maxMatch
				q := p + 4
				for q < strend && w[q] == prev {
					q++
				}
				s.matchLength = min(q-s.strstart, s.lookahead)
			}
		}
		var bflush bool
		if s.matchLength >= minMatch {
			bflush = s.tallyDist(1, s.matchLength-minMatch)
			s.lookahead -= s.matchLength
			s.strstart += s.matchLength
			s.matchLength = 0
		} else {
			bflush = s.tallyLit(s.window[s.strstart])
			s.lookahead--
			s.strstart++
		}
		if bflush && s.flushBlock(0) {
			return needMore
		}
	}
	s.insert = 0
	return s.endInput(flush)
}

// deflateHuff (Z_HUFFMAN_ONLY) emits literals only.
func (s *state) deflateHuff(flush int) blockState {
	for {
		if s.lookahead == 0 {
			s.fillWindow()
			if s.lookahead == 0 {
				if flush == NoFlush {
					return needMore
				}
				break
			}
		}
		s.matchLength = 0
		bflush := s.tallyLit(s.window[s.strstart])
		s.lookahead--
		s.strstart++
		if bflush && s.flushBlock(0) {
			return needMore
		}
	}
	s.insert = 0
	return s.endInput(flush)
}
