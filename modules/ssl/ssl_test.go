package ssl

import (
	"net"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"upy/internal/testcerts"
	"upy/py"
)

// fakeSocket is the minimum of a socket that wrap_socket uses.
type fakeSocket struct{ fd int }

var fakeSocketType = py.NewBuiltinType("fakesocket", py.ObjectType, nil)

func (*fakeSocket) Type() *py.Type { return fakeSocketType }

func init() {
	fakeSocketType.AddMethod("fileno", func(t *py.Thread, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.Int(a[0].(*fakeSocket).fd), nil
	})
	fakeSocketType.AddMethod("gettimeout", func(t *py.Thread, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, nil
	})
	fakeSocketType.AddMethod("close", func(t *py.Thread, a []py.Object, kw []py.Kwarg) (py.Object, error) {
		s := a[0].(*fakeSocket)
		if s.fd >= 0 {
			syscall.Close(s.fd)
			s.fd = -1
		}
		return py.None, nil
	})
}

func newThread() *py.Thread {
	ip := py.NewInterp()
	t := ip.Setup(py.Config{})
	ip.GIL.Lock()
	return t
}

type side struct {
	t    *py.Thread
	sock *SSLSocket
	err  error
}

// pair runs a client and a server handshake over a socketpair.
func pair(t *testing.T, server, client *Context, host string) (cs, ss side) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan side)
	go func() {
		th := newThread()
		o, err := wrap(th, server, &fakeSocket{fd: fds[1]}, true, true, py.None)
		s, _ := o.(*SSLSocket)
		th.Interp.GIL.Unlock()
		done <- side{th, s, err}
	}()
	th := newThread()
	var hn py.Object = py.None
	if host != "" {
		hn = py.NewStr(host)
	}
	o, err := wrap(th, client, &fakeSocket{fd: fds[0]}, false, true, hn)
	s, _ := o.(*SSLSocket)
	th.Interp.GIL.Unlock()
	cs = side{th, s, err}
	select {
	case ss = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("server handshake hung")
	}
	return cs, ss
}

// errCode is the MicroPython error code carried by an SSLError (0 if none).
func errCode(err error) int {
	e := py.AsException(err)
	if e == nil || len(e.Args.Items) == 0 {
		return 0
	}
	n, _ := e.Args.Items[0].(py.Int)
	return int(n)
}

func serverContext(p *testcerts.Pair) *Context {
	c := NewContext(true)
	th := newThread()
	cert, err := loadCertChain(th, py.NewBytes(p.CertPEM), py.NewBytes(p.KeyPEM))
	if err != nil {
		panic(err)
	}
	c.certs = append(c.certs, cert)
	return c
}

func clientTrusting(ca *testcerts.Pair) *Context {
	c := NewContext(false)
	certs, _ := ParseCertificates(ca.CertPEM)
	c.roots = newPool(certs)
	return c
}

func TestHandshakeAndEcho(t *testing.T) {
	ca := testcerts.CA("Test CA")
	leaf := testcerts.Leaf(ca, "localhost", testcerts.Options{})
	cs, ss := pair(t, serverContext(leaf), clientTrusting(ca), "localhost")
	if cs.err != nil || ss.err != nil {
		t.Fatalf("handshake: client %v, server %v", cs.err, ss.err)
	}
	cs.t.Interp.GIL.Lock()
	if _, err := cs.sock.writeData(cs.t, []byte("hello\n"), true); err != nil {
		t.Fatal(err)
	}
	cs.t.Interp.GIL.Unlock()
	ss.t.Interp.GIL.Lock()
	data, eof, err := ss.sock.readSome(ss.t, 100, false)
	if err != nil || eof || string(data) != "hello\n" {
		t.Fatalf("read %q %v %v", data, eof, err)
	}
	info := ss.sock.cipherInfo().(*py.Tuple)
	if v := info.Items[1].(*py.Str).S; v != "TLSv1.3" {
		t.Errorf("version %s", v)
	}
	ss.sock.close(ss.t)
	ss.t.Interp.GIL.Unlock()
	cs.t.Interp.GIL.Lock()
	_, eof, err = cs.sock.readSome(cs.t, 100, false)
	if err != nil || !eof {
		t.Fatalf("after peer close: eof %v err %v", eof, err)
	}
	cs.sock.close(cs.t)
	cs.t.Interp.GIL.Unlock()
}

