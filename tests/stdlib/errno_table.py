import errno, os
names = [n for n in dir(errno) if n.startswith('E')]
print(len(names) > 100)
for n in ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'ENXIO', 'E2BIG', 'ENOEXEC', 'EBADF', 'ECHILD', 'EAGAIN', 'ENOMEM', 'EACCES', 'EFAULT', 'EBUSY', 'EEXIST',
          'EXDEV', 'ENODEV', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENFILE', 'EMFILE', 'ENOTTY', 'EFBIG', 'ENOSPC', 'ESPIPE', 'EROFS', 'EMLINK', 'EPIPE', 'EDOM', 'ERANGE',
          'EDEADLK', 'ENAMETOOLONG', 'ENOLCK', 'ENOSYS', 'ENOTEMPTY', 'ELOOP', 'EWOULDBLOCK', 'ENOMSG', 'ENOTSOCK', 'EADDRINUSE', 'EADDRNOTAVAIL', 'ENETUNREACH',
          'ECONNABORTED', 'ECONNRESET', 'ENOBUFS', 'EISCONN', 'ENOTCONN', 'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS', 'EOPNOTSUPP',
          'ENOTSUP', 'EPROTO', 'EOVERFLOW', 'ECANCELED', 'EOWNERDEAD', 'ENOTRECOVERABLE', 'ERFKILL', 'EHWPOISON', 'EAFNOSUPPORT', 'EMSGSIZE', 'ESHUTDOWN', 'EDQUOT', 'ESTALE']:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v], os.strerror(v))
print(errno.errorcode[11], errno.errorcode[95])
e = OSError(errno.ENOENT, 'No such file or directory', 'x.txt'); print(e, e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(errno.EEXIST, 'x')).__name__, type(OSError(errno.EAGAIN, 'x')).__name__, type(OSError(errno.EPIPE, 'x')).__name__, type(OSError(errno.ECONNREFUSED, 'x')).__name__, type(OSError(errno.ETIMEDOUT, 'x')).__name__)
try: open('/nonexistent/zz')
except OSError as e: print(type(e).__name__, e.errno, e)
print(os.strerror(99999))
