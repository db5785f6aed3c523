package ssl

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"math"
	"net"
	"strings"
	"time"

	"upy/internal/netpoll"
	"upy/py"
)

// SSLSocket is the object wrap_socket returns. It owns the wrapped socket.
type SSLSocket struct {
	e        *engine
	sock     py.Object
	ctx      *Context
	server   bool
	hostname py.Object
	timeout  float64 // <0 blocking, 0 non-blocking, >0 seconds
	closed   bool
}

var SSLSocketType = py.NewBuiltinType("SSLSocket", py.ObjectType, nil)

func (*SSLSocket) Type() *py.Type { return SSLSocketType }

// PollState makes SSL sockets pollable (select.poll, asyncio).
func (s *SSLSocket) PollState(events int16) (int16, int, int16) {
	if s.closed {
		return netpoll.POLLNVAL, -1, 0
	}
	return s.e.pollState(events), -1, 0
}

// Watch makes SSL sockets netpoll.Watchers: asyncio's loop is notified
// of their state changes instead of asking them on every wait.
func (s *SSLSocket) Watch(events int16, notify func()) int16 {
	if s.closed {
		return netpoll.POLLNVAL
	}
	return s.e.watch(events, notify)
}

// HandshakeDone starts the handshake if needed and reports whether it is
// over, successfully or not (asyncio's servers wait for it).
func (s *SSLSocket) HandshakeDone() bool {
	if s.closed {
		return true
	}
	s.e.start()
	done, _ := s.e.handshakeState()
	return done
}

// handshakeLimit is the handshake's time limit: the socket's timeout when
// it has one (as CPython), else DefaultHandshakeTimeout.
func (s *SSLSocket) handshakeLimit() time.Duration {
	if s.timeout > 0 && s.timeout < 1e9 {
		return time.Duration(s.timeout * float64(time.Second))
	}
	return DefaultHandshakeTimeout
}

// SetHandshakeTimeout sets the handshake's time limit before it starts
// (asyncio's ssl_handshake_timeout).
func (s *SSLSocket) SetHandshakeTimeout(d time.Duration) { s.e.setHandshakeTimeout(d) }

// TryRead takes decrypted data without waiting (asyncio's streams): again
// when none is there yet; 0 bytes without again is the end of the stream.
func (s *SSLSocket) TryRead(buf []byte) (int, bool, error) {
	if err := s.checkOpen(); err != nil {
		return 0, false, err
	}
	s.e.start()
	n, eof, ok, err := s.e.readInto(buf)
	if err != nil {
		return 0, false, s.convert(err)
	}
	if !ok {
		return 0, true, nil
	}
	if eof {
		return 0, false, nil
	}
	return n, false, nil
}

// TryWrite queues data for encryption without waiting: again when the
// output buffer is full.
func (s *SSLSocket) TryWrite(data []byte) (int, bool, error) {
	return s.tryWrite(data, false)
}

// TryWriteOwned is TryWrite for data that never changes (the contents of
// a bytes object): it is queued without a copy.
func (s *SSLSocket) TryWriteOwned(data []byte) (int, bool, error) {
	return s.tryWrite(data, true)
}

func (s *SSLSocket) tryWrite(data []byte, owned bool) (int, bool, error) {
	if err := s.checkOpen(); err != nil {
		return 0, false, err
	}
	s.e.start()
	ok, err := s.e.write(data, owned)
	if err != nil {
		return 0, false, s.convert(err)
	}
	if !ok {
		return 0, true, nil
	}
	return len(data), false, nil
}

// WriteReady reports whether a drain is complete: the handshake is over
// (its errors are raised here) and the output buffer has room.
func (s *SSLSocket) WriteReady() (bool, error) {
	if err := s.checkOpen(); err != nil {
		return false, err
	}
	s.e.start()
	s.e.mu.Lock()
	defer s.e.mu.Unlock()
	if f := s.e.failure(); f != nil {
		return false, s.convert(f)
	}
	return s.e.hsDone && s.e.wbytes < writeBufferLimit, nil
}

func socketTimeout(t *py.Thread, sock py.Object) float64 {
	r, err := t.CallMethod(sock, "gettimeout")
	if err != nil || r == py.None {
		return -1
	}
	f, err := py.ToFloat(t, r)
	if err != nil {
		return -1
	}
	return f
}

