# selectors: DefaultSelector/PollSelector/SelectSelector over pipes and socket pairs
import selectors, socket, os, re

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
for label, cls in [("default", selectors.DefaultSelector), ("poll", selectors.PollSelector), ("select", selectors.SelectSelector)]:
    print("--", label)
    sel = cls()
    r, w = os.pipe()
    k = sel.register(r, selectors.EVENT_READ, data="reader")
    print(k.fd == r, k.events, k.data, k.fileobj == r, isinstance(k, selectors.SelectorKey))
    print(sel.select(0))
    sel.register(w, selectors.EVENT_WRITE, "writer")
    print(sorted((key.data, ev) for key, ev in sel.select(0)))
    os.write(w, b"x")
    print(sorted((key.data, ev) for key, ev in sel.select(timeout=1)))
    k2 = sel.modify(w, selectors.EVENT_WRITE, data="writer2"); print(k2.data, sel.get_key(w).data)
    sel.modify(w, selectors.EVENT_READ)
    print(sorted((key.data, ev) for key, ev in sel.select(0)))
    m = sel.get_map(); print(len(m), sorted(m) == sorted([r, w]), m[r].data, r in m, m.get(999))
    print(sel.unregister(w).fd == w, len(sel.get_map()))
    for bad in [lambda: sel.register(r, selectors.EVENT_READ), lambda: sel.unregister(w), lambda: sel.get_key(w),
                lambda: sel.modify(w, selectors.EVENT_READ), lambda: sel.register(w, 0), lambda: sel.register(w, 4),
                lambda: sel.register("x", 1), lambda: sel.register(-1, 1)]:
        try: bad()
        except (KeyError, ValueError) as e: print(type(e).__name__, re.sub(r"\d+", "N", str(e)))
    a, b = socket.socketpair()
    sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="sock")
    b.send(b"hello")
    evs = [(key.data, ev, key.fileobj is a) for key, ev in sel.select(0) if key.data == "sock"]
    print(evs)
    print(sel.get_key(a).fd == a.fileno())
    sel.unregister(a)
    with sel:
        pass
    print(sel.get_map())
    try: sel.get_key(r)
    except RuntimeError as e: print("RuntimeError:", e)
    a.close(); b.close(); os.close(r); os.close(w)

# an echo loop driven by a selector
sel = selectors.DefaultSelector()
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(); srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, "accept")
cli = socket.create_connection(srv.getsockname())
cli.sendall(b"ping")
got = None
while got is None:
    for key, ev in sel.select(timeout=5):
        if key.data == "accept":
            conn, _ = srv.accept(); conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "conn")
        else:
            data = key.fileobj.recv(100)
            key.fileobj.sendall(data.upper())
            sel.unregister(key.fileobj); key.fileobj.close()
            got = data
print(got, cli.recv(100))
cli.close(); srv.close(); sel.close()
try: selectors.BaseSelector()
except TypeError as e: print("TypeError")
