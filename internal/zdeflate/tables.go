package zdeflate

// Constants of the DEFLATE format (RFC 1951) and of zlib's deflate state.
const (
	minMatch     = 3
	maxMatch     = 258
	minLookahead = maxMatch + minMatch + 1 // zlib keeps this much input ahead of strstart
	winInit      = maxMatch                // bytes zeroed past the data, see fillWindow
	tooFar       = 4096                    // deflate_slow drops length-3 matches further back than this

	lengthCodes = 29
	literals    = 256
	endBlock    = 256
	lCodes      = literals + 1 + lengthCodes
	dCodes      = 30
	blCodes     = 19
	heapSize    = 2*lCodes + 1
	maxBits     = 15
	maxBLBits   = 7
	maxStored   = 65535

	rep3to6    = 16 // repeat previous bit length 3-6 times (2 extra bits)
	repz3to10  = 17 // repeat a zero length 3-10 times (3 extra bits)
	repz11to38 = 18 // repeat a zero length 11-138 times (7 extra bits)

	storedBlock = 0
	staticTrees = 1
	dynTrees    = 2
)

// Flush modes and return codes, with zlib's numbering.
const (
	NoFlush      = 0
	PartialFlush = 1
	SyncFlush    = 2
	FullFlush    = 3
	Finish       = 4
	Block        = 5

	zOK          = 0
	zStreamEnd   = 1
	zStreamError = -2
	zBufError    = -5
)

// Strategies, with zlib's numbering.
const (
	DefaultStrategy = 0
	Filtered        = 1
	HuffmanOnly     = 2
	RLE             = 3
	Fixed           = 4
)

var extraLbits = [lengthCodes]int{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
var extraDbits = [dCodes]int{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
var extraBlbits = [blCodes]int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7}

// blOrder is the order in which bit length code lengths are sent, so that
// the usually unused ones come last and can be left out.
var blOrder = [blCodes]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// config is one level's row of zlib's configuration table.
type config struct {
	good, lazy, nice, chain int
	fn                      int
}

const (
	fnStored = iota
	fnFast
	fnSlow
)

// configTable is zlib's: the parameters decide which matches are found,
// so they must be exactly zlib's for the output to be.
var configTable = [10]config{
	{0, 0, 0, 0, fnStored},
	{4, 4, 8, 4, fnFast},
	{4, 5, 16, 8, fnFast},
	{4, 6, 32, 32, fnFast},
	{4, 4, 16, 16, fnSlow},
	{8, 16, 32, 32, fnSlow},
	{8, 16, 128, 128, fnSlow},
	{8, 32, 128, 256, fnSlow},
	{32, 128, 258, 1024, fnSlow},
	{32, 258, 258, 4096, fnSlow},
}

// ctData is a tree node. As in zlib, two fields are shared: fc holds the
// frequency while the tree is built and the code afterwards, dl holds the
// parent (dad) while the tree is built and the bit length afterwards.
type ctData struct{ fc, dl uint16 }

type staticDesc struct {
	tree      []ctData // nil for the bit length tree
	extra     []int
	extraBase int
	elems     int
	maxLength int
}

type treeDesc struct {
	dyn     []ctData
	maxCode int
	stat    *staticDesc
}

var (
	staticLtree [lCodes + 2]ctData
	staticDtree [dCodes]ctData
	lengthCode  [maxMatch - minMatch + 1]uint8
	distCode    [512]uint8
	baseLength  [lengthCodes]int
	baseDist    [dCodes]int

	staticLDesc  = staticDesc{staticLtree[:], extraLbits[:], literals + 1, lCodes, maxBits}
	staticDDesc  = staticDesc{staticDtree[:], extraDbits[:], 0, dCodes, maxBits}
	staticBLDesc = staticDesc{nil, extraBlbits[:], 0, blCodes, maxBLBits}
)

func init() {
	length := 0
	code := 0
	for code = 0; code < lengthCodes-1; code++ {
		baseLength[code] = length
		for n := 0; n < 1<<extraLbits[code]; n++ {
			lengthCode[length] = uint8(code)
			length++
		}
	}
	// Length 258 could be code 284 with 5 extra bits or code 285; zlib
	// uses 285.
	lengthCode[length-1] = uint8(code)
	dist := 0
	for code = 0; code < 16; code++ {
		baseDist[code] = dist
		for n := 0; n < 1<<extraDbits[code]; n++ {
			distCode[dist] = uint8(code)
			dist++
		}
	}
	dist >>= 7
	for ; code < dCodes; code++ {
		baseDist[code] = dist << 7
		for n := 0; n < 1<<(extraDbits[code]-7); n++ {
			distCode[256+dist] = uint8(code)
			dist++
		}
	}
	var blCount [maxBits + 1]uint16
	n := 0
	for ; n <= 143; n++ {
		staticLtree[n].dl = 8
		blCount[8]++
	}
	for ; n <= 255; n++ {
		staticLtree[n].dl = 9
		blCount[9]++
	}
	for ; n <= 279; n++ {
		staticLtree[n].dl = 7
		blCount[7]++
	}
	for ; n <= 287; n++ {
		staticLtree[n].dl = 8
		blCount[8]++
	}
	genCodes(staticLtree[:], lCodes+1, &blCount)
	for n := 0; n < dCodes; n++ {
		staticDtree[n].dl = 5
		staticDtree[n].fc = uint16(biReverse(n, 5))
	}
}

// dCode maps a distance-1 to its distance code.
func dCode(dist int) int {
	if dist < 256 {
		return int(distCode[dist])
	}
	return int(distCode[256+(dist>>7)])
}

func biReverse(code, n int) int {
	res := 0
	for ; n > 0; n-- {
		res = res<<1 | code&1
		code >>= 1
	}
	return res
}
