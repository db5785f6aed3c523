# pathlib: object-oriented filesystem paths (POSIX flavour), CPython's interface.

import fnmatch
import io
import os
import re
import sys
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]

_SEP = '/'


def _split_root(part):
    # '//' exactly is kept as a root (POSIX allows it an implementation
    # defined meaning); three or more slashes are one.
    if part and part[0] == _SEP:
        stripped = part.lstrip(_SEP)
        if len(part) - len(stripped) == 2:
            return '//', stripped
        return '/', stripped
    return '', part


def _parse_args(args):
    root = ''
    parsed = []
    strs = []
    for a in args:
        if isinstance(a, PurePath):
            strs.append(str(a))
        else:
            a = os.fspath(a)
            if isinstance(a, str):
                strs.append(str(a))
            else:
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
    for part in reversed(strs):
        if not part:
            continue
        r, rel = _split_root(part)
        for x in reversed(rel.split(_SEP)):
            if x and x != '.':
                parsed.append(x)
        if r:
            root = r
            break
    parsed.reverse()
    return root, parsed


class _PathParents:
    __slots__ = ('_pathcls', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._parts = path._tail

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """Base class of the paths: manipulates them without I/O."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse_args(args)
        self._str = None
        return self

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = list(tail)
        self._str = None
        return self

    def _make_child(self, args):
        root, tail = _parse_args(args)
        if root:
            return self._from_parsed(root, tail)
        return self._from_parsed(self._root, self._tail + tail)

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._tail + [name])

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        s = self._str
        if s is None:
            s = self._root + _SEP.join(self._tail)
            if not s:
                s = '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        path = str(self)
        out = []
        for b in path.encode('utf-8'):
            c = chr(b)
            if c.isalnum() and b < 128 or c in "_.-~/":
                out.append(c)
            else:
                out.append('%%%02X' % b)
        return 'file://' + ''.join(out)

    @property
    def _cparts(self):
        if self._root:
            return [self._root] + self._tail
        return list(self._tail)

    def _same_flavour(self, other):
        return isinstance(other, PurePosixPath) == isinstance(self, PurePosixPath) \
            and isinstance(other, PurePath)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        return hash(tuple(self._cparts))

    def __lt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or not self._same_flavour(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._cparts)

    @property
    def name(self):
        if not self._tail:
            return ''
        return self._tail[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _parse_args((name,))
        if not name or name[-1] == _SEP or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if _SEP in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to = self._from_parts(other)
        to_parts = to._cparts
        parts = self._cparts
        n = len(to_parts)
        if (self._root if n == 0 else parts[:n] != to_parts):
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), to._root + _SEP.join(to._tail)))
        return self._from_parsed('', parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key,) + (self,))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat_parts = _parse_args((path_pattern,))
        if not pat_parts and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._cparts
        if root:
            pat_parts = [root] + pat_parts
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError("upy's pathlib has only the POSIX flavour")


class Path(PurePath):
    """A path on the local filesystem, with the methods that do I/O."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir_names(self, dironly):
        try:
            with os.scandir(self) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            yield entry.name

    def _select(self, parts, i, dironly_last):
        # Yields the paths under self that match parts[i:].
        if i == len(parts):
            yield self
            return
        pat = parts[i]
        last = i == len(parts) - 1
        dironly = not last or dironly_last
        if pat == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(parts, i + 1, dironly_last):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if re.search('[*?[]', pat):
            match = re.compile(fnmatch.translate(pat)).match
            for name in self._scandir_names(dironly):
                if match(name):
                    yield from self._make_child_relpath(name)._select(parts, i + 1, dironly_last)
        else:
            p = self._make_child_relpath(pat)
            if p.is_dir() if dironly else p.exists():
                yield from p._select(parts, i + 1, dironly_last)

    def _walk_dirs(self):
        yield self
        for name in self._scandir_names(True):
            child = self._make_child_relpath(name)
            if child.is_symlink():
                continue
            yield from child._walk_dirs()

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        dironly = pattern[-1] == _SEP
        yield from self._select(parts, 0, dironly)

    def rglob(self, pattern):
        root, parts = _parse_args((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        dironly = bool(pattern) and pattern[-1] == _SEP
        yield from self._select(['**'] + parts, 0, dironly)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._cparts)

    def resolve(self, strict=False):
        if strict:
            self.stat()
        s = os.path.realpath(self)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(self)
        return os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def link_to(self, target):
        os.link(self, target)

    def exists(self):
        try:
            self.stat()
        except OSError:
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def is_dir(self):
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_mount(self):
        return os.path.ismount(self)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
