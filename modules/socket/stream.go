package socket

import (
	"bytes"

	"golang.org/x/sys/unix"

	"upy/internal/netpoll"
	"upy/py"
)

// Datagram operations and MicroPython's stream protocol (read, readinto,
// readline, write). Stream methods on a blocking socket never return
// short; on a non-blocking socket they return what could be transferred
// without waiting, and none=true when that was nothing.

// RecvFrom receives one message and its source address.
func (s *Socket) RecvFrom(t *py.Thread, buf []byte, flags int) (int, unix.Sockaddr, error) {
	var n int
	var from unix.Sockaddr
	err := s.doFlags(t, netpoll.POLLIN, s.deadline(), flags, func(fd int) error {
		var e error
		n, from, e = unix.Recvfrom(fd, buf, flags)
		return e
	})
	if err != nil {
		return 0, nil, err
	}
	return n, from, nil
}

// SendTo sends one message to sa.
func (s *Socket) SendTo(t *py.Thread, data []byte, flags int, sa unix.Sockaddr) (int, error) {
	var n int
	err := s.doFlags(t, netpoll.POLLOUT, s.deadline(), flags, func(fd int) error {
		var e error
		n, e = unix.SendmsgN(fd, data, nil, sa, flags|unix.MSG_NOSIGNAL)
		return e
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

func readOp(buf []byte, n *int) func(fd int) error {
	return func(fd int) error {
		var e error
		*n, e = unix.Read(fd, buf)
		if *n < 0 {
			*n = 0
		}
		return e
	}
}

// readSome performs one read for the stream methods. It returns again
// when a non-blocking socket has nothing, and the error of a blocking one
// (a timeout included).
func (s *Socket) readSome(t *py.Thread, buf []byte) (n int, again bool, err error) {
	if s.timeout == 0 {
		again, err = s.tryOnce(readOp(buf, &n))
		return n, again, err
	}
	err = s.do(t, netpoll.POLLIN, s.deadline(), readOp(buf, &n))
	return n, false, err
}

// partial decides the result of a stream read interrupted by err after
// got bytes: would-block and timeouts keep the data read so far.
func partial(got int, err error) error {
	if got > 0 {
		if e, ok := err.(*py.Exception); ok && e.IsInstance(py.TimeoutError) {
			return nil
		}
	}
	return err
}

// ReadFull is MicroPython's read(n)/readinto: it fills buf until EOF.
func (s *Socket) ReadFull(t *py.Thread, buf []byte) (n int, none bool, err error) {
	for n < len(buf) {
		k, again, err := s.readSome(t, buf[n:])
		if err != nil {
			return n, false, partial(n, err)
		}
		if again {
			return n, n == 0, nil
		}
		if k == 0 {
			break
		}
		n += k
	}
	return n, false, nil
}

// ReadAll is MicroPython's read(): everything up to EOF (or what a
// non-blocking socket has now).
func (s *Socket) ReadAll(t *py.Thread) (data []byte, none bool, err error) {
	buf := make([]byte, 4096)
	for {
		k, again, err := s.readSome(t, buf)
		if err != nil {
			return data, false, partial(len(data), err)
		}
		if again {
			if len(data) == 0 {
				return nil, true, nil
			}
			return data, false, nil
		}
		if k == 0 {
			if data == nil {
				data = []byte{}
			}
			return data, false, nil
		}
		data = append(data, buf[:k]...)
	}
}

// ReadLine is MicroPython's readline([limit]): up to and including a
// newline, without consuming anything after it (the data is peeked first).
func (s *Socket) ReadLine(t *py.Thread, limit int) (line []byte, none bool, err error) {
	line = []byte{}
	var peek [1024]byte
	for limit < 0 || len(line) < limit {
		want := len(peek)
		if limit >= 0 && limit-len(line) < want {
			want = limit - len(line)
		}
		var k int
		op := func(fd int) error {
			var e error
			k, _, e = unix.Recvfrom(fd, peek[:want], unix.MSG_PEEK)
			return e
		}
		var again bool
		if s.timeout == 0 {
			again, err = s.tryOnce(op)
		} else {
			err = s.do(t, netpoll.POLLIN, s.deadline(), op)
		}
		if err != nil {
			return line, false, partial(len(line), err)
		}
		if again {
			if len(line) == 0 {
				return nil, true, nil
			}
			return line, false, nil
		}
		if k == 0 {
			break
		}
		take := k
		nl := bytes.IndexByte(peek[:k], '\n')
		if nl >= 0 {
			take = nl + 1
		}
		// The peeked bytes are there: consume exactly take of them.
		var got int
		if _, err := s.tryOnce(readOp(peek[:take], &got)); err != nil {
			return line, false, err
		}
		line = append(line, peek[:got]...)
		if nl >= 0 && got == take {
			break
		}
	}
	return line, false, nil
}

// Write is MicroPython's write: all of data on a blocking socket; on a
// non-blocking one what can be sent now (none when nothing could).
func (s *Socket) Write(t *py.Thread, data []byte) (n int, none bool, err error) {
	if s.timeout != 0 {
		if err := s.SendAll(t, data, 0); err != nil {
			return 0, false, err
		}
		return len(data), false, nil
	}
	for n < len(data) {
		var k int
		again, err := s.tryOnce(func(fd int) error {
			var e error
			k, e = unix.SendmsgN(fd, data[n:], nil, nil, unix.MSG_NOSIGNAL)
			return e
		})
		if err != nil {
			return n, false, err
		}
		if again {
			return n, n == 0, nil
		}
		n += k
	}
	return n, false, nil
}

// TryRead reads once without waiting, whatever the socket's mode (asyncio's
// streams use it from Go). again reports that nothing is available now;
// n == 0 without again is the end of the stream.
func (s *Socket) TryRead(buf []byte) (n int, again bool, err error) {
	again, err = s.tryOnce(readOp(buf, &n))
	return n, again, err
}

// TryWrite writes once without waiting, whatever the socket's mode. again
// reports that nothing could be written now.
func (s *Socket) TryWrite(data []byte) (n int, again bool, err error) {
	again, err = s.tryOnce(func(fd int) error {
		var e error
		n, e = unix.SendmsgN(fd, data, nil, nil, unix.MSG_NOSIGNAL)
		return e
	})
	return n, again, err
}
