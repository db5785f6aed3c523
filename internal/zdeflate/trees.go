package zdeflate

// Block output (zlib's trees.c): symbol tallies, the choice between
// stored, fixed and dynamic blocks, and the encoding of the trees.

func (s *state) initBlock() {
	for n := 0; n < lCodes; n++ {
		s.dynLtree[n].fc = 0
	}
	for n := 0; n < dCodes; n++ {
		s.dynDtree[n].fc = 0
	}
	for n := 0; n < blCodes; n++ {
		s.blTree[n].fc = 0
	}
	s.dynLtree[endBlock].fc = 1
	s.optLen, s.staticLen = 0, 0
	s.symNext = 0
}

// tallyLit records a literal and reports whether the block is full: zlib
// ends a block when its symbol buffer holds lit_bufsize-1 symbols.
func (s *state) tallyLit(c byte) bool {
	s.symBuf[s.symNext] = 0
	s.symBuf[s.symNext+1] = 0
	s.symBuf[s.symNext+2] = c
	s.symNext += 3
	s.dynLtree[c].fc++
	return s.symNext == s.symEnd
}

// tallyDist records a match of length lc+minMatch at distance dist.
func (s *state) tallyDist(dist, lc int) bool {
	s.symBuf[s.symNext] = byte(dist)
	s.symBuf[s.symNext+1] = byte(dist >> 8)
	s.symBuf[s.symNext+2] = byte(lc)
	s.symNext += 3
	dist--
	s.dynLtree[int(lengthCode[lc])+literals+1].fc++
	s.dynDtree[dCode(dist)].fc++
	return s.symNext == s.symEnd
}

// scanTree counts, in the bit length tree, the codes that will send
// tree's code lengths (runs become codes 16, 17 and 18).
func (s *state) scanTree(tree []ctData, maxCode int) {
	prevlen := -1
	nextlen := int(tree[0].dl)
	count := 0
	maxCount, minCount := 7, 4
	if nextlen == 0 {
		maxCount, minCount = 138, 3
	}
	tree[maxCode+1].dl = 0xffff // guard
	for n := 0; n <= maxCode; n++ {
		curlen := nextlen
		nextlen = int(tree[n+1].dl)
		count++
		if count < maxCount && curlen == nextlen {
			continue
		} else if count < minCount {
			s.blTree[curlen].fc += uint16(count)
		} else if curlen != 0 {
			if curlen != prevlen {
				s.blTree[curlen].fc++
			}
			s.blTree[rep3to6].fc++
		} else if count <= 10 {
			s.blTree[repz3to10].fc++
		} else {
			s.blTree[repz11to38].fc++
		}
		count = 0
		prevlen = curlen
		if nextlen == 0 {
			maxCount, minCount = 138, 3
		} else if curlen == nextlen {
			maxCount, minCount = 6, 3
		} else {
			maxCount, minCount = 7, 4
		}
	}
}

// sendTree sends tree's code lengths with the bit length codes, making
// the same run decisions as scanTree.
func (s *state) sendTree(tree []ctData, maxCode int) {
	prevlen := -1
	nextlen := int(tree[0].dl)
	count := 0
	maxCount, minCount := 7, 4
	if nextlen == 0 {
		maxCount, minCount = 138, 3
	}
	for n := 0; n <= maxCode; n++ {
		curlen := nextlen
		nextlen = int(tree[n+1].dl)
		count++
		if count < maxCount && curlen == nextlen {
			continue
		} else if count < minCount {
			for ; count != 0; count-- {
				s.sendCode(curlen, s.blTree[:])
			}
		} else if curlen != 0 {
			if curlen != prevlen {
				s.sendCode(curlen, s.blTree[:])
				count--
			}
			s.sendCode(rep3to6, s.blTree[:])
			s.sendBits(count-3, 2)
		} else if count <= 10 {
			s.sendCode(repz3to10, s.blTree[:])
			s.sendBits(count-3, 3)
		} else {
			s.sendCode(repz11to38, s.blTree[:])
			s.sendBits(count-11, 7)
		}
		count = 0
		prevlen = curlen
		if nextlen == 0 {
			maxCount, minCount = 138, 3
		} else if curlen == nextlen {
			maxCount, minCount = 6, 3
		} else {
			maxCount, minCount = 7, 4
		}
	}
}

