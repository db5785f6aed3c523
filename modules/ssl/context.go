package ssl

import (
	"crypto/tls"
	"crypto/x509"
	"slices"
	"strings"
	"time"

	"upy/py"
)

// Protocol, verification and version constants (MicroPython's values for
// the protocols; CPython's for the rest).
const (
	ProtocolTLSClient = 0
	ProtocolTLSServer = 1
	CertNone          = 0
	CertOptional      = 1
	CertRequired      = 2

	versionMinSupported = -2
	versionMaxSupported = -1
)

// Context is ssl.SSLContext.
type Context struct {
	server        bool
	verifyMode    int
	checkHostname bool
	// legacyHostCheck: ssl.wrap_socket's context checks the host name with
	// CERT_REQUIRED whenever one is given, as MicroPython does.
	legacyHostCheck bool
	certs           []tls.Certificate
	roots           *x509.CertPool      // nil: the system roots
	loaded          []*x509.Certificate // the CAs given to load_verify_locations
	ciphers         []uint16            // nil: Go's defaults
	tls12Only       bool                // set_ciphers named only TLS 1.2 suites
	alpn            []string
	minVersion      int
	maxVersion      int
	options         int
}

var ContextType = py.NewBuiltinType("SSLContext", py.ObjectType, nil)

func (*Context) Type() *py.Type { return ContextType }

func asContext(o py.Object) (*Context, error) {
	if c, ok := o.(*Context); ok {
		return c, nil
	}
	if inst, ok := o.(*py.Instance); ok {
		if c, ok := inst.Base.(*Context); ok {
			return c, nil
		}
	}
	return nil, py.Errorf(py.TypeError, "expected an SSLContext, not %s", py.TypeName(o))
}

// NewContext makes a context with CPython's secure defaults: clients
// verify the peer and its host name, servers do not ask for certificates.
func NewContext(server bool) *Context {
	c := &Context{server: server, minVersion: int(tls.VersionTLS12), maxVersion: versionMaxSupported, options: defaultOptions}
	if !server {
		c.verifyMode = CertRequired
		c.checkHostname = true
	}
	return c
}

// cipherName formats a Go suite name as MicroPython does (mbedTLS style).
func cipherName(s *tls.CipherSuite) string {
	for _, v := range s.SupportedVersions {
		if v == tls.VersionTLS13 {
			return "TLS1-3-" + strings.ReplaceAll(strings.TrimPrefix(s.Name, "TLS_"), "_", "-")
		}
	}
	return strings.ReplaceAll(s.Name, "_", "-")
}

func isTLS13(s *tls.CipherSuite) bool {
	for _, v := range s.SupportedVersions {
		if v == tls.VersionTLS13 {
			return true
		}
	}
	return false
}

// lookupCipher accepts MicroPython's names and IANA names.
func lookupCipher(name string) (*tls.CipherSuite, bool) {
	for _, s := range append(tls.CipherSuites(), tls.InsecureCipherSuites()...) {
		if name == cipherName(s) || name == s.Name || strings.ReplaceAll(name, "-", "_") == s.Name {
			return s, true
		}
	}
	return nil, false
}

func (c *Context) enabledCiphers() []string {
	var out []string
	for _, s := range tls.CipherSuites() {
		if c.ciphers != nil && !isTLS13(s) {
			keep := false
			for _, id := range c.ciphers {
				if id == s.ID {
					keep = true
				}
			}
			if !keep {
				continue
			}
		}
		if c.tls12Only && isTLS13(s) {
			continue
		}
		out = append(out, cipherName(s))
	}
	return out
}

// SSLContext.options bits (OpenSSL 3's values). The OP_NO_TLSv1_x bits
// narrow the versions the context allows, as in OpenSSL.
const (
	opAll                    = 0x80000850
	opNoSSLv3                = 0x02000000
	opNoTLSv1                = 0x04000000
	opNoTLSv1_1              = 0x10000000
	opNoTLSv1_2              = 0x08000000
	opNoTLSv1_3              = 0x20000000
	opNoCompression          = 0x20000
	opCipherServerPreference = 0x400000
	opMiddleboxCompat        = 0x100000
	// defaultOptions are those of a new context in CPython.
	defaultOptions = opAll | opNoSSLv3 | opCipherServerPreference | opMiddleboxCompat | opNoCompression
)

