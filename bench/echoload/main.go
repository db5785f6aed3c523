// Command echoload benchmarks the asyncio TCP and TLS stream servers of
// upy and python3 with one script, bench/net/echo_server.py, run by both.
//
// Without -addr it is the runner: it builds upy, generates certificates
// (ECDSA P-256 and RSA-2048, with internal/testcerts), starts the echo
// server under each interpreter in turn and loads it with the scenarios
// below, then prints a Markdown table with both columns side by side:
//
//   - echo of 64 B and 64 KiB messages over N concurrent connections for a
//     fixed duration (one request in flight per connection): requests/s,
//     MB/s of echoed payload, p50/p99 latency;
//   - memory per idle connection: the server's RSS growth with 10 000 open
//     connections, divided by their number;
//   - full TLS handshakes/s (no session resumption) with an ECDSA P-256 and
//     an RSA-2048 certificate;
//   - bulk TLS echo throughput (64 KiB messages).
//
// With -addr it only loads an already running server (plain TCP) with one
// scenario and prints the result.
package main

import (
	"bufio"
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"upy/internal/pyexe"

	"upy/internal/testcerts"
)

// result is the outcome of one load scenario.
type result struct {
	requests int64
	bytes    int64
	elapsed  time.Duration
	p50, p99 time.Duration
	errors   int64
}

func (r result) rps() float64 { return float64(r.requests) / r.elapsed.Seconds() }
func (r result) mbps() float64 {
	return float64(r.bytes) / r.elapsed.Seconds() / 1e6
}

func dial(addr string, cfg *tls.Config) (net.Conn, error) {
	c, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		return nil, err
	}
	if cfg == nil {
		return c, nil
	}
	tc := tls.Client(c, cfg)
	tc.SetDeadline(time.Now().Add(30 * time.Second))
	if err := tc.Handshake(); err != nil {
		c.Close()
		return nil, err
	}
	tc.SetDeadline(time.Time{})
	return tc, nil
}

// echo runs conns connections, each sending size-byte messages and
// waiting for the whole echo before the next, for the duration (after a
// warm-up that is not counted).
func echo(addr string, cfg *tls.Config, conns, size int, warmup, duration time.Duration) (result, error) {
	var (
		wg       sync.WaitGroup
		counting atomic.Bool
		stop     atomic.Bool
		reqs     atomic.Int64
		errs     atomic.Int64
		mu       sync.Mutex
		lats     []time.Duration
		firstErr error
	)
	msg := make([]byte, size)
	for i := range msg {
		msg[i] = byte('a' + i%26)
	}
	ready := make(chan error, conns)
	start := make(chan struct{})
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := dial(addr, cfg)
			ready <- err
			if err != nil {
				return
			}
			defer c.Close()
			<-start
			buf := make([]byte, size)
			var mine []time.Duration
			for !stop.Load() {
				t0 := time.Now()
				if _, err := c.Write(msg); err != nil {
					errs.Add(1)
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
				c.SetReadDeadline(time.Now().Add(30 * time.Second))
				if _, err := io.ReadFull(c, buf); err != nil {
					errs.Add(1)
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
				if counting.Load() && !stop.Load() {
					reqs.Add(1)
					mine = append(mine, time.Since(t0))
				}
			}
			mu.Lock()
			lats = append(lats, mine...)
			mu.Unlock()
		}()
	}
	for i := 0; i < conns; i++ {
		if err := <-ready; err != nil {
			close(start)
			stop.Store(true)
			wg.Wait()
			return result{}, fmt.Errorf("connect: %v", err)
		}
	}
	close(start)
	time.Sleep(warmup)
	counting.Store(true)
	t0 := time.Now()
	time.Sleep(duration)
	stop.Store(true)
	elapsed := time.Since(t0)
	wg.Wait()
	if firstErr != nil {
		return result{}, firstErr
	}
	sort.Slice(lats, func(i, j int) bool { return lats[i] < lats[j] })
	r := result{requests: reqs.Load(), bytes: reqs.Load() * int64(size), elapsed: elapsed, errors: errs.Load()}
	if len(lats) > 0 {
		r.p50 = lats[len(lats)/2]
		r.p99 = lats[len(lats)*99/100]
	}
	return r, nil
}

