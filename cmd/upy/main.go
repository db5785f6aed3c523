// Command upy runs Python programs with MicroPython's unix-port command line:
//
//	upy [options] [-c CMD | -m MOD | FILE | -] [args...]
//
// With no program and a terminal on stdin it starts the REPL; with no
// program and stdin redirected it runs the program read from stdin.
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"upy/internal/gctune"

	"golang.org/x/term"

	_ "upy/modules/all"
	"upy/py"
)

const usage = `usage: upy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename> | -] [args]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N (-O, -OO, -O2 ...)
-v : verbose (trace various operations); can be multiple
-c <command> : run the program passed as a string
-m <module> : run a library module as a script
-X <opt> : implementation-specific options:
  emit={bytecode,native,viper} : accepted for MicroPython compatibility (upy always runs bytecode)
  heapsize=<n>[w][K|M] : accepted for compatibility (memory is managed by Go)
  trace-pins : trace machine.Pin and pyb.LED changes to stderr
--version : print the version and exit
`

type options struct {
	inspect   bool
	opt       int
	verbose   int
	xopts     map[string]string
	command   string
	hasCmd    bool
	module    string
	file      string
	args      []string
	fromStdin bool
}

func parseArgs(argv []string) (*options, error) {
	o := &options{xopts: map[string]string{}}
	i := 0
	for ; i < len(argv); i++ {
		a := argv[i]
		switch {
		case a == "-h" || a == "--help":
			fmt.Print(usage)
			os.Exit(0)
		case a == "--version" || a == "-V":
			fmt.Printf("upy %s (MicroPython %d.%d.%d compatible, Python %d.%d)\n", py.Version,
				py.MicroPythonVersion[0], py.MicroPythonVersion[1], py.MicroPythonVersion[2],
				py.PythonVersion[0], py.PythonVersion[1])
			os.Exit(0)
		case a == "-i":
			o.inspect = true
		case strings.HasPrefix(a, "-O"):
			rest := a[2:]
			if rest == "" {
				o.opt++
			} else if strings.Trim(rest, "O") == "" {
				o.opt += 1 + len(rest)
			} else if n, err := strconv.Atoi(rest); err == nil {
				o.opt = n
			} else {
				return nil, fmt.Errorf("invalid option: %s", a)
			}
		case strings.HasPrefix(a, "-v") && strings.Trim(a[1:], "v") == "":
			o.verbose += len(a) - 1
		case a == "-X":
			if i+1 >= len(argv) {
				return nil, fmt.Errorf("argument required for -X")
			}
			i++
			k, v, _ := strings.Cut(argv[i], "=")
			o.xopts[k] = v
		case strings.HasPrefix(a, "-X"):
			k, v, _ := strings.Cut(a[2:], "=")
			o.xopts[k] = v
		case a == "-c":
			if i+1 >= len(argv) {
				return nil, fmt.Errorf("argument required for -c")
			}
			o.command, o.hasCmd = argv[i+1], true
			o.args = append([]string{"-c"}, argv[i+2:]...)
			return o, nil
		case a == "-m":
			if i+1 >= len(argv) {
				return nil, fmt.Errorf("argument required for -m")
			}
			o.module = argv[i+1]
			o.args = append([]string{argv[i+1]}, argv[i+2:]...)
			return o, nil
		case a == "-":
			o.fromStdin = true
			o.args = append([]string{""}, argv[i+1:]...)
			return o, nil
		case len(a) > 1 && a[0] == '-':
			return nil, fmt.Errorf("invalid option: %s", a)
		default:
			o.file = a
			o.args = argv[i:]
			return o, nil
		}
	}
	o.args = []string{""}
	return o, nil
}

func main() {
	gctune.Start()
	os.Exit(run(os.Args[1:]))
}

