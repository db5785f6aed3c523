import errno
e = OSError(errno.ENOENT, 'No such file or directory', 'missing.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e), e.args)
e2 = OSError(errno.EEXIST, 'exists', 'a', None, 'b')
print(type(e2).__name__, str(e2), e2.filename2)
for code in [errno.EPERM, errno.ENOENT, errno.EINTR, errno.EAGAIN, errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, errno.ECHILD, errno.ESRCH, 9999]:
    print(code == OSError(code, 'x').errno, type(OSError(code, 'x')).__name__)
try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as ex:
    print(type(ex).__name__, ex.errno == errno.ENOENT, ex.filename)
print(OSError('one arg').errno, OSError('a', 'b').errno, OSError(1, 2, 3, 4, 5, 6).args, str(OSError()), str(OSError(5)))
print(issubclass(FileExistsError, OSError), PermissionError.__mro__[1].__name__, errno.errorcode[errno.ENOENT])
