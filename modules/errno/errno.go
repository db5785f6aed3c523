// Package errno is the errno module: the system's error numbers and
// errorcode, the reverse table.
package errno

import (
	"syscall"

	"upy/py"
)

// names lists the errno constants CPython's errno module has on Linux.
var names = map[string]syscall.Errno{
	"EPERM": syscall.EPERM, "ENOENT": syscall.ENOENT, "ESRCH": syscall.ESRCH, "EINTR": syscall.EINTR,
	"EIO": syscall.EIO, "ENXIO": syscall.ENXIO, "E2BIG": syscall.E2BIG, "ENOEXEC": syscall.ENOEXEC,
	"EBADF": syscall.EBADF, "ECHILD": syscall.ECHILD, "EAGAIN": syscall.EAGAIN, "ENOMEM": syscall.ENOMEM,
	"EACCES": syscall.EACCES, "EFAULT": syscall.EFAULT, "ENOTBLK": syscall.ENOTBLK, "EBUSY": syscall.EBUSY,
	"EEXIST": syscall.EEXIST, "EXDEV": syscall.EXDEV, "ENODEV": syscall.ENODEV, "ENOTDIR": syscall.ENOTDIR,
	"EISDIR": syscall.EISDIR, "EINVAL": syscall.EINVAL, "ENFILE": syscall.ENFILE, "EMFILE": syscall.EMFILE,
	"ENOTTY": syscall.ENOTTY, "ETXTBSY": syscall.ETXTBSY, "EFBIG": syscall.EFBIG, "ENOSPC": syscall.ENOSPC,
	"ESPIPE": syscall.ESPIPE, "EROFS": syscall.EROFS, "EMLINK": syscall.EMLINK, "EPIPE": syscall.EPIPE,
	"EDOM": syscall.EDOM, "ERANGE": syscall.ERANGE, "EDEADLK": syscall.EDEADLK, "ENAMETOOLONG": syscall.ENAMETOOLONG,
	"ENOLCK": syscall.ENOLCK, "ENOSYS": syscall.ENOSYS, "ENOTEMPTY": syscall.ENOTEMPTY, "ELOOP": syscall.ELOOP,
	"EWOULDBLOCK": syscall.EWOULDBLOCK, "ENOMSG": syscall.ENOMSG, "EIDRM": syscall.EIDRM,
	"ENOSTR": syscall.ENOSTR, "ENODATA": syscall.ENODATA, "ETIME": syscall.ETIME, "ENOSR": syscall.ENOSR,
	"EREMOTE": syscall.EREMOTE, "ENOLINK": syscall.ENOLINK, "EPROTO": syscall.EPROTO, "EBADMSG": syscall.EBADMSG,
	"EOVERFLOW": syscall.EOVERFLOW, "EILSEQ": syscall.EILSEQ, "EUSERS": syscall.EUSERS,
	"ENOTSOCK": syscall.ENOTSOCK, "EDESTADDRREQ": syscall.EDESTADDRREQ, "EMSGSIZE": syscall.EMSGSIZE,
	"EPROTOTYPE": syscall.EPROTOTYPE, "ENOPROTOOPT": syscall.ENOPROTOOPT, "EPROTONOSUPPORT": syscall.EPROTONOSUPPORT,
	"ESOCKTNOSUPPORT": syscall.ESOCKTNOSUPPORT, "EOPNOTSUPP": syscall.EOPNOTSUPP, "ENOTSUP": syscall.ENOTSUP,
	"EPFNOSUPPORT": syscall.EPFNOSUPPORT, "EAFNOSUPPORT": syscall.EAFNOSUPPORT, "EADDRINUSE": syscall.EADDRINUSE,
	"EADDRNOTAVAIL": syscall.EADDRNOTAVAIL, "ENETDOWN": syscall.ENETDOWN, "ENETUNREACH": syscall.ENETUNREACH,
	"ENETRESET": syscall.ENETRESET, "ECONNABORTED": syscall.ECONNABORTED, "ECONNRESET": syscall.ECONNRESET,
	"ENOBUFS": syscall.ENOBUFS, "EISCONN": syscall.EISCONN, "ENOTCONN": syscall.ENOTCONN,
	"ESHUTDOWN": syscall.ESHUTDOWN, "ETOOMANYREFS": syscall.ETOOMANYREFS, "ETIMEDOUT": syscall.ETIMEDOUT,
	"ECONNREFUSED": syscall.ECONNREFUSED, "EHOSTDOWN": syscall.EHOSTDOWN, "EHOSTUNREACH": syscall.EHOSTUNREACH,
	"EALREADY": syscall.EALREADY, "EINPROGRESS": syscall.EINPROGRESS, "ESTALE": syscall.ESTALE,
	"EDQUOT": syscall.EDQUOT, "ECANCELED": syscall.ECANCELED, "EOWNERDEAD": syscall.EOWNERDEAD,
	"ENOTRECOVERABLE": syscall.ENOTRECOVERABLE, "ENOMEDIUM": syscall.ENOMEDIUM, "EMEDIUMTYPE": syscall.EMEDIUMTYPE,
	"EKEYEXPIRED": syscall.EKEYEXPIRED, "EKEYREJECTED": syscall.EKEYREJECTED, "EKEYREVOKED": syscall.EKEYREVOKED,
	"ERFKILL": syscall.ERFKILL, "ECOMM": syscall.ECOMM, "ENONET": syscall.ENONET,
	"ENOPKG": syscall.ENOPKG, "EBADE": syscall.EBADE, "EBADR": syscall.EBADR, "EXFULL": syscall.EXFULL,
	"ENOANO": syscall.ENOANO, "EBADRQC": syscall.EBADRQC, "EBADSLT": syscall.EBADSLT, "EBFONT": syscall.EBFONT,
	"ENOTUNIQ": syscall.ENOTUNIQ, "EBADFD": syscall.EBADFD, "EREMCHG": syscall.EREMCHG, "ELIBACC": syscall.ELIBACC,
	"ELIBBAD": syscall.ELIBBAD, "ELIBSCN": syscall.ELIBSCN, "ELIBMAX": syscall.ELIBMAX, "ELIBEXEC": syscall.ELIBEXEC,
	"ERESTART": syscall.ERESTART, "ESTRPIPE": syscall.ESTRPIPE, "EUCLEAN": syscall.EUCLEAN, "ENOTNAM": syscall.ENOTNAM,
	"ENAVAIL": syscall.ENAVAIL, "EISNAM": syscall.EISNAM, "EREMOTEIO": syscall.EREMOTEIO, "ECHRNG": syscall.ECHRNG,
	"EL2NSYNC": syscall.EL2NSYNC, "EL3HLT": syscall.EL3HLT, "EL3RST": syscall.EL3RST, "ELNRNG": syscall.ELNRNG,
	"EUNATCH": syscall.EUNATCH, "ENOCSI": syscall.ENOCSI, "EL2HLT": syscall.EL2HLT, "EADV": syscall.EADV,
	"ESRMNT": syscall.ESRMNT, "EDOTDOT": syscall.EDOTDOT, "EMULTIHOP": syscall.EMULTIHOP, "EDEADLOCK": syscall.EDEADLOCK,
}

func init() {
	py.RegisterModule("errno", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("errno")
		codes := py.NewDict()
		for name, n := range names {
			m.Set(name, py.Int(n))
		}
		// errorcode maps each number to one name; for the numbers with two
		// names CPython's table ends up with these.
		preferred := map[string]bool{"EAGAIN": true, "EDEADLOCK": true, "ENOTSUP": true}
		for name, n := range names {
			key := py.Int(n)
			if prev, ok, _ := codes.GetItem(t, key); ok && (preferred[prev.(*py.Str).S] || !preferred[name] && prev.(*py.Str).S < name) {
				continue
			}
			codes.SetItem(t, key, py.NewStr(name))
		}
		m.Set("errorcode", codes)
		return m, nil
	})
}
