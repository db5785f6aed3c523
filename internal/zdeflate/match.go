package zdeflate

import (
	"encoding/binary"
	"math/bits"
)

// windowPad is the slack after the window that lets matchLen read 8
// bytes at a time up to the comparison limit; it stays zero.
const windowPad = 8

// longestMatch follows the hash chain from curMatch and returns the
// length of the longest match (at most lookahead), setting matchStart.
// As zlib's: only matches longer than prevLength count, the chain is
// cut to a quarter when prevLength is already good, the search stops at
// niceMatch, candidates further than maxDist are not followed, and the
// third byte is not compared (equal hashes with equal first two bytes
// imply it). The comparisons read up to maxMatch bytes ahead even past
// lookahead, as zlib's do, since that can decide between candidates.
func (s *state) longestMatch(curMatch int) int {
	chainLength := s.maxChainLength
	win := s.window[:len(s.window)+windowPad]
	prev := s.prev
	wmask := s.wMask
	scan := s.strstart
	bestLen := s.prevLength
	niceMatch := s.niceMatch
	limit := 0
	if s.strstart > s.maxDist() {
		limit = s.strstart - s.maxDist()
	}
	strend := scan + maxMatch
	// The two bytes ending the best match so far and the first two: a
	// candidate must agree on both pairs to be worth comparing.
	scanEnd := binary.LittleEndian.Uint16(win[scan+bestLen-1:])
	scanStart := binary.LittleEndian.Uint16(win[scan:])
	if s.prevLength >= s.goodMatch {
		chainLength >>= 2
	}
	if niceMatch > s.lookahead {
		niceMatch = s.lookahead
	}
	for {
		m := curMatch
		if binary.LittleEndian.Uint16(win[m+bestLen-1:]) == scanEnd && binary.LittleEndian.Uint16(win[m:]) == scanStart {
			n := matchLen(win, scan+3, m+3, strend) - scan
			if n > bestLen {
				s.matchStart = curMatch
				bestLen = n
				if n >= niceMatch {
					break
				}
				scanEnd = binary.LittleEndian.Uint16(win[scan+bestLen-1:])
			}
		}
		curMatch = int(prev[curMatch&wmask])
		if curMatch <= limit {
			break
		}
		chainLength--
		if chainLength == 0 {
			break
		}
	}
	if bestLen <= s.lookahead {
		return bestLen
	}
	return s.lookahead
}

// matchLen returns the first position from p (below end) where the
// bytes at p and q differ, or end.
func matchLen(win []byte, p, q, end int) int {
	for p < end {
		x := binary.LittleEndian.Uint64(win[p:]) ^ binary.LittleEndian.Uint64(win[q:])
		if x != 0 {
			p += bits.TrailingZeros64(x) >> 3
			break
		}
		p += 8
		q += 8
	}
	return min(p, end)
}
