package netpoll

import (
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

type fdObj int

func (f fdObj) PollState(events int16) (int16, int, int16) { return FDState(int(f), events) }

// flag is ready (POLLIN) once set; it has no descriptor.
type flag struct{ set atomic.Bool }

func (f *flag) PollState(events int16) (int16, int, int16) {
	if f.set.Load() {
		return events & POLLIN, -1, 0
	}
	return 0, -1, 0
}

func pipe(t *testing.T) (int, int) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC|unix.O_NONBLOCK); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Close(p[0]); unix.Close(p[1]) })
	return p[0], p[1]
}

func TestWaitDescriptors(t *testing.T) {
	r, w := pipe(t)
	reqs := []Request{{Obj: fdObj(r), Events: POLLIN}, {Obj: fdObj(w), Events: POLLOUT}}
	n, err := Wait(reqs, 0, nil)
	if err != nil || n != 1 || reqs[0].Ready != 0 || reqs[1].Ready != POLLOUT {
		t.Fatalf("n=%d err=%v ready=%d,%d", n, err, reqs[0].Ready, reqs[1].Ready)
	}
	reqs = reqs[:1]
	start := time.Now()
	if n, _ := Wait(reqs, 30*time.Millisecond, nil); n != 0 {
		t.Fatalf("empty pipe ready")
	}
	if d := time.Since(start); d < 25*time.Millisecond {
		t.Errorf("timeout too short: %v", d)
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		unix.Write(w, []byte("x"))
	}()
	if n, _ := Wait(reqs, -1, nil); n != 1 || reqs[0].Ready != POLLIN {
		t.Fatalf("write did not wake: %d", reqs[0].Ready)
	}
	if r, _, _ := FDState(-1, POLLIN); r != POLLNVAL {
		t.Errorf("FDState(-1) = %d", r)
	}
}

func TestWaitHangupAlwaysReported(t *testing.T) {
	r, w := pipe(t)
	unix.Close(w)
	reqs := []Request{{Obj: fdObj(r), Events: 0}}
	if n, _ := Wait(reqs, time.Second, nil); n != 1 || reqs[0].Ready&POLLHUP == 0 {
		t.Fatalf("hang-up not reported: %d", reqs[0].Ready)
	}
}

func TestWakeInternalState(t *testing.T) {
	f := &flag{}
	r, _ := pipe(t)
	reqs := []Request{{Obj: f, Events: POLLIN}, {Obj: fdObj(r), Events: POLLIN}}
	go func() {
		time.Sleep(20 * time.Millisecond)
		f.set.Store(true)
		Wake()
	}()
	start := time.Now()
	n, err := Wait(reqs, 5*time.Second, nil)
	if err != nil || n != 1 || reqs[0].Ready != POLLIN {
		t.Fatalf("n=%d err=%v ready=%d", n, err, reqs[0].Ready)
	}
	if d := time.Since(start); d > 90*time.Millisecond {
		t.Errorf("wake took %v", d)
	}
}

func TestWaitInterrupted(t *testing.T) {
	r, _ := pipe(t)
	var stop atomic.Bool
	go func() {
		time.Sleep(20 * time.Millisecond)
		stop.Store(true)
	}()
	reqs := []Request{{Obj: fdObj(r), Events: POLLIN}}
	start := time.Now()
	n, _ := Wait(reqs, -1, stop.Load)
	if n != 0 {
		t.Fatalf("n=%d", n)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("interrupt took %v", d)
	}
}

func TestPoller(t *testing.T) {
	p, err := NewPoller()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	r, w := pipe(t)
	type ev struct {
		fd  int
		rev int16
	}
	wait := func(timeout time.Duration, reqs []Request) []ev {
		var got []ev
		if _, err := p.Wait(reqs, timeout, nil, func(fd int, rev int16) { got = append(got, ev{fd, rev}) }); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if err := p.Want(r, POLLIN); err != nil {
		t.Fatal(err)
	}
	if got := wait(0, nil); len(got) != 0 {
		t.Fatalf("empty pipe reported %v", got)
	}
	unix.Write(w, []byte("x"))
	if got := wait(time.Second, nil); len(got) != 1 || got[0] != (ev{r, POLLIN}) {
		t.Fatalf("got %v", got)
	}
	// Registrations persist until dropped.
	if got := wait(0, nil); len(got) != 1 {
		t.Fatalf("level-triggered: got %v", got)
	}
	p.Drop(r, POLLIN)
	if got := wait(0, nil); len(got) != 0 {
		t.Fatalf("after Drop: %v", got)
	}
	// Internal requests are asked each time; a wake-up ends a wait.
	f := &flag{}
	go func() { time.Sleep(20 * time.Millisecond); f.set.Store(true); Wake() }()
	reqs := []Request{{Obj: f, Events: POLLIN}}
	start := time.Now()
	wait(5*time.Second, reqs)
	if reqs[0].Ready != POLLIN || time.Since(start) > 2*time.Second {
		t.Fatalf("flag: ready %d after %v", reqs[0].Ready, time.Since(start))
	}
	// A registered descriptor that is closed reports POLLNVAL once.
	if err := p.Want(w, POLLOUT); err != nil {
		t.Fatal(err)
	}
	ForgetFD(w)
	if got := wait(time.Second, nil); len(got) != 1 || got[0] != (ev{w, POLLNVAL}) {
		t.Fatalf("after ForgetFD: %v", got)
	}
}

// Notify wakes a Poller's blocked wait (from another goroutine), and a
// Notify before the wait makes it return at once; neither is lost.
func TestPollerNotify(t *testing.T) {
	p, err := NewPoller()
	if err != nil {
		t.Skip(err)
	}
	defer p.Close()
	none := func(int, int16) {}
	p.Notify()
	if n, err := p.WaitWoken(nil, time.Minute, nil, none); n != 1 || err != nil {
		t.Fatalf("after Notify: %d %v", n, err)
	}
	for i := 0; i < 50; i++ {
		go func() {
			time.Sleep(time.Duration(i%3) * time.Millisecond)
			p.Notify()
		}()
		t0 := time.Now()
		if n, err := p.WaitWoken(nil, 10*time.Second, nil, none); n != 1 || err != nil {
			t.Fatalf("woken: %d %v", n, err)
		}
		if d := time.Since(t0); d > 5*time.Second {
			t.Fatalf("woken after %v", d)
		}
	}
	if n, _ := p.WaitWoken(nil, 0, nil, none); n != 0 {
		t.Fatalf("%d events without a Notify", n)
	}
}
