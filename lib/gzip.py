# gzip: read and write gzip files (RFC 1952) on zlib's raw deflate.
# Compressed bytes come from Go's compressor, so they may differ from
# CPython's; what they decompress to does not.

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _header(compresslevel, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    flags = FNAME if fname else 0
    h = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff) + bytes([xfl]) + b'\xff'
    if fname:
        h += fname + b'\x00'
    return h


class _Input:
    """Reads the members of a gzip stream from a file object."""

    def __init__(self, fp):
        self._fp = fp
        self._pending = b''      # read from fp, not yet consumed
        self._new_member = True
        self._decomp = None
        self._crc = 0
        self._size = 0
        self._eof = False
        self._last_mtime = None

    def _read_exact(self, n):
        data = self._pending[:n]
        self._pending = self._pending[n:]
        while len(data) < n:
            chunk = self._fp.read(n - len(data))
            if not chunk:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
            data += chunk
        return data

    def _more(self):
        if self._pending:
            data, self._pending = self._pending, b''
            return data
        return self._fp.read(READ_BUFFER_SIZE)

    def _read_header(self):
        # False at a clean end of the stream
        magic = self._pending[:2]
        self._pending = self._pending[2:]
        while len(magic) < 2:
            chunk = self._fp.read(2 - len(magic))
            if not chunk:
                break
            magic += chunk
        if magic == b'':
            return False
        if magic != b'\037\213':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flag, self._last_mtime = struct.unpack("<BBIxx", self._read_exact(8))
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flag & FEXTRA:
            extra_len, = struct.unpack("<H", self._read_exact(2))
            self._read_exact(extra_len)
        for f in (FNAME, FCOMMENT):
            if flag & f:
                while True:
                    s = self._read_exact(1)
                    if s == b'\000':
                        break
        if flag & FHCRC:
            self._read_exact(2)
        return True

    def read(self, size=-1):
        # up to size decompressed bytes (at least one unless at the end)
        if size == 0 or self._eof:
            return b''
        while True:
            if self._new_member:
                # zeros may pad the end of a gzip file
                while True:
                    if not self._pending:
                        self._pending = self._fp.read(READ_BUFFER_SIZE)
                    stripped = self._pending.lstrip(b'\x00')
                    if stripped or not self._pending:
                        self._pending = stripped
                        break
                    self._pending = b''
                if not self._read_header():
                    self._eof = True
                    return b''
                self._crc = 0
                self._size = 0
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._new_member = False
            data = self._more()
            if not data and not self._decomp.eof:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
            out = self._decomp.decompress(data, size if size > 0 else 0)
            rest = self._decomp.unconsumed_tail or b''
            if self._decomp.eof:
                rest = self._decomp.unused_data
            self._pending = rest + self._pending
            if out:
                self._crc = zlib.crc32(out, self._crc)
                self._size += len(out)
            if self._decomp.eof:
                self._read_trailer()
                self._new_member = True
            if out:
                return out

    def _read_trailer(self):
        crc32, isize = struct.unpack("<II", self._read_exact(8))
        if crc32 != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc32), hex(self._crc)))
        elif isize != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")


class _Reader:
    """Buffered reading of the decompressed stream, tracking the offset."""

    def __init__(self, fp):
        self._fp = fp
        self._input = _Input(fp)
        self._buf = b''
        self._pos = 0      # offset of the next byte read

    def _fill(self):
        data = self._input.read(READ_BUFFER_SIZE)
        self._buf += data
        return bool(data)

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
        else:
            while len(self._buf) < size and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        self._pos += len(data)
        return data

    def read1(self, size):
        if not self._buf:
            self._fill()
        data, self._buf = self._buf[:size], self._buf[size:]
        self._pos += len(data)
        return data

    def peek(self, n):
        if not self._buf:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        while True:
            i = self._buf.find(b'\n')
            if i >= 0 or not self._fill():
                break
        if i >= 0:
            n = i + 1
        else:
            n = len(self._buf)
        if size is not None and size >= 0:
            n = min(n, size)
        data, self._buf = self._buf[:n], self._buf[n:]
        self._pos += len(data)
        return data

    def tell(self):
        return self._pos

    def rewind(self):
        self._fp.seek(0)
        self._input = _Input(self._fp)
        self._buf = b''
        self._pos = 0

    def close(self):
        pass


class GzipFile(io.BufferedIOBase):
    """The GzipFile class simulates most of the methods of a file object."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = self._raw = _Reader(fileobj)
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.writebuf = []
            self.bufsize = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._compresslevel = compresslevel
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._raw._input._last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        self.fileobj.write(_header(compresslevel, self._write_mtime, fname))

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read1() on write-only GzipFile object")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def peek(self, n):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "peek() on write-only GzipFile object")
        return self._buffer.peek(n)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<L", self.crc & 0xffffffff))
                fileobj.write(struct.pack("<L", self.size & 0xffffffff))
            elif self.mode == READ:
                self._buffer.close()
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._raw.rewind()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._buffer.tell()

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            count = offset - self.offset
            chunk = b'\0' * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b'\0' * (count % 1024))
            return self.offset
        self._check_not_closed()
        pos = self.tell()
        if whence == io.SEEK_CUR:
            offset = pos + offset
        elif whence == io.SEEK_END:
            raise ValueError("Seek from end not supported")
        if offset < pos:
            self.rewind()
            pos = 0
        while pos < offset:
            data = self.read(min(io.DEFAULT_BUFFER_SIZE, offset - pos))
            if not data:
                break
            pos += len(data)
        return pos

    def readline(self, size=-1):
        self._check_not_closed()
        return self._buffer.readline(size)

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = c.compress(data) + c.flush()
    if mtime == 0:
        # CPython lets zlib write this header: its extra flags, OS 3 (Unix)
        xfl = 2 if compresslevel == 9 else 4 if compresslevel < 2 else 0
        header = b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl]) + b'\x03'
    else:
        header = _header(compresslevel, mtime)
    return (header + body +
            struct.pack("<LL", zlib.crc32(data) & 0xffffffff, len(data) & 0xffffffff))


def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    return _Input(io.BytesIO(data))._read_all()


def _read_all(self):
    out = []
    while True:
        chunk = self.read()
        if not chunk:
            return b''.join(out)
        out.append(chunk)


_Input._read_all = _read_all
