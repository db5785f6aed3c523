package zdeflate

import (
	"bytes"
	"compress/flate"
	"math/rand/v2"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestSpeed (ZD_SPEED=1 go test -run TestSpeed -v) reports CPU-time
// throughput against compress/flate, which a shared machine measures
// better than wall time.
func TestSpeed(t *testing.T) {
	if os.Getenv("ZD_SPEED") == "" {
		t.Skip("set ZD_SPEED=1 to measure")
	}
	for _, in := range []testInput{{"mixed", benchData()}, {"text", textData(rand.New(rand.NewPCG(7, 8)), 1<<20)}} {
		f, data := in.name, in.data
		for _, level := range []int{1, 6, 9} {
			best, bestF := time.Hour, time.Hour
			for i := 0; i < 3; i++ {
				c := cpuTime()
				Compress(data, level, 15)
				best = min(best, cpuTime()-c)
				c = cpuTime()
				var buf bytes.Buffer
				w, _ := flate.NewWriter(&buf, level)
				w.Write(data)
				w.Close()
				bestF = min(bestF, cpuTime()-c)
			}
			t.Logf("%s level %d: zdeflate %.1f MB/s, compress/flate %.1f MB/s", f, level,
				float64(len(data))/best.Seconds()/1e6, float64(len(data))/bestF.Seconds()/1e6)
		}
	}
}