// handshakes counts full TLS handshakes (each followed by a one-byte echo
// so the server really served the connection) on conns parallel loops.
func handshakes(addr string, cfg *tls.Config, conns int, duration time.Duration) (result, error) {
	var (
		wg       sync.WaitGroup
		n        atomic.Int64
		stop     atomic.Bool
		mu       sync.Mutex
		firstErr error
	)
	t0 := time.Now()
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			one := []byte{'x'}
			for !stop.Load() {
				c, err := dial(addr, cfg)
				if err == nil {
					c.SetDeadline(time.Now().Add(30 * time.Second))
					if _, err = c.Write(one); err == nil {
						_, err = io.ReadFull(c, one)
					}
					c.Close()
				}
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
				if !stop.Load() {
					n.Add(1)
				}
			}
		}()
	}
	time.Sleep(duration)
	stop.Store(true)
	elapsed := time.Since(t0)
	wg.Wait()
	if firstErr != nil {
		return result{}, firstErr
	}
	return result{requests: n.Load(), elapsed: elapsed}, nil
}

// rssKB reads a process's resident set size.
func rssKB(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				v, _ := strconv.ParseInt(f[1], 10, 64)
				return v
			}
		}
	}
	return 0
}

// idle opens n connections, makes sure each is being served (one echo),
// and returns the server's RSS growth per connection in bytes.
// during, when not nil, runs while the connections are still open.
func idle(addr string, pid, n int, during func()) (float64, error) {
	// One connection first, so that what every server sets up for its
	// first client is not counted.
	if c, err := dial(addr, nil); err == nil {
		c.Write([]byte{'x'})
		io.ReadFull(c, make([]byte, 1))
		c.Close()
	}
	time.Sleep(300 * time.Millisecond)
	before := rssKB(pid)
	conns := make([]net.Conn, 0, n)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	one := []byte{'x'}
	// Connect in batches of parallel dials so the accept backlog holds.
	for len(conns) < n {
		batch := min(200, n-len(conns))
		out := make([]net.Conn, batch)
		errs := make([]error, batch)
		var wg sync.WaitGroup
		for i := 0; i < batch; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				c, err := dial(addr, nil)
				if err == nil {
					c.SetDeadline(time.Now().Add(30 * time.Second))
					if _, err = c.Write(one); err == nil {
						_, err = io.ReadFull(c, make([]byte, 1))
					}
					c.SetDeadline(time.Time{})
				}
				out[i], errs[i] = c, err
			}(i)
		}
		wg.Wait()
		for i := range out {
			if errs[i] != nil {
				return 0, errs[i]
			}
			conns = append(conns, out[i])
		}
	}
	time.Sleep(500 * time.Millisecond)
	after := rssKB(pid)
	if during != nil {
		during()
	}
	return float64(after-before) * 1024 / float64(n), nil
}

// server is an echo server process under test.
type server struct {
	cmd  *exec.Cmd
	addr string
}

func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func startServer(interp []string, script string, tlsFiles ...string) (*server, error) {
	port := freePort()
	args := append(append(append([]string{}, interp[1:]...), script, strconv.Itoa(port)), tlsFiles...)
	cmd := exec.Command(interp[0], args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(out).ReadString('\n')
		line <- s
		io.Copy(io.Discard, out)
	}()
	select {
	case s := <-line:
		if strings.TrimSpace(s) != "ready" {
			cmd.Process.Kill()
			cmd.Wait()
			return nil, fmt.Errorf("%s: server did not start (%q)", interp[0], s)
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("%s: server start timed out", interp[0])
	}
	return &server{cmd: cmd, addr: fmt.Sprintf("127.0.0.1:%d", port)}, nil
}

func (s *server) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

func writeFile(dir, name string, data []byte) string {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		panic(err)
	}
	return p
}

// raiseNoFile lifts the descriptor limit to the hard limit (children
// inherit it).
func raiseNoFile() uint64 {
	var rl syscall.Rlimit
	syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl)
	rl.Cur = rl.Max
	syscall.Setrlimit(syscall.RLIMIT_NOFILE, &rl)
	return rl.Cur
}

type row struct {
	name      string
	unit      string
	py, upy   float64
	pys, upys []float64 // every repetition's value
	higherOK  bool      // a higher value is better
}

