package socket

import (
	"context"
	"encoding/binary"
	"net/netip"
	"os"
	"strings"
	"time"
	"unicode"

	"golang.org/x/sys/unix"

	"upy/py"
)

func init() {
	py.RegisterModule("socket", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("socket")
		for _, c := range constants {
			m.Set(c.name, py.Int(c.value))
		}
		makeEnums(t, m)
		m.Set("socket", SocketType)
		m.Set("SocketType", SocketType)
		m.Set("error", py.OSError)
		m.Set("timeout", py.TimeoutError)
		m.Set("gaierror", GaiError)
		m.Set("herror", HError)
		m.Set("has_ipv6", py.NewBool(hasIPv6()))
		m.SetFunc("socketpair", socketpair)
		cmsgFuncs(m)
		m.SetFunc("getaddrinfo", getaddrinfo)
		m.SetFunc("create_connection", createConnection)
		m.SetFunc("create_server", createServer)
		m.SetFunc("has_dualstack_ipv6", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.NewBool(hasIPv6()), nil
		})
		m.SetFunc("getdefaulttimeout", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("getdefaulttimeout", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return timeoutObj(defaultTimeout), nil
		})
		m.SetFunc("setdefaulttimeout", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("setdefaulttimeout", args, kw, 1, 1); err != nil {
				return nil, err
			}
			d, err := timeoutArg(t, args[0])
			if err != nil {
				return nil, err
			}
			defaultTimeout = d
			return py.None, nil
		})
		m.SetFunc("gethostname", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("gethostname", args, kw, 0, 0); err != nil {
				return nil, err
			}
			h, err := os.Hostname()
			if err != nil {
				return nil, py.OSErrorFromGo(err, nil)
			}
			return py.NewStr(h), nil
		})
		m.SetFunc("gethostbyname", gethostbyname)
		m.SetFunc("gethostbyname_ex", gethostbynameEx)
		m.SetFunc("gethostbyaddr", gethostbyaddr)
		m.SetFunc("getfqdn", getfqdn)
		m.SetFunc("getnameinfo", getnameinfo)
		m.SetFunc("getservbyname", getservbyname)
		m.SetFunc("getservbyport", getservbyport)
		m.SetFunc("inet_aton", inetAton)
		m.SetFunc("inet_ntoa", inetNtoa)
		m.SetFunc("inet_pton", inetPton)
		m.SetFunc("inet_ntop", inetNtop)
		m.SetFunc("htons", swap16("htons"))
		m.SetFunc("ntohs", swap16("ntohs"))
		m.SetFunc("htonl", swap32)
		m.SetFunc("ntohl", swap32)
		m.SetFunc("close", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("close", args, kw, 1, 1); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
				return nil, errnoError(err)
			}
			return py.None, nil
		})
		m.SetFunc("fromfd", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var fdObj py.Object
			family, sockType, proto := 0, 0, 0
			if err := py.UnpackArgs(t, "fromfd", args, kw, "fd", &fdObj, "family", &family, "type", &sockType, "proto?", &proto); err != nil {
				return nil, err
			}
			fd, err := intArg(t, fdObj)
			if err != nil {
				return nil, err
			}
			nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return nil, errnoError(err)
			}
			return NewSocket(nfd, family, sockType&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto), nil
		})
		m.SetFunc("dup", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("dup", args, kw, 1, 1); err != nil {
				return nil, err
			}
			fd, err := intArg(t, args[0])
			if err != nil {
				return nil, err
			}
			nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return nil, errnoError(err)
			}
			return py.Int(nfd), nil
		})
		return m, nil
	})
}

var ipv6Checked, ipv6OK bool

// hasIPv6 reports whether IPv6 sockets can be created (checked once).
func hasIPv6() bool {
	if !ipv6Checked {
		ipv6Checked = true
		if fd, err := unix.Socket(unix.AF_INET6, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0); err == nil {
			unix.Close(fd)
			ipv6OK = true
		}
	}
	return ipv6OK
}

func socketpair(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	family, sockType, proto := unix.AF_UNIX, unix.SOCK_STREAM, 0
	if err := py.UnpackArgs(t, "socketpair", args, kw, "family?", &family, "type?", &sockType, "proto?", &proto); err != nil {
		return nil, err
	}
	fds, err := unix.Socketpair(family, sockType|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, errnoError(err)
	}
	st := sockType &^ (unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC)
	a, b := NewSocket(fds[0], family, st, proto), NewSocket(fds[1], family, st, proto)
	if sockType&unix.SOCK_NONBLOCK != 0 {
		a.timeout, b.timeout = 0, 0
	}
	return py.NewTuple(a, b), nil
}

