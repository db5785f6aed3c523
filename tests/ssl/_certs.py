# Helper for the TLS tests: the certificates that the test harness writes
# into $UPY_TEST_CERTS (see internal/testcerts.WriteSet for the list).
import os

DIR = os.environ["UPY_TEST_CERTS"]


def path(name):
    return DIR + "/" + name


def read(name):
    with open(path(name), "rb") as f:
        return f.read()


def server_context(cert="server", key=None):
    import ssl
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(path(cert + ".pem"), path((key or cert) + ".key"))
    return ctx


def client_context(ca="ca.pem"):
    import ssl
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=path(ca))
    return ctx


def show(f):
    # Print a call's result, or the class of its exception and whether
    # it is an OSError and a ValueError (the texts differ between
    # MicroPython's and OpenSSL's errors).
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError))
