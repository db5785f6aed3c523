package selectmod

import (
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"upy/modules/socket"
	"upy/py"
)

func newThread(t *testing.T) (*py.Thread, *py.Module, *py.Module) {
	t.Helper()
	ip := py.NewInterp()
	th := ip.Setup(py.Config{})
	ip.GIL.Lock()
	t.Cleanup(func() { ip.GIL.Unlock() })
	sm, err := th.Import("socket")
	if err != nil {
		t.Fatal(err)
	}
	m, err := th.Import("select")
	if err != nil {
		t.Fatal(err)
	}
	return th, sm, m
}

func excText(th *py.Thread, err error) string {
	e := py.AsException(err)
	s, _ := py.ExcStr(th, e)
	return e.Cls.Name + ": " + s
}

func meth(t *testing.T, th *py.Thread, o py.Object, name string, args ...py.Object) py.Object {
	t.Helper()
	r, err := th.CallMethod(o, name, args...)
	if err != nil {
		t.Fatalf("%s failed: %s", name, excText(th, err))
	}
	return r
}

func call(t *testing.T, th *py.Thread, fn py.Object, args ...py.Object) py.Object {
	t.Helper()
	r, err := th.Call(fn, args, nil)
	if err != nil {
		t.Fatalf("call failed: %s", excText(th, err))
	}
	return r
}

// events returns the events poll reports for each object, in order.
func events(t *testing.T, th *py.Thread, p py.Object, timeout int) map[py.Object]int {
	t.Helper()
	r := meth(t, th, p, "poll", py.Int(timeout)).(*py.List)
	out := map[py.Object]int{}
	for _, it := range r.Items {
		tu := it.(*py.Tuple)
		out[tu.Items[0]] = int(tu.Items[1].(py.Int))
	}
	return out
}

func TestPollConnectionLife(t *testing.T) {
	th, sm, m := newThread(t)
	p := call(t, th, m.Get("poll"))
	srv := call(t, th, sm.Get("socket"))
	meth(t, th, p, "register", srv)
	if ev := events(t, th, p, 0); ev[srv] != 20 {
		t.Errorf("fresh socket: %v, want POLLOUT|POLLHUP (20)", ev)
	}
	meth(t, th, srv, "bind", py.NewTuple(py.NewStr("127.0.0.1"), py.Int(0)))
	meth(t, th, srv, "listen")
	meth(t, th, p, "modify", srv, py.Int(unix.POLLIN))
	if ev := events(t, th, p, 0); len(ev) != 0 {
		t.Errorf("idle listener: %v", ev)
	}
	cli := call(t, th, sm.Get("socket"))
	meth(t, th, cli, "setblocking", py.False)
	if _, err := th.CallMethod(cli, "connect", meth(t, th, srv, "getsockname")); err != nil {
		if !py.AsException(err).IsInstance(py.BlockingIOError) {
			t.Fatal(excText(th, err))
		}
	}
	meth(t, th, p, "register", cli, py.Int(unix.POLLOUT))
	ev := events(t, th, p, 1000)
	if ev[srv] != 1 {
		t.Errorf("listener with pending connection: %v", ev)
	}
	for ev[cli] == 0 {
		ev = events(t, th, p, 1000)
	}
	if ev[cli] != 4 {
		t.Errorf("connected client: %d, want 4", ev[cli])
	}
	conn := meth(t, th, srv, "accept").(*py.Tuple).Items[0]
	meth(t, th, p, "unregister", srv)
	meth(t, th, p, "unregister", srv) // unknown objects are ignored
	meth(t, th, p, "register", conn, py.Int(unix.POLLIN))
	if ev := events(t, th, p, 0); ev[conn] != 0 || ev[cli] != 4 {
		t.Errorf("idle connection: %v", ev)
	}
	meth(t, th, cli, "send", py.NewBytes([]byte("x")))
	if ev := events(t, th, p, 1000); ev[conn] != 1 {
		t.Errorf("data pending: %v", ev)
	}
	// The result holds the registered objects, in registration order.
	r := meth(t, th, p, "poll", py.Int(0)).(*py.List)
	if len(r.Items) != 2 || r.Items[0].(*py.Tuple).Items[0] != cli || r.Items[1].(*py.Tuple).Items[0] != conn {
		t.Errorf("poll order/objects wrong")
	}
	meth(t, th, cli, "close")
	if ev := events(t, th, p, 0); ev[cli] != 32 {
		t.Errorf("closed socket: %v, want POLLNVAL", ev)
	}
	meth(t, th, p, "unregister", cli)
	meth(t, th, conn, "recv", py.Int(10))
	if ev := events(t, th, p, 1000); ev[conn] != 1 {
		t.Errorf("peer closed: %v", ev)
	}
	_, err := th.CallMethod(p, "modify", cli, py.Int(1))
	if got := excText(th, err); got != "FileNotFoundError: [Errno 2] No such file or directory" {
		t.Errorf("modify unknown: %s", got)
	}
	meth(t, th, conn, "close")
	meth(t, th, srv, "close")
}

