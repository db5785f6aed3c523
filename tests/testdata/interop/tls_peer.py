# TLS interop peer (run by upy, against openssl s_client/s_server or
# python3). Certificates come from $UPY_TEST_CERTS.
#
#   tls_peer.py server CERT [--ca CA] [--alpn P,Q] [--max 1.2]
#       serves one connection: reads a line and answers
#       "<LINE upper-cased> <version> <alpn> <client CN>", then exits.
#   tls_peer.py client PORT [--ca CA] [--alpn P,Q] [--max 1.2] [--cert NAME]
#       sends "hello tls", prints the answer line, the version and ALPN.
import asyncio
import os
import ssl
import sys

CERTS = os.environ["UPY_TEST_CERTS"] + "/"


def options(args):
    opts = {}
    i = 0
    while i < len(args):
        opts[args[i][2:]] = args[i + 1]
        i += 2
    return opts


def configure(ctx, opts):
    if "ca" in opts:
        ctx.load_verify_locations(cafile=CERTS + opts["ca"])
    if "alpn" in opts:
        ctx.set_alpn_protocols(opts["alpn"].split(","))
    if opts.get("max") == "1.2":
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    if "cert" in opts:
        ctx.load_cert_chain(CERTS + opts["cert"] + ".pem", CERTS + opts["cert"] + ".key")


def common_name(cert):
    if cert:
        for rdn in cert["subject"]:
            for key, value in rdn:
                if key == "commonName":
                    return value
    return "-"


async def server(name, opts):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERTS + name + ".pem", CERTS + name + ".key")
    configure(ctx, opts)
    if "ca" in opts:
        ctx.verify_mode = ssl.CERT_REQUIRED
    done = asyncio.Event()

    async def handle(reader, writer):
        try:
            line = await reader.readline()
            tls = writer.get_extra_info("ssl_object")
            answer = "%s %s %s %s\n" % (line.strip().decode().upper(), tls.version(),
                                       tls.selected_alpn_protocol(), common_name(tls.getpeercert()))
            writer.write(answer.encode())
            await writer.drain()
        except Exception as e:
            print("server error:", type(e).__name__, e)
        writer.close()
        done.set()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=ctx)
    print("port", srv.sockets[0].getsockname()[1])
    sys.stdout.flush()
    await done.wait()
    srv.close()
    await srv.wait_closed()


async def client(port, opts):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    configure(ctx, opts)
    reader, writer = await asyncio.open_connection("localhost", int(port), ssl=ctx)
    try:
        writer.write(b"hello tls\n")
        await writer.drain()
        print(await reader.readline())
        tls = writer.get_extra_info("ssl_object")
        print(tls.version(), tls.selected_alpn_protocol(), common_name(tls.getpeercert()))
    except Exception as e:
        print("client error:", type(e).__name__, isinstance(e, ValueError), e)
    writer.close()


if sys.argv[1] == "server":
    asyncio.run(server(sys.argv[2], options(sys.argv[3:])))
else:
    asyncio.run(client(sys.argv[2], options(sys.argv[3:])))
