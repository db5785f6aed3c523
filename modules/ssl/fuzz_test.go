package ssl

import (
	"bytes"
	"testing"

	"upy/internal/testcerts"
	"upy/py"
)

// FuzzLoadCertChain feeds arbitrary bytes to the certificate and key
// loaders (load_cert_chain and load_verify_locations with bytes, PEM or
// DER): they must never panic, must fail with MicroPython's ValueError
// (or SSLError for a key that does not match), and whatever they accept
// must be usable.
func FuzzLoadCertChain(f *testing.F) {
	ca := testcerts.CA("fuzz CA")
	for _, kt := range []testcerts.KeyType{testcerts.ECDSA, testcerts.RSA, testcerts.Ed25519} {
		p := testcerts.Leaf(ca, "localhost", testcerts.Options{Key: kt})
		f.Add(p.CertPEM, p.KeyPEM)
		f.Add(p.CertDER, p.KeyDER)
		f.Add(p.CertPEM, p.TraditionalKeyPEM())
		f.Add(append(append([]byte{}, p.CertPEM...), ca.CertPEM...), p.KeyPEM)
		f.Add(p.CertPEM[:len(p.CertPEM)/2], p.KeyPEM[:len(p.KeyPEM)/2])
	}
	f.Add([]byte("-----BEGIN CERTIFICATE-----\n\n-----END CERTIFICATE-----\n"), []byte("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
	f.Add([]byte{0x30, 0x82, 0xff, 0xff}, []byte{0x30, 0x03, 0x02, 0x01, 0x00})
	f.Add([]byte{}, []byte{})
	th := newThread()
	f.Fuzz(func(t *testing.T, certData, keyData []byte) {
		cert, err := loadCertChain(th, py.NewBytes(bytes.Clone(certData)), py.NewBytes(bytes.Clone(keyData)))
		if err != nil {
			e := py.AsException(err)
			if e == nil || !(e.IsInstance(py.ValueError) || e.IsInstance(SSLError)) {
				t.Fatalf("unexpected error %v", err)
			}
		} else if cert.Leaf == nil || len(cert.Certificate) == 0 || !keyMatches(cert.Leaf, cert.PrivateKey) {
			t.Fatalf("accepted an unusable chain")
		}
		if certs, err := ParseCertificates(certData); err == nil {
			if len(certs) == 0 {
				t.Fatal("no certificate and no error")
			}
			newPool(certs)
		}
		ParsePrivateKey(keyData)
	})
}
