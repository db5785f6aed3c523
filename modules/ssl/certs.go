package ssl

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"

	"upy/py"
)

// certData reads a certificate/key argument: a str is a file path, bytes
// and bytearray are the data itself (MicroPython's extension).
func certData(t *py.Thread, o py.Object, what string) ([]byte, error) {
	switch v := o.(type) {
	case *py.Str:
		b, err := os.ReadFile(v.S)
		if err != nil {
			return nil, py.OSErrorFromGo(err, v)
		}
		return b, nil
	case *py.Bytes:
		return v.B, nil
	case *py.ByteArray:
		return append([]byte(nil), v.B...), nil
	case nil:
		return nil, py.Errorf(py.TypeError, "%s is required", what)
	}
	if o == py.None {
		return nil, py.Errorf(py.TypeError, "%s must be str or bytes, not NoneType", what)
	}
	return nil, py.Errorf(py.TypeError, "%s must be str or bytes, not %s", what, py.TypeName(o))
}

// ParseCertificates parses PEM (one or more CERTIFICATE blocks) or a
// single DER certificate.
func ParseCertificates(data []byte) ([]*x509.Certificate, error) {
	if bytes.Contains(data, []byte("-----BEGIN ")) {
		var certs []*x509.Certificate
		rest := data
		for {
			var block *pem.Block
			block, rest = pem.Decode(rest)
			if block == nil {
				break
			}
			if block.Type != "CERTIFICATE" {
				continue
			}
			c, err := x509.ParseCertificate(block.Bytes)
			if err != nil {
				return nil, err
			}
			certs = append(certs, c)
		}
		if len(certs) == 0 {
			return nil, errors.New("no certificate found")
		}
		return certs, nil
	}
	c, err := x509.ParseCertificate(data)
	if err != nil {
		return nil, err
	}
	return []*x509.Certificate{c}, nil
}

// maxKeyDER bounds the size of a private key (a 16384-bit RSA key takes
// about 9.4 KiB): checking a key costs time that grows fast with its size.
const maxKeyDER = 12 << 10

// ParsePrivateKey parses an unencrypted PKCS#1, SEC1 or PKCS#8 key, PEM or DER.
func ParsePrivateKey(data []byte) (crypto.PrivateKey, error) {
	der := data
	if bytes.Contains(data, []byte("-----BEGIN ")) {
		rest := data
		der = nil
		for {
			var block *pem.Block
			block, rest = pem.Decode(rest)
			if block == nil {
				break
			}
			if block.Type == "PRIVATE KEY" || block.Type == "RSA PRIVATE KEY" || block.Type == "EC PRIVATE KEY" {
				der = block.Bytes
				break
			}
		}
		if der == nil {
			return nil, errors.New("no private key found")
		}
	}
	if len(der) > maxKeyDER {
		return nil, errors.New("key too large")
	}
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
		switch k.(type) {
		case *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey:
			return k, nil
		}
		return nil, errors.New("unsupported key type")
	}
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return k, nil
	}
	if k, err := x509.ParseECPrivateKey(der); err == nil {
		return k, nil
	}
	return nil, errors.New("invalid key")
}

// loadCertChain builds the tls.Certificate of load_cert_chain, with
// MicroPython's order of checks and errors.
func loadCertChain(t *py.Thread, certfile, keyfile py.Object) (tls.Certificate, error) {
	if keyfile == nil || keyfile == py.None {
		keyfile = certfile // CPython: the key may be in the certificate file
	}
	keyData, err := certData(t, keyfile, "keyfile")
	if err != nil {
		return tls.Certificate{}, err
	}
	certBytes, err := certData(t, certfile, "certfile")
	if err != nil {
		return tls.Certificate{}, err
	}
	key, err := ParsePrivateKey(keyData)
	if err != nil {
		return tls.Certificate{}, py.Errorf(py.ValueError, "invalid key")
	}
	certs, err := ParseCertificates(certBytes)
	if err != nil {
		return tls.Certificate{}, py.Errorf(py.ValueError, "invalid cert")
	}
	if !keyMatches(certs[0], key) {
		return tls.Certificate{}, newSSLError(-0x2180, "MBEDTLS_ERR_PK_KEY_INVALID_FORMAT (key does not match certificate)")
	}
	chain := make([][]byte, len(certs))
	for i, c := range certs {
		chain[i] = c.Raw
	}
	return tls.Certificate{Certificate: chain, PrivateKey: key, Leaf: certs[0]}, nil
}

func keyMatches(c *x509.Certificate, key crypto.PrivateKey) bool {
	type pub interface{ Equal(crypto.PublicKey) bool }
	signer, ok := key.(crypto.Signer)
	if !ok {
		return false
	}
	p, ok := signer.Public().(pub)
	return ok && p.Equal(c.PublicKey)
}

func newPool(certs []*x509.Certificate) *x509.CertPool {
	p := x509.NewCertPool()
	for _, c := range certs {
		p.AddCert(c)
	}
	return p
}
