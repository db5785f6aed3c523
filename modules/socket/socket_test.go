package socket

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"upy/py"
)

func newThread(t *testing.T) (*py.Thread, *py.Module) {
	t.Helper()
	ip := py.NewInterp()
	th := ip.Setup(py.Config{})
	ip.GIL.Lock()
	t.Cleanup(func() { ip.GIL.Unlock() })
	m, err := th.Import("socket")
	if err != nil {
		t.Fatal(err)
	}
	return th, m
}

// call calls a function or method and fails the test on error.
func call(t *testing.T, th *py.Thread, fn py.Object, args ...py.Object) py.Object {
	t.Helper()
	r, err := th.Call(fn, args, nil)
	if err != nil {
		t.Fatalf("call failed: %s", excText(th, err))
	}
	return r
}

func meth(t *testing.T, th *py.Thread, o py.Object, name string, args ...py.Object) py.Object {
	t.Helper()
	r, err := th.CallMethod(o, name, args...)
	if err != nil {
		t.Fatalf("%s failed: %s", name, excText(th, err))
	}
	return r
}

// excText is "Type: str(e)".
func excText(th *py.Thread, err error) string {
	e := py.AsException(err)
	s, _ := py.ExcStr(th, e)
	return e.Cls.Name + ": " + s
}

func wantErr(t *testing.T, th *py.Thread, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", want)
	}
	if got := excText(th, err); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// repr formats the values these tests produce like Python's repr (the
