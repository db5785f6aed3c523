package socket

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"upy/py"
)

// getaddrinfo(3) as glibc implements it for AF_INET/AF_INET6, on Go's
// pure resolver (/etc/hosts, then DNS) so that no C library is needed.

// EAI_* error codes (glibc's values) and gai_strerror's texts.
const (
	eaiBadFlags    = -1
	eaiNoName      = -2
	eaiAgain       = -3
	eaiFail        = -4
	eaiNoData      = -5
	eaiFamily      = -6
	eaiSockType    = -7
	eaiService     = -8
	eaiAddrFamily  = -9
	eaiMemory      = -10
	eaiSystem      = -11
	eaiOverflow    = -12
	aiPassive      = 0x1
	aiCanonName    = 0x2
	aiNumericHost  = 0x4
	aiV4Mapped     = 0x8
	aiAll          = 0x10
	aiAddrConfig   = 0x20
	aiNumericServ  = 0x400
	aiAllowedFlags = 0x7ff
)

var gaiMessages = map[int]string{
	eaiBadFlags:   "Bad value for ai_flags",
	eaiNoName:     "Name or service not known",
	eaiAgain:      "Temporary failure in name resolution",
	eaiFail:       "Non-recoverable failure in name resolution",
	eaiNoData:     "No address associated with hostname",
	eaiFamily:     "ai_family not supported",
	eaiSockType:   "ai_socktype not supported",
	eaiService:    "Servname not supported for ai_socktype",
	eaiAddrFamily: "Address family for hostname not supported",
	eaiMemory:     "Memory allocation failure",
	eaiSystem:     "System error",
	eaiOverflow:   "Argument buffer overflow",
}

// GaiError is socket.gaierror, an OSError subclass.
var GaiError = py.NewExceptionType("socket", "gaierror", py.OSError)

// HError is socket.herror, an OSError subclass.
var HError = py.NewExceptionType("socket", "herror", py.OSError)

// gaiError makes gaierror(code, message) with errno/strerror set.
func gaiError(code int) *py.Exception {
	msg, ok := gaiMessages[code]
	if !ok {
		msg = "Unknown error"
	}
	e := py.NewException(GaiError, py.Int(code), py.NewStr(msg))
	e.SetAttr("errno", py.Int(code))
	e.SetAttr("strerror", py.NewStr(msg))
	return e
}

// typeProto is one row of glibc's socket type/protocol table.
type typeProto struct {
	sockType, proto int
	name            string // protocol name in /etc/services
	protoAny        bool   // any protocol number is accepted (raw)
	noService       bool   // no service may be given
	byDefault       bool   // listed when neither type nor protocol is given
}

var typeProtos = []typeProto{
	{sockType: unix.SOCK_STREAM, proto: unix.IPPROTO_TCP, name: "tcp", byDefault: true},
	{sockType: unix.SOCK_DGRAM, proto: unix.IPPROTO_UDP, name: "udp", byDefault: true},
	{sockType: unix.SOCK_DCCP, proto: unix.IPPROTO_DCCP, name: "dccp"},
	{sockType: unix.SOCK_DGRAM, proto: unix.IPPROTO_UDPLITE, name: "udplite"},
	{sockType: unix.SOCK_STREAM, proto: unix.IPPROTO_SCTP, name: "sctp"},
	{sockType: unix.SOCK_SEQPACKET, proto: unix.IPPROTO_SCTP, name: "sctp"},
	{sockType: unix.SOCK_RAW, proto: 0, name: "raw", protoAny: true, noService: true, byDefault: true},
}

// addrInfo is one getaddrinfo result.
type addrInfo struct {
	family, sockType, proto int
	canon                   string
	ip                      netip.Addr
	zone                    int
	port                    int
}

func (a *addrInfo) sockaddr() unix.Sockaddr {
	if a.family == unix.AF_INET6 {
		return &unix.SockaddrInet6{Port: a.port, ZoneId: uint32(a.zone), Addr: a.ip.As16()}
	}
	return &unix.SockaddrInet4{Port: a.port, Addr: a.ip.As4()}
}

// AddrInfo is one entry of GetAddrInfo's result.
type AddrInfo struct {
	Family, Type, Proto int
	CanonName           string
	Addr                unix.Sockaddr
}