func wrap(t *py.Thread, c *Context, sock py.Object, server, doHandshake bool, hostname py.Object) (py.Object, error) {
	host := ""
	if hostname != nil && hostname != py.None {
		s, ok := hostname.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "server_hostname must be str")
		}
		host = s.S
	}
	if server && c.certs == nil && c.server {
		// A server needs a certificate: fail now rather than at the handshake.
		return nil, py.Errorf(py.ValueError, "server_side requires a certificate: call load_cert_chain first")
	}
	if !server && c.verifyMode == CertRequired && host == "" {
		if c.checkHostname {
			return nil, py.Errorf(py.ValueError, "check_hostname requires server_hostname")
		}
		return nil, py.Errorf(py.ValueError, "CERT_REQUIRED requires server_hostname")
	}
	fdObj, err := t.CallMethod(sock, "fileno")
	if err != nil {
		return nil, err
	}
	fd, err := py.IndexInt(t, fdObj)
	if err != nil {
		return nil, err
	}
	if fd < 0 {
		return nil, py.NewOSError(9, nil)
	}
	e, err := newEngine(fd, c.config(host, server), server)
	if err != nil {
		return nil, py.OSErrorFromGo(err, nil)
	}
	s := &SSLSocket{e: e, sock: sock, ctx: c, server: server, hostname: hostname, timeout: socketTimeout(t, sock)}
	e.hsTimeout = s.handshakeLimit()
	if hostname == nil {
		s.hostname = py.None
	}
	if doHandshake {
		if err := s.handshake(t); err != nil {
			s.close(t)
			return nil, err
		}
	}
	return s, nil
}

// waitUntil blocks (GIL released) until cond is true, the socket's timeout
// passes (ETIMEDOUT) or Ctrl-C. ignoreTimeout makes it block regardless of
// the socket mode (a handshake on connect).
func (s *SSLSocket) waitUntil(t *py.Thread, ignoreTimeout bool, cond func() (bool, error)) error {
	var deadline time.Time
	if s.timeout > 0 && !ignoreTimeout {
		deadline = time.Now().Add(time.Duration(s.timeout * float64(time.Second)))
	}
	for {
		done, err := cond()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		if !deadline.IsZero() && time.Now().After(deadline) {
			return py.Errorf(py.TimeoutError, "The read operation timed out")
		}
		interrupted := false
		t.Unblocked(func() {
			s.e.wait(deadline, func() bool {
				if t.Interp.Interrupt.Load() != 0 && t.Ident == 1 {
					interrupted = true
				}
				return interrupted
			})
		})
		if interrupted {
			t.Interp.Interrupt.Store(0)
			return py.NewException(py.KeyboardInterrupt)
		}
	}
}

func (s *SSLSocket) convert(err error) error {
	if err == nil {
		return nil
	}
	return convertError(err, s.server)
}

// handshake runs the handshake to completion, blocking.
func (s *SSLSocket) handshake(t *py.Thread) error {
	s.e.start()
	return s.waitUntil(t, true, func() (bool, error) {
		done, err := s.e.handshakeState()
		return done, s.convert(err)
	})
}

func (s *SSLSocket) checkOpen() error {
	if s.closed {
		return py.NewOSError(9, nil)
	}
	return nil
}

// readSome returns up to n bytes (n < 0: whatever is there). In
// non-blocking mode it returns nil with no error when nothing is
// available; eof reports the end of the stream.
func (s *SSLSocket) readSome(t *py.Thread, n int, nonblock bool) (data []byte, eof bool, err error) {
	if err := s.checkOpen(); err != nil {
		return nil, false, err
	}
	s.e.start()
	var ok bool
	try := func() (bool, error) {
		data, eof, ok, err = s.e.read(n)
		return ok, s.convert(err)
	}
	if nonblock {
		if _, err := try(); err != nil {
			return nil, false, err
		}
		return data, eof, nil
	}
	if err := s.waitUntil(t, false, try); err != nil {
		return nil, false, err
	}
	return data, eof, nil
}

func (s *SSLSocket) nonblocking() bool { return s.timeout == 0 }