// median of the repetitions' values (the mean of the middle two for an
// even count).
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func main() {
	addr := flag.String("addr", "", "load this running server only")
	useTLS := flag.Bool("tls", false, "with -addr: connect with TLS")
	hsOnly := flag.Bool("hs", false, "with -addr -tls: count full handshakes (8 loops) instead of echoing")
	conns := flag.Int("c", 50, "concurrent connections of the echo scenarios")
	size := flag.Int("size", 64, "message size with -addr")
	dur := flag.Duration("d", 5*time.Second, "duration of each scenario")
	idleN := flag.Int("idle", 10000, "idle connections for the memory scenario (0: skip)")
	upyBin := flag.String("upy", "", "upy binary (built from ./cmd/upy when empty)")
	python := flag.String("python", "python3", "python3 binary")
	reps := flag.Int("n", 1, "repetitions, alternating the interpreters")
	stat := flag.String("stat", "best", "what the table shows of the repetitions: best or median")
	only := flag.String("run", "", "comma-separated scenarios: small,large,idle,idle-busy,hs-ecdsa,hs-rsa,tls-bulk")
	flag.Parse()
	*python = pyexe.Resolve(*python)

	if *addr != "" {
		var cfg *tls.Config
		if *useTLS {
			cfg = &tls.Config{InsecureSkipVerify: true, CurvePreferences: []tls.CurveID{tls.X25519, tls.CurveP256}}
		}
		if *hsOnly && cfg != nil {
			r, err := handshakes(*addr, cfg, 8, *dur)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			fmt.Printf("full TLS handshakes: %.0f/s\n", r.rps())
			return
		}
		r, err := echo(*addr, cfg, *conns, *size, time.Second, *dur)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%d B x %d conns: %.0f req/s, %.1f MB/s, p50 %v, p99 %v\n", *size, *conns, r.rps(), r.mbps(), r.p50, r.p99)
		return
	}
	limit := raiseNoFile()
	if *idleN > 0 && uint64(*idleN)+100 > limit {
		*idleN = int(limit) - 100
	}

	tmp, err := os.MkdirTemp("", "echoload")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	if *upyBin == "" {
		*upyBin = filepath.Join(tmp, "upy")
		build := exec.Command("go", "build", "-o", *upyBin, "./cmd/upy")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build failed:", err)
			os.Exit(1)
		}
	}
	script := "bench/net/echo_server.py"
	ca := testcerts.CA("echoload CA")
	ec := testcerts.Leaf(ca, "localhost", testcerts.Options{Key: testcerts.ECDSA})
	rsa := testcerts.Leaf(ca, "localhost", testcerts.Options{Key: testcerts.RSA})
	ecCert, ecKey := writeFile(tmp, "ec.pem", ec.CertPEM), writeFile(tmp, "ec.key", ec.KeyPEM)
	rsaCert, rsaKey := writeFile(tmp, "rsa.pem", rsa.CertPEM), writeFile(tmp, "rsa.key", rsa.KeyPEM)
	// The same key exchange for both servers (OpenSSL 3.0 has no ML-KEM
	// hybrid, which crypto/tls would prefer); no session resumption.
	tlsCfg := &tls.Config{InsecureSkipVerify: true, CurvePreferences: []tls.CurveID{tls.X25519, tls.CurveP256}}

	want := func(name string) bool {
		if *only == "" {
			return true
		}
		for _, s := range strings.Split(*only, ",") {
			if s == name {
				return true
			}
		}
		return false
	}
	interps := map[string][]string{"python3": {*python}, "upy": {*upyBin}}
	var rows []*row
	get := func(name, unit string, higher bool) *row {
		for _, r := range rows {
			if r.name == name {
				return r
			}
		}
		r := &row{name: name, unit: unit, higherOK: higher}
		rows = append(rows, r)
		return r
	}
	// With -stat best each value is the best of the repetitions (the
	// machine's noise only ever makes a run slower); -stat median shows
	// the median and prints every value on stderr.
	set := func(r *row, who string, v float64) {
		dst := &r.py
		if who == "upy" {
			dst = &r.upy
			r.upys = append(r.upys, v)
		} else {
			r.pys = append(r.pys, v)
		}
		if *dst == 0 || (r.higherOK && v > *dst) || (!r.higherOK && v < *dst) {
			*dst = v
		}
	}
	fail := func(who, what string, err error) {
		fmt.Fprintf(os.Stderr, "%s %s: %v\n", who, what, err)
	}
	for rep := 0; rep < *reps; rep++ {
		for _, who := range []string{"python3", "upy"} {
			interp := interps[who]
			if want("small") || want("large") || want("idle") || want("idle-busy") {
				srv, err := startServer(interp, script)
				if err != nil {
					fail(who, "start", err)
					continue
				}
				for _, sc := range []struct {
					name string
					size int
				}{{"small", 64}, {"large", 64 << 10}} {
					if !want(sc.name) {
						continue
					}
					r, err := echo(srv.addr, nil, *conns, sc.size, time.Second, *dur)
					if err != nil {
						fail(who, sc.name, err)
						continue
					}
					label := fmt.Sprintf("%s echo x %d conns", sizeName(sc.size), *conns)
					set(get(label+": requests/s", "req/s", true), who, r.rps())
					set(get(label+": MB/s", "MB/s", true), who, r.mbps())
					set(get(label+": p50 latency", "ms", false), who, ms(r.p50))
					set(get(label+": p99 latency", "ms", false), who, ms(r.p99))
				}
				if (want("idle") || want("idle-busy")) && *idleN > 0 {
					// A fresh server: memory freed after the scenarios above
					// would be reused by the new connections unseen.
					srv.stop()
					if srv, err = startServer(interp, script); err != nil {
						fail(who, "start", err)
						continue
					}
					var during func()
					if want("idle-busy") {
						during = func() {
							r, err := echo(srv.addr, nil, *conns, 64, time.Second, *dur)
							if err != nil {
								fail(who, "idle-busy", err)
								return
							}
							label := fmt.Sprintf("64 B echo x %d conns, %d idle connections open", *conns, *idleN)
							set(get(label+": requests/s", "req/s", true), who, r.rps())
							set(get(label+": p99 latency", "ms", false), who, ms(r.p99))
						}
					}
					per, err := idle(srv.addr, srv.cmd.Process.Pid, *idleN, during)
					if err != nil {
						fail(who, "idle", err)
					} else if want("idle") {
						set(get(fmt.Sprintf("memory per idle connection (%d open)", *idleN), "KiB", false), who, per/1024)
					}
				}
				srv.stop()
			}
			for _, sc := range []struct {
				name, label, cert, key string
			}{{"hs-ecdsa", "TLS full handshakes/s, ECDSA P-256", ecCert, ecKey}, {"hs-rsa", "TLS full handshakes/s, RSA-2048", rsaCert, rsaKey}} {
				if !want(sc.name) && !(sc.name == "hs-ecdsa" && want("tls-bulk")) {
					continue
				}
				srv, err := startServer(interp, script, sc.cert, sc.key)
				if err != nil {
					fail(who, "start tls", err)
					continue
				}
				if want(sc.name) {
					r, err := handshakes(srv.addr, tlsCfg, 8, *dur)
					if err != nil {
						fail(who, sc.name, err)
					} else {
						set(get(sc.label, "1/s", true), who, r.rps())
					}
				}
				if sc.name == "hs-ecdsa" && want("tls-bulk") {
					r, err := echo(srv.addr, tlsCfg, 8, 64<<10, time.Second, *dur)
					if err != nil {
						fail(who, "tls-bulk", err)
					} else {
						set(get("TLS 64 KiB echo x 8 conns: MB/s", "MB/s", true), who, r.mbps())
						set(get("TLS 64 KiB echo x 8 conns: p99 latency", "ms", false), who, ms(r.p99))
					}
				}
				srv.stop()
			}
		}
	}
	if *stat == "median" {
		for _, r := range rows {
			r.py, r.upy = median(r.pys), median(r.upys)
			fmt.Fprintf(os.Stderr, "%s: python3 %v upy %v\n", r.name, r.pys, r.upys)
		}
	}
	fmt.Printf("| scenario | python3 | upy | upy/python3 |\n|---|---:|---:|---:|\n")
	for _, r := range rows {
		ratio := ""
		if r.py > 0 && r.upy > 0 {
			ratio = fmt.Sprintf("%.2f", r.upy/r.py)
		}
		fmt.Printf("| %s (%s) | %s | %s | %s |\n", r.name, r.unit, num(r.py), num(r.upy), ratio)
	}
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

func sizeName(n int) string {
	if n >= 1024 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}

func num(v float64) string {
	switch {
	case v == 0:
		return "n/a"
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.2f", v)
}
