package zdeflate

import "encoding/binary"

func rank(f int) int {
	r := f * 2
	if f > 4 {
		r -= 9
	}
	return r
}

// deflate is zlib's deflate(): it compresses the input in s.in into at
// most availOut bytes appended to s.out and returns zlib's status code.
func (s *state) deflate(flush int) int {
	if flush > Block || flush < 0 {
		return zStreamError
	}
	if s.status == finishState && flush != Finish {
		return zStreamError
	}
	if s.availOut == 0 {
		return zBufError
	}
	oldFlush := s.lastFlush
	s.lastFlush = flush

	if s.pending() != 0 {
		s.flushPending()
		if s.availOut == 0 {
			// Called again with more room, maybe with nothing to do:
			// that must not be an error.
			s.lastFlush = -1
			return zOK
		}
	} else if s.availIn() == 0 && rank(flush) <= rank(oldFlush) && flush != Finish {
		// Nothing new since a flush at least as strong: no second empty block.
		return zBufError
	}
	if s.status == finishState && s.availIn() != 0 {
		return zBufError
	}

	if s.status == initState && s.wrap == 0 {
		s.status = busyState
	}
	if s.status == initState {
		header := uint32(8+(s.wBits-8)<<4) << 8
		levelFlags := uint32(3)
		switch {
		case s.strategy >= HuffmanOnly || s.level < 2:
			levelFlags = 0
		case s.level < 6:
			levelFlags = 1
		case s.level == 6:
			levelFlags = 2
		}
		header |= levelFlags << 6
		if s.strstart != 0 {
			header |= 0x20 // preset dictionary
		}
		header += 31 - header%31
		s.putShortMSB(header)
		if s.strstart != 0 {
			s.putShortMSB(s.dictID >> 16)
			s.putShortMSB(s.dictID & 0xffff)
		}
		s.status = busyState
		s.flushPending()
		if s.pending() != 0 {
			s.lastFlush = -1
			return zOK
		}
	}
	if s.status == gzipState {
		xfl := byte(0)
		if s.level == 9 {
			xfl = 2
		} else if s.strategy >= HuffmanOnly || s.level < 2 {
			xfl = 4
		}
		s.pend = append(s.pend, 31, 139, 8, 0, 0, 0, 0, 0, xfl, 3) // 3: Unix, zlib's OS_CODE
		s.status = busyState
		s.flushPending()
		if s.pending() != 0 {
			s.lastFlush = -1
			return zOK
		}
	}

	if s.availIn() != 0 || s.lookahead != 0 || (flush != NoFlush && s.status != finishState) {
		var bstate blockState
		switch {
		case s.level == 0:
			bstate = s.deflateStored(flush)
		case s.strategy == HuffmanOnly:
			bstate = s.deflateHuff(flush)
		case s.strategy == RLE:
			bstate = s.deflateRLE(flush)
		case configTable[s.level].fn == fnFast:
			bstate = s.deflateFast(flush)
		default:
			bstate = s.deflateSlow(flush)
		}
		if bstate == finishStarted || bstate == finishDone {
			s.status = finishState
		}
		if bstate == needMore || bstate == finishStarted {
			if s.availOut == 0 {
				s.lastFlush = -1
			}
			return zOK
		}
		if bstate == blockDone {
			if flush == PartialFlush {
				s.align()
			} else if flush != Block {
				// Sync and full flush: an empty stored block aligns the
				// output to a byte.
				s.storedBlock(nil, 0)
				if flush == FullFlush {
					clear(s.head) // forget history
					if s.lookahead == 0 {
						s.strstart, s.blockStart, s.insert = 0, 0, 0
					}
				}
			}
			s.flushPending()
			if s.availOut == 0 {
				s.lastFlush = -1
				return zOK
			}
		}
	}

	if flush != Finish {
		return zOK
	}
	if s.wrap <= 0 {
		return zStreamEnd
	}
	sum := s.check
	if s.wrap == 2 {
		s.pend = binary.LittleEndian.AppendUint32(s.pend, sum)
		s.pend = binary.LittleEndian.AppendUint32(s.pend, uint32(s.totalIn))
	} else {
		s.putShortMSB(sum >> 16)
		s.putShortMSB(sum & 0xffff)
	}
	s.flushPending()
	s.wrap = -s.wrap // the trailer is written once
	if s.pending() != 0 {
		return zOK
	}
	return zStreamEnd
}
