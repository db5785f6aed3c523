package zdeflate

// deflateStored is level 0 (zlib's deflate_stored). Its block sizes depend
// on how much output room the caller gives: it copies input straight to
// the output as large stored blocks when it can, and otherwise gathers
// input in the window and writes stored blocks through pending.
func (s *state) deflateStored(flush int) blockState {
	minBlock := min(s.pendingBufSize-5, s.wSize)
	last := 0
	used := s.availIn()
	s.normalize() // biValid is read below
	for last == 0 {
		length := maxStored
		have := (s.biValid + 42) >> 3 // header bytes
		if s.availOut < have {
			break
		}
		have = s.availOut - have
		left := s.strstart - s.blockStart
		if length > left+s.availIn() {
			length = left + s.availIn()
		}
		if length > have {
			length = have
		}
		// Too small a block, or unable to copy all the input when
		// flushing: go through the window and pending instead. An empty
		// block when flushing is left to deflate().
		if length < minBlock && ((length == 0 && flush != Finish) || flush == NoFlush ||
			length != left+s.availIn()) {
			break
		}
		if flush == Finish && length == left+s.availIn() {
			last = 1
		}
		s.storedBlock(nil, last)
		// Patch the lengths of the empty stored block just written.
		n := len(s.pend)
		s.pend[n-4] = byte(length)
		s.pend[n-3] = byte(length >> 8)
		s.pend[n-2] = ^byte(length)
		s.pend[n-1] = ^byte(length >> 8)
		s.flushPending()
		if left != 0 {
			left = min(left, length)
			s.out = append(s.out, s.window[s.blockStart:s.blockStart+left]...)
			s.availOut -= left
			s.blockStart += left
			length -= left
		}
		if length != 0 {
			at := len(s.out)
			s.out = append(s.out, make([]byte, length)...)
			s.readBuf(s.out[at:])
			s.availOut -= length
		}
	}

	// Keep the last wSize bytes copied as history (for a later level
	// change in zlib; here it only decides the stored blocks to come).
	used -= s.availIn()
	if used != 0 {
		if used >= s.wSize {
			copy(s.window, s.in[s.inPos-s.wSize:s.inPos])
			s.strstart = s.wSize
			s.insert = s.strstart
		} else {
			if s.windowSize-s.strstart <= used {
				s.strstart -= s.wSize
				copy(s.window[:s.strstart], s.window[s.wSize:s.wSize+s.strstart])
				if s.insert > s.strstart {
					s.insert = s.strstart
				}
			}
			copy(s.window[s.strstart:], s.in[s.inPos-used:s.inPos])
			s.strstart += used
			s.insert += min(used, s.wSize-s.insert)
		}
		s.blockStart = s.strstart
	}
	if s.highWater < s.strstart {
		s.highWater = s.strstart
	}
	if last != 0 {
		return finishDone
	}
	if flush != NoFlush && flush != Finish && s.availIn() == 0 && s.strstart == s.blockStart {
		return blockDone
	}

	// Fill the window with what input remains.
	have := s.windowSize - s.strstart
	if s.availIn() > have && s.blockStart >= s.wSize {
		s.blockStart -= s.wSize
		s.strstart -= s.wSize
		copy(s.window[:s.strstart], s.window[s.wSize:s.wSize+s.strstart])
		have += s.wSize
		if s.insert > s.strstart {
			s.insert = s.strstart
		}
	}
	if have > s.availIn() {
		have = s.availIn()
	}
	if have != 0 {
		s.readBuf(s.window[s.strstart : s.strstart+have])
		s.strstart += have
		s.insert += min(have, s.wSize-s.insert)
	}
	if s.highWater < s.strstart {
		s.highWater = s.strstart
	}

	// Write a stored block through pending if there is a worthy amount of
	// input, or when flushing and the rest fits.
	have = (s.biValid + 42) >> 3
	have = min(s.pendingBufSize-have, maxStored)
	minBlock = min(have, s.wSize)
	left := s.strstart - s.blockStart
	if left >= minBlock || ((left != 0 || flush == Finish) && flush != NoFlush && s.availIn() == 0 && left <= have) {
		length := min(left, have)
		if flush == Finish && s.availIn() == 0 && length == left {
			last = 1
		}
		s.storedBlock(s.window[s.blockStart:s.blockStart+length], last)
		s.blockStart += length
		s.flushPending()
	}
	if last != 0 {
		return finishStarted
	}
	return needMore
}
