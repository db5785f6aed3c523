// Package testcerts makes certificates and keys for tests with
// crypto/x509: a CA, and leaf certificates signed by it (or self-signed),
// valid, expired, not yet valid, or for the wrong host.
package testcerts

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// KeyType selects the key algorithm.
type KeyType int

const (
	ECDSA KeyType = iota
	RSA
	Ed25519
)

// Pair is a certificate and its key, in PEM and DER.
type Pair struct {
	Cert    *x509.Certificate
	Key     crypto.Signer
	CertPEM []byte
	KeyPEM  []byte // PKCS#8
	CertDER []byte
	KeyDER  []byte // PKCS#8
}

func newKey(kt KeyType) crypto.Signer {
	switch kt {
	case RSA:
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			panic(err)
		}
		return k
	case Ed25519:
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			panic(err)
		}
		return k
	}
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
}

var serial int64 = 1000

func finish(tmpl *x509.Certificate, parent *Pair, key crypto.Signer) *Pair {
	signerCert, signerKey := tmpl, key
	if parent != nil {
		signerCert, signerKey = parent.Cert, parent.Key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signerCert, key.Public(), signerKey)
	if err != nil {
		panic(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		panic(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		panic(err)
	}
	return &Pair{
		Cert: cert, Key: key, CertDER: der, KeyDER: keyDER,
		CertPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		KeyPEM:  pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}),
	}
}

// CA makes a self-signed certificate authority.
func CA(name string) *Pair {
	serial++
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(serial),
		Subject:               pkix.Name{CommonName: name, Organization: []string{"upy tests"}},
		NotBefore:             now.Add(-5 * 365 * 24 * time.Hour),
		NotAfter:              now.Add(10 * 365 * 24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	return finish(tmpl, nil, newKey(ECDSA))
}

// Options describe a leaf certificate.
type Options struct {
	Hosts     []string // DNS names or IP addresses (default localhost, 127.0.0.1, ::1)
	Key       KeyType
	NotBefore time.Time // default an hour ago
	NotAfter  time.Time // default in a year
	Client    bool      // client authentication usage instead of server
}

// Leaf makes a certificate signed by ca (self-signed when ca is nil).
func Leaf(ca *Pair, cn string, o Options) *Pair {
	serial++
	now := time.Now()
	if o.NotBefore.IsZero() {
		o.NotBefore = now.Add(-time.Hour)
	}
	if o.NotAfter.IsZero() {
		o.NotAfter = now.Add(365 * 24 * time.Hour)
	}
	if o.Hosts == nil {
		o.Hosts = []string{"localhost", "127.0.0.1", "::1"}
	}
	usage := x509.ExtKeyUsageServerAuth
	if o.Client {
		usage = x509.ExtKeyUsageClientAuth
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial),
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    o.NotBefore,
		NotAfter:     o.NotAfter,
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{usage},
	}
	for _, h := range o.Hosts {
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	return finish(tmpl, ca, newKey(o.Key))
}

// Intermediate makes a CA certificate signed by parent.
func Intermediate(parent *Pair, name string) *Pair {
	serial++
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(serial),
		Subject:               pkix.Name{CommonName: name, Organization: []string{"upy tests"}},
		NotBefore:             now.Add(-5 * 365 * 24 * time.Hour),
		NotAfter:              now.Add(10 * 365 * 24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	return finish(tmpl, parent, newKey(ECDSA))
}

// TraditionalKeyPEM is the key in its algorithm's own PEM form: PKCS#1
// for RSA ("RSA PRIVATE KEY"), SEC1 for ECDSA ("EC PRIVATE KEY"); PKCS#8
// for Ed25519, which has no other.
func (p *Pair) TraditionalKeyPEM() []byte {
	switch k := p.Key.(type) {
	case *rsa.PrivateKey:
		return pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})
	case *ecdsa.PrivateKey:
		der, err := x509.MarshalECPrivateKey(k)
		if err != nil {
			panic(err)
		}
		return pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der})
	}
	return p.KeyPEM
}

// WriteSet writes the certificates and keys the Python-level TLS tests
// use into dir. All leaves are for localhost, 127.0.0.1 and ::1 and signed
// by ca.pem (an ECDSA CA) unless said otherwise; keys are PKCS#8 PEM:
//
//	ca.pem, ca.der             the trusted CA
//	other_ca.pem               a CA nobody trusts
//	server.pem/.key            ECDSA P-256 (also server.der, server.key.der,
//	                           server_sec1.key, and server_combined.pem
//	                           holding the certificate and key)
//	server_rsa.pem/.key        RSA-2048 (also server_rsa_pkcs1.key)
//	server_ed25519.pem/.key    Ed25519
//	expired, notyet            outside their validity period
//	wronghost                  for example.com only
//	selfsigned                 self-signed
//	unknown_ca                 signed by other_ca
//	chain.pem/.key             leaf followed by an intermediate CA
//	client.pem/.key            client authentication, CN "upy client"
//	other_client.pem/.key      client certificate signed by other_ca
func WriteSet(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	now := time.Now()
	ca := CA("upy test CA")
	other := CA("untrusted CA")
	inter := Intermediate(ca, "upy intermediate CA")
	files := map[string][]byte{"ca.pem": ca.CertPEM, "ca.der": ca.CertDER, "other_ca.pem": other.CertPEM}
	pair := func(name string, p *Pair) {
		files[name+".pem"] = p.CertPEM
		files[name+".key"] = p.KeyPEM
	}
	server := Leaf(ca, "localhost", Options{Key: ECDSA})
	pair("server", server)
	files["server.der"] = server.CertDER
	files["server.key.der"] = server.KeyDER
	files["server_sec1.key"] = server.TraditionalKeyPEM()
	rsaServer := Leaf(ca, "localhost", Options{Key: RSA})
	pair("server_rsa", rsaServer)
	files["server_rsa_pkcs1.key"] = rsaServer.TraditionalKeyPEM()
	pair("server_ed25519", Leaf(ca, "localhost", Options{Key: Ed25519}))
	pair("expired", Leaf(ca, "localhost", Options{NotBefore: now.Add(-2 * 365 * 24 * time.Hour), NotAfter: now.Add(-365 * 24 * time.Hour)}))
	pair("notyet", Leaf(ca, "localhost", Options{NotBefore: now.Add(365 * 24 * time.Hour), NotAfter: now.Add(2 * 365 * 24 * time.Hour)}))
	pair("wronghost", Leaf(ca, "example.com", Options{Hosts: []string{"example.com"}}))
	pair("selfsigned", Leaf(nil, "localhost", Options{}))
	pair("unknown_ca", Leaf(other, "localhost", Options{}))
	pair("client", Leaf(ca, "upy client", Options{Client: true, Hosts: []string{}}))
	pair("other_client", Leaf(other, "stranger", Options{Client: true, Hosts: []string{}}))
	chained := Leaf(inter, "localhost", Options{})
	files["chain.pem"] = append(append([]byte{}, chained.CertPEM...), inter.CertPEM...)
	files["chain.key"] = chained.KeyPEM
	// A certificate and its key in one file (CPython's load_cert_chain(certfile)).
	files["server_combined.pem"] = append(append([]byte{}, server.CertPEM...), server.KeyPEM...)
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			return err
		}
	}
	return nil
}
