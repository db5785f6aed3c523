"""File operations on whole files and trees: the commonly used part of
CPython's shutil (copyfileobj, copyfile, copymode, copy, copy2, copytree,
rmtree, move, which)."""

import errno as _errno
import os as _os

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "rmtree", "move", "which", "Error", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file-like object fsrc to fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return _os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (created or truncated); return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    _os.chmod(dst, _os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of src to dst."""
    st = _os.stat(src)
    _os.utime(dst, (st.st_atime, st.st_mtime))
    _os.chmod(dst, st.st_mode & 0o7777)


def _target(src, dst):
    if _os.path.isdir(dst):
        return _os.path.join(dst, _os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Return the new path."""
    dst = _target(src, dst)
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy, and the times too."""
    dst = _target(src, dst)
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst (which must not exist unless dirs_exist_ok)."""
    names = _os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    _os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = _os.path.join(src, name)
        d = _os.path.join(dst, name)
        try:
            if symlinks and _os.path.islink(s):
                _os.symlink(_os.readlink(s), d)
            elif _os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as e:
            errors.extend(e.args[0])
        except OSError as e:
            errors.append((s, d, str(e)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove the directory tree at path."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, p, exc):
            raise exc[1]
    try:
        if _os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as e:
        onerror(_os.path.islink, path, (type(e), e, None))
        return
    try:
        names = _os.listdir(path)
    except OSError as e:
        onerror(_os.listdir, path, (type(e), e, None))
        names = []
    for name in names:
        p = _os.path.join(path, name)
        if _os.path.isdir(p) and not _os.path.islink(p):
            rmtree(p, ignore_errors, onerror)
        else:
            try:
                _os.unlink(p)
            except OSError as e:
                onerror(_os.unlink, p, (type(e), e, None))
    try:
        _os.rmdir(path)
    except OSError as e:
        onerror(_os.rmdir, path, (type(e), e, None))


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it, when it is a directory); return the new path."""
    real_dst = dst
    if _os.path.isdir(dst):
        if _samefile(src, dst):
            _os.rename(src, dst)
            return dst
        real_dst = _os.path.join(dst, _os.path.basename(src.rstrip(_os.sep)))
        if _os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        _os.rename(src, real_dst)
    except OSError:
        if _os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            _os.unlink(src)
    return real_dst


def which(cmd, mode=_os.F_OK | _os.X_OK, path=None):
    """The path of the executable cmd on PATH (or path), or None."""
    if _os.path.dirname(cmd):
        if _os.path.exists(cmd) and _os.access(cmd, mode) and not _os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = _os.environ.get("PATH", _os.defpath if hasattr(_os, "defpath") else "/bin:/usr/bin")
    for d in path.split(_os.pathsep):
        p = _os.path.join(d, cmd)
        if _os.path.exists(p) and _os.access(p, mode) and not _os.path.isdir(p):
            return p
    return None