func TestIPollReusesTuple(t *testing.T) {
	th, sm, m := newThread(t)
	pair := call(t, th, sm.Get("socketpair")).(*py.Tuple)
	a, b := pair.Items[0], pair.Items[1]
	p := call(t, th, m.Get("poll"))
	meth(t, th, p, "register", a, py.Int(unix.POLLOUT))
	meth(t, th, p, "register", b, py.Int(unix.POLLOUT))
	it := meth(t, th, p, "ipoll", py.Int(0))
	var seen []py.Object
	var tuples []py.Object
	for {
		x, err := py.Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if x == nil {
			break
		}
		tu := x.(*py.Tuple)
		seen = append(seen, tu.Items[0])
		tuples = append(tuples, x)
		if tu.Items[1] != py.Int(4) {
			t.Errorf("events %v", tu.Items[1])
		}
	}
	if len(seen) != 2 || seen[0] != a || seen[1] != b || tuples[0] != tuples[1] {
		t.Errorf("ipoll items %v, tuples identical: %v", seen, len(tuples) == 2 && tuples[0] == tuples[1])
	}
	// One-shot: reported objects are not polled again until modified.
	it = meth(t, th, p, "ipoll", py.Int(0), py.Int(1))
	n := 0
	for x, _ := py.Next(th, it); x != nil; x, _ = py.Next(th, it) {
		n++
	}
	if n != 2 {
		t.Errorf("one-shot first round: %d", n)
	}
	it = meth(t, th, p, "ipoll", py.Int(0), py.Int(1))
	if x, _ := py.Next(th, it); x != nil {
		t.Errorf("one-shot object reported again")
	}
	meth(t, th, p, "modify", a, py.Int(unix.POLLOUT))
	it = meth(t, th, p, "ipoll", py.Int(0), py.Int(1))
	if x, _ := py.Next(th, it); x == nil || x.(*py.Tuple).Items[0] != a {
		t.Errorf("modify did not re-arm")
	}
	meth(t, th, a, "close")
	meth(t, th, b, "close")
}

func TestPollTimeoutAndWake(t *testing.T) {
	th, sm, m := newThread(t)
	pair := call(t, th, sm.Get("socketpair")).(*py.Tuple)
	a, b := pair.Items[0], pair.Items[1]
	p := call(t, th, m.Get("poll"))
	meth(t, th, p, "register", a, py.Int(unix.POLLIN))
	start := time.Now()
	if r := meth(t, th, p, "poll", py.Int(60)).(*py.List); len(r.Items) != 0 {
		t.Errorf("poll timeout returned %d items", len(r.Items))
	}
	if d := time.Since(start); d < 50*time.Millisecond {
		t.Errorf("poll returned after %v", d)
	}
	// A peer writing from another goroutine wakes a waiting poll; the GIL
	// is released while waiting.
	sb, _ := socket.AsSocket(b)
	fd := sb.FD()
	go func() {
		th.Interp.GIL.Lock()
		th.Interp.GIL.Unlock()
		time.Sleep(30 * time.Millisecond)
		unix.Write(fd, []byte("x"))
	}()
	if ev := events(t, th, p, -1); ev[a] != 1 {
		t.Errorf("woken poll: %v", ev)
	}
	meth(t, th, a, "close")
	meth(t, th, b, "close")
}

