# Linux values of the socket module's constants.
import socket

for name in [
    "AF_INET", "AF_INET6", "AF_UNIX", "AF_UNSPEC",
    "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_SEQPACKET", "SOCK_NONBLOCK", "SOCK_CLOEXEC",
    "SOL_SOCKET", "SO_REUSEADDR", "SO_REUSEPORT", "SO_KEEPALIVE", "SO_LINGER", "SO_RCVBUF",
    "SO_SNDBUF", "SO_ERROR", "SO_BROADCAST", "SO_TYPE", "SO_RCVTIMEO", "SO_SNDTIMEO",
    "IPPROTO_IP", "IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_IPV6", "IPPROTO_ICMP", "IPPROTO_RAW",
    "IPV6_V6ONLY", "IP_TTL", "IP_MULTICAST_TTL", "IP_ADD_MEMBERSHIP",
    "TCP_NODELAY", "TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT",
    "MSG_PEEK", "MSG_DONTWAIT", "MSG_WAITALL", "MSG_NOSIGNAL", "MSG_OOB", "MSG_TRUNC",
    "SHUT_RD", "SHUT_WR", "SHUT_RDWR",
    "INADDR_ANY", "INADDR_LOOPBACK", "INADDR_BROADCAST", "INADDR_NONE",
    "AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST", "AI_NUMERICSERV", "AI_V4MAPPED", "AI_ADDRCONFIG",
    "NI_NUMERICHOST", "NI_NUMERICSERV", "NI_NAMEREQD", "NI_DGRAM",
    "EAI_NONAME", "EAI_AGAIN", "EAI_FAIL", "EAI_FAMILY", "EAI_SOCKTYPE", "EAI_SERVICE",
    "EAI_BADFLAGS", "EAI_ADDRFAMILY",
    "SOMAXCONN",
]:
    print(name, int(getattr(socket, name)))

print(socket.has_ipv6 in (True, False))
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.socket.__name__, socket.SocketType.__name__)
