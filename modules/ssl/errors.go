package ssl

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"syscall"

	"upy/py"
)

// The exception classes: SSLError is an OSError (MicroPython raises
// OSError), SSLCertVerificationError is also a ValueError (MicroPython
// raises ValueError for verification failures).
var (
	SSLError                 = py.NewExceptionType("ssl", "SSLError", py.OSError)
	SSLCertVerificationError = py.NewExceptionType("ssl", "SSLCertVerificationError", SSLError, py.ValueError)
	SSLZeroReturnError       = py.NewExceptionType("ssl", "SSLZeroReturnError", SSLError)
	SSLWantReadError         = py.NewExceptionType("ssl", "SSLWantReadError", SSLError)
	SSLWantWriteError        = py.NewExceptionType("ssl", "SSLWantWriteError", SSLError)
	SSLEOFError              = py.NewExceptionType("ssl", "SSLEOFError", SSLError)
)

// MicroPython's (mbedTLS) error codes for the failures the spec names.
const (
	errFatalAlert     = -30592 // MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE
	errNoClientCert   = -29824 // MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE
	errConnEOF        = -29312 // MBEDTLS_ERR_SSL_CONN_EOF
	errInvalidRecord  = -29184 // MBEDTLS_ERR_SSL_INVALID_RECORD
	errHandshake      = -28160 // MBEDTLS_ERR_SSL_HANDSHAKE_FAILURE
	errUnexpectedMsg  = -30464 // MBEDTLS_ERR_SSL_UNEXPECTED_MESSAGE
	errBadConfig      = -24192 // MBEDTLS_ERR_SSL_BAD_CONFIG
	errCertVerifyFail = -9984  // MBEDTLS_ERR_X509_CERT_VERIFY_FAILED
)

var codeNames = map[int]string{
	errFatalAlert:     "MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE",
	errNoClientCert:   "MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE",
	errConnEOF:        "MBEDTLS_ERR_SSL_CONN_EOF",
	errInvalidRecord:  "MBEDTLS_ERR_SSL_INVALID_RECORD",
	errHandshake:      "MBEDTLS_ERR_SSL_HANDSHAKE_FAILURE",
	errUnexpectedMsg:  "MBEDTLS_ERR_SSL_UNEXPECTED_MESSAGE",
	errBadConfig:      "MBEDTLS_ERR_SSL_BAD_CONFIG",
	errCertVerifyFail: "MBEDTLS_ERR_X509_CERT_VERIFY_FAILED",
}

// newSSLError makes SSLError(code, name): str() is "(code, 'NAME')" and
// e.errno is the negative code, as MicroPython's OSError.
func newSSLError(code int, name string) *py.Exception {
	e := py.NewException(SSLError, py.Int(code), py.NewStr(name))
	e.SetAttr("errno", py.Int(code))
	e.SetAttr("strerror", py.NewStr(name))
	e.SetAttr("reason", py.NewStr(name))
	return e
}

func codeError(code int) *py.Exception { return newSSLError(code, codeNames[code]) }

// verifyError is returned by our certificate checks; its message is the
// concatenation of MicroPython's reason lines.
type verifyError struct {
	msg  string
	code int    // OpenSSL's X509_V_ERR code of the first failure
	host string // the host name checked
}

func (e *verifyError) Error() string { return e.msg }

// convertError maps an error from crypto/tls or the network to the
// Python exception MicroPython would raise.
func convertError(err error, server bool) *py.Exception {
	if err == nil {
		return nil
	}
	var ve *verifyError
	if errors.As(err, &ve) {
		// MicroPython's reason lines, then how to opt out (upy's rule:
		// verification is on by default, so every failure says how to
		// turn it off).
		hint := "(certificate verification is on: check_hostname = False and verify_mode = CERT_NONE turn it off, insecurely)"
		if server {
			hint = "(client certificates are required: verify_mode = CERT_NONE or CERT_OPTIONAL stops requiring them)"
		}
		e := py.NewException(SSLCertVerificationError, py.NewStr(ve.msg+hint))
		e.SetAttr("verify_message", py.NewStr(ve.openSSLMessage()))
		e.SetAttr("verify_code", py.Int(ve.code))
		e.SetAttr("reason", py.NewStr("CERTIFICATE_VERIFY_FAILED"))
		return e
	}
	if pe, ok := err.(*py.Exception); ok {
		return pe
	}
	var hto *handshakeTimeout
	if errors.As(err, &hto) {
		// TimeoutError(ETIMEDOUT, message): an OSError naming the limit.
		e := py.NewOSError(syscall.ETIMEDOUT, nil)
		e.Args = py.NewTuple(py.Int(syscall.ETIMEDOUT), py.NewStr(hto.Error()))
		e.SetAttr("strerror", py.NewStr(hto.Error()))
		return e
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return py.NewOSError(errno, nil)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return codeError(errConnEOF)
	}
	if errors.Is(err, net.ErrClosed) || errors.Is(err, os.ErrClosed) {
		return py.NewOSError(syscall.EBADF, nil)
	}
	var ae tls.AlertError
	if errors.As(err, &ae) {
		return codeError(errFatalAlert)
	}
	var rhe tls.RecordHeaderError
	if errors.As(err, &rhe) {
		return codeError(errInvalidRecord)
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "remote error"):
		return codeError(errFatalAlert)
	case strings.Contains(msg, "client didn't provide a certificate"):
		return codeError(errNoClientCert)
	case strings.Contains(msg, "does not look like a TLS handshake"),
		strings.Contains(msg, "oversized record"),
		strings.Contains(msg, "unsupported SSLv2"):
		return codeError(errInvalidRecord)
	case strings.Contains(msg, "unexpected message"):
		return codeError(errUnexpectedMsg)
	case strings.Contains(msg, "no cipher suite supported"),
		strings.Contains(msg, "protocol version not supported"),
		strings.Contains(msg, "no application protocol"),
		strings.Contains(msg, "handshake failure"):
		return codeError(errHandshake)
	case strings.Contains(msg, "connection reset"):
		return py.NewOSError(syscall.ECONNRESET, nil)
	case strings.Contains(msg, "broken pipe"):
		return py.NewOSError(syscall.EPIPE, nil)
	}
	e := newSSLError(errHandshake, codeNames[errHandshake])
	e.SetAttr("go_error", py.NewStr(msg))
	return e
}
