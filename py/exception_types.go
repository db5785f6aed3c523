package py

func excType(name string, base *Type) *Type {
	t := NewBuiltinType(name, base, nil)
	return t
}

// The builtin exception hierarchy (CPython 3.11's).
var (
	BaseException             = excType("BaseException", ObjectType)
	SystemExit                = excType("SystemExit", BaseException)
	KeyboardInterrupt         = excType("KeyboardInterrupt", BaseException)
	GeneratorExit             = excType("GeneratorExit", BaseException)
	ExceptionType             = excType("Exception", BaseException)
	StopIteration             = excType("StopIteration", ExceptionType)
	StopAsyncIteration        = excType("StopAsyncIteration", ExceptionType)
	ArithmeticError           = excType("ArithmeticError", ExceptionType)
	FloatingPointError        = excType("FloatingPointError", ArithmeticError)
	OverflowError             = excType("OverflowError", ArithmeticError)
	ZeroDivisionError         = excType("ZeroDivisionError", ArithmeticError)
	AssertionError            = excType("AssertionError", ExceptionType)
	AttributeError            = excType("AttributeError", ExceptionType)
	BufferError               = excType("BufferError", ExceptionType)
	EOFError                  = excType("EOFError", ExceptionType)
	ImportError               = excType("ImportError", ExceptionType)
	ModuleNotFoundError       = excType("ModuleNotFoundError", ImportError)
	LookupError               = excType("LookupError", ExceptionType)
	IndexError                = excType("IndexError", LookupError)
	KeyError                  = excType("KeyError", LookupError)
	MemoryError               = excType("MemoryError", ExceptionType)
	NameError                 = excType("NameError", ExceptionType)
	UnboundLocalError         = excType("UnboundLocalError", NameError)
	OSError                   = excType("OSError", ExceptionType)
	BlockingIOError           = excType("BlockingIOError", OSError)
	ChildProcessError         = excType("ChildProcessError", OSError)
	ConnectionError           = excType("ConnectionError", OSError)
	BrokenPipeError           = excType("BrokenPipeError", ConnectionError)
	ConnectionAbortedError    = excType("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError    = excType("ConnectionRefusedError", ConnectionError)
	ConnectionResetError      = excType("ConnectionResetError", ConnectionError)
	FileExistsError           = excType("FileExistsError", OSError)
	FileNotFoundError         = excType("FileNotFoundError", OSError)
	InterruptedError          = excType("InterruptedError", OSError)
	IsADirectoryError         = excType("IsADirectoryError", OSError)
	NotADirectoryError        = excType("NotADirectoryError", OSError)
	PermissionError           = excType("PermissionError", OSError)
	ProcessLookupError        = excType("ProcessLookupError", OSError)
	TimeoutError              = excType("TimeoutError", OSError)
	ReferenceError            = excType("ReferenceError", ExceptionType)
	RuntimeError              = excType("RuntimeError", ExceptionType)
	NotImplementedError       = excType("NotImplementedError", RuntimeError)
	RecursionError            = excType("RecursionError", RuntimeError)
	SyntaxError               = excType("SyntaxError", ExceptionType)
	IndentationError          = excType("IndentationError", SyntaxError)
	TabError                  = excType("TabError", IndentationError)
	SystemError               = excType("SystemError", ExceptionType)
	TypeError                 = excType("TypeError", ExceptionType)
	ValueError                = excType("ValueError", ExceptionType)
	UnicodeError              = excType("UnicodeError", ValueError)
	UnicodeDecodeError        = excType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError        = excType("UnicodeEncodeError", UnicodeError)
	UnicodeTranslateError     = excType("UnicodeTranslateError", UnicodeError)
	Warning                   = excType("Warning", ExceptionType)
	DeprecationWarning        = excType("DeprecationWarning", Warning)
	PendingDeprecationWarning = excType("PendingDeprecationWarning", Warning)
	RuntimeWarning            = excType("RuntimeWarning", Warning)
	SyntaxWarning             = excType("SyntaxWarning", Warning)
	UserWarning               = excType("UserWarning", Warning)
	FutureWarning             = excType("FutureWarning", Warning)
	ImportWarning             = excType("ImportWarning", Warning)
	UnicodeWarning            = excType("UnicodeWarning", Warning)
	BytesWarning              = excType("BytesWarning", Warning)
	ResourceWarning           = excType("ResourceWarning", Warning)
	EncodingWarning           = excType("EncodingWarning", Warning)
)

// ExceptionTypes lists every builtin exception class, for the builtins module.
var ExceptionTypes = []*Type{
	BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, ExceptionType,
	StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError,
	OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
	EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
	MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
	ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
	ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
	InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
	ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
	NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
	SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
	UnicodeEncodeError, UnicodeTranslateError, Warning, DeprecationWarning,
	PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning,
	FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
	EncodingWarning,
}

// NewExceptionType creates an exception class for a Go module, e.g.
// asyncio.CancelledError. It can be raised, caught and subclassed like
// the builtin ones.
func NewExceptionType(module, name string, bases ...*Type) *Type {
	t := &Type{Name: name, Module: module, Bases: bases, Dict: NewDict(), Layout: BaseException, Flags: FlagBuiltin}
	mro, err := computeMRO(t)
	if err != nil {
		panic("NewExceptionType: " + err.Error())
	}
	t.MRO = mro
	return t
}
