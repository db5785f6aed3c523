package socket

import (
	"net"
	"net/netip"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"upy/py"
)

// Address conversion between Python objects and unix.Sockaddr, with
// CPython's formats: AF_INET (host, port), AF_INET6 (host, port,
// flowinfo, scope_id), AF_UNIX a path (str, or bytes for the abstract
// namespace).

// SockaddrToPy converts a socket address to its Python form (None for nil).
func SockaddrToPy(sa unix.Sockaddr) py.Object {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return py.NewTuple(py.NewStr(netip.AddrFrom4(a.Addr).String()), py.Int(a.Port))
	case *unix.SockaddrInet6:
		return py.NewTuple(py.NewStr(ip6String(a.Addr)), py.Int(a.Port), py.Int(0), py.Int(a.ZoneId))
	case *unix.SockaddrUnix:
		if a.Name == "@" || a.Name == "" {
			// Unnamed (x/sys reports an empty path as "@").
			return py.NewStr("")
		}
		if a.Name[0] == 0 || a.Name[0] == '@' {
			// Abstract namespace: x/sys reports it with a leading '@'.
			b := []byte(a.Name)
			b[0] = 0
			return py.NewBytes(b)
		}
		return py.NewStr(a.Name)
	}
	return py.None
}

// ip6String formats an IPv6 address as glibc's inet_ntop does: the
// longest run (of two or more) of zero groups becomes "::", and
// IPv4-compatible and IPv4-mapped addresses end in dotted form.
func ip6String(a [16]byte) string {
	var w [8]int
	for i := range w {
		w[i] = int(a[2*i])<<8 | int(a[2*i+1])
	}
	bestBase, bestLen := -1, 0
	for i := 0; i < 8; {
		if w[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && w[j] == 0 {
			j++
		}
		if j-i > bestLen {
			bestBase, bestLen = i, j-i
		}
		i = j
	}
	if bestLen < 2 {
		bestBase = -1
	}
	b := make([]byte, 0, 46)
	for i := 0; i < 8; i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				b = append(b, ':')
			}
			continue
		}
		if i > 0 {
			b = append(b, ':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff)) {
			b = append(b, netip.AddrFrom4([4]byte{a[12], a[13], a[14], a[15]}).String()...)
			break
		}
		b = strconv.AppendInt(b, int64(w[i]), 16)
	}
	if bestBase >= 0 && bestBase+bestLen == 8 {
		b = append(b, ':')
	}
	return string(b)
}

// ParseSockaddr converts a Python address for family to a unix.Sockaddr,
// resolving host names. Errors are CPython's (TypeError, OverflowError,
// gaierror).
func ParseSockaddr(t *py.Thread, family int, addr py.Object) (unix.Sockaddr, error) {
	return parseSockaddr(t, "connect", family, addr)
}

// familyName is the name used in address error messages.
func familyName(family int) string {
	switch family {
	case unix.AF_INET:
		return "AF_INET"
	case unix.AF_INET6:
		return "AF_INET6"
	case unix.AF_UNIX:
		return "AF_UNIX"
	}
	return "family " + strconv.Itoa(family)
}