// writeData queues data and, when blocking, waits until it is sent. In
// non-blocking mode it returns -1 if the buffer is full.
func (s *SSLSocket) writeData(t *py.Thread, data []byte, wait bool) (int, error) {
	if err := s.checkOpen(); err != nil {
		return 0, err
	}
	s.e.start()
	if s.nonblocking() && !wait {
		ok, err := s.e.write(data, false)
		if err != nil {
			return 0, s.convert(err)
		}
		if !ok {
			return -1, nil
		}
		return len(data), nil
	}
	err := s.waitUntil(t, false, func() (bool, error) {
		ok, err := s.e.write(data, false)
		return ok, s.convert(err)
	})
	if err != nil {
		return 0, err
	}
	err = s.waitUntil(t, false, func() (bool, error) {
		ok, err := s.e.flushed()
		return ok, s.convert(err)
	})
	return len(data), err
}

func (s *SSLSocket) close(t *py.Thread) {
	if s.closed {
		return
	}
	s.closed = true
	s.e.close()
	t.CallMethod(s.sock, "close")
}

// cipherInfo returns (name, version, bits) of the negotiated suite.
func (s *SSLSocket) cipherInfo() py.Object {
	done, err := s.e.handshakeState()
	if !done || err != nil {
		return py.None
	}
	st := s.e.conn.ConnectionState()
	name := tls.CipherSuiteName(st.CipherSuite)
	for _, cs := range tls.CipherSuites() {
		if cs.ID == st.CipherSuite {
			name = cipherName(cs)
		}
	}
	bits := 128
	if strings.Contains(name, "AES-256") || strings.Contains(name, "CHACHA20") {
		bits = 256
	}
	return py.NewTuple(py.NewStr(name), py.NewStr(versionName(st.Version)), py.Int(bits))
}

func versionName(v uint16) string {
	switch v {
	case tls.VersionTLS13:
		return "TLSv1.3"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS10:
		return "TLSv1"
	}
	return "unknown"
}

// certDict is CPython's getpeercert() dictionary.
func certDict(c *x509.Certificate) py.Object {
	d := py.NewDict()
	rdn := func(n []struct{ k, v string }) py.Object {
		items := make([]py.Object, 0, len(n))
		for _, a := range n {
			items = append(items, py.NewTuple(py.NewTuple(py.NewStr(a.k), py.NewStr(a.v))))
		}
		return py.NewTuple(items...)
	}
	name := func(n []string, key string, out *[]struct{ k, v string }) {
		for _, v := range n {
			*out = append(*out, struct{ k, v string }{key, v})
		}
	}
	var subj, iss []struct{ k, v string }
	name(c.Subject.Country, "countryName", &subj)
	name(c.Subject.Organization, "organizationName", &subj)
	if c.Subject.CommonName != "" {
		subj = append(subj, struct{ k, v string }{"commonName", c.Subject.CommonName})
	}
	name(c.Issuer.Country, "countryName", &iss)
	name(c.Issuer.Organization, "organizationName", &iss)
	if c.Issuer.CommonName != "" {
		iss = append(iss, struct{ k, v string }{"commonName", c.Issuer.CommonName})
	}
	d.SetString("subject", rdn(subj))
	d.SetString("issuer", rdn(iss))
	d.SetString("version", py.Int(c.Version))
	d.SetString("serialNumber", py.NewStr(strings.ToUpper(c.SerialNumber.Text(16))))
	const layout = "Jan _2 15:04:05 2006 GMT"
	d.SetString("notBefore", py.NewStr(c.NotBefore.UTC().Format(layout)))
	d.SetString("notAfter", py.NewStr(c.NotAfter.UTC().Format(layout)))
	var san []py.Object
	for _, n := range c.DNSNames {
		san = append(san, py.NewTuple(py.NewStr("DNS"), py.NewStr(n)))
	}
	for _, ip := range c.IPAddresses {
		san = append(san, py.NewTuple(py.NewStr("IP Address"), py.NewStr(ipText(ip))))
	}
	if len(san) > 0 {
		d.SetString("subjectAltName", py.NewTuple(san...))
	}
	return d
}

// ipText formats an address as CPython's getpeercert does: IPv6 as eight
// upper-case hexadecimal groups, without "::" compression.
func ipText(ip net.IP) string {
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	if len(ip) != net.IPv6len {
		return ip.String()
	}
	parts := make([]string, 8)
	for i := range parts {
		parts[i] = fmt.Sprintf("%X", uint16(ip[2*i])<<8|uint16(ip[2*i+1]))
	}
	return strings.Join(parts, ":")
}

