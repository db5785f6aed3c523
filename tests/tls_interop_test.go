package tests

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TLS interoperability over loopback: upy's ssl and asyncio against
// python3's, and against the openssl command line tools (s_client and
// s_server), with the certificates of testcerts.WriteSet.

func certPath(name string) string { return filepath.Join(os.Getenv("UPY_TEST_CERTS"), name) }

func TestInteropTLSPython(t *testing.T) {
	upy, python := interpreters(t)
	for _, pair := range [][2]interp{{upy, python}, {python, upy}} {
		for _, mutual := range []bool{false, true} {
			srv, cli := pair[0], pair[1]
			name := fmt.Sprintf("%s-server-%s-client", srv.name, cli.name)
			want := "none"
			if mutual {
				name += "-mutual"
				want = "upy client"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				serverArgs := []string{"127.0.0.1", "2", certPath("server.pem"), certPath("server.key")}
				if mutual {
					serverArgs = append(serverArgs, certPath("ca.pem"))
				}
				p, port := startServer(t, srv, "stream_server.py", serverArgs...)
				clientArgs := []string{"127.0.0.1", port, "2", certPath("ca.pem")}
				if mutual {
					clientArgs = append(clientArgs, certPath("client.pem"), certPath("client.key"))
				}
				got := runClient(t, cli, "stream_client.py", clientArgs...)
				expect := ""
				for i := 0; i < 2; i++ {
					expect += fmt.Sprintf("[b'CLIENT %d\\n', True, b'%s\\n']\n", i, want)
				}
				if got != expect {
					t.Errorf("client output:\n%s\nwant:\n%s", got, expect)
				}
				if rest := p.finish(t, srv.name); strings.TrimSpace(rest) != "served 2" {
					t.Errorf("server output %q\n%s", rest, p.stderr.String())
				}
			})
		}
	}
}

func needOpenSSL(t *testing.T) string {
	p, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl not found")
	}
	return p
}

// TestInteropOpenSSLClient connects openssl s_client to upy servers.
func TestInteropOpenSSLClient(t *testing.T) {
	openssl := needOpenSSL(t)
	upy := interp{"upy", []string{upyBin}}
	cases := []struct {
		name       string
		server     []string // tls_peer.py server arguments
		client     []string // extra s_client arguments
		reply      string   // the server's answer ("" when the handshake fails)
		serverSays string   // in the server's output
	}{
		{"tls13", []string{"server"}, []string{"-tls1_3"}, "HELLO TLS TLSv1.3 None -", ""},
		{"tls12", []string{"server"}, []string{"-tls1_2"}, "HELLO TLS TLSv1.2 None -", ""},
		{"rsa", []string{"server_rsa"}, nil, "HELLO TLS TLSv1.3 None -", ""},
		{"rsa-tls12", []string{"server_rsa"}, []string{"-tls1_2"}, "HELLO TLS TLSv1.2 None -", ""},
		{"ed25519", []string{"server_ed25519"}, nil, "HELLO TLS TLSv1.3 None -", ""},
		{"intermediate", []string{"chain"}, nil, "HELLO TLS TLSv1.3 None -", ""},
		{"alpn", []string{"server", "--alpn", "h2,http/1.1"}, []string{"-alpn", "http/1.1,h2"}, "HELLO TLS TLSv1.3 h2 -", ""},
		{"alpn-none-common", []string{"server", "--alpn", "h2"}, []string{"-alpn", "spdy/3"}, "HELLO TLS TLSv1.3 None -", ""},
		{"mutual", []string{"server", "--ca", "ca.pem"}, []string{"-cert", certPath("client.pem"), "-key", certPath("client.key")},
			"HELLO TLS TLSv1.3 None upy client", ""},
		{"mutual-tls12", []string{"server", "--ca", "ca.pem"}, []string{"-tls1_2", "-cert", certPath("client.pem"), "-key", certPath("client.key")},
			"HELLO TLS TLSv1.2 None upy client", ""},
		{"mutual-no-cert", []string{"server", "--ca", "ca.pem"}, nil, "", "MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE"},
		{"mutual-untrusted-cert", []string{"server", "--ca", "ca.pem"}, []string{"-cert", certPath("other_client.pem"), "-key", certPath("other_client.key")},
			"", "The certificate is not correctly signed by the trusted CA"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			p, port := startServer(t, upy, "tls_peer.py", append([]string{"server"}, c.server...)...)
			args := append([]string{"s_client", "-connect", "127.0.0.1:" + port, "-servername", "localhost",
				"-CAfile", certPath("ca.pem"), "-verify_return_error", "-brief", "-ign_eof"}, c.client...)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, openssl, args...)
			cmd.Stdin = strings.NewReader("hello tls\n")
			var out, errb strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &errb
			err := cmd.Run()
			rest := p.finish(t, "upy")
			if c.reply != "" {
				if err != nil || strings.TrimSpace(out.String()) != c.reply {
					t.Errorf("s_client: %v, output %q, want %q\n%s\nserver: %s%s", err, out.String(), c.reply, errb.String(), rest, p.stderr.String())
				}
				if !strings.Contains(errb.String(), "Verification: OK") {
					t.Errorf("s_client did not verify upy's certificate:\n%s", errb.String())
				}
			} else if strings.Contains(out.String(), "HELLO") {
				t.Errorf("the handshake should have failed: %q", out.String())
			}
			if c.serverSays != "" && !strings.Contains(rest, c.serverSays) {
				t.Errorf("server output %q, want %q in it", rest, c.serverSays)
			}
		})
	}
}