func parseSockaddr(t *py.Thread, fname string, family int, addr py.Object) (unix.Sockaddr, error) {
	switch family {
	case unix.AF_UNIX:
		var path []byte
		switch a := addr.(type) {
		case *py.Str:
			path = []byte(a.S)
		default:
			b, ok := py.AsBytes(addr)
			if !ok {
				return nil, py.Errorf(py.TypeError, "a bytes-like object is required, not '%s'", py.TypeName(addr))
			}
			path = b
		}
		if len(path) > 107 {
			return nil, py.Errorf(py.OSError, "AF_UNIX path too long")
		}
		name := string(path)
		if len(path) > 0 && path[0] == 0 {
			// x/sys marks the abstract namespace with a leading '@'.
			name = "@" + name[1:]
		} else if len(path) > 0 && path[0] == '@' {
			// A real (relative) path starting with '@' must not be taken
			// for an abstract name: "./@x" is the same file.
			name = "./" + name
		}
		return &unix.SockaddrUnix{Name: name}, nil
	case unix.AF_INET, unix.AF_INET6:
		tu, ok := addr.(*py.Tuple)
		if !ok {
			return nil, py.Errorf(py.TypeError, "%s(): %s address must be tuple, not %s", fname, familyName(family), py.TypeName(addr))
		}
		n := len(tu.Items)
		if family == unix.AF_INET && n != 2 {
			return nil, py.Errorf(py.TypeError, "AF_INET address must be a pair (host, port)")
		}
		if family == unix.AF_INET6 && (n < 2 || n > 4) {
			return nil, py.Errorf(py.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		host, err := hostArg(tu.Items[0])
		if err != nil {
			return nil, err
		}
		port, err := py.IndexInt(t, tu.Items[1])
		if err != nil {
			return nil, err
		}
		if port < 0 || port > 65535 {
			return nil, py.Errorf(py.OverflowError, "%s(): port must be 0-65535.", fname)
		}
		var flowinfo, scope int
		if n > 2 {
			if flowinfo, err = py.IndexInt(t, tu.Items[2]); err != nil {
				return nil, err
			}
			if flowinfo < 0 || flowinfo > 0xfffff {
				return nil, py.Errorf(py.OverflowError, "%s(): flowinfo must be 0-1048575.", fname)
			}
		}
		if n > 3 {
			if scope, err = py.IndexInt(t, tu.Items[3]); err != nil {
				return nil, err
			}
		}
		ip, zone, err := resolveHost(t, host, family)
		if err != nil {
			return nil, err
		}
		if family == unix.AF_INET {
			return &unix.SockaddrInet4{Port: port, Addr: ip.As4()}, nil
		}
		if scope == 0 {
			scope = zone
		}
		return &unix.SockaddrInet6{Port: port, ZoneId: uint32(scope), Addr: ip.As16()}, nil
	}
	return nil, py.Errorf(py.OSError, "%s(): bad family", fname)
}

// hostArg accepts a host as str, bytes or bytearray.
func hostArg(o py.Object) (string, error) {
	if s, ok := o.(*py.Str); ok {
		return s.S, nil
	}
	if b, ok := py.AsBytes(o); ok {
		return string(b), nil
	}
	return "", py.Errorf(py.TypeError, "str, bytes or bytearray expected, not %s", py.TypeName(o))
}

// resolveHost turns the host of an address into an IP of family, as
// CPython's setipaddr: ” is the wildcard, '<broadcast>' the broadcast
// address, numeric forms are parsed, other names are resolved.
func resolveHost(t *py.Thread, host string, family int) (netip.Addr, int, error) {
	switch host {
	case "":
		if family == unix.AF_INET6 {
			return netip.IPv6Unspecified(), 0, nil
		}
		return netip.IPv4Unspecified(), 0, nil
	case "<broadcast>", "255.255.255.255":
		if family == unix.AF_INET {
			return netip.AddrFrom4([4]byte{255, 255, 255, 255}), 0, nil
		}
	}
	infos, err := resolve(t, host, true, "", false, family, unix.SOCK_DGRAM, 0, 0)
	if err != nil {
		return netip.Addr{}, 0, err
	}
	return infos[0].ip, infos[0].zone, nil
}

// parseIPv4 parses the numeric forms inet_aton accepts: one to four
// parts, each decimal, octal (leading 0) or hexadecimal (0x).
func parseIPv4(s string) ([4]byte, bool) {
	var out [4]byte
	if s == "" {
		return out, false
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		if p == "" {
			return out, false
		}
		base := 10
		digits := p
		if len(p) > 1 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') {
			base, digits = 16, p[2:]
		} else if len(p) > 1 && p[0] == '0' {
			base, digits = 8, p[1:]
		}
		v, err := strconv.ParseUint(digits, base, 32)
		if err != nil {
			return out, false
		}
		vals[i] = v
	}
	var v uint64
	last := len(vals) - 1
	for i := 0; i < last; i++ {
		if vals[i] > 255 {
			return out, false
		}
		v |= vals[i] << (24 - 8*uint(i))
	}
	if vals[last] >= 1<<(8*uint(4-last)) {
		return out, false
	}
	v |= vals[last]
	out[0], out[1], out[2], out[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	return out, true
}

// parseIPv6 parses a numeric IPv6 address with an optional %zone (an
// interface name or index). zone is the scope id.
func parseIPv6(s string) (netip.Addr, int, bool) {
	if !strings.Contains(s, ":") {
		return netip.Addr{}, 0, false
	}
	zoneName := ""
	if i := strings.IndexByte(s, '%'); i >= 0 {
		s, zoneName = s[:i], s[i+1:]
	}
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is6() {
		return netip.Addr{}, 0, false
	}
	zone := 0
	if zoneName != "" {
		if n, err := strconv.Atoi(zoneName); err == nil && n >= 0 {
			zone = n
		} else if ifi, err := net.InterfaceByName(zoneName); err == nil {
			zone = ifi.Index
		} else {
			return netip.Addr{}, 0, false
		}
	}
	return a, zone, true
}
