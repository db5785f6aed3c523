package ssl

import (
	"errors"
	"io"

	"upy/py"
)

// unwrap ends TLS on the connection and returns the plain socket under
// it (CPython's SSLSocket.unwrap): what was written goes out, then our
// close_notify; it returns once the peer's close_notify has come. Data
// the peer sends in the clear right behind its close_notify may have been
// read ahead by the TLS layer and is then lost (Go's crypto/tls reads
// ahead of a record).
func (s *SSLSocket) unwrap(t *py.Thread) (py.Object, error) {
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	if err := s.handshake(t); err != nil {
		return nil, err
	}
	e := s.e
	if err := s.waitUntil(t, false, func() (bool, error) {
		done, err := e.flushed()
		return done, s.convert(err)
	}); err != nil {
		return nil, err
	}
	var err error
	t.Unblocked(func() { err = e.conn.CloseWrite() })
	if err != nil {
		return nil, s.convert(err)
	}
	if err := s.waitUntil(t, false, func() (bool, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if e.rerr == nil {
			return false, nil
		}
		if errors.Is(e.rerr, io.EOF) {
			return true, nil // the peer's close_notify
		}
		return true, s.convert(e.rerr)
	}); err != nil {
		return nil, err
	}
	// Stop the engine without touching the socket: its goroutines end,
	// and only the engine's duplicate of the descriptor is closed.
	s.closed = true
	e.mu.Lock()
	e.closed = true
	e.signal()
	e.mu.Unlock()
	closing.Add(1)
	go func() {
		defer closing.Done()
		<-e.hsFinished
		<-e.writerDone
		e.raw.Close()
	}()
	return s.sock, nil
}

func init() {
	sslMethod("unwrap", func(t *py.Thread, s *SSLSocket, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("unwrap", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return s.unwrap(t)
	})
}
