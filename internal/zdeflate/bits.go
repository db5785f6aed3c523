package zdeflate

// The bit writer behaves as zlib 1.2's 16-bit bit buffer: bytes reach the
// pending buffer two at a time when it overflows, which decides how much
// of a block's output a call returns before the block ends. For speed
// bits gather in a 64-bit accumulator and move to pending three 16-bit
// words at a time; normalize brings it to zlib's state (at most 16 bits
// held) before anything looks at the pending buffer or the bit count.

func (s *state) putByte(c byte) { s.pend = append(s.pend, c) }

func (s *state) putShort(w uint16) { s.pend = append(s.pend, byte(w), byte(w>>8)) }

// putShortMSB writes w most significant byte first (zlib header, trailer).
func (s *state) putShortMSB(w uint32) { s.pend = append(s.pend, byte(w>>8), byte(w)) }

// sendBits writes the low length bits of value (length <= 16).
func (s *state) sendBits(value, length int) {
	s.biBuf |= uint64(value) << s.biValid
	s.biValid += length
	if s.biValid > 48 {
		b := s.biBuf
		s.pend = append(s.pend, byte(b), byte(b>>8), byte(b>>16), byte(b>>24), byte(b>>32), byte(b>>40))
		s.biBuf = b >> 48
		s.biValid -= 48
	}
}

// normalize moves whole 16-bit words to pending until at most 16 bits
// are held, as zlib's send_bits would have.
func (s *state) normalize() {
	for s.biValid > 16 {
		s.putShort(uint16(s.biBuf))
		s.biBuf >>= 16
		s.biValid -= 16
	}
}

func (s *state) sendCode(c int, tree []ctData) { s.sendBits(int(tree[c].fc), int(tree[c].dl)) }

// biFlush moves whole bytes of the bit buffer to pending.
func (s *state) biFlush() {
	s.normalize()
	if s.biValid == 16 {
		s.putShort(uint16(s.biBuf))
		s.biBuf, s.biValid = 0, 0
	} else if s.biValid >= 8 {
		s.putByte(byte(s.biBuf))
		s.biBuf >>= 8
		s.biValid -= 8
	}
}

// biWindup empties the bit buffer, padding to a byte boundary.
func (s *state) biWindup() {
	s.normalize()
	if s.biValid > 8 {
		s.putShort(uint16(s.biBuf))
	} else if s.biValid > 0 {
		s.putByte(byte(s.biBuf))
	}
	s.biBuf, s.biValid = 0, 0
}
