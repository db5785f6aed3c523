package py

import (
	"fmt"
	"strings"

	"upy/compile"
)

// Exception is an instance of BaseException or any subclass, builtin or
// user-defined. It implements Go's error so raising is returning it.
type Exception struct {
	Cls             *Type
	Args            *Tuple
	Dict            *Dict // attributes set by the program (lazily created)
	Cause           *Exception
	Context         *Exception
	SuppressContext bool
	Traceback       *Traceback
	Notes           []string
	// chained is set once the exception was raised (its context chosen):
	// propagating through frames and calls leaves the context alone
	chained bool
}

func (e *Exception) Type() *Type { return e.Cls }

// Error renders the exception as Python's "Type: message" line.
func (e *Exception) Error() string {
	msg := exceptionStr(e)
	if msg == "" {
		return e.Cls.Name
	}
	return e.Cls.Name + ": " + msg
}

// Traceback is one entry of a traceback chain (innermost last).
type Traceback struct {
	Next     *Traceback
	Filename string
	Name     string
	Line     int
	// Span is the rest of the failing instruction's source range (for
	// the ~~^~~ markers under the line); EndLine 0 when unknown.
	Span  compile.Span
	frame *Frame
}

func (*Traceback) Type() *Type { return TracebackType }

// NewException creates an exception instance of cls with the given args.
func NewException(cls *Type, args ...Object) *Exception {
	// args may alias the caller's stack: copy them.
	return &Exception{Cls: cls, Args: NewTuple(append([]Object(nil), args...)...)}
}

// Errorf creates an exception of class cls whose single argument is the
// formatted message.
func Errorf(cls *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return &Exception{Cls: cls, Args: NewTuple(NewStr(msg))}
}

// Attr returns an attribute set on the exception (nil if absent).
func (e *Exception) Attr(name string) Object {
	if e.Dict == nil {
		return nil
	}
	return e.Dict.GetString(name)
}

// SetAttr stores an attribute on the exception.
func (e *Exception) SetAttr(name string, v Object) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetString(name, v)
}

// IsInstance reports whether the exception is an instance of cls.
func (e *Exception) IsInstance(cls *Type) bool { return e.Cls.IsSubtype(cls) }

// AsException converts a Go error to a Python exception: *Exception is
// returned as is, any other error becomes a SystemError (a bug in upy).
func AsException(err error) *Exception {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemError, "%v", err)
}

// exceptionStr is str(e) without calling user code.
func exceptionStr(e *Exception) string {
	args := e.Args.Items
	if e.Cls.IsSubtype(KeyError) && len(args) == 1 {
		if s, err := Repr(nil, args[0]); err == nil {
			return s
		}
	}
	switch len(args) {
	case 0:
		return ""
	case 1:
		s, err := StrOf(nil, args[0])
		if err != nil {
			return "<exception str() failed>"
		}
		return s
	}
	s, err := Repr(nil, e.Args)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

// exceptionRepr is repr(e) as CPython prints it: ValueError('x').
func exceptionRepr(t *Thread, e *Exception) (string, error) {
	var b strings.Builder
	b.WriteString(e.Cls.Name)
	if len(e.Args.Items) == 1 {
		r, err := Repr(t, e.Args.Items[0])
		if err != nil {
			return "", err
		}
		b.WriteString("(" + r + ")")
		return b.String(), nil
	}
	r, err := Repr(t, e.Args)
	if err != nil {
		return "", err
	}
	if len(e.Args.Items) == 0 {
		r = "()"
	}
	b.WriteString(r)
	return b.String(), nil
}