// versionRange is the TLS versions the context's settings allow.
func (c *Context) versionRange() (lo, hi uint16) {
	lo = tlsVersion(c.minVersion, tls.VersionTLS12)
	hi = tlsVersion(c.maxVersion, tls.VersionTLS13)
	for _, o := range []struct {
		bit int
		v   uint16
	}{{opNoTLSv1, tls.VersionTLS10}, {opNoTLSv1_1, tls.VersionTLS11}, {opNoTLSv1_2, tls.VersionTLS12}, {opNoTLSv1_3, tls.VersionTLS13}} {
		if c.options&o.bit != 0 && lo == o.v && lo < hi {
			lo++
		}
	}
	for _, o := range []struct {
		bit int
		v   uint16
	}{{opNoTLSv1_3, tls.VersionTLS13}, {opNoTLSv1_2, tls.VersionTLS12}, {opNoTLSv1_1, tls.VersionTLS11}, {opNoTLSv1, tls.VersionTLS10}} {
		if c.options&o.bit != 0 && hi == o.v && hi > lo {
			hi--
		}
	}
	return lo, hi
}

func tlsVersion(v int, dflt uint16) uint16 {
	switch v {
	case versionMinSupported:
		return tls.VersionTLS10
	case versionMaxSupported:
		return tls.VersionTLS13
	case 0:
		return dflt
	}
	return uint16(v)
}

// config builds the crypto/tls configuration for one connection.
func (c *Context) config(hostname string, server bool) *tls.Config {
	lo, hi := c.versionRange()
	cfg := &tls.Config{
		Certificates: c.certs,
		MinVersion:   lo,
		MaxVersion:   hi,
		NextProtos:   c.alpn,
		CipherSuites: c.ciphers,
		// Verification is ours (MicroPython's messages, independent checks).
		InsecureSkipVerify: true,
	}
	if c.tls12Only && cfg.MaxVersion > tls.VersionTLS12 {
		cfg.MaxVersion = tls.VersionTLS12
	}
	roots := c.roots
	if server {
		if len(c.alpn) > 0 {
			// Without a protocol in common the handshake goes on without
			// ALPN (as OpenSSL servers do; crypto/tls would refuse it).
			cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
				for _, p := range hello.SupportedProtos {
					if slices.Contains(cfg.NextProtos, p) {
						return nil, nil
					}
				}
				plain := cfg.Clone()
				plain.NextProtos = nil
				plain.GetConfigForClient = nil
				return plain, nil
			}
		}
		switch c.verifyMode {
		case CertOptional:
			cfg.ClientAuth = tls.RequestClientCert
		case CertRequired:
			cfg.ClientAuth = tls.RequireAnyClientCert
			cfg.VerifyPeerCertificate = func(raw [][]byte, _ [][]*x509.Certificate) error {
				return verifyChain(raw, roots, "", true, time.Now())
			}
		}
		return cfg
	}
	cfg.ServerName = hostname
	if c.verifyMode == CertRequired {
		check := ""
		if c.checkHostname || c.legacyHostCheck {
			check = hostname
		}
		cfg.VerifyPeerCertificate = func(raw [][]byte, _ [][]*x509.Certificate) error {
			pool := roots
			if pool == nil {
				sys, err := x509.SystemCertPool()
				if err != nil {
					sys = x509.NewCertPool()
				}
				pool = sys
			}
			return verifyChain(raw, pool, check, false, time.Now())
		}
	}
	return cfg
}

func ctxMethod(name string, fn func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
	ContextType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		c, err := asContext(args[0])
		if err != nil {
			return nil, err
		}
		return fn(t, c, args[1:], kw)
	})
}

