package socket

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"upy/internal/netpoll"
	"upy/py"
)

// sendmsg, recvmsg (with ancillary data, e.g. SCM_RIGHTS descriptors),
// the CMSG_LEN/CMSG_SPACE helpers and sendfile.

// cmsgBuild packs sendmsg's ancdata items (level, type, data).
func cmsgBuild(t *py.Thread, anc py.Object) ([]byte, error) {
	if anc == nil || anc == py.None {
		return nil, nil
	}
	var oob []byte
	err := py.Iterate(t, anc, func(item py.Object) (bool, error) {
		tup, ok := item.(*py.Tuple)
		if !ok || len(tup.Items) != 3 {
			return false, py.Errorf(py.TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3, not %s", py.TypeName(item))
		}
		level, err := intArg(t, tup.Items[0])
		if err != nil {
			return false, err
		}
		typ, err := intArg(t, tup.Items[1])
		if err != nil {
			return false, err
		}
		data, err := bytesArg(tup.Items[2])
		if err != nil {
			return false, err
		}
		b := make([]byte, unix.CmsgSpace(len(data)))
		h := (*unix.Cmsghdr)(unsafe.Pointer(&b[0]))
		h.Level = int32(level)
		h.Type = int32(typ)
		h.SetLen(unix.CmsgLen(len(data)))
		copy(b[unix.CmsgLen(0):], data)
		oob = append(oob, b...)
		return true, nil
	})
	return oob, err
}

func init() {
	method("sendmsg", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var buffers, anc, addr py.Object = nil, py.None, py.None
		flags := 0
		if err := py.UnpackArgs(t, "sendmsg", args, kw, "buffers", &buffers, "ancdata?", &anc, "flags?", &flags, "address?", &addr); err != nil {
			return nil, err
		}
		var data []byte
		if err := py.Iterate(t, buffers, func(b py.Object) (bool, error) {
			p, err := bytesArg(b)
			data = append(data, p...)
			return err == nil, err
		}); err != nil {
			return nil, err
		}
		oob, err := cmsgBuild(t, anc)
		if err != nil {
			return nil, err
		}
		var sa unix.Sockaddr
		if addr != py.None {
			if sa, err = parseSockaddr(t, "sendmsg", s.Family, addr); err != nil {
				return nil, err
			}
		}
		var n int
		err = s.doFlags(t, netpoll.POLLOUT, s.deadline(), flags, func(fd int) error {
			var e error
			n, e = unix.SendmsgN(fd, data, oob, sa, flags|unix.MSG_NOSIGNAL)
			return e
		})
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	method("recvmsg", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		bufsize, ancsize, flags := 0, 0, 0
		if err := py.UnpackArgs(t, "recvmsg", args, kw, "bufsize", &bufsize, "ancbufsize?", &ancsize, "flags?", &flags); err != nil {
			return nil, err
		}
		if bufsize < 0 {
			return nil, py.Errorf(py.ValueError, "negative buffer size in recvmsg()")
		}
		if ancsize < 0 {
			return nil, py.Errorf(py.ValueError, "negative ancillary buffer size in recvmsg()")
		}
		buf := make([]byte, bufsize)
		oob := make([]byte, ancsize)
		var n, oobn, rflags int
		var from unix.Sockaddr
		err := s.doFlags(t, netpoll.POLLIN, s.deadline(), flags, func(fd int) error {
			var e error
			n, oobn, rflags, from, e = unix.Recvmsg(fd, buf, oob, flags|unix.MSG_CMSG_CLOEXEC)
			return e
		})
		if err != nil {
			return nil, err
		}
		anc := py.NewList()
		if oobn > 0 {
			msgs, err := unix.ParseSocketControlMessage(oob[:oobn])
			if err != nil {
				return nil, py.OSErrorFromGo(err, nil)
			}
			for _, m := range msgs {
				anc.Items = append(anc.Items, py.NewTuple(py.Int(m.Header.Level), py.Int(m.Header.Type), py.NewBytes(append([]byte(nil), m.Data...))))
			}
		}
		var addr py.Object = py.None
		if from != nil {
			addr = SockaddrToPy(from)
		}
		return py.NewTuple(py.NewBytes(shrink(buf, n)), anc, py.Int(rflags&^unix.MSG_CMSG_CLOEXEC), addr), nil
	})
	method("sendfile", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		// Sent through the file object's read and sendall (CPython's
		// fallback), from its current position.
		var file, count py.Object = nil, py.None
		offset := 0
		if err := py.UnpackArgs(t, "sendfile", args, kw, "file", &file, "offset?", &offset, "count?", &count); err != nil {
			return nil, err
		}
		if offset > 0 {
			if _, err := t.CallMethod(file, "seek", py.Int(offset)); err != nil {
				return nil, err
			}
		}
		limit := -1
		if count != py.None {
			n, err := intArg(t, count)
			if err != nil {
				return nil, err
			}
			if n <= 0 {
				return nil, py.Errorf(py.ValueError, "count must be a positive integer (got %d)", n)
			}
			limit = n
		}
		total := 0
		for limit < 0 || total < limit {
			chunk := 8192
			if limit >= 0 && limit-total < chunk {
				chunk = limit - total
			}
			r, err := t.CallMethod(file, "read", py.Int(chunk))
			if err != nil {
				return nil, err
			}
			data, ok := py.AsBytes(r)
			if !ok {
				return nil, py.Errorf(py.TypeError, "file should be opened in binary mode")
			}
			if len(data) == 0 {
				break
			}
			if err := s.SendAll(t, data, 0); err != nil {
				return nil, err
			}
			total += len(data)
		}
		return py.Int(total), nil
	})
}

// cmsgFuncs are socket.CMSG_LEN and CMSG_SPACE.
func cmsgFuncs(m *py.Module) {
	for name, f := range map[string]func(int) int{"CMSG_LEN": unix.CmsgLen, "CMSG_SPACE": unix.CmsgSpace} {
		f, name := f, name
		m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 1<<30 {
				return nil, py.Errorf(py.OverflowError, "%s() argument out of range", name)
			}
			return py.Int(f(n)), nil
		})
	}
}
