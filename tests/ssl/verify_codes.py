# TLS between two sockets of one process: pending, unwrap, getpeercert,
# verification errors with verify_code/verify_message, SSLZeroReturnError.
import socket, ssl, _thread
import _certs

def pair():
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    c = socket.create_connection(ls.getsockname())
    s, _ = ls.accept()
    ls.close()
    return c, s

def handshake(cctx, sctx, hostname="localhost"):
    c, s = pair()
    out = {}
    lock = _thread.allocate_lock()
    lock.acquire()
    def srv():
        try:
            out["s"] = sctx.wrap_socket(s, server_side=True)
        except Exception as e:
            out["serr"] = e
            s.close()
        lock.release()
    _thread.start_new_thread(srv, ())
    try:
        cs = cctx.wrap_socket(c, server_hostname=hostname)
    except Exception as e:
        c.close()
        lock.acquire()
        return e, out
    lock.acquire()
    return cs, out

cctx = _certs.client_context()
sctx = _certs.server_context()
cs, out = handshake(cctx, sctx)
ss = out["s"]
print(cs.getpeercert(binary_form=True) == _certs.read("server.der"))
print(ss.getpeercert(), ss.getpeercert(True))
cs.sendall(b"0123456789")
print(ss.recv(4), ss.pending())
print(ss.recv(100))
print(cs.pending())
ss.close()
try:
    print(repr(cs.recv(10)))
except ssl.SSLError as e:
    print(type(e).__name__)
cs.close()

# a certificate from an unknown CA
cs, out = handshake(cctx, _certs.server_context("unknown_ca"))
print(type(cs).__name__, isinstance(cs, ssl.SSLCertVerificationError), isinstance(cs, ValueError))
print(cs.verify_code, cs.verify_message)
if "s" in out: out["s"].close()
# a host name mismatch
cs, out = handshake(cctx, sctx, hostname="example.com")
print(type(cs).__name__, cs.verify_code, cs.verify_message)
if "s" in out: out["s"].close()
# expired
cs, out = handshake(cctx, _certs.server_context("expired"))
print(type(cs).__name__, cs.verify_code, cs.verify_message)
if "s" in out: out["s"].close()
# self-signed
cs, out = handshake(cctx, _certs.server_context("selfsigned"))
print(type(cs).__name__, cs.verify_code, cs.verify_message)
if "s" in out: out["s"].close()
