# Interop peer (run by upy or python3): a line-protocol stream server.
# Usage: stream_server.py HOST NCONNS [CERT KEY [CA]]
# Prints "port N" once listening, serves NCONNS connections, then exits
# printing "served N". Commands: "upper TEXT" -> TEXT upper-cased,
# "big N" -> N bytes, end of input -> "bye" and close.
import asyncio
import sys

served = 0
tls = len(sys.argv) > 4
done = asyncio.Event()


async def handle(reader, writer):
    global served
    try:
        while True:
            line = await reader.readline()
            if not line:
                if not tls:
                    # A TCP half-close still lets us answer; TLS peers that
                    # sent close_notify want no more data.
                    writer.write(b"bye\n")
                    await writer.drain()
                break
            line = line.strip()
            sp = line.find(b" ")
            cmd, arg = (line, b"") if sp < 0 else (line[:sp], line[sp + 1:])
            if cmd == b"upper":
                writer.write(arg.upper() + b"\n")
            elif cmd == b"big":
                n = int(arg)
                writer.write(bytes(i % 251 for i in range(n)))
            elif cmd == b"cert":
                cert = writer.get_extra_info("peercert")
                name = "none"
                if cert:
                    for rdn in cert["subject"]:
                        for key, value in rdn:
                            if key == "commonName":
                                name = value
                writer.write(name.encode() + b"\n")
            else:
                writer.write(b"?\n")
            await writer.drain()
    except Exception as e:
        print("handler error:", type(e).__name__, e)
    writer.close()
    try:
        await writer.wait_closed()
    except OSError:
        pass
    served += 1
    if served == int(sys.argv[2]):
        done.set()


async def main():
    ctx = None
    if len(sys.argv) > 4:
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[3], sys.argv[4])
        if len(sys.argv) > 5:
            ctx.load_verify_locations(cafile=sys.argv[5])
            ctx.verify_mode = ssl.CERT_REQUIRED
    server = await asyncio.start_server(handle, sys.argv[1], 0, ssl=ctx)
    print("port", server.sockets[0].getsockname()[1])
    sys.stdout.flush()
    await done.wait()
    server.close()
    await server.wait_closed()
    print("served", served)


asyncio.run(main())
