package ssl

import (
	"bytes"
	"crypto/x509"
	"errors"
	"net"
	"strings"
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
		return &verifyError{msg: "\n" + reasonNotTrusted + "\n", code: 20}
	}
	certs := make([]*x509.Certificate, 0, len(rawCerts))
	for _, raw := range rawCerts {
		c, err := x509.ParseCertificate(raw)
		if err != nil {
			return &verifyError{msg: "\n" + reasonNotTrusted + "\n", code: 20}
		}
		certs = append(certs, c)
	}
	leaf := certs[0]
	var msg string
	add := func(r string) { msg += "\n" + r + "\n" }
	// OpenSSL reports one failure, the first of its checks: trust,
	// purpose, host name, then dates. Its X509_V_ERR code is kept for
	// verify_code.
	var timeCode, hostCode, trustCode int
	if now.After(leaf.NotAfter) {
		add(reasonExpired)
		timeCode = 10
	}
	if hostname != "" {
		if err := leaf.VerifyHostname(hostname); err != nil {
			add(reasonCNMismatch)
			hostCode = 62
			if net.ParseIP(strings.Trim(hostname, "[]")) != nil {
				hostCode = 64
			}
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
			trustCode = 26
		} else {
			add(reasonNotTrusted)
			trustCode = 20 // unable to get local issuer certificate
			if len(certs) == 1 && bytes.Equal(leaf.RawIssuer, leaf.RawSubject) {
				trustCode = 18 // self-signed certificate
			}
		}
	}
	if now.Before(leaf.NotBefore) {
		add(reasonFuture)
		if timeCode == 0 {
			timeCode = 9
		}
	}
	if msg != "" {
		code := trustCode
		if code == 0 {
			code = hostCode
		}
		if code == 0 {
			code = timeCode
		}
		return &verifyError{msg: msg, code: code, host: hostname}
	}
	return nil
}

// openSSLMessage is OpenSSL's text for an X509_V_ERR code (CPython's
// verify_message).
func (e *verifyError) openSSLMessage() string {
	switch e.code {
	case 9:
		return "certificate is not yet valid"
	case 10:
		return "certificate has expired"
	case 18:
		return "self-signed certificate"
	case 20:
		return "unable to get local issuer certificate"
	case 26:
		return "unsupported certificate purpose"
	case 62:
		return "Hostname mismatch, certificate is not valid for '" + e.host + "'."
	case 64:
		return "IP address mismatch, certificate is not valid for '" + strings.Trim(e.host, "[]") + "'."
	}
	return "certificate verify failed"
}
