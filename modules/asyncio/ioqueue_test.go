package asyncio

import (
	"fmt"
	"sync"
	"testing"

	"upy/internal/netpoll"
	"upy/py"
)

// fakeWatched is a stream with internal readiness (as a TLS socket):
// fire gives it data and notifies its watcher. It counts how often its
// state is asked.
type fakeWatched struct {
	mu     sync.Mutex
	data   []byte
	notify func()
	asked  *int
}

var fakeWatchedType = py.NewBuiltinType("fakewatched", py.ObjectType, nil)

func (*fakeWatched) Type() *py.Type { return fakeWatchedType }

func (f *fakeWatched) readyLocked(events int16) int16 {
	*f.asked++
	if events&netpoll.POLLIN != 0 && len(f.data) > 0 {
		return netpoll.POLLIN
	}
	return events & netpoll.POLLOUT
}

func (f *fakeWatched) PollState(events int16) (int16, int, int16) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.readyLocked(events), -1, 0
}

func (f *fakeWatched) Watch(events int16, notify func()) int16 {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.readyLocked(events)
	if r == 0 {
		f.notify = notify
	}
	return r
}

func (f *fakeWatched) TryRead(buf []byte) (int, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.data) == 0 {
		return 0, true, nil
	}
	n := copy(buf, f.data)
	f.data = f.data[n:]
	return n, false, nil
}

func (f *fakeWatched) TryWrite(data []byte) (int, bool, error) { return len(data), false, nil }

func (f *fakeWatched) fire(data []byte) {
	f.mu.Lock()
	f.data = append(f.data, data...)
	n := f.notify
	f.notify = nil
	f.mu.Unlock()
	if n != nil {
		n()
	}
}

// With many tasks waiting on different watched streams, each change
// wakes its own task only, and the loop asks only the stream that
// changed: no scan of all the waiting streams per event.
func TestWatchedStreamsWakeTheirOwnTask(t *testing.T) {
	const n = 300
	asked := 0
	var fakes []*fakeWatched
	streams := py.NewBuiltin("streams", func(th *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		items := make([]py.Object, n)
		for i := range items {
			f := &fakeWatched{asked: &asked}
			fakes = append(fakes, f)
			items[i] = newStream(th, f, nil, 0)
		}
		return py.NewList(items...), nil
	})
	fire := py.NewBuiltin("fire", func(th *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		i := int(args[0].(py.Int))
		fakes[i].fire([]byte(fmt.Sprintf("to %d", i)))
		return py.None, nil
	})
	var askedBefore int
	mark := py.NewBuiltin("mark", func(th *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		askedBefore = asked
		return py.None, nil
	})
	d := run(t, `
import asyncio

got = []
async def reader(i, s):
    got.append((i, await s.read(100)))

async def main():
    ss = streams()
    tasks = [asyncio.create_task(reader(i, s)) for i, s in enumerate(ss)]
    await asyncio.sleep(0.01)
    mark()
    for i in reversed(range(len(ss))):
        fire(i)
        for _ in range(3):
            await asyncio.sleep(0)
        assert len(got) == len(ss) - i, (i, len(got))
    await asyncio.gather(*tasks)

asyncio.run(main())
ok = all(data == b"to %d" % i for i, data in got)
order = [i for i, _ in got]
`, map[string]py.Object{"streams": streams, "fire": fire, "mark": mark})
	if global(t, d, "ok") != py.True {
		t.Fatal("a task got another stream's data")
	}
	order := global(t, d, "order").(*py.List)
	for k, o := range order.Items {
		if int(o.(py.Int)) != n-1-k {
			t.Fatalf("task %v woken at position %d", o, k)
		}
	}
	// One question per event (plus one when a stream is queued), not one
	// per waiting stream.
	if per := float64(asked-askedBefore) / n; per > 2 {
		t.Fatalf("%.1f questions per event (%d streams waiting)", per, n)
	}
}