// startOpenSSLServer runs openssl s_server -rev (it answers each line
// reversed) for one connection, on a free port.
func startOpenSSLServer(t *testing.T, openssl string, args ...string) (*exec.Cmd, *strings.Builder, string) {
	t.Helper()
	for attempt := 0; attempt < 5; attempt++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
		l.Close()
		cmd := exec.Command(openssl, append([]string{"s_server", "-accept", "127.0.0.1:" + port, "-naccept", "1", "-rev"}, args...)...)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var errb strings.Builder
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ready := make(chan bool, 1)
		log := &strings.Builder{}
		go func() {
			sc := bufio.NewScanner(stdout)
			ok := false
			for sc.Scan() {
				log.WriteString(sc.Text() + "\n")
				if !ok && strings.HasPrefix(sc.Text(), "ACCEPT") {
					ok = true
					ready <- true
				}
			}
			if !ok {
				ready <- false
			}
		}()
		select {
		case ok := <-ready:
			if ok {
				return cmd, log, port
			}
		case <-time.After(10 * time.Second):
		}
		cmd.Process.Kill()
		cmd.Wait()
		if !strings.Contains(errb.String(), "in use") {
			t.Fatalf("s_server did not start: %s", errb.String())
		}
	}
	t.Fatal("no free port for s_server")
	return nil, nil, ""
}

// TestInteropOpenSSLServer connects upy clients to openssl s_server.
func TestInteropOpenSSLServer(t *testing.T) {
	openssl := needOpenSSL(t)
	upy := interp{"upy", []string{upyBin}}
	cert := func(name string) []string {
		return []string{"-cert", certPath(name + ".pem"), "-key", certPath(name + ".key")}
	}
	cases := []struct {
		name   string
		server []string // s_server arguments
		client []string // tls_peer.py client options
		want   string   // the client's output
	}{
		{"tls13", cert("server"), []string{"--ca", "ca.pem"}, "b'slt olleh\\n'\nTLSv1.3 None localhost\n"},
		{"tls12", append(cert("server"), "-tls1_2"), []string{"--ca", "ca.pem"}, "b'slt olleh\\n'\nTLSv1.2 None localhost\n"},
		{"client-max-tls12", cert("server"), []string{"--ca", "ca.pem", "--max", "1.2"}, "b'slt olleh\\n'\nTLSv1.2 None localhost\n"},
		{"rsa", cert("server_rsa"), []string{"--ca", "ca.pem"}, "b'slt olleh\\n'\nTLSv1.3 None localhost\n"},
		{"rsa-tls12", append(cert("server_rsa"), "-tls1_2"), []string{"--ca", "ca.pem"}, "b'slt olleh\\n'\nTLSv1.2 None localhost\n"},
		{"ed25519", cert("server_ed25519"), []string{"--ca", "ca.pem"}, "b'slt olleh\\n'\nTLSv1.3 None localhost\n"},
		{"intermediate", append(cert("chain"), "-cert_chain", certPath("chain.pem")), []string{"--ca", "ca.pem"}, "b'slt olleh\\n'\nTLSv1.3 None localhost\n"},
		{"alpn", append(cert("server"), "-alpn", "h2,echo/1"), []string{"--ca", "ca.pem", "--alpn", "echo/1"}, "b'slt olleh\\n'\nTLSv1.3 echo/1 localhost\n"},
		{"mutual", append(cert("server"), "-Verify", "1", "-CAfile", certPath("ca.pem")), []string{"--ca", "ca.pem", "--cert", "client"},
			"b'slt olleh\\n'\nTLSv1.3 None localhost\n"},
		{"mutual-tls12", append(cert("server"), "-tls1_2", "-Verify", "1", "-CAfile", certPath("ca.pem")), []string{"--ca", "ca.pem", "--cert", "client"},
			"b'slt olleh\\n'\nTLSv1.2 None localhost\n"},
		{"expired", cert("expired"), []string{"--ca", "ca.pem"},
			"client error: SSLCertVerificationError True \nThe certificate validity has expired\n"},
		{"not-yet-valid", cert("notyet"), []string{"--ca", "ca.pem"},
			"client error: SSLCertVerificationError True \nThe certificate validity starts in the future\n"},
		{"wrong-host", cert("wronghost"), []string{"--ca", "ca.pem"},
			"client error: SSLCertVerificationError True \nThe certificate Common Name (CN) does not match with the expected CN\n"},
		{"unknown-ca", cert("unknown_ca"), []string{"--ca", "ca.pem"},
			"client error: SSLCertVerificationError True \nThe certificate is not correctly signed by the trusted CA\n"},
		{"self-signed", cert("selfsigned"), []string{"--ca", "ca.pem"},
			"client error: SSLCertVerificationError True \nThe certificate is not correctly signed by the trusted CA\n"},
		{"no-common-version", append(cert("server"), "-tls1_3"), []string{"--ca", "ca.pem", "--max", "1.2"},
			"client error: SSLError False (-30592, 'MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE')\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			srv, log, port := startOpenSSLServer(t, openssl, c.server...)
			defer func() {
				srv.Process.Kill()
				srv.Wait()
			}()
			got := runClient(t, upy, "tls_peer.py", append([]string{"client", port}, c.client...)...)
			// Verification messages end with how to turn verification off.
			if i := strings.Index(got, "(certificate verification is on"); i >= 0 {
				got = got[:i]
			}
			if got != c.want {
				t.Errorf("client output %q, want %q\ns_server: %s", got, c.want, log.String())
			}
		})
	}
}
