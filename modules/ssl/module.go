// Package ssl is the ssl module on Go's crypto/tls: MicroPython's API and
// error forms with CPython's secure defaults and additions (see
// shared/spec/ssl.md).
package ssl

import (
	"crypto/tls"

	"upy/py"
)

func init() {
	SSLError.AddMethod("__str__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		e, ok := args[0].(*py.Exception)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected an exception")
		}
		// MicroPython prints OSError(code, name) as the tuple.
		if len(e.Args.Items) >= 2 {
			return py.ReprObj(t, e.Args)
		}
		if len(e.Args.Items) == 1 {
			return py.StrObj(t, e.Args.Items[0])
		}
		return py.NewStr(""), nil
	})
	py.RegisterModule("ssl", newModule)
	py.RegisterModule("tls", newModule)
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("ssl")
	m.Set("SSLContext", ContextType)
	m.Set("SSLSocket", SSLSocketType)
	m.Set("SSLError", SSLError)
	m.Set("SSLCertVerificationError", SSLCertVerificationError)
	m.Set("CertificateError", SSLCertVerificationError)
	m.Set("SSLZeroReturnError", SSLZeroReturnError)
	m.Set("SSLWantReadError", SSLWantReadError)
	m.Set("SSLWantWriteError", SSLWantWriteError)
	m.Set("SSLEOFError", SSLEOFError)
	for name, v := range map[string]int{
		"PROTOCOL_TLS_CLIENT": ProtocolTLSClient, "PROTOCOL_TLS_SERVER": ProtocolTLSServer,
		"CERT_NONE": CertNone, "CERT_OPTIONAL": CertOptional, "CERT_REQUIRED": CertRequired,
		// OpenSSL 3's values, as CPython shows them.
		"OP_NO_SSLv2": 0, "OP_NO_SSLv3": opNoSSLv3, "OP_NO_TLSv1": opNoTLSv1, "OP_NO_TLSv1_1": opNoTLSv1_1,
		"OP_NO_TLSv1_2": opNoTLSv1_2, "OP_NO_TLSv1_3": opNoTLSv1_3,
		"OP_NO_COMPRESSION": opNoCompression, "OP_ALL": opAll,
		"OP_CIPHER_SERVER_PREFERENCE": opCipherServerPreference, "OP_ENABLE_MIDDLEBOX_COMPAT": opMiddleboxCompat,
		"OP_NO_TICKET": 0x4000, "OP_NO_RENEGOTIATION": 0x40000000, "OP_IGNORE_UNEXPECTED_EOF": 0x80,
		"OP_SINGLE_DH_USE": 0, "OP_SINGLE_ECDH_USE": 0,
	} {
		m.Set(name, py.Int(v))
	}
	m.Set("HAS_ALPN", py.True)
	m.Set("HAS_SNI", py.True)
	m.Set("HAS_TLSv1_3", py.True)
	m.Set("OPENSSL_VERSION", py.NewStr("Go crypto/tls"))
	versions := py.NewModule("TLSVersion")
	for name, v := range map[string]int{"MINIMUM_SUPPORTED": versionMinSupported, "MAXIMUM_SUPPORTED": versionMaxSupported,
		"TLSv1": tls.VersionTLS10, "TLSv1_1": tls.VersionTLS11, "TLSv1_2": tls.VersionTLS12, "TLSv1_3": tls.VersionTLS13} {
		versions.Set(name, py.Int(v))
	}
	m.Set("TLSVersion", versions)
	purpose := py.NewModule("Purpose")
	purpose.Set("SERVER_AUTH", py.NewStr("SERVER_AUTH"))
	purpose.Set("CLIENT_AUTH", py.NewStr("CLIENT_AUTH"))
	m.Set("Purpose", purpose)
	m.SetFunc("create_default_context", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var purp, cafile, capath, cadata py.Object = py.NewStr("SERVER_AUTH"), py.None, py.None, py.None
		if err := py.UnpackArgs(t, "create_default_context", args, kw, "purpose?", &purp, "cafile?", &cafile, "capath?", &capath, "cadata?", &cadata); err != nil {
			return nil, err
		}
		server := false
		if s, ok := purp.(*py.Str); ok && s.S == "CLIENT_AUTH" {
			server = true
		}
		c := NewContext(server)
		if cafile != py.None || cadata != py.None {
			if _, err := t.CallMethod(c, "load_verify_locations", cafile, capath, cadata); err != nil {
				return nil, err
			}
		}
		return c, nil
	})
	m.SetFunc("wrap_socket", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var sock, key, cert, cadata, hostname py.Object = nil, py.None, py.None, py.None, py.None
		serverSide, doHandshake := false, true
		reqs := CertNone
		if err := py.UnpackArgs(t, "wrap_socket", args, kw, "sock", &sock, "server_side?", &serverSide,
			"key?", &key, "cert?", &cert, "cert_reqs?", &reqs, "cadata?", &cadata,
			"server_hostname?", &hostname, "do_handshake?", &doHandshake); err != nil {
			return nil, err
		}
		c := NewContext(serverSide)
		c.checkHostname = false
		c.legacyHostCheck = true
		if key != py.None || cert != py.None {
			if cert == py.None {
				return nil, py.Errorf(py.TypeError, "cert is required when key is given")
			}
			chain, err := loadCertChain(t, cert, key)
			if err != nil {
				return nil, err
			}
			c.certs = []tls.Certificate{chain}
		}
		if cadata != py.None {
			if _, err := t.CallMethod(c, "load_verify_locations", py.None, py.None, cadata); err != nil {
				return nil, err
			}
		}
		if reqs < CertNone || reqs > CertRequired {
			return nil, py.Errorf(py.ValueError, "invalid value for cert_reqs")
		}
		c.verifyMode = reqs
		return wrap(t, c, sock, serverSide, doHandshake, hostname)
	})
	return m, nil
}
