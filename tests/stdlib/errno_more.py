# errno: the codes of Linux and errorcode, and the OSError subclass each selects.
import errno
names = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'ENXIO', 'E2BIG', 'EBADF', 'ECHILD', 'EAGAIN', 'ENOMEM', 'EACCES',
         'EFAULT', 'EBUSY', 'EEXIST', 'EXDEV', 'ENODEV', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENFILE', 'EMFILE', 'ENOTTY',
         'EFBIG', 'ENOSPC', 'ESPIPE', 'EROFS', 'EMLINK', 'EPIPE', 'EDOM', 'ERANGE', 'EWOULDBLOCK', 'EINPROGRESS',
         'EALREADY', 'ENOTSOCK', 'EADDRINUSE', 'EADDRNOTAVAIL', 'ENETDOWN', 'ENETUNREACH', 'ECONNABORTED',
         'ECONNRESET', 'ENOBUFS', 'EISCONN', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENOTEMPTY',
         'ENAMETOOLONG', 'ENOSYS', 'EOPNOTSUPP', 'EDEADLK', 'ENOLCK', 'ELOOP', 'EMSGSIZE', 'EPROTOTYPE', 'ENOPROTOOPT',
         'EPROTONOSUPPORT', 'EAFNOSUPPORT', 'ESHUTDOWN', 'EHOSTDOWN', 'ECANCELED', 'EOVERFLOW', 'ENOTSUP', 'EILSEQ']
for n in names:
    v = getattr(errno, n, None)
    print(n, v, errno.errorcode.get(v) if v is not None else None)
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EOPNOTSUPP], type(errno.errorcode).__name__)
for n in ('ENOENT', 'EEXIST', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EAGAIN', 'EPIPE', 'ECONNRESET', 'ECONNREFUSED',
          'ECONNABORTED', 'ETIMEDOUT', 'ECHILD', 'ESRCH', 'EINTR', 'EINPROGRESS', 'EALREADY', 'EINVAL', 'ESHUTDOWN'):
    e = OSError(getattr(errno, n), 'msg', 'file')
    print(n, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(str(OSError(errno.ENOENT, 'x')), repr(OSError(2, 'y')), OSError(5).errno, OSError('a', 'b', 'c', 'd', 'e').args)
print(FileNotFoundError(2, 'nf').errno, FileNotFoundError('x').errno, isinstance(FileNotFoundError(), OSError))
print(str(OSError(2, 'z', 'f1', None, 'f2')))