// GetAddrInfo is socket.getaddrinfo on Python arguments: host is None, a
// str or bytes; port None, an int, a str or bytes. Errors are gaierror
// (and CPython's TypeError/OSError for bad argument types).
func GetAddrInfo(t *py.Thread, host, port py.Object, family, sockType, proto, flags int) ([]AddrInfo, error) {
	infos, err := getAddrInfo(t, host, port, family, sockType, proto, flags)
	if err != nil {
		return nil, err
	}
	out := make([]AddrInfo, len(infos))
	for i := range infos {
		a := &infos[i]
		out[i] = AddrInfo{Family: a.family, Type: a.sockType, Proto: a.proto, CanonName: a.canon, Addr: a.sockaddr()}
	}
	return out, nil
}

func getAddrInfo(t *py.Thread, host, port py.Object, family, sockType, proto, flags int) ([]addrInfo, error) {
	var hostStr, service string
	hasHost, hasService := false, false
	switch h := host.(type) {
	case *py.Str:
		hostStr, hasHost = h.S, true
	case *py.Bytes:
		hostStr, hasHost = string(h.B), true
	default:
		if host != py.None {
			return nil, py.Errorf(py.TypeError, "getaddrinfo() argument 1 must be string or None")
		}
	}
	switch p := port.(type) {
	case py.Int:
		service, hasService = itoa64(int64(p)), true
	case py.Bool:
		service, hasService = "0", true
		if p {
			service = "1"
		}
	case *py.BigInt:
		return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C long")
	case *py.Str:
		service, hasService = p.S, true
	case *py.Bytes:
		service, hasService = string(p.B), true
	default:
		if port != py.None {
			return nil, py.Errorf(py.OSError, "Int or String expected")
		}
	}
	return resolve(t, hostStr, hasHost, service, hasService, family, sockType, proto, flags)
}

func itoa64(n int64) string {
	if n < 0 {
		return "-" + itoaU(uint64(-n))
	}
	return itoaU(uint64(n))
}

