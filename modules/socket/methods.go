package socket

import (
	"math"
	"runtime"
	"strconv"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"upy/py"
)

// The Python methods of socket.socket.

// AsSocket returns the Go socket of o: a socket or an instance of a
// Python subclass of socket.socket.
func AsSocket(o py.Object) (*Socket, bool) {
	switch v := o.(type) {
	case *Socket:
		return v, true
	case *py.Instance:
		s, ok := v.Base.(*Socket)
		return s, ok
	}
	return nil, false
}

type sockFn func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error)

func method(name string, fn sockFn) {
	SocketType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s, ok := AsSocket(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a 'socket' object but received '%s'", name, py.TypeName(args[0]))
		}
		return fn(t, s, args[1:], kw)
	})
}

// notSocket is the error for a receiver that is not a socket.
func notSocket(o py.Object) error {
	return py.Errorf(py.TypeError, "descriptor requires a 'socket' object but received '%s'", py.TypeName(o))
}

// open returns the descriptor of an open socket, or EBADF.
func (s *Socket) open() (int, error) {
	fd := int(s.fd.Load())
	if fd < 0 {
		return -1, errBadFD()
	}
	return fd, nil
}

func bytesArg(o py.Object) ([]byte, error) {
	if b, ok := py.AsBytes(o); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(o))
}

