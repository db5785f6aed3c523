# selectors: an echo server and client driven by DefaultSelector (and
# SelectSelector), registration errors, get_key/get_map, modify.
import selectors, socket

for cls in (selectors.DefaultSelector, selectors.SelectSelector):
    sel = cls()
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.setblocking(False)
    key = sel.register(srv, selectors.EVENT_READ, data="listener")
    print(key.fileobj is srv, key.fd == srv.fileno(), key.events, key.data)
    try:
        sel.register(srv, selectors.EVENT_READ)
    except KeyError:
        print("KeyError already registered")
    try:
        sel.register(socket.socket(), 0)
    except ValueError as e:
        print("ValueError", e)
    cli = socket.create_connection(srv.getsockname())
    cli.sendall(b"hello")
    conns = []
    got = b""
    while len(got) < 5:
        for key, events in sel.select(timeout=2):
            if key.data == "listener":
                conn, _ = srv.accept()
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ, data="conn")
                conns.append(conn)
            else:
                data = key.fileobj.recv(100)
                got += data
                sel.modify(key.fileobj, selectors.EVENT_READ | selectors.EVENT_WRITE, data="reply")
    print(got)
    for key, events in sel.select(timeout=2):
        if key.data == "reply":
            print("writable", events & selectors.EVENT_WRITE != 0)
            key.fileobj.send(got.upper())
    print(cli.recv(100))
    print(len(sel.get_map()), sel.get_key(srv).data, srv in sel.get_map())
    print(sel.select(timeout=0) == [])
    sel.unregister(conns[0])
    try:
        sel.unregister(conns[0])
    except KeyError:
        print("KeyError not registered")
    try:
        sel.get_key(conns[0])
    except KeyError:
        print("KeyError get_key")
    with sel:
        pass
    print(sel.get_map())
    for s in conns + [cli, srv]:
        s.close()