func itoaU(n uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// servEntry is one socket type/protocol/port the service resolves to.
type servEntry struct {
	sockType, proto, port int
}

// resolve is getaddrinfo(3) for AF_UNSPEC/AF_INET/AF_INET6.
func resolve(t *py.Thread, host string, hasHost bool, service string, hasService bool, family, sockType, proto, flags int) ([]addrInfo, error) {
	if flags&^aiAllowedFlags != 0 || (flags&aiCanonName != 0 && !hasHost) {
		return nil, gaiError(eaiBadFlags)
	}
	if !hasHost && !hasService {
		return nil, gaiError(eaiNoName)
	}
	if family != unix.AF_UNSPEC && family != unix.AF_INET && family != unix.AF_INET6 {
		return nil, gaiError(eaiFamily)
	}
	entries, err := serviceEntries(service, hasService, sockType, proto, flags)
	if err != nil {
		return nil, err
	}
	type ipZone struct {
		ip   netip.Addr
		zone int
	}
	var ips []ipZone
	canon := ""
	switch {
	case !hasHost:
		any4, any6 := netip.IPv4Unspecified(), netip.IPv6Unspecified()
		lo4, lo6 := netip.AddrFrom4([4]byte{127, 0, 0, 1}), netip.IPv6Loopback()
		passive := flags&aiPassive != 0
		switch {
		case family == unix.AF_INET && passive:
			ips = []ipZone{{ip: any4}}
		case family == unix.AF_INET:
			ips = []ipZone{{ip: lo4}}
		case family == unix.AF_INET6 && passive:
			ips = []ipZone{{ip: any6}}
		case family == unix.AF_INET6:
			ips = []ipZone{{ip: lo6}}
		case passive:
			// glibc's RFC 3484 sort puts the IPv4 wildcard first...
			ips = []ipZone{{ip: any4}, {ip: any6}}
		default:
			// ...and the IPv6 loopback first.
			ips = []ipZone{{ip: lo6}, {ip: lo4}}
		}
	default:
		canon = host
		if a4, ok := parseIPv4(host); ok {
			switch family {
			case unix.AF_INET6:
				if flags&aiV4Mapped == 0 {
					return nil, gaiError(eaiAddrFamily)
				}
				ips = []ipZone{{ip: netip.AddrFrom16(netip.AddrFrom4(a4).As16())}}
			default:
				ips = []ipZone{{ip: netip.AddrFrom4(a4)}}
			}
		} else if a6, zone, ok := parseIPv6(host); ok {
			if family == unix.AF_INET {
				return nil, gaiError(eaiAddrFamily)
			}
			ips = []ipZone{{ip: a6, zone: zone}}
		} else {
			if flags&aiNumericHost != 0 || host == "" {
				return nil, gaiError(eaiNoName)
			}
			addrs, code := lookupHost(t, host)
			if code != 0 {
				return nil, gaiError(code)
			}
			for _, a := range addrs {
				a = a.Unmap()
				switch {
				case a.Is4() && family != unix.AF_INET6:
					ips = append(ips, ipZone{ip: a})
				case a.Is6() && family != unix.AF_INET:
					ips = append(ips, ipZone{ip: a})
				case a.Is4() && family == unix.AF_INET6 && flags&aiV4Mapped != 0:
					ips = append(ips, ipZone{ip: netip.AddrFrom16(a.As16())})
				}
			}
			if len(ips) == 0 {
				return nil, gaiError(eaiNoName)
			}
		}
	}
	out := make([]addrInfo, 0, len(ips)*len(entries))
	for _, a := range ips {
		fam := unix.AF_INET
		if a.ip.Is6() {
			fam = unix.AF_INET6
		}
		for _, e := range entries {
			out = append(out, addrInfo{family: fam, sockType: e.sockType, proto: e.proto, ip: a.ip, zone: a.zone, port: e.port})
		}
	}
	if flags&aiCanonName != 0 && len(out) > 0 {
		out[0].canon = canon
	}
	return out, nil
}

// serviceEntries works out the socket types, protocols and port of a
// request, with glibc's rules and error codes.
func serviceEntries(service string, hasService bool, sockType, proto, flags int) ([]servEntry, error) {
	var tp *typeProto
	if sockType != 0 || proto != 0 {
		for i := range typeProtos {
			c := &typeProtos[i]
			if (sockType == 0 || sockType == c.sockType) && (proto == 0 || c.protoAny || proto == c.proto) {
				tp = c
				break
			}
		}
		if tp == nil {
			if sockType != 0 {
				return nil, gaiError(eaiSockType)
			}
			return nil, gaiError(eaiService)
		}
	}
	port := 0
	if hasService {
		if tp != nil && tp.noService {
			return nil, gaiError(eaiService)
		}
		n, numeric := parseServiceNumber(service)
		if !numeric {
			if flags&aiNumericServ != 0 {
				return nil, gaiError(eaiNoName)
			}
			var out []servEntry
			for i := range typeProtos {
				c := &typeProtos[i]
				if c.noService || (tp != nil && c != tp) {
					continue
				}
				if p, ok := lookupService(service, c.name); ok {
					out = append(out, servEntry{c.sockType, c.proto, p})
				}
			}
			if len(out) == 0 {
				return nil, gaiError(eaiService)
			}
			return out, nil
		}
		port = n
	}
	if tp != nil {
		p := tp.proto
		if tp.protoAny {
			p = proto
		}
		return []servEntry{{tp.sockType, p, port}}, nil
	}
	var out []servEntry
	for _, c := range typeProtos {
		if c.byDefault {
			out = append(out, servEntry{c.sockType, c.proto, port})
		}
	}
	return out, nil
}

// parseServiceNumber parses a port as strtoul does (leading blanks and a
// '+' allowed, nothing after the digits); the port wraps to 16 bits.
func parseServiceNumber(s string) (int, bool) {
	s = strings.TrimLeft(s, " \t\n\r\v\f")
	if strings.HasPrefix(s, "+") {
		s = s[1:]
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n > (1<<64-1)/10 {
			n = 1<<64 - 1
			continue
		}
		n = n*10 + uint64(c-'0')
	}
	return int(n & 0xffff), true
}

// resolver is Go's pure resolver: /etc/hosts (per nsswitch.conf), then DNS.
var resolver = &net.Resolver{PreferGo: true}

// lookupHost resolves a host name with the GIL released. It returns an
// EAI_* code on failure.
func lookupHost(t *py.Thread, host string) ([]netip.Addr, int) {
	var addrs []netip.Addr
	var err error
	t.Unblocked(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		addrs, err = resolver.LookupNetIP(ctx, "ip", host)
	})
	if err == nil {
		if len(addrs) == 0 {
			return nil, eaiNoName
		}
		return addrs, 0
	}
	var de *net.DNSError
	if errors.As(err, &de) {
		switch {
		case de.IsNotFound:
			return nil, eaiNoName
		case de.IsTimeout, de.IsTemporary:
			return nil, eaiAgain
		}
	}
	return nil, eaiNoName
}
