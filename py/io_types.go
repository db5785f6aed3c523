package py

// The io class hierarchy. The classes are declared here because the
// standard streams (stdio.go) are instances of it; the io module
// (modules/io) attaches the constructors and methods.
var (
	// IOBaseType is io.IOBase. The abstract bases have object's layout
	// so that user classes deriving from them are plain instances whose
	// Python methods the inherited Go methods call.
	IOBaseType         = newIOBase("IOBase", nil)
	RawIOBaseType      = newIOBase("RawIOBase", IOBaseType)
	BufferedIOBaseType = newIOBase("BufferedIOBase", IOBaseType)
	TextIOBaseType     = newIOBase("TextIOBase", IOBaseType)

	TextIOWrapperType  = newIOClass("TextIOWrapper", TextIOBaseType)
	BufferedReaderType = newIOClass("BufferedReader", BufferedIOBaseType)
	BufferedWriterType = newIOClass("BufferedWriter", BufferedIOBaseType)
)

func newIOBase(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := NewBuiltinType(name, base, nil)
	t.Module = "io"
	t.Layout = ObjectType
	return t
}

func newIOClass(name string, base *Type) *Type {
	t := NewBuiltinType(name, base, nil)
	t.Module = "_io"
	return t
}

// exitFlushers run when the interpreter flushes its output at exit.
var exitFlushers []func()

// RegisterExitFlush adds fn to the work done by Interp.Flush at exit
// (the io module writes out the buffers of files left open).
func RegisterExitFlush(fn func()) {
	registryMu.Lock()
	exitFlushers = append(exitFlushers, fn)
	registryMu.Unlock()
}

func runExitFlushers() {
	registryMu.Lock()
	fns := append([]func(){}, exitFlushers...)
	registryMu.Unlock()
	for _, fn := range fns {
		fn()
	}
}
