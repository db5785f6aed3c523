package io

import (
	"os"
	"path/filepath"
	"testing"

	"upy/py"
)

func TestParseOpenMode(t *testing.T) {
	good := []string{"r", "rb", "r+", "w", "wb+", "a", "ab", "x", "xt", "rt"}
	for _, m := range good {
		if _, err := parseOpenMode(m); err != nil {
			t.Errorf("%q: %v", m, err)
		}
	}
	for _, m := range []string{"rw", "rr", "q", "bt", "U"} {
		if _, err := parseOpenMode(m); err == nil {
			t.Errorf("%q: no error", m)
		}
	}
}

func TestDecodeOne(t *testing.T) {
	if r, n, st := decodeOne("utf-8", []byte("é")); r != 'é' || n != 2 || st != decOK {
		t.Errorf("got %c %d %d", r, n, st)
	}
	if _, _, st := decodeOne("utf-8", []byte{0xc3}); st != decIncomplete {
		t.Errorf("incomplete: %d", st)
	}
	if _, _, st := decodeOne("utf-8", []byte{0xff, 'a'}); st != decInvalid {
		t.Errorf("invalid: %d", st)
	}
	if r, _, st := decodeOne("latin-1", []byte{0xe9}); r != 'é' || st != decOK {
		t.Errorf("latin-1: %c %d", r, st)
	}
}

func TestFileRoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	raw, err := openFileIO(nil, py.NewStr(p), "w", true, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := newBuffered(bufWriter, raw, 4)
	for _, s := range []string{"ab", "cde", "fghij", "\r\n"} {
		if _, err := b.write(nil, []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	FlushAll()
	data, _ := os.ReadFile(p)
	if string(data) != "abcdefghij\r\n" {
		t.Fatalf("file holds %q", data)
	}
	if err := b.close(nil); err != nil {
		t.Fatal(err)
	}
	raw, err = openFileIO(nil, py.NewStr(p), "r", true, nil)
	if err != nil {
		t.Fatal(err)
	}
	x := &TextIO{}
	x.buf, x.bufObj = newBuffered(bufReader, raw, 3), nil
	x.fbuf = x.buf.(*Buffered)
	x.enc, x.errors, x.readUniversal, x.readTranslate = "utf-8", "strict", true, true
	x.canRead, x.canSeek, x.init, x.chunkSize = true, true, true, 5
	line, err := x.readLine(nil, -1)
	if err != nil || line != "abcdefghij\n" {
		t.Fatalf("readLine = %q, %v", line, err)
	}
	if pos, err := x.tell(nil); err != nil || pos != 12 {
		t.Fatalf("tell = %d, %v", pos, err)
	}
}

func TestBytesIOWritePastEnd(t *testing.T) {
	b := &BytesIO{}
	b.write(nil, []byte("ab"))
	b.seek(nil, 5, 0)
	b.write(nil, []byte("z"))
	if string(b.buf) != "ab\x00\x00\x00z" {
		t.Fatalf("got %q", b.buf)
	}
}