func getaddrinfo(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var host, port py.Object
	family, sockType, proto, flags := 0, 0, 0, 0
	if len(args) > 6 {
		return nil, py.Errorf(py.TypeError, "getaddrinfo() takes from 2 to 6 positional arguments but %d were given", len(args))
	}
	if err := py.UnpackArgs(t, "getaddrinfo", args, kw, "host?", &host, "port?", &port, "family?", &family,
		"type?", &sockType, "proto?", &proto, "flags?", &flags); err != nil {
		return nil, err
	}
	// CPython's getaddrinfo is a Python function: its messages for
	// missing arguments.
	switch {
	case host == nil && port == nil:
		return nil, py.Errorf(py.TypeError, "getaddrinfo() missing 2 required positional arguments: 'host' and 'port'")
	case host == nil:
		return nil, py.Errorf(py.TypeError, "getaddrinfo() missing 1 required positional argument: 'host'")
	case port == nil:
		return nil, py.Errorf(py.TypeError, "getaddrinfo() missing 1 required positional argument: 'port'")
	}
	infos, err := getAddrInfo(t, host, port, family, sockType, proto, flags)
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, len(infos))
	for i := range infos {
		a := &infos[i]
		out[i] = py.NewTuple(familyObj(t, a.family), kindObj(t, a.sockType), py.Int(a.proto), py.NewStr(a.canon), SockaddrToPy(a.sockaddr()))
	}
	return py.NewList(out...), nil
}

// createConnection is create_connection(address, timeout=<default>,
// source_address=None, *, all_errors=False).
func createConnection(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var address, timeout, source py.Object = nil, nil, py.None
	allErrors := false
	if err := py.UnpackArgs(t, "create_connection", args, kw, "address", &address, "timeout?", &timeout,
		"source_address?", &source, "all_errors?", &allErrors); err != nil {
		return nil, err
	}
	items, err := py.ToSlice(t, address)
	if err != nil {
		return nil, err
	}
	if len(items) != 2 {
		return nil, py.Errorf(py.ValueError, "too many values to unpack (expected 2)")
	}
	to := defaultTimeout
	if timeout != nil {
		if to, err = timeoutArg(t, timeout); err != nil {
			return nil, err
		}
	}
	infos, err := getAddrInfo(t, items[0], items[1], 0, unix.SOCK_STREAM, 0, 0)
	if err != nil {
		return nil, err
	}
	var lastErr error
	for i := range infos {
		a := &infos[i]
		s, err := Open(a.family, a.sockType, a.proto)
		if err != nil {
			lastErr = err
			continue
		}
		s.timeout = to
		if source != py.None {
			sa, err := parseSockaddr(t, "bind", a.family, source)
			if err == nil {
				if e := unix.Bind(s.FD(), sa); e != nil {
					err = errnoError(e)
				}
			}
			if err != nil {
				s.Close()
				lastErr = err
				continue
			}
		}
		if err := s.Connect(t, a.sockaddr()); err != nil {
			s.Close()
			lastErr = err
			if e := py.AsException(err); e.IsInstance(py.KeyboardInterrupt) {
				return nil, err
			}
			continue
		}
		return s, nil
	}
	if lastErr == nil {
		lastErr = py.Errorf(py.OSError, "getaddrinfo returns an empty list")
	}
	return nil, lastErr
}

// createServer is create_server(address, *, family=AF_INET, backlog=None,
// reuse_port=False, dualstack_ipv6=False).
func createServer(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	var address, backlog py.Object = nil, py.None
	family := unix.AF_INET
	reusePort, dualstack := false, false
	if err := py.UnpackArgs(t, "create_server", args, kw, "address", &address, "family?", &family,
		"backlog?", &backlog, "reuse_port?", &reusePort, "dualstack_ipv6?", &dualstack); err != nil {
		return nil, err
	}
	if dualstack && family != unix.AF_INET6 {
		return nil, py.Errorf(py.ValueError, "dualstack_ipv6 requires AF_INET6 family")
	}
	s, err := Open(family, unix.SOCK_STREAM, 0)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (py.Object, error) {
		s.Close()
		return nil, err
	}
	fd := s.FD()
	if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
		return fail(errnoError(err))
	}
	if reusePort {
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1); err != nil {
			return fail(errnoError(err))
		}
	}
	if family == unix.AF_INET6 {
		v6only := 1
		if dualstack {
			v6only = 0
		}
		unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v6only)
	}
	sa, err := parseSockaddr(t, "bind", family, address)
	if err != nil {
		return fail(err)
	}
	if err := unix.Bind(fd, sa); err != nil {
		errno, ok := err.(unix.Errno)
		if !ok {
			return fail(errnoError(err))
		}
		r, rerr := py.Repr(t, address)
		if rerr != nil {
			return fail(rerr)
		}
		// CPython: error(err.errno, '%s (while attempting to bind on address %r)').
		msg := errnoText(errno) + " (while attempting to bind on address " + r + ")"
		e, cerr := t.Call(py.OSError, []py.Object{py.Int(errno), py.NewStr(msg)}, nil)
		if cerr != nil {
			return fail(cerr)
		}
		return fail(e.(*py.Exception))
	}
	n := 128
	if backlog != py.None {
		if n, err = intArg(t, backlog); err != nil {
			return fail(err)
		}
		if n < 0 {
			n = 0
		}
	}
	if err := unix.Listen(fd, n); err != nil {
		return fail(errnoError(err))
	}
	return s, nil
}