func TestVerificationMessages(t *testing.T) {
	ca := testcerts.CA("Test CA")
	other := testcerts.CA("Other CA")
	cases := []struct {
		name string
		leaf *testcerts.Pair
		host string
		want string
	}{
		{"wrong host", testcerts.Leaf(ca, "example.com", testcerts.Options{Hosts: []string{"example.com"}}), "localhost",
			"\n" + reasonCNMismatch + "\n"},
		{"expired", testcerts.Leaf(ca, "localhost", testcerts.Options{NotBefore: time.Now().Add(-48 * time.Hour), NotAfter: time.Now().Add(-24 * time.Hour)}), "localhost",
			"\n" + reasonExpired + "\n"},
		{"untrusted", testcerts.Leaf(other, "localhost", testcerts.Options{}), "localhost",
			"\n" + reasonNotTrusted + "\n"},
		{"future", testcerts.Leaf(ca, "localhost", testcerts.Options{NotBefore: time.Now().Add(24 * time.Hour), NotAfter: time.Now().Add(48 * time.Hour)}), "localhost",
			"\n" + reasonFuture + "\n"},
		{"self-signed wrong host", testcerts.Leaf(nil, "x", testcerts.Options{Hosts: []string{"x.test"}}), "localhost",
			"\n" + reasonCNMismatch + "\n\n" + reasonNotTrusted + "\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs, ss := pair(t, serverContext(c.leaf), clientTrusting(ca), c.host)
			if cs.err == nil {
				t.Fatal("client handshake succeeded")
			}
			e := py.AsException(cs.err)
			if !e.IsInstance(SSLCertVerificationError) || !e.IsInstance(py.ValueError) || !e.IsInstance(py.OSError) {
				t.Fatalf("client error class %s", e.Cls.Name)
			}
			// MicroPython's reason lines, then how to turn verification off.
			if msg := e.Args.Items[0].(*py.Str).S; !strings.HasPrefix(msg, c.want) || !strings.HasSuffix(msg, "insecurely)") ||
				strings.Count(msg, "\n") != strings.Count(c.want, "\n") {
				t.Fatalf("message %q, want %q and the opt-out", msg, c.want)
			}
			if ss.err == nil {
				t.Fatal("server handshake succeeded")
			}
			if code := errCode(ss.err); code != errFatalAlert {
				t.Fatalf("server error %v (code %d)", ss.err, code)
			}
		})
	}
}

