package ssl

import (
	"crypto/x509"
	"errors"
	"time"
)

// Reasons of a failed verification, in MicroPython's fixed order.
const (
	reasonExpired    = "The certificate validity has expired"
	reasonCNMismatch = "The certificate Common Name (CN) does not match with the expected CN"
	reasonNotTrusted = "The certificate is not correctly signed by the trusted CA"
	reasonFuture     = "The certificate validity starts in the future"
	reasonUsage      = "Usage does not match the extendedKeyUsage extension"
)

// verifyChain checks a peer chain the way MicroPython reports it: every
// check is evaluated independently (Go's Verify stops at the first
// error) and the message concatenates "\n" + reason + "\n" for each
// failure. hostname is "" when the host name is not checked.
func verifyChain(rawCerts [][]byte, roots *x509.CertPool, hostname string, server bool, now time.Time) error {
	if len(rawCerts) == 0 {
		return &verifyError{msg: "\n" + reasonNotTrusted + "\n"}
	}
	certs := make([]*x509.Certificate, 0, len(rawCerts))
	for _, raw := range rawCerts {
		c, err := x509.ParseCertificate(raw)
		if err != nil {
			return &verifyError{msg: "\n" + reasonNotTrusted + "\n"}
		}
		certs = append(certs, c)
	}
	leaf := certs[0]
	var msg string
	add := func(r string) { msg += "\n" + r + "\n" }
	if now.After(leaf.NotAfter) {
		add(reasonExpired)
	}
	if hostname != "" {
		if err := leaf.VerifyHostname(hostname); err != nil {
			add(reasonCNMismatch)
		}
	}
	// Trust is checked at moments inside the validity window too, so that a
	// date problem is not also reported as a trust problem.
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	usage := x509.ExtKeyUsageServerAuth
	if server {
		usage = x509.ExtKeyUsageClientAuth
	}
	var firstErr error
	trusted := false
	for _, at := range []time.Time{now, leaf.NotBefore.Add(leaf.NotAfter.Sub(leaf.NotBefore) / 2),
		leaf.NotBefore.Add(time.Second), leaf.NotAfter.Add(-time.Second)} {
		_, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: at,
			KeyUsages: []x509.ExtKeyUsage{usage}})
		if err == nil {
			trusted = true
			break
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if !trusted {
		var inv x509.CertificateInvalidError
		if errors.As(firstErr, &inv) && inv.Reason == x509.IncompatibleUsage {
			add(reasonUsage)
		} else {
			add(reasonNotTrusted)
		}
	}
	if now.Before(leaf.NotBefore) {
		add(reasonFuture)
	}
	if msg != "" {
		return &verifyError{msg: msg}
	}
	return nil
}
