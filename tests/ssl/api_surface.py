# SSLContext surface: TLSVersion order, protocol, default options (OpenSSL 3 values), error classes, version checks.
import ssl, socket
import _certs

print(ssl.TLSVersion.TLSv1_2 < ssl.TLSVersion.TLSv1_3, ssl.TLSVersion.TLSv1_3 == 772)
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(c.minimum_version == ssl.TLSVersion.MINIMUM_SUPPORTED or c.minimum_version == ssl.TLSVersion.TLSv1_2)
print(c.maximum_version == ssl.TLSVersion.MAXIMUM_SUPPORTED)
print(c.protocol == ssl.PROTOCOL_TLS_CLIENT)
print(isinstance(c.options, int), bool(c.options & ssl.OP_NO_COMPRESSION))
c.options |= ssl.OP_NO_TLSv1
print(bool(c.options & ssl.OP_NO_TLSv1))
print(ssl.CERT_REQUIRED == 2, ssl.CERT_NONE == 0)
for exc in (ssl.SSLZeroReturnError, ssl.SSLWantReadError, ssl.SSLWantWriteError, ssl.SSLEOFError, ssl.SSLCertVerificationError):
    print(exc.__name__, issubclass(exc, ssl.SSLError), issubclass(exc, OSError))
print(ssl.CertificateError is ssl.SSLCertVerificationError)
print(ssl.HAS_SNI, ssl.HAS_ALPN, ssl.HAS_TLSv1_3)
d = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
print(d.verify_mode == ssl.CERT_NONE, d.check_hostname)
d = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
print(d.verify_mode == ssl.CERT_REQUIRED, d.check_hostname, d.protocol == ssl.PROTOCOL_TLS_CLIENT)
try:
    c.wrap_socket(socket.socket())
except ValueError as e:
    print("ValueError", e)
try:
    c.minimum_version = 42
except (ValueError, TypeError) as e:
    print(type(e).__name__)
print(type(ssl.OPENSSL_VERSION).__name__)
