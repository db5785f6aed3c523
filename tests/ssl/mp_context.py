# MicroPython's SSLContext API: protocol values, certificates and keys as
# bytes (PEM or DER), MicroPython's error values, cipher lists, the
# host name rules of wrap_socket, and the legacy ssl.wrap_socket.
import socket
import ssl
from _certs import path, read


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(ssl.PROTOCOL_TLS_CLIENT, ssl.PROTOCOL_TLS_SERVER, ssl.CERT_NONE, ssl.CERT_OPTIONAL, ssl.CERT_REQUIRED)
print(hasattr(ssl, "MBEDTLS_VERSION"), hasattr(ssl, "PROTOCOL_DTLS_CLIENT"))
show(lambda: ssl.SSLContext())
show(lambda: ssl.SSLContext(7))
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print(ctx.protocol)

# Certificates and keys as bytes: PEM, DER, every key type.
show(lambda: ctx.load_cert_chain(read("server.pem"), read("server.key")))
show(lambda: ctx.load_cert_chain(read("server.der"), read("server.key.der")))
show(lambda: ctx.load_cert_chain(bytearray(read("server_rsa.pem")), read("server_rsa_pkcs1.key")))
show(lambda: ctx.load_cert_chain(read("server_ed25519.pem"), read("server_ed25519.key")))
show(lambda: ctx.load_cert_chain(read("server.pem"), b"garbage"))
show(lambda: ctx.load_cert_chain(b"garbage", read("server.key")))
show(lambda: ctx.load_cert_chain(read("server.pem"), None))
show(lambda: ctx.load_cert_chain(123, read("server.key")))

# Trusted CAs as bytes.
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
show(lambda: cctx.load_verify_locations(cadata=read("ca.der")))
show(lambda: cctx.load_verify_locations(cadata=read("ca.pem") + read("other_ca.pem")))
show(lambda: cctx.load_verify_locations(cadata=b"garbage"))

# Cipher suites with mbedTLS-style names.
names = cctx.get_ciphers()
print(type(names).__name__, all(type(n) is str for n in names))
print("TLS1-3-AES-128-GCM-SHA256" in names, "TLS-ECDHE-ECDSA-WITH-AES-128-GCM-SHA256" in names)
show(lambda: cctx.set_ciphers(["TLS-ECDHE-ECDSA-WITH-AES-128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]))
print(cctx.get_ciphers())
show(lambda: cctx.set_ciphers(["TLS-NO-SUCH-CIPHER"]))
show(lambda: cctx.set_ciphers([]))
show(lambda: cctx.set_ciphers("TLS-ECDHE-ECDSA-WITH-AES-128-GCM-SHA256"))
try:
    cctx.set_ciphers(["nope"])
except OSError as e:
    print(e.errno, e.args)

# Host names on the client side.
s = socket.socket()
show(lambda: cctx.wrap_socket(s, do_handshake_on_connect=False))
cctx.check_hostname = False
show(lambda: cctx.wrap_socket(s, do_handshake_on_connect=False))
cctx.verify_mode = ssl.CERT_NONE
w = cctx.wrap_socket(s, do_handshake_on_connect=False)
print(w, w.server_hostname)
w.close()
w.close()
show(lambda: w.write(b"x"))

# The legacy module-level wrap_socket (MicroPython's keywords).
s = socket.socket()
show(lambda: ssl.wrap_socket(s, key=read("server.key")))
show(lambda: ssl.wrap_socket(s, server_side=True, key=b"bad", cert=read("server.pem"), do_handshake=False))
w = ssl.wrap_socket(s, server_side=True, key=read("server.key"), cert=read("server.pem"), do_handshake=False)
print(w.server_side)
w.close()