// errnoText is strerror(errno) as CPython shows it.
func errnoText(errno unix.Errno) string {
	if s, ok := py.NewOSError(errno, nil).Attr("strerror").(*py.Str); ok {
		return s.S
	}
	return errno.Error()
}

func strArg(fname string, n int, o py.Object) (string, error) {
	s, ok := o.(*py.Str)
	if !ok {
		return "", py.Errorf(py.TypeError, "%s() argument %d must be str, not %s", fname, n, py.TypeName(o))
	}
	return s.S, nil
}

// hostNameArg accepts a host name as str, bytes or bytearray.
func hostNameArg(fname string, o py.Object) (string, error) {
	if s, ok := o.(*py.Str); ok {
		return s.S, nil
	}
	if b, ok := py.AsBytes(o); ok {
		return string(b), nil
	}
	return "", py.Errorf(py.TypeError, "%s() argument 1 must be str, bytes or bytearray, not %s", fname, py.TypeName(o))
}

// ipv4Of resolves a host to one IPv4 address, as gethostbyname.
func ipv4Of(t *py.Thread, fname string, o py.Object) (string, error) {
	host, err := hostNameArg(fname, o)
	if err != nil {
		return "", err
	}
	ip, _, err := resolveHost(t, host, unix.AF_INET)
	if err != nil {
		return "", err
	}
	return ip.String(), nil
}

func gethostbyname(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("gethostbyname", args, kw, 1, 1); err != nil {
		return nil, err
	}
	ip, err := ipv4Of(t, "gethostbyname", args[0])
	if err != nil {
		return nil, err
	}
	return py.NewStr(ip), nil
}

func gethostbynameEx(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("gethostbyname_ex", args, kw, 1, 1); err != nil {
		return nil, err
	}
	host, err := hostNameArg("gethostbyname_ex", args[0])
	if err != nil {
		return nil, err
	}
	infos, err := resolve(t, host, true, "", false, unix.AF_INET, unix.SOCK_STREAM, 0, 0)
	if err != nil {
		return nil, err
	}
	ips := py.NewList()
	for _, a := range infos {
		ips.Items = append(ips.Items, py.NewStr(a.ip.String()))
	}
	return py.NewTuple(py.NewStr(host), py.NewList(), ips), nil
}

// reverseLookup returns the names of an address as gethostbyaddr does:
// the first /etc/hosts line with the address (its name, then aliases),
// else a DNS PTR lookup.
func reverseLookup(t *py.Thread, ip netip.Addr) []string {
	if names := hostsNames(ip); len(names) > 0 {
		return names
	}
	var names []string
	t.Unblocked(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		names, _ = resolver.LookupAddr(ctx, ip.String())
	})
	for i, n := range names {
		names[i] = strings.TrimSuffix(n, ".")
	}
	if len(names) > 1 {
		names = names[:1]
	}
	return names
}

// hostsNames returns the names of the first /etc/hosts line for ip.
func hostsNames(ip netip.Addr) []string {
	data, err := os.ReadFile("/etc/hosts")
	if err != nil {
		return nil
	}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		a, err := netip.ParseAddr(f[0])
		if err != nil || a.WithZone("") != ip.WithZone("") {
			continue
		}
		return f[1:]
	}
	return nil
}

