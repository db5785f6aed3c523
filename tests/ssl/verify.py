# Certificate verification over asyncio TLS streams: every failure raises
# SSLCertVerificationError (an OSError and a ValueError) on the client,
# CERT_NONE accepts anything, host names and IP addresses are checked.
import asyncio
import ssl
import _certs

async def echo(reader, writer):
    try:
        line = await reader.readline()
        writer.write(line.upper())
        await writer.drain()
    except OSError:
        pass
    writer.close()


async def attempt(port, ctx, host="localhost", server_hostname=None):
    try:
        reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname=server_hostname)
        writer.write(b"hi\n")
        await writer.drain()
        reply = await reader.readline()
        writer.close()
        return reply
    except Exception as e:
        return "%s OSError=%s ValueError=%s" % (type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError))


async def main():
    servers = {}
    for name in ["server", "expired", "notyet", "wronghost", "selfsigned", "unknown_ca", "chain"]:
        srv = await asyncio.start_server(echo, "127.0.0.1", 0, ssl=_certs.server_context(name))
        servers[name] = (srv, srv.sockets[0].getsockname()[1])
    verifying = _certs.client_context()
    lax = _certs.client_context()
    lax.check_hostname = False
    lax.verify_mode = ssl.CERT_NONE
    for name, (srv, port) in servers.items():
        print(name, await attempt(port, verifying))
        print(name, "CERT_NONE", await attempt(port, lax))
    port = servers["server"][1]
    print("by IP", await attempt(port, verifying, "127.0.0.1"))
    print("other name", await attempt(port, verifying, server_hostname="example.com"))
    no_host_check = _certs.client_context()
    no_host_check.check_hostname = False
    print("wronghost unchecked", await attempt(servers["wronghost"][1], no_host_check))
    trusting = _certs.client_context("selfsigned.pem")
    print("self-signed trusted", await attempt(servers["selfsigned"][1], trusting))
    # ssl=True: a default context, verifying against the system's CAs
    # (which do not include the test CA); the host name defaults to host.
    print("ssl=True", await attempt(port, True))
    both = _certs.client_context()
    both.load_default_certs()
    print("test and system CAs", await attempt(port, both))
    for srv, port in servers.values():
        srv.close()
        await srv.wait_closed()


asyncio.run(main())