// intArg converts an argument to a C int as CPython's "i" format does.
func intArg(t *py.Thread, o py.Object) (int, error) {
	if _, ok := o.(py.Float); ok {
		return 0, py.Errorf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	n, ok := v.(py.Int)
	if !ok {
		return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C long")
	}
	if n > math.MaxInt32 {
		return 0, py.Errorf(py.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

// timeoutArg parses a timeout (None or a non-negative number of seconds).
func timeoutArg(t *py.Thread, o py.Object) (time.Duration, error) {
	if o == py.None {
		return -1, nil
	}
	var f float64
	switch v := o.(type) {
	case py.Float:
		f = float64(v)
	default:
		n, err := py.Index(t, o)
		if err != nil {
			return 0, err
		}
		ff, err := py.ToFloat(t, n)
		if err != nil {
			return 0, err
		}
		f = ff
	}
	if math.IsNaN(f) {
		return 0, py.Errorf(py.ValueError, "Invalid value NaN (not a number)")
	}
	if f < 0 {
		return 0, py.Errorf(py.ValueError, "Timeout value out of range")
	}
	if f > 1e10 {
		return 0, py.Errorf(py.OverflowError, "timeout doesn't fit into C timeval")
	}
	d := time.Duration(math.Ceil(f * 1e9))
	if d == 0 && f > 0 {
		d = 1
	}
	return d, nil
}

func timeoutObj(d time.Duration) py.Object {
	if d < 0 {
		return py.None
	}
	return py.Float(d.Seconds())
}

// initSocket is socket.__init__(family=-1, type=-1, proto=-1, fileno=None).
func initSocket(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	family, sockType, proto := -1, -1, -1
	var fileno py.Object = py.None
	if err := py.UnpackArgs(t, "socket", args, kw, "family?", &family, "type?", &sockType, "proto?", &proto, "fileno?", &fileno); err != nil {
		return nil, err
	}
	if old := s.fd.Swap(-1); old >= 0 {
		unix.Close(int(old))
	}
	s.closed, s.ioRefs, s.timeout = false, 0, defaultTimeout
	if fileno == py.None {
		if family == -1 {
			family = unix.AF_INET
		}
		if sockType == -1 {
			sockType = unix.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		ns, err := Open(family, sockType, proto)
		if err != nil {
			return nil, err
		}
		// Move the descriptor into s (which may be wrapped by a subclass instance).
		runtime.SetFinalizer(ns, nil)
		s.fd.Store(ns.fd.Load())
		s.Family, s.SockType, s.Proto, s.timeout = ns.Family, ns.SockType, ns.Proto, ns.timeout
		runtime.SetFinalizer(s, finalizeSocket)
		return py.None, nil
	}
	fdv, err := py.Index(t, fileno)
	if err != nil {
		return nil, err
	}
	fdi, ok := fdv.(py.Int)
	if !ok || fdi > math.MaxInt32 {
		return nil, py.Errorf(py.OverflowError, "signed integer is greater than maximum")
	}
	if fdi < 0 {
		return nil, py.Errorf(py.ValueError, "negative file descriptor")
	}
	fd := int(fdi)
	if family == -1 {
		v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
		if err != nil {
			return nil, errnoError(err)
		}
		family = v
	} else if _, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE); err != nil {
		return nil, errnoError(err)
	}
	if sockType == -1 {
		v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
		if err != nil {
			return nil, errnoError(err)
		}
		sockType = v
	}
	if proto == -1 {
		v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_PROTOCOL)
		if err != nil {
			return nil, errnoError(err)
		}
		proto = v
	}
	s.fd.Store(int64(fd))
	s.Family, s.SockType, s.Proto = family, sockType&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto
	unix.SetNonblock(fd, true)
	unix.CloseOnExec(fd)
	runtime.SetFinalizer(s, finalizeSocket)
	return py.None, nil
}

func init() {
	SocketType.Module = "socket"
	SocketType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		s := &Socket{timeout: defaultTimeout}
		s.fd.Store(-1)
		return s, nil
	}
	py.InstallNew(SocketType)
	method("__init__", initSocket)

	getter := func(name string, get func(s *Socket) py.Object) {
		SocketType.AddGetSet(name, func(t *py.Thread, self py.Object) (py.Object, error) {
			s, ok := AsSocket(self)
			if !ok {
				return nil, notSocket(self)
			}
			return get(s), nil
		}, nil)
	}
	SocketType.AddGetSet("family", func(t *py.Thread, self py.Object) (py.Object, error) {
		s, ok := AsSocket(self)
		if !ok {
			return nil, notSocket(self)
		}
		return familyObj(t, s.Family), nil
	}, nil)
	SocketType.AddGetSet("type", func(t *py.Thread, self py.Object) (py.Object, error) {
		s, ok := AsSocket(self)
		if !ok {
			return nil, notSocket(self)
		}
		return kindObj(t, s.SockType), nil
	}, nil)
	getter("proto", func(s *Socket) py.Object { return py.Int(s.Proto) })
	getter("timeout", func(s *Socket) py.Object { return timeoutObj(s.timeout) })

	method("__repr__", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		fd := s.FD()
		b := []byte("<socket.socket ")
		if fd < 0 {
			b = append(b, "[closed] "...)
		}
		b = append(b, "fd="...)
		b = strconv.AppendInt(b, int64(fd), 10)
		b = append(b, ", family="...)
		b = strconv.AppendInt(b, int64(s.Family), 10)
		b = append(b, ", type="...)
		b = strconv.AppendInt(b, int64(s.SockType), 10)
		b = append(b, ", proto="...)
		b = strconv.AppendInt(b, int64(s.Proto), 10)
		if fd >= 0 {
			if sa, err := unix.Getsockname(fd); err == nil {
				if r := addrRepr(sa); r != "" {
					b = append(b, ", laddr="...)
					b = append(b, r...)
				}
			}
			if sa, err := unix.Getpeername(fd); err == nil {
				if r := addrRepr(sa); r != "" {
					b = append(b, ", raddr="...)
					b = append(b, r...)
				}
			}
		}
		b = append(b, '>')
		return py.NewStr(string(b)), nil
	})

	method("fileno", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("fileno", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return py.Int(s.FD()), nil
	})
	method("close", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("close", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return py.None, s.Close()
	})
	method("detach", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("detach", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return py.Int(s.Detach()), nil
	})
	method("dup", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("dup", args, kw, 0, 0); err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, errnoError(err)
		}
		c := NewSocket(nfd, s.Family, s.SockType, s.Proto)
		c.timeout = s.timeout
		return c, nil
	})
	method("get_inheritable", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("get_inheritable", args, kw, 0, 0); err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if err != nil {
			return nil, errnoError(err)
		}
		return py.NewBool(flags&unix.FD_CLOEXEC == 0), nil
	})
	method("set_inheritable", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("set_inheritable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		inherit, err := py.Truth(t, args[0])
		if err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if err == nil {
			if inherit {
				flags &^= unix.FD_CLOEXEC
			} else {
				flags |= unix.FD_CLOEXEC
			}
			_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFD, flags)
		}
		if err != nil {
			return nil, errnoError(err)
		}
		return py.None, nil
	})
	method("__enter__", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return s, nil
	})
	method("__exit__", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, s.Close()
	})

	method("bind", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("bind", args, kw, 1, 1); err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		sa, err := parseSockaddr(t, "bind", s.Family, args[0])
		if err != nil {
			return nil, err
		}
		if err := unix.Bind(fd, sa); err != nil {
			return nil, errnoError(err)
		}
		return py.None, nil
	})
	method("listen", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("listen", args, kw, 0, 1); err != nil {
			return nil, err
		}
		backlog := 128
		if len(args) == 1 {
			n, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			backlog = n
		}
		if backlog < 0 {
			backlog = 0
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		if err := unix.Listen(fd, backlog); err != nil {
			return nil, errnoError(err)
		}
		return py.None, nil
	})
	method("accept", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("accept", args, kw, 0, 0); err != nil {
			return nil, err
		}
		c, sa, err := s.Accept(t)
		if err != nil {
			return nil, err
		}
		return py.NewTuple(c, SockaddrToPy(sa)), nil
	})
	connect := func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg, fname string) error {
		if err := py.CheckArgs(fname, args, kw, 1, 1); err != nil {
			return err
		}
		if _, err := s.open(); err != nil {
			return err
		}
		sa, err := parseSockaddr(t, fname, s.Family, args[0])
		if err != nil {
			return err
		}
		return s.Connect(t, sa)
	}
	method("connect", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, connect(t, s, args, kw, "connect")
	})
	method("connect_ex", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		err := connect(t, s, args, kw, "connect_ex")
		if err == nil {
			return py.Int(0), nil
		}
		e := py.AsException(err)
		if e.Cls == GaiError || !e.IsInstance(py.OSError) {
			return nil, err
		}
		if n, ok := e.Attr("errno").(py.Int); ok {
			return n, nil
		}
		if e.IsInstance(py.TimeoutError) {
			return py.Int(unix.EAGAIN), nil
		}
		return nil, err
	})

	method("recv", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, flags, err := sizeFlags(t, "recv", args, kw)
		if err != nil {
			return nil, err
		}
		buf := make([]byte, n)
		k, err := s.Recv(t, buf, flags)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(shrink(buf, k)), nil
	})
	method("recvfrom", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		n, flags, err := sizeFlags(t, "recvfrom", args, kw)
		if err != nil {
			return nil, err
		}
		buf := make([]byte, n)
		k, from, err := s.RecvFrom(t, buf, flags)
		if err != nil {
			return nil, err
		}
		return py.NewTuple(py.NewBytes(shrink(buf, k)), SockaddrToPy(from)), nil
	})
	recvInto := func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg, fname string) ([]byte, int, error) {
		var bufObj py.Object
		nbytes, flags := 0, 0
		if err := py.UnpackArgs(t, fname, args, kw, "buffer", &bufObj, "nbytes?", &nbytes, "flags?", &flags); err != nil {
			return nil, 0, err
		}
		buf, ok := py.WritableBytes(bufObj)
		if !ok {
			return nil, 0, py.Errorf(py.TypeError, "%s() argument 1 must be read-write bytes-like object, not %s", fname, py.TypeName(bufObj))
		}
		if nbytes < 0 {
			return nil, 0, py.Errorf(py.ValueError, "negative buffersize in %s", fname)
		}
		if nbytes > len(buf) {
			if fname == "recvfrom_into" {
				return nil, 0, py.Errorf(py.ValueError, "nbytes is greater than the length of the buffer")
			}
			return nil, 0, py.Errorf(py.ValueError, "buffer too small for requested bytes")
		}
		if nbytes > 0 {
			buf = buf[:nbytes]
		}
		return buf, flags, nil
	}
	method("recv_into", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		buf, flags, err := recvInto(t, s, args, kw, "recv_into")
		if err != nil {
			return nil, err
		}
		k, err := s.Recv(t, buf, flags)
		if err != nil {
			return nil, err
		}
		return py.Int(k), nil
	})
	method("recvfrom_into", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		buf, flags, err := recvInto(t, s, args, kw, "recvfrom_into")
		if err != nil {
			return nil, err
		}
		k, from, err := s.RecvFrom(t, buf, flags)
		if err != nil {
			return nil, err
		}
		return py.NewTuple(py.Int(k), SockaddrToPy(from)), nil
	})
	sendArgs := func(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg) ([]byte, int, error) {
		if err := py.CheckArgs(fname, args, kw, 1, 2); err != nil {
			return nil, 0, err
		}
		data, err := bytesArg(args[0])
		if err != nil {
			return nil, 0, err
		}
		flags := 0
		if len(args) == 2 {
			if flags, err = intArg(t, args[1]); err != nil {
				return nil, 0, err
			}
		}
		return data, flags, nil
	}
	method("send", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		data, flags, err := sendArgs(t, "send", args, kw)
		if err != nil {
			return nil, err
		}
		n, err := s.Send(t, data, flags)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	method("sendall", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		data, flags, err := sendArgs(t, "sendall", args, kw)
		if err != nil {
			return nil, err
		}
		return py.None, s.SendAll(t, data, flags)
	})
	method("sendto", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "sendto() takes no keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			return nil, py.Errorf(py.TypeError, "sendto() takes 2 or 3 arguments (%d given)", len(args))
		}
		data, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		flags := 0
		addr := args[1]
		if len(args) == 3 {
			if flags, err = intArg(t, args[1]); err != nil {
				return nil, err
			}
			addr = args[2]
		}
		if _, err := s.open(); err != nil {
			return nil, err
		}
		sa, err := parseSockaddr(t, "sendto", s.Family, addr)
		if err != nil {
			return nil, err
		}
		n, err := s.SendTo(t, data, flags, sa)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})

	method("shutdown", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("shutdown", args, kw, 1, 1); err != nil {
			return nil, err
		}
		how, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		if err := unix.Shutdown(fd, how); err != nil {
			return nil, errnoError(err)
		}
		return py.None, nil
	})
	method("getsockname", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("getsockname", args, kw, 0, 0); err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		sa, err := unix.Getsockname(fd)
		if err != nil {
			return nil, errnoError(err)
		}
		return SockaddrToPy(sa), nil
	})
	method("getpeername", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("getpeername", args, kw, 0, 0); err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		sa, err := unix.Getpeername(fd)
		if err != nil {
			return nil, errnoError(err)
		}
		return SockaddrToPy(sa), nil
	})

	method("setsockopt", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "setsockopt() takes no keyword arguments")
		}
		if len(args) < 3 || len(args) > 4 {
			return nil, py.Errorf(py.TypeError, "setsockopt() takes at least 3 arguments (%d given)", len(args))
		}
		level, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		opt, err := intArg(t, args[1])
		if err != nil {
			return nil, err
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		if len(args) == 4 {
			if args[2] != py.None {
				return nil, py.Errorf(py.TypeError, "setsockopt() takes exactly 3 arguments (4 given)")
			}
			optlen, err := intArg(t, args[3])
			if err != nil {
				return nil, err
			}
			if err := rawSetsockopt(fd, level, opt, nil, optlen); err != nil {
				return nil, errnoError(err)
			}
			return py.None, nil
		}
		switch v := args[2].(type) {
		case py.Int, py.Bool:
			n, err := intArg(t, v)
			if err == nil {
				if err := unix.SetsockoptInt(fd, level, opt, n); err != nil {
					return nil, errnoError(err)
				}
				return py.None, nil
			}
		}
		b, ok := py.AsBytes(args[2])
		if !ok {
			if args[2].Type().IsSubtype(py.IntType) { // an int subclass (an IntEnum member ...)
				n, err := intArg(t, args[2])
				if err != nil {
					return nil, err
				}
				if err := unix.SetsockoptInt(fd, level, opt, n); err != nil {
					return nil, errnoError(err)
				}
				return py.None, nil
			}
			return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(args[2]))
		}
		if err := unix.SetsockoptString(fd, level, opt, string(b)); err != nil {
			return nil, errnoError(err)
		}
		return py.None, nil
	})
	method("getsockopt", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("getsockopt", args, kw, 2, 3); err != nil {
			return nil, err
		}
		level, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		opt, err := intArg(t, args[1])
		if err != nil {
			return nil, err
		}
		buflen := 0
		if len(args) == 3 {
			if buflen, err = intArg(t, args[2]); err != nil {
				return nil, err
			}
		}
		fd, err := s.open()
		if err != nil {
			return nil, err
		}
		if buflen == 0 {
			v, err := unix.GetsockoptInt(fd, level, opt)
			if err != nil {
				return nil, errnoError(err)
			}
			return py.Int(int32(v)), nil
		}
		if buflen < 0 || buflen > 1024 {
			return nil, py.Errorf(py.OSError, "getsockopt buflen out of range")
		}
		buf := make([]byte, buflen)
		n, err := rawGetsockopt(fd, level, opt, buf)
		if err != nil {
			return nil, errnoError(err)
		}
		return py.NewBytes(buf[:n]), nil
	})

	method("setblocking", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("setblocking", args, kw, 1, 1); err != nil {
			return nil, err
		}
		var flag bool
		switch v := args[0].(type) {
		case py.Bool:
			flag = bool(v)
		default:
			n, err := py.Index(t, v)
			if err != nil {
				return nil, err
			}
			flag = n != py.Int(0)
		}
		// CPython records the mode before failing on a closed socket.
		if flag {
			s.timeout = -1
		} else {
			s.timeout = 0
		}
		if _, err := s.open(); err != nil {
			return nil, err
		}
		return py.None, nil
	})
	method("getblocking", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("getblocking", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return py.NewBool(s.timeout != 0), nil
	})
	method("settimeout", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("settimeout", args, kw, 1, 1); err != nil {
			return nil, err
		}
		d, err := timeoutArg(t, args[0])
		if err != nil {
			return nil, err
		}
		s.timeout = d
		if _, err := s.open(); err != nil {
			return nil, err
		}
		return py.None, nil
	})
	method("gettimeout", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("gettimeout", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return timeoutObj(s.timeout), nil
	})

	// MicroPython's stream methods.
	method("read", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("read", args, kw, 0, 1); err != nil {
			return nil, err
		}
		n := -1
		if len(args) == 1 && args[0] != py.None {
			v, err := py.IndexInt(t, args[0])
			if err != nil {
				return nil, err
			}
			n = v
		}
		if n < 0 {
			data, none, err := s.ReadAll(t)
			if err != nil {
				return nil, err
			}
			if none {
				return py.None, nil
			}
			return py.NewBytes(data), nil
		}
		buf := make([]byte, n)
		k, none, err := s.ReadFull(t, buf)
		if err != nil {
			return nil, err
		}
		if none {
			return py.None, nil
		}
		return py.NewBytes(shrink(buf, k)), nil
	})
	method("readinto", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("readinto", args, kw, 1, 2); err != nil {
			return nil, err
		}
		buf, ok := py.WritableBytes(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "object with buffer protocol required")
		}
		if len(args) == 2 {
			n, err := py.IndexInt(t, args[1])
			if err != nil {
				return nil, err
			}
			if n >= 0 && n < len(buf) {
				buf = buf[:n]
			}
		}
		k, none, err := s.ReadFull(t, buf)
		if err != nil {
			return nil, err
		}
		if none {
			return py.None, nil
		}
		return py.Int(k), nil
	})
	method("readline", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("readline", args, kw, 0, 1); err != nil {
			return nil, err
		}
		limit := -1
		if len(args) == 1 && args[0] != py.None {
			v, err := py.IndexInt(t, args[0])
			if err != nil {
				return nil, err
			}
			limit = v
		}
		line, none, err := s.ReadLine(t, limit)
		if err != nil {
			return nil, err
		}
		if none {
			return py.None, nil
		}
		return py.NewBytes(line), nil
	})
	method("write", func(t *py.Thread, s *Socket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("write", args, kw, 1, 3); err != nil {
			return nil, err
		}
		var data []byte
		if str, ok := args[0].(*py.Str); ok {
			data = []byte(str.S)
		} else {
			b, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			data = b
		}
		// write(buf, max_len) and write(buf, off, max_len), as MicroPython.
		if len(args) >= 2 {
			off, maxLen := 0, 0
			var err error
			if len(args) == 2 {
				maxLen, err = py.IndexInt(t, args[1])
			} else {
				if off, err = py.IndexInt(t, args[1]); err == nil {
					maxLen, err = py.IndexInt(t, args[2])
				}
			}
			if err != nil {
				return nil, err
			}
			if off < 0 {
				off = 0
			}
			if off > len(data) {
				off = len(data)
			}
			data = data[off:]
			if maxLen >= 0 && maxLen < len(data) {
				data = data[:maxLen]
			}
		}
		n, none, err := s.Write(t, data)
		if err != nil {
			return nil, err
		}
		if none {
			return py.None, nil
		}
		return py.Int(n), nil
	})
	method("makefile", makefile)
}

