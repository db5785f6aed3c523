package zdeflate

// Huffman tree construction as zlib does it: the shape of a tree (and so
// the bytes) depends on the heap order, the depth tie-break and how
// over-long codes are fixed, so each step follows zlib's.

// smaller orders heap nodes by frequency, then by depth, so that among
// equal frequencies the shallower subtree is merged first.
func smaller(tree []ctData, n, m int, depth *[2*lCodes + 1]uint8) bool {
	return tree[n].fc < tree[m].fc || (tree[n].fc == tree[m].fc && depth[n] <= depth[m])
}

// pqdownheap restores the heap property from node k down.
func (s *state) pqdownheap(tree []ctData, k int) {
	v := s.heap[k]
	j := k << 1
	for j <= s.heapLen {
		if j < s.heapLen && smaller(tree, s.heap[j+1], s.heap[j], &s.depth) {
			j++
		}
		if smaller(tree, v, s.heap[j], &s.depth) {
			break
		}
		s.heap[k] = s.heap[j]
		k = j
		j <<= 1
	}
	s.heap[k] = v
}

// buildTree builds the Huffman tree for desc's frequencies, sets the
// code lengths and codes, and adds the block's cost with these codes
// (and with the static ones) to optLen and staticLen.
func (s *state) buildTree(desc *treeDesc) {
	tree := desc.dyn
	stree := desc.stat.tree
	elems := desc.stat.elems
	maxCode := -1
	s.heapLen = 0
	s.heapMax = heapSize
	for n := 0; n < elems; n++ {
		if tree[n].fc != 0 {
			s.heapLen++
			s.heap[s.heapLen] = n
			maxCode = n
			s.depth[n] = 0
		} else {
			tree[n].dl = 0
		}
	}
	// The format needs at least one distance code and codes of at least
	// one bit, so zlib forces two codes of nonzero frequency.
	for s.heapLen < 2 {
		node := 0
		if maxCode < 2 {
			maxCode++
			node = maxCode
		}
		s.heapLen++
		s.heap[s.heapLen] = node
		tree[node].fc = 1
		s.depth[node] = 0
		s.optLen--
		if stree != nil {
			s.staticLen -= int64(stree[node].dl)
		}
	}
	desc.maxCode = maxCode
	for n := s.heapLen / 2; n >= 1; n-- {
		s.pqdownheap(tree, n)
	}
	node := elems
	for {
		n := s.heap[1]
		s.heap[1] = s.heap[s.heapLen]
		s.heapLen--
		s.pqdownheap(tree, 1)
		m := s.heap[1]
		s.heapMax--
		s.heap[s.heapMax] = n
		s.heapMax--
		s.heap[s.heapMax] = m
		tree[node].fc = tree[n].fc + tree[m].fc
		s.depth[node] = max(s.depth[n], s.depth[m]) + 1
		tree[n].dl = uint16(node)
		tree[m].dl = uint16(node)
		s.heap[1] = node
		node++
		s.pqdownheap(tree, 1)
		if s.heapLen < 2 {
			break
		}
	}
	s.heapMax--
	s.heap[s.heapMax] = s.heap[1]
	s.genBitlen(desc)
	genCodes(tree, maxCode, &s.blCount)
}

// genBitlen computes code lengths from the tree, limiting them to the
// tree's maximum the way zlib does.
func (s *state) genBitlen(desc *treeDesc) {
	tree := desc.dyn
	maxCode := desc.maxCode
	stree := desc.stat.tree
	extra := desc.stat.extra
	base := desc.stat.extraBase
	maxLength := desc.stat.maxLength
	overflow := 0
	clear(s.blCount[:])
	tree[s.heap[s.heapMax]].dl = 0 // root
	h := s.heapMax + 1
	for ; h < heapSize; h++ {
		n := s.heap[h]
		bits := int(tree[tree[n].dl].dl) + 1
		if bits > maxLength {
			bits = maxLength
			overflow++
		}
		tree[n].dl = uint16(bits)
		if n > maxCode {
			continue // not a leaf
		}
		s.blCount[bits]++
		xbits := 0
		if n >= base {
			xbits = extra[n-base]
		}
		f := int64(tree[n].fc)
		s.optLen += f * int64(bits+xbits)
		if stree != nil {
			s.staticLen += f * int64(int(stree[n].dl)+xbits)
		}
	}
	if overflow == 0 {
		return
	}
	for {
		bits := maxLength - 1
		for s.blCount[bits] == 0 {
			bits--
		}
		s.blCount[bits]--
		s.blCount[bits+1] += 2
		s.blCount[maxLength]--
		overflow -= 2
		if overflow <= 0 {
			break
		}
	}
	// Hand the lengths out again in order of increasing frequency.
	h = heapSize
	for bits := maxLength; bits != 0; bits-- {
		n := int(s.blCount[bits])
		for n != 0 {
			h--
			m := s.heap[h]
			if m > maxCode {
				continue
			}
			if int(tree[m].dl) != bits {
				s.optLen += int64(bits-int(tree[m].dl)) * int64(tree[m].fc)
				tree[m].dl = uint16(bits)
			}
			n--
		}
	}
}

// genCodes assigns canonical codes (bit-reversed for sending LSB first)
// from the code lengths.
func genCodes(tree []ctData, maxCode int, blCount *[maxBits + 1]uint16) {
	var nextCode [maxBits + 1]int
	code := 0
	for bits := 1; bits <= maxBits; bits++ {
		code = (code + int(blCount[bits-1])) << 1
		nextCode[bits] = code
	}
	for n := 0; n <= maxCode; n++ {
		l := int(tree[n].dl)
		if l == 0 {
			continue
		}
		tree[n].fc = uint16(biReverse(nextCode[l], l))
		nextCode[l]++
	}
}