// buildBLTree builds the bit length tree and returns the index in
// blOrder of the last code to send (at least 3: four codes minimum).
func (s *state) buildBLTree() int {
	s.scanTree(s.dynLtree[:], s.lDesc.maxCode)
	s.scanTree(s.dynDtree[:], s.dDesc.maxCode)
	s.buildTree(&s.blDesc)
	maxBlindex := blCodes - 1
	for ; maxBlindex >= 3; maxBlindex-- {
		if s.blTree[blOrder[maxBlindex]].dl != 0 {
			break
		}
	}
	s.optLen += 3*int64(maxBlindex+1) + 5 + 5 + 4
	return maxBlindex
}

func (s *state) sendAllTrees(lcodes, dcodes, blcodes int) {
	s.sendBits(lcodes-257, 5)
	s.sendBits(dcodes-1, 5)
	s.sendBits(blcodes-4, 4)
	for rank := 0; rank < blcodes; rank++ {
		s.sendBits(int(s.blTree[blOrder[rank]].dl), 3)
	}
	s.sendTree(s.dynLtree[:], lcodes-1)
	s.sendTree(s.dynDtree[:], dcodes-1)
}

// compressBlock sends the block's symbols with the given trees.
func (s *state) compressBlock(ltree, dtree []ctData) {
	for sx := 0; sx < s.symNext; sx += 3 {
		dist := int(s.symBuf[sx]) | int(s.symBuf[sx+1])<<8
		lc := int(s.symBuf[sx+2])
		if dist == 0 {
			s.sendCode(lc, ltree)
			continue
		}
		code := int(lengthCode[lc])
		s.sendCode(code+literals+1, ltree)
		if extra := extraLbits[code]; extra != 0 {
			s.sendBits(lc-baseLength[code], extra)
		}
		dist--
		code = dCode(dist)
		s.sendCode(code, dtree)
		if extra := extraDbits[code]; extra != 0 {
			s.sendBits(dist-baseDist[code], extra)
		}
	}
	s.sendCode(endBlock, ltree)
}

// storedBlock sends buf as a stored block.
func (s *state) storedBlock(buf []byte, last int) {
	s.sendBits(storedBlock<<1+last, 3)
	s.biWindup()
	n := len(buf)
	s.putShort(uint16(n))
	s.putShort(^uint16(n))
	s.pend = append(s.pend, buf...)
}

// align is Z_PARTIAL_FLUSH's empty fixed block.
func (s *state) align() {
	s.sendBits(staticTrees<<1, 3)
	s.sendCode(endBlock, staticLtree[:])
	s.biFlush()
}

// flushBlockTrees ends the current block, choosing the cheapest of a
// stored block (when buf, the block's bytes, is still in the window), the
// fixed trees and dynamic trees, with zlib's tie rules.
func (s *state) flushBlockTrees(buf []byte, storedLen int, last int) {
	var optLenb, staticLenb int64
	maxBlindex := 0
	if s.level > 0 {
		s.buildTree(&s.lDesc)
		s.buildTree(&s.dDesc)
		maxBlindex = s.buildBLTree()
		optLenb = (s.optLen + 3 + 7) >> 3
		staticLenb = (s.staticLen + 3 + 7) >> 3
		if staticLenb <= optLenb || s.strategy == Fixed {
			optLenb = staticLenb
		}
	} else {
		optLenb = int64(storedLen) + 5
		staticLenb = optLenb
	}
	if int64(storedLen)+4 <= optLenb && buf != nil {
		s.storedBlock(buf[:storedLen], last)
	} else if staticLenb == optLenb {
		s.sendBits(staticTrees<<1+last, 3)
		s.compressBlock(staticLtree[:], staticDtree[:])
	} else {
		s.sendBits(dynTrees<<1+last, 3)
		s.sendAllTrees(s.lDesc.maxCode+1, s.dDesc.maxCode+1, maxBlindex+1)
		s.compressBlock(s.dynLtree[:], s.dynDtree[:])
	}
	s.initBlock()
	if last != 0 {
		s.biWindup()
	}
}