// builtin container reprs may not exist yet in py).
func repr(th *py.Thread, o py.Object) string {
	switch v := o.(type) {
	case *py.Tuple:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = repr(th, x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *py.List:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = repr(th, x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *py.Bytes:
		return bytesRepr(v.B)
	case *py.Str:
		return py.StrRepr(v.S)
	case py.Int:
		return strconv.FormatInt(int64(v), 10)
	case py.Float:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	}
	s, err := py.Repr(th, o)
	if err != nil {
		return "<repr error: " + err.Error() + ">"
	}
	return s
}

func bytesRepr(b []byte) string {
	var sb strings.Builder
	sb.WriteString("b'")
	for _, c := range b {
		switch {
		case c == '\\' || c == '\'':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\n':
			sb.WriteString("\\n")
		case c == '\r':
			sb.WriteString("\\r")
		case c == '\t':
			sb.WriteString("\\t")
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, "\\x%02x", c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('\'')
	return sb.String()
}

func str(s string) py.Object { return py.NewStr(s) }

func addr(host string, port int) py.Object { return py.NewTuple(str(host), py.Int(port)) }

// listener returns a listening TCP socket on 127.0.0.1 and its address.
func listener(t *testing.T, th *py.Thread, m *py.Module) (py.Object, py.Object) {
	t.Helper()
	srv := call(t, th, m.Get("socket"))
	meth(t, th, srv, "bind", addr("127.0.0.1", 0))
	meth(t, th, srv, "listen")
	return srv, meth(t, th, srv, "getsockname")
}

func TestGetAddrInfoNumeric(t *testing.T) {
	th, m := newThread(t)
	gai := m.Get("getaddrinfo")
	cases := []struct {
		args []py.Object
		want string
	}{
		{[]py.Object{str("127.0.0.1"), py.Int(80)}, "[(2, 1, 6, '', ('127.0.0.1', 80)), (2, 2, 17, '', ('127.0.0.1', 80)), (2, 3, 0, '', ('127.0.0.1', 80))]"},
		{[]py.Object{str("::1"), py.Int(80), py.Int(0), py.Int(1)}, "[(10, 1, 6, '', ('::1', 80, 0, 0))]"},
		{[]py.Object{py.None, py.Int(0), py.Int(0), py.Int(1)}, "[(10, 1, 6, '', ('::1', 0, 0, 0)), (2, 1, 6, '', ('127.0.0.1', 0))]"},
		{[]py.Object{py.None, py.Int(0), py.Int(0), py.Int(1), py.Int(0), py.Int(1)}, "[(2, 1, 6, '', ('0.0.0.0', 0)), (10, 1, 6, '', ('::', 0, 0, 0))]"},
		{[]py.Object{str("127.1"), str("80"), py.Int(2), py.Int(2)}, "[(2, 2, 17, '', ('127.0.0.1', 80))]"},
		{[]py.Object{str("1.2.3"), py.None, py.Int(0), py.Int(1)}, "[(2, 1, 6, '', ('1.2.0.3', 0))]"},
		{[]py.Object{str("localhost"), str("http")}, "[(2, 1, 6, '', ('127.0.0.1', 80))]"},
		{[]py.Object{str("127.0.0.1"), str("domain")}, "[(2, 1, 6, '', ('127.0.0.1', 53)), (2, 2, 17, '', ('127.0.0.1', 53))]"},
		{[]py.Object{str("127.0.0.1"), py.Int(0), py.Int(0), py.Int(0), py.Int(99)}, "gaierror: [Errno -8] Servname not supported for ai_socktype"},
		{[]py.Object{str("127.0.0.1"), py.None, py.Int(0), py.Int(0), py.Int(99)}, "[(2, 3, 99, '', ('127.0.0.1', 0))]"},
		{[]py.Object{str("127.0.0.1"), py.Int(0), py.Int(0), py.Int(1), py.Int(17)}, "gaierror: [Errno -7] ai_socktype not supported"},
		{[]py.Object{str("127.0.0.1"), py.Int(0), py.Int(99)}, "gaierror: [Errno -6] ai_family not supported"},
		{[]py.Object{str("::1"), py.Int(0), py.Int(2)}, "gaierror: [Errno -9] Address family for hostname not supported"},
		{[]py.Object{str(""), py.Int(0)}, "gaierror: [Errno -2] Name or service not known"},
		{[]py.Object{py.None, py.None}, "gaierror: [Errno -2] Name or service not known"},
		{[]py.Object{str("127.0.0.1"), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0x800)}, "gaierror: [Errno -1] Bad value for ai_flags"},
		{[]py.Object{str("127.0.0.1"), py.Int(-1), py.Int(0), py.Int(1)}, "gaierror: [Errno -8] Servname not supported for ai_socktype"},
		{[]py.Object{str("127.0.0.1"), py.Int(65536 + 80), py.Int(0), py.Int(1)}, "[(2, 1, 6, '', ('127.0.0.1', 80))]"},
		{[]py.Object{str("127.0.0.1"), py.Float(1.5)}, "OSError: Int or String expected"},
		{[]py.Object{py.Int(1), py.Int(80)}, "TypeError: getaddrinfo() argument 1 must be string or None"},
		{[]py.Object{str("localhost"), py.Int(80), py.Int(0), py.Int(1), py.Int(0), py.Int(4)}, "gaierror: [Errno -2] Name or service not known"},
		{[]py.Object{str("127.0.0.1"), py.Int(80), py.Int(0), py.Int(1), py.Int(0), py.Int(2)}, "[(2, 1, 6, '127.0.0.1', ('127.0.0.1', 80))]"},
		{[]py.Object{str("::ffff:1.2.3.4"), py.Int(1), py.Int(0), py.Int(1)}, "[(10, 1, 6, '', ('::ffff:1.2.3.4', 1, 0, 0))]"},
	}
	for _, c := range cases {
		r, err := th.Call(gai, c.args, nil)
		got := ""
		if err != nil {
			got = excText(th, err)
		} else {
			got = repr(th, r)
		}
		if got != c.want {
			t.Errorf("getaddrinfo%s = %s, want %s", repr(th, py.NewTuple(c.args...)), got, c.want)
		}
	}
	// gaierror is an OSError with a negative errno.
	_, err := th.Call(gai, []py.Object{str(""), py.Int(0)}, nil)
	e := py.AsException(err)
	if !e.IsInstance(py.OSError) || e.Attr("errno") != py.Int(-2) {
		t.Errorf("gaierror errno = %v", e.Attr("errno"))
	}
}

func TestBlockingEcho(t *testing.T) {
	th, m := newThread(t)
	srv, saddr := listener(t, th, m)
	port := int(saddr.(*py.Tuple).Items[1].(py.Int))
	// The peer is plain Go, so no second Python thread is needed.
	done := make(chan error, 1)
	go func() {
		fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
		if err != nil {
			done <- err
			return
		}
		defer unix.Close(fd)
		if err := unix.Connect(fd, &unix.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
			done <- err
			return
		}
		buf := make([]byte, 100)
		n, _ := unix.Read(fd, buf)
		unix.Write(fd, []byte("echo:"))
		unix.Write(fd, buf[:n])
		unix.Write(fd, []byte("\nline2\nrest"))
		done <- nil
	}()
	acc := meth(t, th, srv, "accept").(*py.Tuple)
	conn := acc.Items[0]
	if got := repr(th, acc.Items[1].(*py.Tuple).Items[0]); got != "'127.0.0.1'" {
		t.Errorf("peer host %s", got)
	}
	if !strings.HasPrefix(repr(th, conn), "<socket.socket fd=") || !strings.Contains(repr(th, conn), "raddr=('127.0.0.1', ") {
		t.Errorf("repr %s", repr(th, conn))
	}
	meth(t, th, conn, "sendall", py.NewBytes([]byte("hello")))
	if got := repr(th, meth(t, th, conn, "read", py.Int(10))); got != "b'echo:hello'" {
		t.Errorf("read(10) = %s", got)
	}
	if got := repr(th, meth(t, th, conn, "readline")); got != "b'\\n'" {
		t.Errorf("readline = %s", got)
	}
	if got := repr(th, meth(t, th, conn, "readline")); got != "b'line2\\n'" {
		t.Errorf("readline = %s", got)
	}
	if got := repr(th, meth(t, th, conn, "read")); got != "b'rest'" {
		t.Errorf("read() = %s", got)
	}
	if got := repr(th, meth(t, th, conn, "recv", py.Int(10))); got != "b''" {
		t.Errorf("recv at EOF = %s", got)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	meth(t, th, conn, "close")
	meth(t, th, conn, "close")
	_, err := th.CallMethod(conn, "recv", py.Int(1))
	wantErr(t, th, err, "OSError: [Errno 9] Bad file descriptor")
	if got := meth(t, th, conn, "fileno"); got != py.Int(-1) {
		t.Errorf("fileno after close = %v", got)
	}
	if got := repr(th, conn); got != "<socket.socket [closed] fd=-1, family=2, type=1, proto=0>" {
		t.Errorf("closed repr %s", got)
	}
	meth(t, th, srv, "close")
}

func TestNonBlocking(t *testing.T) {
	th, m := newThread(t)
	srv, saddr := listener(t, th, m)
	meth(t, th, srv, "setblocking", py.False)
	_, err := th.CallMethod(srv, "accept")
	wantErr(t, th, err, "BlockingIOError: [Errno 11] Resource temporarily unavailable")
	cli := call(t, th, m.Get("socket"))
	meth(t, th, cli, "setblocking", py.False)
	_, err = th.CallMethod(cli, "connect", saddr)
	if err != nil {
		wantErr(t, th, err, "BlockingIOError: [Errno 115] Operation now in progress")
	}
	meth(t, th, srv, "settimeout", py.Float(5))
	conn := meth(t, th, srv, "accept").(*py.Tuple).Items[0]
	meth(t, th, conn, "setblocking", py.False)
	_, err = th.CallMethod(conn, "recv", py.Int(10))
	wantErr(t, th, err, "BlockingIOError: [Errno 11] Resource temporarily unavailable")
	for _, name := range []string{"read", "readline"} {
		if r := meth(t, th, conn, name); r != py.None {
			t.Errorf("%s on empty non-blocking socket = %s", name, repr(th, r))
		}
	}
	if r := meth(t, th, conn, "readinto", &py.ByteArray{B: make([]byte, 4)}); r != py.None {
		t.Errorf("readinto = %s", repr(th, r))
	}
	meth(t, th, cli, "send", py.NewBytes([]byte("ab\ncd")))
	time.Sleep(20 * time.Millisecond)
	if got := repr(th, meth(t, th, conn, "readline")); got != "b'ab\\n'" {
		t.Errorf("readline = %s", got)
	}
	if got := repr(th, meth(t, th, conn, "read", py.Int(10))); got != "b'cd'" {
		t.Errorf("partial read = %s", got)
	}
	// Fill the send buffer: write returns a count, then None.
	big := py.NewBytes(make([]byte, 1<<20))
	sawNone := false
	for i := 0; i < 100; i++ {
		if meth(t, th, conn, "write", big) == py.None {
			sawNone = true
			break
		}
	}
	if !sawNone {
		t.Errorf("write never returned None")
	}
	_, err = th.CallMethod(conn, "send", big)
	wantErr(t, th, err, "BlockingIOError: [Errno 11] Resource temporarily unavailable")
	for _, s := range []py.Object{conn, cli, srv} {
		meth(t, th, s, "close")
	}
}

func TestRefusedAndTimeout(t *testing.T) {
	th, m := newThread(t)
	srv, saddr := listener(t, th, m)
	meth(t, th, srv, "close")
	cli := call(t, th, m.Get("socket"))
	_, err := th.CallMethod(cli, "connect", saddr)
	wantErr(t, th, err, "ConnectionRefusedError: [Errno 111] Connection refused")
	meth(t, th, cli, "close")
	cli = call(t, th, m.Get("socket"))
	if r := meth(t, th, cli, "connect_ex", saddr); r != py.Int(111) {
		t.Errorf("connect_ex = %v", r)
	}
	meth(t, th, cli, "close")

	pair := call(t, th, m.Get("socketpair")).(*py.Tuple)
	a, b := pair.Items[0], pair.Items[1]
	meth(t, th, a, "settimeout", py.Float(0.05))
	start := time.Now()
	_, err = th.CallMethod(a, "recv", py.Int(1))
	wantErr(t, th, err, "TimeoutError: timed out")
	if d := time.Since(start); d < 40*time.Millisecond || d > 2*time.Second {
		t.Errorf("timeout took %v", d)
	}
	if got := repr(th, meth(t, th, a, "gettimeout")); got != "0.05" {
		t.Errorf("gettimeout = %s", got)
	}
	meth(t, th, b, "close")
	if got := repr(th, meth(t, th, a, "recv", py.Int(1))); got != "b''" {
		t.Errorf("recv after peer close = %s", got)
	}
	_, err = th.CallMethod(a, "send", py.NewBytes([]byte("x")))
	wantErr(t, th, err, "BrokenPipeError: [Errno 32] Broken pipe")
	meth(t, th, a, "close")
}

func TestInterrupt(t *testing.T) {
	th, m := newThread(t)
	pair := call(t, th, m.Get("socketpair")).(*py.Tuple)
	go func() {
		time.Sleep(50 * time.Millisecond)
		th.Interp.RequestInterrupt()
	}()
	_, err := th.CallMethod(pair.Items[0], "recv", py.Int(1))
	wantErr(t, th, err, "KeyboardInterrupt: ")
	meth(t, th, pair.Items[0], "close")
	meth(t, th, pair.Items[1], "close")
}

func TestUDP(t *testing.T) {
	th, m := newThread(t)
	a := call(t, th, m.Get("socket"), py.Int(unix.AF_INET), py.Int(unix.SOCK_DGRAM))
	b := call(t, th, m.Get("socket"), py.Int(unix.AF_INET), py.Int(unix.SOCK_DGRAM))
	meth(t, th, a, "bind", addr("127.0.0.1", 0))
	meth(t, th, b, "bind", addr("localhost", 0))
	if n := meth(t, th, b, "sendto", py.NewBytes([]byte("dgram")), meth(t, th, a, "getsockname")); n != py.Int(5) {
		t.Errorf("sendto = %v", n)
	}
	r := meth(t, th, a, "recvfrom", py.Int(100)).(*py.Tuple)
	if got := repr(th, r.Items[0]); got != "b'dgram'" {
		t.Errorf("recvfrom data %s", got)
	}
	if !py.Identical(r.Items[1].(*py.Tuple).Items[1], meth(t, th, b, "getsockname").(*py.Tuple).Items[1]) {
		t.Errorf("recvfrom address %s", repr(th, r.Items[1]))
	}
	meth(t, th, a, "close")
	meth(t, th, b, "close")
}

func TestIPv6AndUnix(t *testing.T) {
	th, m := newThread(t)
	if !hasIPv6() {
		t.Skip("no IPv6")
	}
	s := call(t, th, m.Get("socket"), py.Int(unix.AF_INET6))
	meth(t, th, s, "bind", py.NewTuple(str("::1"), py.Int(0)))
	got := repr(th, meth(t, th, s, "getsockname"))
	if !strings.HasPrefix(got, "('::1', ") || !strings.HasSuffix(got, ", 0, 0)") {
		t.Errorf("getsockname = %s", got)
	}
	meth(t, th, s, "close")
	u := call(t, th, m.Get("socket"), py.Int(unix.AF_UNIX))
	if got := repr(th, meth(t, th, u, "getsockname")); got != "''" {
		t.Errorf("unbound unix name = %s", got)
	}
	meth(t, th, u, "bind", py.NewBytes([]byte("\x00upy-test-abstract")))
	if got := repr(th, meth(t, th, u, "getsockname")); got != "b'\\x00upy-test-abstract'" {
		t.Errorf("abstract name = %s", got)
	}
	meth(t, th, u, "close")
}

func TestAddressErrors(t *testing.T) {
	th, m := newThread(t)
	s := call(t, th, m.Get("socket"))
	defer meth(t, th, s, "close")
	cases := []struct {
		a    py.Object
		want string
	}{
		{str("x"), "TypeError: bind(): AF_INET address must be tuple, not str"},
		{py.NewTuple(str("127.0.0.1")), "TypeError: AF_INET address must be a pair (host, port)"},
		{addr("127.0.0.1", 70000), "OverflowError: bind(): port must be 0-65535."},
		{py.NewTuple(py.Int(1), py.Int(80)), "TypeError: str, bytes or bytearray expected, not int"},
		{addr("::1", 0), "gaierror: [Errno -9] Address family for hostname not supported"},
	}
	for _, c := range cases {
		_, err := th.CallMethod(s, "bind", c.a)
		wantErr(t, th, err, c.want)
	}
	_, err := th.CallMethod(s, "getpeername")
	wantErr(t, th, err, "OSError: [Errno 107] Transport endpoint is not connected")
	_, err = th.CallMethod(s, "recv", py.Int(-1))
	wantErr(t, th, err, "ValueError: negative buffersize in recv")
	_, err = th.CallMethod(s, "settimeout", py.Int(-1))
	wantErr(t, th, err, "ValueError: Timeout value out of range")
	_, err = th.Call(m.Get("socket"), []py.Object{py.Int(99)}, nil)
	wantErr(t, th, err, "OSError: [Errno 97] Address family not supported by protocol")

	srv, saddr := listener(t, th, m)
	s2 := call(t, th, m.Get("socket"))
	_, err = th.CallMethod(s2, "bind", saddr)
	wantErr(t, th, err, "OSError: [Errno 98] Address already in use")
	meth(t, th, s2, "close")
	meth(t, th, srv, "close")
}

func TestModuleFunctions(t *testing.T) {
	th, m := newThread(t)
	cases := []struct {
		fn   string
		args []py.Object
		want string
	}{
		{"inet_aton", []py.Object{str("1.2.3")}, "b'\\x01\\x02\\x00\\x03'"},
		{"inet_aton", []py.Object{str("x")}, "OSError: illegal IP address string passed to inet_aton"},
		{"inet_ntoa", []py.Object{py.NewBytes([]byte{1, 2, 3, 4})}, "'1.2.3.4'"},
		{"inet_pton", []py.Object{py.Int(10), str("::ffff:1.2.3.4")}, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xff\\xff\\x01\\x02\\x03\\x04'"},
		{"inet_pton", []py.Object{py.Int(2), str("1.2.3")}, "OSError: illegal IP address string passed to inet_pton"},
		{"inet_ntop", []py.Object{py.Int(10), py.NewBytes(append(make([]byte, 12), 1, 2, 3, 4))}, "'::1.2.3.4'"},
		{"inet_ntop", []py.Object{py.Int(10), py.NewBytes([]byte{0x20, 1, 0xd, 0xb8, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1})}, "'2001:db8:0:1:0:1:0:1'"},
		{"inet_ntop", []py.Object{py.Int(10), py.NewBytes(make([]byte, 16))}, "'::'"},
		{"htons", []py.Object{py.Int(1)}, "256"},
		{"htons", []py.Object{py.Int(-1)}, "OverflowError: htons: can't convert negative Python int to C 16-bit unsigned integer"},
		{"htonl", []py.Object{py.Int(1)}, "16777216"},
		{"ntohl", []py.Object{str("x")}, "TypeError: expected int, str found"},
		{"gethostbyname", []py.Object{str("localhost")}, "'127.0.0.1'"},
		{"gethostbyname", []py.Object{str("")}, "'0.0.0.0'"},
		{"getservbyname", []py.Object{str("http")}, "80"},
		{"getservbyport", []py.Object{py.Int(70000)}, "OverflowError: getservbyport: port must be 0-65535."},
		{"getnameinfo", []py.Object{addr("127.0.0.1", 80), py.Int(3)}, "('127.0.0.1', '80')"},
	}
	for _, c := range cases {
		r, err := th.Call(m.Get(c.fn), c.args, nil)
		got := ""
		if err != nil {
			got = excText(th, err)
		} else {
			got = repr(th, r)
		}
		if got != c.want {
			t.Errorf("%s%s = %s, want %s", c.fn, repr(th, py.NewTuple(c.args...)), got, c.want)
		}
	}
}

func TestMakefile(t *testing.T) {
	th, m := newThread(t)
	pair := call(t, th, m.Get("socketpair")).(*py.Tuple)
	a, b := pair.Items[0], pair.Items[1]
	w := meth(t, th, a, "makefile", str("w"))
	meth(t, th, w, "write", str("héllo\nworld\n"))
	meth(t, th, w, "close")
	meth(t, th, a, "close")
	r := meth(t, th, b, "makefile", str("r"))
	if got := repr(th, meth(t, th, r, "readline")); got != "'héllo\\n'" {
		t.Errorf("readline = %s", got)
	}
	if got := repr(th, meth(t, th, r, "read", py.Int(3))); got != "'wor'" {
		t.Errorf("read(3) = %s", got)
	}
	// Closing the socket keeps the descriptor while the file is open.
	meth(t, th, b, "close")
	if got := repr(th, meth(t, th, r, "read")); got != "'ld\\n'" {
		t.Errorf("read() = %s", got)
	}
	meth(t, th, r, "close")
	s, _ := AsSocket(b)
	if s.FD() != -1 {
		t.Errorf("descriptor still open after closing file and socket")
	}
}

func TestFinalizer(t *testing.T) {
	_, _ = newThread(t)
	var fd int
	func() {
		s, err := Open(unix.AF_INET, unix.SOCK_STREAM, 0)
		if err != nil {
			t.Fatal(err)
		}
		fd = s.FD()
	}()
	for i := 0; i < 20; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == unix.EBADF {
			return
		}
	}
	t.Errorf("descriptor %d of an unreachable socket was not closed", fd)
}

func TestPollState(t *testing.T) {
	_, _ = newThread(t)
	s, err := Open(unix.AF_INET, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	ready, fd, ev := s.PollState(1)
	if ready != 0 || fd != s.FD() || ev != 1 {
		t.Errorf("PollState = %d %d %d", ready, fd, ev)
	}
	s.Close()
	if ready, fd, _ := s.PollState(1); ready != 0x20 || fd != -1 {
		t.Errorf("closed PollState = %d %d", ready, fd)
	}
}

// TestTwoThreads runs a blocking accept/recv in a second Python thread:
// the waits must release the GIL so that the main thread can connect.
func TestTwoThreads(t *testing.T) {
	th, m := newThread(t)
	srv, saddr := listener(t, th, m)
	done := make(chan string, 1)
	go func() {
		t2 := th.Interp.NewThread()
		th.Interp.AcquireGIL()
		defer th.Interp.GIL.Unlock()
		r, err := t2.CallMethod(srv, "accept")
		if err != nil {
			done <- excText(t2, err)
			return
		}
		conn := r.(*py.Tuple).Items[0]
		data, err := t2.CallMethod(conn, "recv", py.Int(100))
		if err != nil {
			done <- excText(t2, err)
			return
		}
		t2.CallMethod(conn, "sendall", py.NewBytes(append([]byte("got "), data.(*py.Bytes).B...)))
		t2.CallMethod(conn, "close")
		done <- "ok"
	}()
	time.Sleep(20 * time.Millisecond)
	cli := call(t, th, m.Get("create_connection"), saddr)
	meth(t, th, cli, "sendall", py.NewBytes([]byte("ping")))
	if got := repr(th, meth(t, th, cli, "read")); got != "b'got ping'" {
		t.Errorf("reply %s", got)
	}
	var res string
	th.Unblocked(func() { res = <-done })
	if res != "ok" {
		t.Errorf("server thread: %s", res)
	}
	meth(t, th, cli, "close")
	meth(t, th, srv, "close")
}

// TestCloseWhileWaiting closes a socket from another thread while a
// recv waits on it: the waiter notices and fails with EBADF.
func TestCloseWhileWaiting(t *testing.T) {
	th, m := newThread(t)
	pair := call(t, th, m.Get("socketpair")).(*py.Tuple)
	a := pair.Items[0]
	go func() {
		time.Sleep(30 * time.Millisecond)
		th.Interp.AcquireGIL()
		th.Interp.NewThread().CallMethod(a, "close")
		th.Interp.GIL.Unlock()
	}()
	start := time.Now()
	_, err := th.CallMethod(a, "recv", py.Int(1))
	wantErr(t, th, err, "OSError: [Errno 9] Bad file descriptor")
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %v", d)
	}
	meth(t, th, pair.Items[1], "close")
}

func TestFlags(t *testing.T) {
	th, m := newThread(t)
	pair := call(t, th, m.Get("socketpair")).(*py.Tuple)
	a, b := pair.Items[0], pair.Items[1]
	// MSG_DONTWAIT on a blocking socket does not wait.
	_, err := th.CallMethod(b, "recv", py.Int(10), py.Int(unix.MSG_DONTWAIT))
	wantErr(t, th, err, "BlockingIOError: [Errno 11] Resource temporarily unavailable")
	// MSG_WAITALL on a blocking socket waits for the whole amount.
	sa, _ := AsSocket(a)
	fd := sa.FD()
	go func() {
		for _, part := range []string{"123", "456", "7890"} {
			time.Sleep(15 * time.Millisecond)
			unix.Write(fd, []byte(part))
		}
	}()
	if got := repr(th, meth(t, th, b, "recv", py.Int(10), py.Int(unix.MSG_WAITALL))); got != "b'1234567890'" {
		t.Errorf("MSG_WAITALL recv = %s", got)
	}
	meth(t, th, a, "close")
	meth(t, th, b, "close")
}

func TestUnixBacklogFull(t *testing.T) {
	th, m := newThread(t)
	path := t.TempDir() + "/s"
	srv := call(t, th, m.Get("socket"), py.Int(unix.AF_UNIX))
	meth(t, th, srv, "bind", str(path))
	meth(t, th, srv, "listen", py.Int(0))
	var clients []py.Object
	// Fill the backlog with non-blocking connects, then a blocking one
	// must wait (here: time out) instead of failing with EAGAIN.
	for i := 0; i < 8; i++ {
		c := call(t, th, m.Get("socket"), py.Int(unix.AF_UNIX))
		meth(t, th, c, "setblocking", py.False)
		clients = append(clients, c)
		if _, err := th.CallMethod(c, "connect", str(path)); err != nil {
			break
		}
	}
	c := call(t, th, m.Get("socket"), py.Int(unix.AF_UNIX))
	meth(t, th, c, "settimeout", py.Float(0.05))
	_, err := th.CallMethod(c, "connect", str(path))
	if err != nil {
		wantErr(t, th, err, "TimeoutError: timed out")
	}
	for _, x := range append(clients, c, srv) {
		meth(t, th, x, "close")
	}
}