func gethostbyaddr(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("gethostbyaddr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	host, err := hostNameArg("gethostbyaddr", args[0])
	if err != nil {
		return nil, err
	}
	ip, _, err := resolveHost(t, host, unix.AF_UNSPEC)
	if err != nil {
		return nil, err
	}
	names := reverseLookup(t, ip)
	if len(names) == 0 {
		e := py.NewException(HError, py.Int(1), py.NewStr("Unknown host"))
		e.SetAttr("errno", py.Int(1))
		e.SetAttr("strerror", py.NewStr("Unknown host"))
		return nil, e
	}
	aliases := py.NewList()
	for _, n := range names[1:] {
		aliases.Items = append(aliases.Items, py.NewStr(n))
	}
	addr := ip.String()
	if ip.Is6() {
		addr = ip6String(ip.As16())
	}
	return py.NewTuple(py.NewStr(names[0]), aliases, py.NewList(py.NewStr(addr))), nil
}

func getfqdn(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	name := ""
	if err := py.UnpackArgs(t, "getfqdn", args, kw, "name?", &name); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if name == "" || name == "0.0.0.0" {
		h, err := os.Hostname()
		if err != nil {
			return nil, py.OSErrorFromGo(err, nil)
		}
		name = h
	}
	r, err := gethostbyaddr(t, []py.Object{py.NewStr(name)}, nil)
	if err != nil {
		return py.NewStr(name), nil
	}
	tu := r.(*py.Tuple)
	cands := []py.Object{tu.Items[0]}
	cands = append(cands, tu.Items[1].(*py.List).Items...)
	for _, c := range cands {
		if strings.Contains(c.(*py.Str).S, ".") {
			return c, nil
		}
	}
	return tu.Items[0], nil
}

const (
	niNumericHost = 1
	niNumericServ = 2
	niNameReqd    = 8
	niDgram       = 16
)

func getnameinfo(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("getnameinfo", args, kw, 2, 2); err != nil {
		return nil, err
	}
	tu, ok := args[0].(*py.Tuple)
	if !ok {
		return nil, py.Errorf(py.TypeError, "getnameinfo() argument 1 must be a tuple")
	}
	flags, err := intArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(tu.Items) < 2 || len(tu.Items) > 4 {
		return nil, py.Errorf(py.TypeError, "getnameinfo(): illegal sockaddr argument")
	}
	host, err := strArg("getnameinfo", 1, tu.Items[0])
	if err != nil {
		return nil, err
	}
	port, err := intArg(t, tu.Items[1])
	if err != nil {
		return nil, err
	}
	port &= 0xffff // CPython converts with htons((short)port)
	infos, err := resolve(t, host, true, "", false, unix.AF_UNSPEC, unix.SOCK_DGRAM, 0, aiNumericHost)
	if err != nil {
		return nil, err
	}
	if len(infos) != 1 {
		return nil, py.Errorf(py.OSError, "sockaddr resolved to multiple addresses")
	}
	ip := infos[0].ip
	hostOut := ip.String()
	if ip.Is6() {
		hostOut = ip6String(ip.As16())
	}
	if flags&niNumericHost == 0 {
		if names := reverseLookup(t, ip); len(names) > 0 {
			hostOut = names[0]
		} else if flags&niNameReqd != 0 {
			return nil, gaiError(eaiNoName)
		}
	}
	serv := itoa64(int64(port))
	if flags&niNumericServ == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		if name, ok := serviceByPort(port, proto); ok {
			serv = name
		}
	}
	return py.NewTuple(py.NewStr(hostOut), py.NewStr(serv)), nil
}

func optProto(args []py.Object, i int, fname string) (string, error) {
	if len(args) <= i {
		return "", nil
	}
	return strArg(fname, i+1, args[i])
}

func getservbyname(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("getservbyname", args, kw, 1, 2); err != nil {
		return nil, err
	}
	name, err := strArg("getservbyname", 1, args[0])
	if err != nil {
		return nil, err
	}
	proto, err := optProto(args, 1, "getservbyname")
	if err != nil {
		return nil, err
	}
	port, ok := serviceByName(name, proto)
	if !ok {
		return nil, py.Errorf(py.OSError, "service/proto not found")
	}
	return py.Int(port), nil
}

func getservbyport(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("getservbyport", args, kw, 1, 2); err != nil {
		return nil, err
	}
	port, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 65535 {
		return nil, py.Errorf(py.OverflowError, "getservbyport: port must be 0-65535.")
	}
	proto, err := optProto(args, 1, "getservbyport")
	if err != nil {
		return nil, err
	}
	name, ok := serviceByPort(port, proto)
	if !ok {
		return nil, py.Errorf(py.OSError, "port/proto not found")
	}
	return py.NewStr(name), nil
}

