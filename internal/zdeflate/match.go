package zdeflate

// longestMatch follows the hash chain from curMatch and returns the
// length of the longest match (at most lookahead), setting matchStart.
// As zlib's: only matches longer than prevLength count, the chain is
// cut to a quarter when prevLength is already good, the search stops at
// niceMatch, candidates further than maxDist are not followed, and the
// third byte is not compared (equal hashes with equal first two bytes
// imply it).
func (s *state) longestMatch(curMatch int) int {
	chainLength := s.maxChainLength
	win := s.window
	scan := s.strstart
	bestLen := s.prevLength
	niceMatch := s.niceMatch
	limit := 0
	if s.strstart > s.maxDist() {
		limit = s.strstart - s.maxDist()
	}
	strend := scan + maxMatch
	scanEnd1 := win[scan+bestLen-1]
	scanEnd := win[scan+bestLen]
	if s.prevLength >= s.goodMatch {
		chainLength >>= 2
	}
	if niceMatch > s.lookahead {
		niceMatch = s.lookahead
	}
	w := win[:strend+1]
	for {
		m := curMatch
		if w[m+bestLen] == scanEnd && w[m+bestLen-1] == scanEnd1 && w[m] == w[scan] && w[m+1] == w[scan+1] {
			// Compare from the fourth byte on, up to maxMatch.
			p, q := scan+3, m+3
			for p < strend && w[p] == w[q] {
				p++
				q++
			}
			n := p - scan
			if n > bestLen {
				s.matchStart = curMatch
				bestLen = n
				if n >= niceMatch {
					break
				}
				scanEnd1 = w[scan+bestLen-1]
				scanEnd = w[scan+bestLen]
			}
		}
		curMatch = int(s.prev[curMatch&s.wMask])
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