func TestPollInts(t *testing.T) {
	th, _, m := newThread(t)
	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fds[0])
	defer unix.Close(fds[1])
	p := call(t, th, m.Get("poll"))
	meth(t, th, p, "register", py.Int(fds[0]), py.Int(unix.POLLIN))
	meth(t, th, p, "register", py.Int(fds[1]))
	ev := events(t, th, p, 0)
	if ev[py.Int(fds[1])] != 4 || ev[py.Int(fds[0])] != 0 {
		t.Errorf("pipe: %v", ev)
	}
	_, err := th.CallMethod(p, "register", py.Int(-1))
	if got := excText(th, err); got != "ValueError: file descriptor cannot be a negative integer (-1)" {
		t.Errorf("negative fd: %s", got)
	}
	_, err = th.CallMethod(p, "register", py.NewList())
	if got := excText(th, err); got != "TypeError: argument must be an int, or have a fileno() method." {
		t.Errorf("bad object: %s", got)
	}
}

// userStream is a Go stand-in for a Python object with MicroPython's
// ioctl poll protocol.
type userStream struct{ ready int }

var userStreamType = py.NewBuiltinType("userstream", py.ObjectType, nil)

func (*userStream) Type() *py.Type { return userStreamType }

func init() {
	userStreamType.AddMethod("ioctl", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		u := args[0].(*userStream)
		if args[1] != py.Int(3) {
			return py.Int(-1), nil
		}
		return py.Int(u.ready) & args[2].(py.Int), nil
	})
}

func TestPollUserStream(t *testing.T) {
	th, _, m := newThread(t)
	u := &userStream{}
	p := call(t, th, m.Get("poll"))
	meth(t, th, p, "register", u, py.Int(unix.POLLIN))
	start := time.Now()
	if ev := events(t, th, p, 30); len(ev) != 0 {
		t.Errorf("idle user stream: %v", ev)
	}
	if time.Since(start) < 25*time.Millisecond {
		t.Errorf("timeout not honoured")
	}
	u.ready = unix.POLLIN | unix.POLLOUT
	if ev := events(t, th, p, -1); ev[u] != 1 {
		t.Errorf("ready user stream: %v", ev)
	}
}

func TestSelect(t *testing.T) {
	th, sm, m := newThread(t)
	pair := call(t, th, sm.Get("socketpair")).(*py.Tuple)
	a, b := pair.Items[0], pair.Items[1]
	sel := m.Get("select")
	r := call(t, th, sel, py.NewList(a, b), py.NewList(a), py.NewList(), py.Int(0)).(*py.Tuple)
	if len(r.Items[0].(*py.List).Items) != 0 || len(r.Items[1].(*py.List).Items) != 1 {
		t.Errorf("select idle: %d readable, %d writable", len(r.Items[0].(*py.List).Items), len(r.Items[1].(*py.List).Items))
	}
	meth(t, th, b, "send", py.NewBytes([]byte("x")))
	r = call(t, th, sel, py.NewList(a, b), py.NewList(), py.NewList(), py.Float(1)).(*py.Tuple)
	if rl := r.Items[0].(*py.List).Items; len(rl) != 1 || rl[0] != a {
		t.Errorf("select readable: %v", rl)
	}
	start := time.Now()
	call(t, th, sel, py.NewList(b), py.NewList(), py.NewList(), py.Float(0.05))
	if time.Since(start) < 40*time.Millisecond {
		t.Errorf("select timeout not honoured")
	}
	for _, c := range []struct {
		args []py.Object
		want string
	}{
		{[]py.Object{py.NewList(), py.NewList(), py.NewList(), py.Int(-1)}, "ValueError: timeout must be non-negative"},
		{[]py.Object{py.NewList(), py.NewList(), py.NewList(), py.NewStr("x")}, "TypeError: timeout must be a float or None"},
		{[]py.Object{py.Int(1), py.NewList(), py.NewList(), py.Int(0)}, "TypeError: arguments 1-3 must be sequences"},
	} {
		_, err := th.Call(sel, c.args, nil)
		if got := excText(th, err); got != c.want {
			t.Errorf("select error %q, want %q", got, c.want)
		}
	}
	meth(t, th, a, "close")
	_, err := th.Call(sel, []py.Object{py.NewList(a), py.NewList(), py.NewList(), py.Int(0)}, nil)
	if got := excText(th, err); got != "ValueError: file descriptor cannot be a negative integer (-1)" {
		t.Errorf("closed socket: %s", got)
	}
	meth(t, th, b, "close")
}