func inetAton(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("inet_aton", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := strArg("inet_aton", 1, args[0])
	if err != nil {
		return nil, err
	}
	// inet_aton ignores anything after a blank.
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	a, ok := parseIPv4(s)
	if !ok {
		return nil, py.Errorf(py.OSError, "illegal IP address string passed to inet_aton")
	}
	return py.NewBytes(a[:]), nil
}

func inetNtoa(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("inet_ntoa", args, kw, 1, 1); err != nil {
		return nil, err
	}
	b, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	if len(b) != 4 {
		return nil, py.Errorf(py.OSError, "packed IP wrong length for inet_ntoa")
	}
	return py.NewStr(netip.AddrFrom4([4]byte{b[0], b[1], b[2], b[3]}).String()), nil
}

func inetPton(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("inet_pton", args, kw, 2, 2); err != nil {
		return nil, err
	}
	family, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	s, err := strArg("inet_pton", 2, args[1])
	if err != nil {
		return nil, err
	}
	switch family {
	case unix.AF_INET:
		if a, ok := parseDotted(s); ok {
			return py.NewBytes(a[:]), nil
		}
	case unix.AF_INET6:
		if a, err := netip.ParseAddr(s); err == nil && a.Is6() && a.Zone() == "" {
			b := a.As16()
			return py.NewBytes(b[:]), nil
		}
	default:
		return nil, py.NewOSError(unix.EAFNOSUPPORT, nil)
	}
	return nil, py.Errorf(py.OSError, "illegal IP address string passed to inet_pton")
}

// parseDotted parses the strict dotted-quad form inet_pton accepts.
func parseDotted(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return out, false
	}
	for i, p := range parts {
		if p == "" || len(p) > 3 || (len(p) > 1 && p[0] == '0') {
			return out, false
		}
		v := 0
		for _, c := range []byte(p) {
			if c < '0' || c > '9' {
				return out, false
			}
			v = v*10 + int(c-'0')
		}
		if v > 255 {
			return out, false
		}
		out[i] = byte(v)
	}
	return out, true
}

func inetNtop(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("inet_ntop", args, kw, 2, 2); err != nil {
		return nil, err
	}
	family, err := intArg(t, args[0])
	if err != nil {
		return nil, err
	}
	b, err := bytesArg(args[1])
	if err != nil {
		return nil, err
	}
	switch family {
	case unix.AF_INET:
		if len(b) != 4 {
			return nil, py.Errorf(py.ValueError, "invalid length of packed IP address string")
		}
		return py.NewStr(netip.AddrFrom4([4]byte{b[0], b[1], b[2], b[3]}).String()), nil
	case unix.AF_INET6:
		if len(b) != 16 {
			return nil, py.Errorf(py.ValueError, "invalid length of packed IP address string")
		}
		var a [16]byte
		copy(a[:], b)
		return py.NewStr(ip6String(a)), nil
	}
	return nil, py.Errorf(py.ValueError, "unknown address family %d", family)
}

// swap16 is htons/ntohs (the host is little-endian on every Go Linux
// target that matters; binary.BigEndian makes it portable anyway).
func swap16(name string) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		v, err := py.Index(t, args[0])
		if err != nil {
			if _, ok := args[0].(py.Float); ok {
				return nil, py.Errorf(py.TypeError, "'float' object cannot be interpreted as an integer")
			}
			return nil, err
		}
		n, ok := v.(py.Int)
		if !ok {
			return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C long")
		}
		switch {
		case n < 0:
			return nil, py.Errorf(py.OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
		case n > 0x7fffffff:
			return nil, py.Errorf(py.OverflowError, "signed integer is greater than maximum")
		case n > 0xffff:
			return nil, py.Errorf(py.OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
		}
		var b [2]byte
		binary.BigEndian.PutUint16(b[:], uint16(n))
		return py.Int(nativeUint16(b)), nil
	}
}

func swap32(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("htonl", args, kw, 1, 1); err != nil {
		return nil, err
	}
	var n int64
	switch v := args[0].(type) {
	case py.Int:
		n = int64(v)
	case py.Bool:
		if v {
			n = 1
		}
	case *py.BigInt:
		if v.V.Sign() < 0 {
			return nil, py.Errorf(py.OverflowError, "can't convert negative value to unsigned int")
		}
		return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C unsigned long")
	default:
		return nil, py.Errorf(py.TypeError, "expected int, %s found", py.TypeName(args[0]))
	}
	if n < 0 {
		return nil, py.Errorf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if n > 0xffffffff {
		return nil, py.Errorf(py.OverflowError, "int larger than 32 bits")
	}
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(n))
	return py.Int(nativeUint32(b)), nil
}

func nativeUint16(b [2]byte) uint16 { return binary.NativeEndian.Uint16(b[:]) }
func nativeUint32(b [4]byte) uint32 { return binary.NativeEndian.Uint32(b[:]) }
