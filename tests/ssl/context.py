# SSLContext: defaults, verify_mode/check_hostname rules, loading
# certificates and keys (files of every key type, CA files and data).
import ssl
import _certs
from _certs import path, read, show

client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print("client:", client.verify_mode == ssl.CERT_REQUIRED, client.check_hostname)
print("server:", server.verify_mode == ssl.CERT_NONE, server.check_hostname)
print("SSLContext" in repr(client))
print(issubclass(ssl.SSLError, OSError), issubclass(ssl.SSLCertVerificationError, ssl.SSLError),
      issubclass(ssl.SSLCertVerificationError, ValueError))

# CERT_NONE needs check_hostname off first.
try:
    client.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError:", e)
client.check_hostname = False
client.verify_mode = ssl.CERT_NONE
print(client.verify_mode == ssl.CERT_NONE, client.check_hostname)
# check_hostname turns verification back on.
client.check_hostname = True
print(client.verify_mode == ssl.CERT_REQUIRED)
client.verify_mode = ssl.CERT_OPTIONAL
print(client.verify_mode == ssl.CERT_OPTIONAL)

# Certificate chains: every key type and format.
for cert, key in [("server.pem", "server.key"), ("server.pem", "server_sec1.key"),
                  ("server_rsa.pem", "server_rsa.key"), ("server_rsa.pem", "server_rsa_pkcs1.key"),
                  ("server_ed25519.pem", "server_ed25519.key"), ("chain.pem", "chain.key")]:
    print(cert, key, end=" ")
    show(lambda: server.load_cert_chain(path(cert), path(key)))
print("combined", end=" ")
show(lambda: server.load_cert_chain(path("server_combined.pem")))
print("mismatch", end=" ")
show(lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(path("server.pem"), path("server_rsa.key")))
print("missing file", end=" ")
show(lambda: server.load_cert_chain(path("nothere.pem"), path("server.key")))

# Trusted CAs.
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
show(lambda: ctx.load_verify_locations(cafile=path("ca.pem")))
show(lambda: ctx.load_verify_locations(cadata=read("ca.pem").decode()))
show(lambda: ctx.load_verify_locations(cadata=read("ca.der")))
show(lambda: ctx.load_verify_locations(path("other_ca.pem")))
show(lambda: ctx.load_verify_locations())
# Invalid data: MicroPython raises ValueError, CPython SSLError (an OSError).
for bad in ["not a certificate", b"\x30\x03\x02\x01\x00"]:
    try:
        ctx.load_verify_locations(cadata=bad)
    except (ValueError, OSError):
        print("invalid cadata rejected")
show(lambda: ctx.load_default_certs())
show(lambda: ctx.set_alpn_protocols(["h2", "http/1.1"]))

# TLS versions.
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
ctx.maximum_version = ssl.TLSVersion.TLSv1_3
print(ctx.minimum_version == ssl.TLSVersion.TLSv1_2, ctx.maximum_version == ssl.TLSVersion.TLSv1_3)
d = ssl.create_default_context()
print(d.verify_mode == ssl.CERT_REQUIRED, d.check_hostname)
d = ssl.create_default_context(cafile=path("ca.pem"))
print(d.verify_mode == ssl.CERT_REQUIRED)