// addrRepr is repr() of an address for socket reprs; "" for addresses
// CPython leaves out (false values such as an unnamed AF_UNIX socket's).
func addrRepr(sa unix.Sockaddr) string {
	switch a := SockaddrToPy(sa).(type) {
	case *py.Tuple:
		b := []byte{'('}
		for i, x := range a.Items {
			if i > 0 {
				b = append(b, ", "...)
			}
			switch v := x.(type) {
			case *py.Str:
				b = append(b, py.StrRepr(v.S)...)
			case py.Int:
				b = strconv.AppendInt(b, int64(v), 10)
			}
		}
		return string(append(b, ')'))
	case *py.Str:
		if a.S == "" {
			return ""
		}
		return py.StrRepr(a.S)
	case *py.Bytes:
		if len(a.B) == 0 {
			return ""
		}
		b := []byte("b'")
		for _, c := range a.B {
			switch {
			case c == '\\' || c == '\'':
				b = append(b, '\\', c)
			case c < 0x20 || c >= 0x7f:
				b = append(b, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
			default:
				b = append(b, c)
			}
		}
		return string(append(b, '\''))
	}
	return ""
}

// shrink returns buf[:n], copying when most of buf would be wasted.
func shrink(buf []byte, n int) []byte {
	if n < len(buf)/2 && len(buf) > 256 {
		return append([]byte(nil), buf[:n]...)
	}
	return buf[:n]
}

// sizeFlags parses (bufsize[, flags]) of recv and recvfrom.
func sizeFlags(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg) (int, int, error) {
	if err := py.CheckArgs(fname, args, kw, 1, 2); err != nil {
		return 0, 0, err
	}
	n, err := py.IndexInt(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	if n < 0 {
		return 0, 0, py.Errorf(py.ValueError, "negative buffersize in %s", fname)
	}
	flags := 0
	if len(args) == 2 {
		if flags, err = intArg(t, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return n, flags, nil
}

func rawSetsockopt(fd, level, opt int, val []byte, n int) error {
	var p unsafe.Pointer
	if len(val) > 0 {
		p = unsafe.Pointer(&val[0])
	}
	_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), uintptr(p), uintptr(n), 0)
	if e != 0 {
		return e
	}
	return nil
}

func rawGetsockopt(fd, level, opt int, buf []byte) (int, error) {
	n := uint32(len(buf))
	_, _, e := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n)), 0)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}