func asSSL(o py.Object) (*SSLSocket, error) {
	if s, ok := o.(*SSLSocket); ok {
		return s, nil
	}
	return nil, py.Errorf(py.TypeError, "expected an SSLSocket, not %s", py.TypeName(o))
}

func sslMethod(name string, fn func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
	SSLSocketType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, err := asSSL(args[0])
		if err != nil {
			return nil, err
		}
		return fn(t, s, args[1:], kw)
	})
}

func intArg(t *py.Thread, args []py.Object, i int, dflt int) (int, error) {
	if i >= len(args) || args[i] == py.None {
		return dflt, nil
	}
	return py.IndexInt(t, args[i])
}

func init() {
	SSLSocketType.Module = "ssl"
	sslMethod("read", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := intArg(t, args, 0, -1)
		if err != nil {
			return nil, err
		}
		var out []byte
		for {
			want := -1
			if n >= 0 {
				want = n - len(out)
				if want == 0 {
					break
				}
			}
			data, eof, err := s.readSome(t, want, s.nonblocking())
			if err != nil {
				if len(out) > 0 && s.nonblocking() {
					break
				}
				return nil, err
			}
			if data == nil && !eof {
				// non-blocking and nothing available
				if len(out) == 0 {
					return py.None, nil
				}
				break
			}
			out = append(out, data...)
			if eof || s.nonblocking() {
				break
			}
		}
		return py.NewBytes(out), nil
	})
	sslMethod("recv", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, err := intArg(t, args, 0, 1024)
		if err != nil {
			return nil, err
		}
		data, eof, err := s.readSome(t, n, s.nonblocking())
		if err != nil {
			return nil, err
		}
		if data == nil && !eof {
			return nil, py.Errorf(SSLWantReadError, "The operation did not complete (read)")
		}
		return py.NewBytes(data), nil
	})
	readInto := func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg, cpython bool) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeError, "readinto() missing required argument 'buffer'")
		}
		buf, ok := py.WritableBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
		}
		n, err := intArg(t, args, 1, len(buf))
		if err != nil {
			return nil, err
		}
		if n > len(buf) || n <= 0 {
			n = len(buf)
		}
		data, eof, err := s.readSome(t, n, s.nonblocking())
		if err != nil {
			return nil, err
		}
		if data == nil && !eof {
			if cpython {
				return nil, py.Errorf(SSLWantReadError, "The operation did not complete (read)")
			}
			return py.None, nil
		}
		copy(buf, data)
		return py.Int(len(data)), nil
	}
	sslMethod("readinto", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return readInto(t, s, args, kw, false)
	})
	sslMethod("recv_into", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return readInto(t, s, args, kw, true)
	})
	sslMethod("readline", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var out []byte
		for {
			data, eof, err := s.readSome(t, 1, s.nonblocking())
			if err != nil {
				return nil, err
			}
			if data == nil && !eof {
				if len(out) == 0 {
					return py.None, nil
				}
				break
			}
			out = append(out, data...)
			if eof || (len(data) > 0 && data[0] == '\n') {
				break
			}
		}
		return py.NewBytes(out), nil
	})
	write := func(t *py.Thread, s *SSLSocket, args []py.Object, cpython bool, all bool) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeError, "write() missing required argument 'buf'")
		}
		var data []byte
		if str, ok := args[0].(*py.Str); ok && !cpython {
			data = []byte(str.S)
		} else if b, ok := py.AsBytes(args[0]); ok {
			data = b
		} else {
			return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
		}
		n, err := s.writeData(t, data, all)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			if cpython {
				return nil, py.Errorf(SSLWantWriteError, "The operation did not complete (write)")
			}
			return py.None, nil
		}
		if all {
			return py.None, nil
		}
		return py.Int(n), nil
	}
	sslMethod("write", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return write(t, s, args, false, false)
	})
	sslMethod("send", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return write(t, s, args, true, false)
	})
	sslMethod("sendall", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return write(t, s, args, true, true)
	})
	sslMethod("do_handshake", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := s.checkOpen(); err != nil {
			return nil, err
		}
		if s.nonblocking() {
			s.e.start()
			done, err := s.e.handshakeState()
			if err != nil {
				return nil, s.convert(err)
			}
			if !done {
				return nil, py.Errorf(SSLWantReadError, "The operation did not complete (read)")
			}
			return py.None, nil
		}
		return py.None, s.handshake(t)
	})
	sslMethod("close", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s.close(t)
		return py.None, nil
	})
	sslMethod("__enter__", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) { return s, nil })
	sslMethod("__exit__", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s.close(t)
		return py.False, nil
	})
	sslMethod("setblocking", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("setblocking", args, kw, 1, 1); err != nil {
			return nil, err
		}
		b, err := py.Truth(t, args[0])
		if err != nil {
			return nil, err
		}
		if b {
			s.timeout = -1
		} else {
			s.timeout = 0
		}
		_, err = t.CallMethod(s.sock, "setblocking", args[0])
		return py.None, err
	})
	sslMethod("settimeout", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("settimeout", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if args[0] == py.None {
			s.timeout = -1
		} else {
			f, err := py.ToFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			if f < 0 || math.IsNaN(f) {
				return nil, py.Errorf(py.ValueError, "Timeout value out of range")
			}
			s.timeout = f
		}
		s.e.setHandshakeTimeout(s.handshakeLimit())
		_, err := t.CallMethod(s.sock, "settimeout", args[0])
		return py.None, err
	})
	sslMethod("gettimeout", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if s.timeout < 0 {
			return py.None, nil
		}
		return py.Float(s.timeout), nil
	})
	sslMethod("fileno", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if s.closed {
			return py.Int(-1), nil
		}
		return t.CallMethod(s.sock, "fileno")
	})
	sslMethod("cipher", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return s.cipherInfo(), nil
	})
	sslMethod("version", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		done, err := s.e.handshakeState()
		if !done || err != nil {
			return py.None, nil
		}
		return py.NewStr(versionName(s.e.conn.ConnectionState().Version)), nil
	})
	sslMethod("selected_alpn_protocol", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		done, err := s.e.handshakeState()
		if !done || err != nil {
			return py.None, nil
		}
		p := s.e.conn.ConnectionState().NegotiatedProtocol
		if p == "" {
			return py.None, nil
		}
		return py.NewStr(p), nil
	})
	sslMethod("getpeercert", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		binary := false
		if err := py.UnpackArgs(t, "getpeercert", args, kw, "binary_form?", &binary); err != nil {
			return nil, err
		}
		if err := s.checkOpen(); err != nil {
			return nil, err
		}
		done, err := s.e.handshakeState()
		if !done {
			// CPython: an unconnected socket fails as getpeername() does
			// (ENOTCONN); a connected one whose handshake is not over
			// raises ValueError.
			if _, err := t.CallMethod(s.sock, "getpeername"); err != nil {
				return nil, err
			}
			return nil, py.Errorf(py.ValueError, "handshake not done yet")
		}
		if err != nil {
			return nil, s.convert(err)
		}
		certs := s.e.conn.ConnectionState().PeerCertificates
		if len(certs) == 0 {
			return py.None, nil
		}
		if binary {
			return py.NewBytes(certs[0].Raw), nil
		}
		if s.ctx.verifyMode == CertNone {
			return py.NewDict(), nil
		}
		return certDict(certs[0]), nil
	})
	sslMethod("pending", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s.e.mu.Lock()
		n := s.e.rbytes
		s.e.mu.Unlock()
		return py.Int(n), nil
	})
	sslMethod("getpeername", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return t.CallMethod(s.sock, "getpeername")
	})
	sslMethod("getsockname", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return t.CallMethod(s.sock, "getsockname")
	})
	sslMethod("__repr__", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewStr("<SSLSocket>"), nil
	})
	SSLSocketType.AddGetSet("server_side", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBool(self.(*SSLSocket).server), nil
	}, nil)
	SSLSocketType.AddGetSet("server_hostname", func(t *py.Thread, self py.Object) (py.Object, error) {
		return self.(*SSLSocket).hostname, nil
	}, nil)
	SSLSocketType.AddGetSet("context", func(t *py.Thread, self py.Object) (py.Object, error) {
		return self.(*SSLSocket).ctx, nil
	}, nil)
}
