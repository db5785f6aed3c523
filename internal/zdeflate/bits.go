package zdeflate

// The bit writer keeps zlib 1.2's 16-bit bit buffer: bytes reach the
// pending buffer two at a time when it overflows, which decides how much
// of a block's output a call returns before the block ends.

func (s *state) putByte(c byte) { s.pend = append(s.pend, c) }

func (s *state) putShort(w uint16) { s.pend = append(s.pend, byte(w), byte(w>>8)) }

// putShortMSB writes w most significant byte first (zlib header, trailer).
func (s *state) putShortMSB(w uint32) { s.pend = append(s.pend, byte(w>>8), byte(w)) }

// sendBits writes the low length bits of value (length <= 16).
func (s *state) sendBits(value, length int) {
	if s.biValid > 16-length {
		s.biBuf |= uint16(value) << s.biValid
		s.putShort(s.biBuf)
		s.biBuf = uint16(value) >> (16 - s.biValid)
		s.biValid += length - 16
	} else {
		s.biBuf |= uint16(value) << s.biValid
		s.biValid += length
	}
}

func (s *state) sendCode(c int, tree []ctData) { s.sendBits(int(tree[c].fc), int(tree[c].dl)) }

// biFlush moves whole bytes of the bit buffer to pending.
func (s *state) biFlush() {
	if s.biValid == 16 {
		s.putShort(s.biBuf)
		s.biBuf, s.biValid = 0, 0
	} else if s.biValid >= 8 {
		s.putByte(byte(s.biBuf))
		s.biBuf >>= 8
		s.biValid -= 8
	}
}

// biWindup empties the bit buffer, padding to a byte boundary.
func (s *state) biWindup() {
	if s.biValid > 8 {
		s.putShort(s.biBuf)
	} else if s.biValid > 0 {
		s.putByte(byte(s.biBuf))
	}
	s.biBuf, s.biValid = 0, 0
}