func run(argv []string) int {
	o, err := parseArgs(argv)
	if err != nil {
		fmt.Fprintf(os.Stderr, "upy: %v\n%s", err, usage)
		return 2
	}
	stdinTTY := term.IsTerminal(int(os.Stdin.Fd()))
	scriptDir := ""
	if o.file != "" {
		scriptDir = filepath.Dir(o.file)
		if abs, err := filepath.Abs(scriptDir); err == nil {
			scriptDir = abs
		}
	} else if o.module != "" {
		// -m: sys.path[0] is the current directory, by its full path
		if wd, err := os.Getwd(); err == nil {
			scriptDir = wd
		}
	}
	if path := o.xopts["cpuprofile"]; path != "" {
		// -X cpuprofile=FILE: a Go CPU profile of the run, for upy's developers.
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	ip := py.NewInterp()
	t := ip.Setup(py.Config{Argv: o.args, ScriptDir: scriptDir, OptLevel: o.opt, Verbose: o.verbose, XOptions: o.xopts})
	ip.GIL.Lock()
	stopSignals := handleInterrupt(ip)
	defer stopSignals()

	var runErr error
	ran := true
	switch {
	case o.hasCmd:
		runErr = t.RunMain("<string>", []byte(o.command))
	case o.module != "":
		runErr = runModule(t, o.module)
	case o.file != "":
		src, err := os.ReadFile(o.file)
		if err != nil {
			ip.Flush()
			fmt.Fprintf(os.Stderr, "upy: can't open file '%s': %s\n", o.file, errnoText(err))
			return 2
		}
		// CPython names the main script by its absolute path (in
		// __file__ and tracebacks); sys.argv[0] stays as given.
		name := o.file
		if abs, err := filepath.Abs(o.file); err == nil {
			name = abs
		}
		runErr = t.RunMain(name, src)
	case o.fromStdin || !stdinTTY:
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "upy: can't read stdin: %v\n", err)
			return 2
		}
		runErr = t.RunMain("<stdin>", src)
	default:
		ran = false
	}
	status := 0
	if ran {
		if runErr != nil && o.inspect && stdinTTY && !py.AsException(runErr).IsInstance(py.SystemExit) {
			t.ExitStatus(runErr)
			runErr = nil
		}
		if runErr != nil || !o.inspect || !stdinTTY {
			status = t.ExitStatus(runErr)
			t.RunAtExit()
			ip.Flush()
			return status
		}
	}
	status = repl(t)
	t.RunAtExit()
	ip.Flush()
	return status
}

// runModule runs a module found on sys.path as __main__ (-m).
func runModule(t *py.Thread, name string) error {
	file, src, err := findModuleSource(t, name)
	if err != nil {
		// a module of the embedded library (upy -m unittest)
		lib, libSrc, ok := py.LibMainSource(name)
		if !ok {
			return err
		}
		t.Interp.Argv.Items[0] = py.NewStr(lib)
		return t.RunMain(lib, libSrc)
	}
	if abs, err := filepath.Abs(file); err == nil {
		file = abs
	}
	t.Interp.Argv.Items[0] = py.NewStr(file)
	return t.RunMain(file, src)
}

func findModuleSource(t *py.Thread, name string) (string, []byte, error) {
	rel := strings.ReplaceAll(name, ".", string(filepath.Separator))
	for _, p := range t.Interp.Path.Items {
		s, ok := p.(*py.Str)
		if !ok || strings.HasPrefix(s.S, "<") {
			continue
		}
		dir := s.S
		if dir == "" {
			dir = "."
		}
		for _, cand := range []string{filepath.Join(dir, rel+".py"), filepath.Join(dir, rel, "__main__.py")} {
			if src, err := os.ReadFile(cand); err == nil {
				return cand, src, nil
			}
		}
	}
	return "", nil, py.Errorf(py.ImportError, "No module named %s", name)
}

func errnoText(err error) string {
	e := py.OSErrorFromGo(err, nil)
	s, _ := py.StrOf(nil, e)
	return s
}

// handleInterrupt turns SIGINT into KeyboardInterrupt in the running program.
func handleInterrupt(ip *py.Interp) func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				ip.RequestInterrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