func init() {
	ContextType.Module = "ssl"
	ContextType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "SSLContext() takes exactly one positional argument, the protocol")
		}
		p, err := py.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		switch p {
		case ProtocolTLSClient:
			return NewContext(false), nil
		case ProtocolTLSServer:
			return NewContext(true), nil
		}
		return nil, py.Errorf(py.ValueError, "invalid protocol version %d", p)
	}
	py.InstallNew(ContextType)
	ctxMethod("load_cert_chain", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var certfile, keyfile, password py.Object
		if err := py.UnpackArgs(t, "load_cert_chain", args, kw, "certfile", &certfile, "keyfile?", &keyfile, "password?", &password); err != nil {
			return nil, err
		}
		cert, err := loadCertChain(t, certfile, keyfile)
		if err != nil {
			return nil, err
		}
		c.certs = []tls.Certificate{cert}
		return py.None, nil
	})
	ctxMethod("load_verify_locations", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var cafile, capath, cadata py.Object = py.None, py.None, py.None
		if err := py.UnpackArgs(t, "load_verify_locations", args, kw, "cafile?", &cafile, "capath?", &capath, "cadata?", &cadata); err != nil {
			return nil, err
		}
		if cafile == py.None && capath == py.None && cadata == py.None {
			return nil, py.Errorf(py.TypeError, "cafile, capath and cadata cannot be all omitted")
		}
		var datas [][]byte
		if cafile != py.None {
			s, ok := cafile.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "cafile should be a valid filesystem path")
			}
			b, err := certData(t, s, "cafile")
			if err != nil {
				return nil, err
			}
			datas = append(datas, b)
		}
		if cadata != py.None {
			switch v := cadata.(type) {
			case *py.Str:
				datas = append(datas, []byte(v.S))
			default:
				b, ok := py.AsBytes(cadata)
				if !ok {
					return nil, py.Errorf(py.TypeError, "cadata should be an ASCII string or a bytes-like object")
				}
				datas = append(datas, append([]byte(nil), b...))
			}
		}
		var added []*x509.Certificate
		for _, d := range datas {
			certs, err := ParseCertificates(d)
			if err != nil {
				return nil, py.Errorf(py.ValueError, "invalid cert")
			}
			added = append(added, certs...)
		}
		// A new pool each time: connections already made keep theirs
		// (their handshakes may be reading it in another goroutine).
		pool := x509.NewCertPool()
		if c.roots != nil {
			pool = c.roots.Clone()
		}
		for _, ct := range added {
			pool.AddCert(ct)
		}
		c.roots = pool
		c.loaded = append(c.loaded, added...)
		return py.None, nil
	})
	ctxMethod("load_default_certs", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		pool, err := x509.SystemCertPool()
		if err != nil {
			return nil, py.Errorf(SSLError, "cannot load the system certificates: %v", err)
		}
		// The system roots and every CA loaded before.
		for _, ct := range c.loaded {
			pool.AddCert(ct)
		}
		c.roots = pool
		return py.None, nil
	})
	ctxMethod("set_default_verify_paths", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, nil
	})
	ctxMethod("get_ciphers", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		names := c.enabledCiphers()
		out := make([]py.Object, len(names))
		for i, n := range names {
			out[i] = py.NewStr(n)
		}
		return py.NewList(out...), nil
	})
	ctxMethod("set_ciphers", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("set_ciphers", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch args[0].(type) {
		case *py.List, *py.Tuple:
		default:
			return nil, py.Errorf(py.TypeError, "object '%s' isn't a tuple or list", py.TypeName(args[0])) // MicroPython's words
		}
		items, err := py.ToSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return nil, codeError(errBadConfig)
		}
		var ids []uint16
		only12 := true
		for _, it := range items {
			s, ok := it.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "cipher names must be str, not %s", py.TypeName(it))
			}
			suite, ok := lookupCipher(s.S)
			if !ok {
				return nil, codeError(errBadConfig)
			}
			if isTLS13(suite) {
				only12 = false
			} else {
				ids = append(ids, suite.ID)
			}
		}
		c.ciphers = ids
		c.tls12Only = only12
		return py.None, nil
	})
	ctxMethod("set_alpn_protocols", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("set_alpn_protocols", args, kw, 1, 1); err != nil {
			return nil, err
		}
		items, err := py.ToSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		var protos []string
		for _, it := range items {
			s, ok := it.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "ALPN protocols must be str")
			}
			if len(s.S) == 0 || len(s.S) > 255 {
				return nil, py.Errorf(py.ValueError, "ALPN protocols must be 1 to 255 in length")
			}
			protos = append(protos, s.S)
		}
		c.alpn = protos
		return py.None, nil
	})
	ctxMethod("wrap_socket", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, hostname py.Object = nil, py.None
		serverSide, doHandshake, ragged := false, true, true
		var session py.Object
		if err := py.UnpackArgs(t, "wrap_socket", args, kw, "sock", &sock, "server_side?", &serverSide,
			"do_handshake_on_connect?", &doHandshake, "suppress_ragged_eofs?", &ragged,
			"server_hostname?", &hostname, "session?", &session); err != nil {
			return nil, err
		}
		return wrap(t, c, sock, serverSide, doHandshake, hostname)
	})
	ctxMethod("__repr__", func(t *py.Thread, c *Context, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.NewStr("<ssl.SSLContext object>"), nil
	})
	getset := func(name string, get func(c *Context) py.Object, set func(t *py.Thread, c *Context, v py.Object) error) {
		ContextType.AddGetSet(name, func(t *py.Thread, self py.Object) (py.Object, error) {
			c, err := asContext(self)
			if err != nil {
				return nil, err
			}
			return get(c), nil
		}, func(t *py.Thread, self, v py.Object) error {
			c, err := asContext(self)
			if err != nil {
				return err
			}
			if set == nil {
				return py.Errorf(py.AttributeError, "attribute '%s' of 'SSLContext' objects is not writable", name)
			}
			return set(t, c, v)
		})
	}
	getset("verify_mode", func(c *Context) py.Object { return py.Int(c.verifyMode) }, func(t *py.Thread, c *Context, v py.Object) error {
		n, err := py.IndexInt(t, v)
		if err != nil {
			return err
		}
		if n < CertNone || n > CertRequired {
			return py.Errorf(py.ValueError, "invalid value for verify_mode")
		}
		if n == CertNone && c.checkHostname {
			return py.Errorf(py.ValueError, "Cannot set verify_mode to CERT_NONE when check_hostname is enabled.")
		}
		c.verifyMode = n
		return nil
	})
	getset("check_hostname", func(c *Context) py.Object { return py.NewBool(c.checkHostname) }, func(t *py.Thread, c *Context, v py.Object) error {
		b, err := py.Truth(t, v)
		if err != nil {
			return err
		}
		if b && c.verifyMode == CertNone {
			c.verifyMode = CertRequired
		}
		c.checkHostname = b
		return nil
	})
	getset("protocol", func(c *Context) py.Object {
		if c.server {
			return py.Int(ProtocolTLSServer)
		}
		return py.Int(ProtocolTLSClient)
	}, nil)
	version := func(which *int) func(t *py.Thread, c *Context, v py.Object) error {
		return func(t *py.Thread, c *Context, v py.Object) error {
			n, err := py.IndexInt(t, v)
			if err != nil {
				return err
			}
			switch n {
			case versionMinSupported, versionMaxSupported, tls.VersionTLS10, tls.VersionTLS11, tls.VersionTLS12, tls.VersionTLS13:
			default:
				return py.Errorf(py.ValueError, "Unsupported TLS/SSL version 0x%x", n)
			}
			*which = n
			return nil
		}
	}
	ContextType.AddGetSet("minimum_version", func(t *py.Thread, self py.Object) (py.Object, error) {
		c, err := asContext(self)
		if err != nil {
			return nil, err
		}
		return py.Int(c.minVersion), nil
	}, func(t *py.Thread, self, v py.Object) error {
		c, err := asContext(self)
		if err != nil {
			return err
		}
		return version(&c.minVersion)(t, c, v)
	})
	ContextType.AddGetSet("maximum_version", func(t *py.Thread, self py.Object) (py.Object, error) {
		c, err := asContext(self)
		if err != nil {
			return nil, err
		}
		return py.Int(c.maxVersion), nil
	}, func(t *py.Thread, self, v py.Object) error {
		c, err := asContext(self)
		if err != nil {
			return err
		}
		return version(&c.maxVersion)(t, c, v)
	})
	getset("options", func(c *Context) py.Object { return py.Int(c.options) }, func(t *py.Thread, c *Context, v py.Object) error {
		n, err := py.IndexInt(t, v)
		c.options = n
		return err
	})
}