func TestClientCertRequired(t *testing.T) {
	ca := testcerts.CA("Test CA")
	leaf := testcerts.Leaf(ca, "localhost", testcerts.Options{})
	srv := serverContext(leaf)
	srv.verifyMode = CertRequired
	certs, _ := ParseCertificates(ca.CertPEM)
	srv.roots = newPool(certs)
	cs, ss := pair(t, srv, clientTrusting(ca), "localhost")
	if ss.err == nil {
		t.Fatal("server accepted a client without a certificate")
	}
	if code := errCode(ss.err); code != errNoClientCert {
		t.Fatalf("server error %v (code %d)", ss.err, code)
	}
	if cs.sock != nil {
		cs.t.Interp.GIL.Lock()
		_, _, err := cs.sock.readSome(cs.t, 10, false)
		cs.t.Interp.GIL.Unlock()
		if code := errCode(err); code != errFatalAlert {
			t.Fatalf("client read error %v (code %d)", err, code)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	th := newThread()
	ca := testcerts.CA("Test CA")
	leaf := testcerts.Leaf(ca, "localhost", testcerts.Options{Key: testcerts.RSA})
	if _, err := loadCertChain(th, py.NewBytes(leaf.CertDER), py.NewBytes(leaf.KeyDER)); err != nil {
		t.Fatalf("DER load: %v", err)
	}
	_, err := loadCertChain(th, py.NewBytes(leaf.CertPEM), py.NewBytes([]byte("garbage")))
	if err == nil || err.Error() != "ValueError: invalid key" {
		t.Fatalf("bad key: %v", err)
	}
	_, err = loadCertChain(th, py.NewBytes([]byte("garbage")), py.NewBytes(leaf.KeyPEM))
	if err == nil || err.Error() != "ValueError: invalid cert" {
		t.Fatalf("bad cert: %v", err)
	}
	_, err = loadCertChain(th, py.NewStr("/nonexistent/cert.pem"), py.NewStr("/nonexistent/key.pem"))
	if e := py.AsException(err); e == nil || !e.IsInstance(py.OSError) {
		t.Fatalf("missing file: %v", err)
	}
}

// countFDs is the number of the process's open descriptors.
func countFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(ents)
}

// A peer that never answers: the blocking server handshake gives up
// after DefaultHandshakeTimeout with a TimeoutError naming it, tells the
// peer (EOF), and leaves no goroutine or descriptor behind once closed.
func TestHandshakeTimeoutDefault(t *testing.T) {
	old := DefaultHandshakeTimeout
	DefaultHandshakeTimeout = 200 * time.Millisecond
	defer func() { DefaultHandshakeTimeout = old }()
	ca := testcerts.CA("Test CA")
	srv := serverContext(testcerts.Leaf(ca, "localhost", testcerts.Options{}))
	th := newThread()
	fds0, gr0 := countFDs(t), runtime.NumGoroutine()
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if fds[0] >= 0 {
			syscall.Close(fds[0])
		}
	}()
	t0 := time.Now()
	o, err := wrap(th, srv, &fakeSocket{fd: fds[1]}, true, true, py.None)
	if o != nil || err == nil {
		t.Fatal("handshake with a silent peer succeeded")
	}
	if d := time.Since(t0); d < 150*time.Millisecond || d > 5*time.Second {
		t.Fatalf("gave up after %v", d)
	}
	e := py.AsException(err)
	if !e.IsInstance(py.TimeoutError) || !e.IsInstance(py.OSError) {
		t.Fatalf("error class %s", e.Cls.Name)
	}
	if msg := e.Args.Items[1].(*py.Str).S; !strings.Contains(msg, "timed out") || !strings.Contains(msg, "200ms") {
		t.Fatalf("message %q does not name the time limit", msg)
	}
	// The peer sees the end of the connection.
	var buf [16]byte
	syscall.SetNonblock(fds[0], false)
	tv := syscall.Timeval{Sec: 5}
	syscall.SetsockoptTimeval(fds[0], syscall.SOL_SOCKET, syscall.SO_RCVTIMEO, &tv)
	if n, err := syscall.Read(fds[0], buf[:]); n != 0 || err != nil {
		t.Fatalf("peer read %d %v, want EOF", n, err)
	}
	syscall.Close(fds[0])
	fds[0] = -1
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) && (countFDs(t) > fds0 || runtime.NumGoroutine() > gr0) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := countFDs(t); n > fds0 {
		t.Errorf("%d descriptors leaked", n-fds0)
	}
	if n := runtime.NumGoroutine(); n > gr0 {
		t.Errorf("%d goroutines leaked", n-gr0)
	}
}

// The TCP connection under TLS has Nagle's algorithm off (as net's and
// asyncio's): otherwise the last segment of a write waits for the peer's
// delayed ACK, 40 ms a message.
func TestTCPNoDelay(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer l.Close()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f, err := s.(*net.TCPConn).File() // a blocking duplicate, Nagle on
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fd := int(f.Fd())
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 0)
	raw, err := rawConn(fd)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if v, err := syscall.GetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY); err != nil || v == 0 {
		t.Fatalf("TCP_NODELAY %d %v", v, err)
	}
}
