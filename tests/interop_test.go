package tests

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"

	"upy/internal/pyexe"
)

// Interoperability over loopback: a server run by one interpreter and its
// clients run by another (upy and python3 both ways), with the peer
// programs of testdata/interop.

// interp is an interpreter's command line.
type interp struct {
	name string
	argv []string
}

func interpreters(t *testing.T) (upy, python interp) {
	upy = interp{"upy", []string{upyBin}}
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	return upy, interp{"python3", []string{pyexe.Resolve(p)}}
}

// peer is a running server program.
type peer struct {
	cmd    *exec.Cmd
	out    *bufio.Reader
	stderr bytes.Buffer
	cancel context.CancelFunc
}

// startServer runs a server program and reads the "port N" line it prints
// once listening.
func startServer(t *testing.T, in interp, script string, args ...string) (*peer, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	argv := append(append(append([]string{}, in.argv[1:]...), script), args...)
	p := &peer{cmd: exec.CommandContext(ctx, in.argv[0], argv...), cancel: cancel}
	p.cmd.Dir = "testdata/interop"
	p.cmd.Stderr = &p.stderr
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.out = bufio.NewReader(out)
	line := make(chan string, 1)
	go func() {
		s, _ := p.out.ReadString('\n')
		line <- s
	}()
	select {
	case s := <-line:
		var port int
		if _, err := fmt.Sscanf(s, "port %d", &port); err != nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
			t.Fatalf("%s %s: no port line (%q)\n%s", in.name, script, s, p.stderr.String())
		}
		return p, fmt.Sprint(port)
	case <-time.After(20 * time.Second):
		p.cmd.Process.Kill()
		p.cmd.Wait()
		t.Fatalf("%s %s did not start\n%s", in.name, script, p.stderr.String())
	}
	return nil, ""
}

// finish waits for the server to exit and returns the rest of its output.
func (p *peer) finish(t *testing.T, name string) string {
	t.Helper()
	defer p.cancel()
	rest, _ := io.ReadAll(p.out)
	if err := p.cmd.Wait(); err != nil {
		t.Errorf("%s server: %v\n%s", name, err, p.stderr.String())
	}
	return string(rest)
}

// runClient runs a client program to completion.
func runClient(t *testing.T, in interp, script string, args ...string) string {
	t.Helper()
	argv := append(append(append([]string{}, in.argv[1:]...), script), args...)
	r, err := runProgram(in.argv[0], argv, "testdata/interop", 60*time.Second)
	if err != nil {
		t.Fatalf("%s %s: %v", in.name, script, err)
	}
	if r.status != 0 {
		t.Errorf("%s %s: exit status %d\n%s", in.name, script, r.status, r.stderr)
	}
	return string(r.stdout)
}

func TestInteropStreams(t *testing.T) {
	upy, python := interpreters(t)
	want := "[b'CLIENT 0\\n', True, b'LAST WORDS\\nbye\\n']\n" +
		"[b'CLIENT 1\\n', True, b'LAST WORDS\\nbye\\n']\n" +
		"[b'CLIENT 2\\n', True, b'LAST WORDS\\nbye\\n']\n"
	for _, pair := range [][2]interp{{upy, python}, {python, upy}, {upy, upy}} {
		for _, host := range []string{"127.0.0.1", "::1"} {
			srv, cli := pair[0], pair[1]
			t.Run(fmt.Sprintf("%s-server-%s-client-%s", srv.name, cli.name, host), func(t *testing.T) {
				t.Parallel()
				p, port := startServer(t, srv, "stream_server.py", host, "3")
				got := runClient(t, cli, "stream_client.py", host, port, "3")
				if got != want {
					t.Errorf("client output:\n%s\nwant:\n%s", got, want)
				}
				if rest := p.finish(t, srv.name); strings.TrimSpace(rest) != "served 3" {
					t.Errorf("server output %q\n%s", rest, p.stderr.String())
				}
			})
		}
	}
}
