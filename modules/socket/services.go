package socket

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Service names (getaddrinfo's port argument, getservbyname): read from
// /etc/services like the C library, with a small built-in table when the
// file is missing.

type service struct {
	name  string
	port  int
	proto string
}

var (
	servicesOnce sync.Once
	servicesList []service          // official names, in file order
	servicesByID map[string]service // "name/proto" (aliases too)
)

// builtinServices is used when /etc/services cannot be read.
const builtinServices = `
ftp-data 20/tcp
ftp 21/tcp
ssh 22/tcp
telnet 23/tcp
smtp 25/tcp mail
domain 53/tcp
domain 53/udp
bootps 67/udp
bootpc 68/udp
tftp 69/udp
gopher 70/tcp
finger 79/tcp
http 80/tcp www
pop3 110/tcp pop-3
sunrpc 111/tcp portmapper
sunrpc 111/udp portmapper
auth 113/tcp authentication tap ident
nntp 119/tcp readnews untp
ntp 123/udp
imap2 143/tcp imap
snmp 161/tcp
snmp 161/udp
ldap 389/tcp
ldap 389/udp
https 443/tcp
https 443/udp
submissions 465/tcp ssmtp smtps urd
syslog 514/udp
submission 587/tcp
ldaps 636/tcp
imaps 993/tcp
pop3s 995/tcp
mysql 3306/tcp
postgresql 5432/tcp postgres
`

func loadServices() {
	servicesByID = map[string]service{}
	data, err := os.ReadFile("/etc/services")
	if err != nil {
		data = []byte(builtinServices)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		pp := strings.SplitN(f[1], "/", 2)
		if len(pp) != 2 {
			continue
		}
		port, err := strconv.Atoi(pp[0])
		if err != nil || port < 0 || port > 65535 {
			continue
		}
		s := service{name: f[0], port: port, proto: pp[1]}
		servicesList = append(servicesList, s)
		for _, n := range append([]string{f[0]}, f[2:]...) {
			key := n + "/" + s.proto
			if _, dup := servicesByID[key]; !dup {
				servicesByID[key] = s
			}
		}
	}
}

// lookupService returns the port of a service name for a protocol name.
func lookupService(name, proto string) (int, bool) {
	servicesOnce.Do(loadServices)
	s, ok := servicesByID[name+"/"+proto]
	return s.port, ok
}

// serviceByName is getservbyname: proto "" matches any protocol.
func serviceByName(name, proto string) (int, bool) {
	servicesOnce.Do(loadServices)
	if proto != "" {
		return lookupService(name, proto)
	}
	for _, p := range []string{"tcp", "udp"} {
		if port, ok := lookupService(name, p); ok {
			return port, true
		}
	}
	for _, s := range servicesList {
		if s.name == name {
			return s.port, true
		}
	}
	return 0, false
}

// serviceByPort is getservbyport: proto "" matches any protocol.
func serviceByPort(port int, proto string) (string, bool) {
	servicesOnce.Do(loadServices)
	for _, s := range servicesList {
		if s.port == port && (proto == "" || s.proto == proto) {
			return s.name, true
		}
	}
	return "", false
}
