package syntax

import "testing"

func TestScanSimple(t *testing.T) {
	s := newScanner("t", []byte("x = 1\n"), ModeExec)
	for i := 0; i < 10; i++ {
		tok := s.next()
		t.Logf("%d %q", tok.kind, tok.val)
		if tok.kind == tEOF {
			return
		}
	}
	t.Fatal("no EOF")
}
