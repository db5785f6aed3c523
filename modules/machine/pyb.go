package machine

import (
	"fmt"
	"time"

	"upy/py"
)

// LED is pyb.LED: a virtual board LED with an intensity of 0 (off) to
// 255 (fully on). Changes are traced like Pin changes.
type LED struct {
	id        int
	intensity int
	trace     bool
}

var LEDType = py.NewBuiltinType("LED", py.ObjectType, nil)

func (*LED) Type() *py.Type { return LEDType }

func (l *LED) set(t *py.Thread, v int) {
	if v < 0 {
		v = 0
	} else if v > 255 {
		v = 255
	}
	l.intensity = v
	if l.trace {
		stderr := t.Interp.Sys.Get("stderr")
		py.WriteString(t, stderr, fmt.Sprintf("[%6d ms] LED(%d) = %d\n", time.Since(start).Milliseconds(), l.id, v))
	}
}

func init() {
	LEDType.Module = "pyb"
	LEDType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var id int
		if err := py.UnpackArgs(t, "LED", args, kw, "id", &id); err != nil {
			return nil, err
		}
		if id < 1 || id > 4 {
			return nil, py.Errorf(py.ValueError, "LED(%d) doesn't exist", id)
		}
		return &LED{id: id, trace: tracing(t)}, nil
	}
	py.InstallNew(LEDType)
	led := func(name string, fn func(t *py.Thread, l *LED, args []py.Object) (py.Object, error)) {
		LEDType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			l, ok := args[0].(*LED)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected an LED")
			}
			if err := py.CheckArgs(name, args[1:], kw, 0, 1); err != nil {
				return nil, err
			}
			return fn(t, l, args[1:])
		})
	}
	led("on", func(t *py.Thread, l *LED, args []py.Object) (py.Object, error) { l.set(t, 255); return py.None, nil })
	led("off", func(t *py.Thread, l *LED, args []py.Object) (py.Object, error) { l.set(t, 0); return py.None, nil })
	led("toggle", func(t *py.Thread, l *LED, args []py.Object) (py.Object, error) {
		if l.intensity == 0 {
			l.set(t, 255)
		} else {
			l.set(t, 0)
		}
		return py.None, nil
	})
	led("intensity", func(t *py.Thread, l *LED, args []py.Object) (py.Object, error) {
		if len(args) == 0 {
			return py.Int(l.intensity), nil
		}
		v, err := py.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		l.set(t, v)
		return py.None, nil
	})
	LEDType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		l, ok := args[0].(*LED)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected an LED")
		}
		return py.NewStr(fmt.Sprintf("LED(%d)", l.id)), nil
	})

	// pyb is the pyboard's module, reduced to what board-independent
	// examples use: LED, Pin and the millisecond clock.
	py.RegisterModule("pyb", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("pyb")
		m.Set("LED", LEDType)
		m.Set("Pin", PinType)
		m.SetFunc("millis", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(time.Since(start).Milliseconds()), nil
		})
		m.SetFunc("elapsed_millis", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var since int
			if err := py.UnpackArgs(t, "elapsed_millis", args, kw, "start", &since); err != nil {
				return nil, err
			}
			return py.Int(int(time.Since(start).Milliseconds()) - since), nil
		})
		m.SetFunc("delay", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var ms int
			if err := py.UnpackArgs(t, "delay", args, kw, "ms", &ms); err != nil {
				return nil, err
			}
			t.Unblocked(func() { time.Sleep(time.Duration(ms) * time.Millisecond) })
			return py.None, nil
		})
		return m, nil
	})
}
