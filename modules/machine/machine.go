// Package machine is a host-virtual machine module: Pin and Signal keep
// their state in memory so that MicroPython board programs (like the
// examples of the asyncio documentation) run unchanged on a computer.
// Pin changes are traced to stderr when the environment variable
// UPY_TRACE_PINS is set or upy runs with -X trace-pins.
package machine

import (
	"fmt"
	"os"
	"time"

	"upy/py"
)

// Pin modes, pulls and IRQ triggers (MicroPython's values on unix-like ports).
const (
	modeIn        = 0
	modeOut       = 1
	modeOpenDrain = 2
	modeAlt       = 3
	modeAnalog    = 4
	pullUp        = 1
	pullDown      = 2
	irqFalling    = 1
	irqRising     = 2
)

var start = time.Now()

// Pin is a virtual GPIO pin.
type Pin struct {
	id    py.Object
	mode  int
	pull  int
	value int
	irq   py.Object
	trig  int
	trace bool
}

// Signal is a Pin wrapper that may invert its logic.
type Signal struct {
	pin    *Pin
	invert bool
}

var (
	PinType    = py.NewBuiltinType("Pin", py.ObjectType, nil)
	SignalType = py.NewBuiltinType("Signal", py.ObjectType, nil)
)

func (*Pin) Type() *py.Type    { return PinType }
func (*Signal) Type() *py.Type { return SignalType }

func tracing(t *py.Thread) bool {
	if _, ok := os.LookupEnv("UPY_TRACE_PINS"); ok {
		return true
	}
	_, ok := t.Interp.XOptions["trace-pins"]
	return ok
}

func (p *Pin) set(t *py.Thread, v int) error {
	old := p.value
	p.value = v
	if p.trace {
		r, _ := py.Repr(t, p)
		stderr := t.Interp.Sys.Get("stderr")
		py.WriteString(t, stderr, fmt.Sprintf("[%6d ms] %s = %d\n", time.Since(start).Milliseconds(), r, v))
	}
	if p.irq != nil && p.irq != py.None && old != v {
		if (v == 1 && p.trig&irqRising != 0) || (v == 0 && p.trig&irqFalling != 0) {
			if _, err := t.Call(p.irq, []py.Object{p}, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

func asPin(o py.Object) (*Pin, error) {
	if p, ok := o.(*Pin); ok {
		return p, nil
	}
	if inst, ok := o.(*py.Instance); ok {
		if p, ok := inst.Base.(*Pin); ok {
			return p, nil
		}
	}
	return nil, py.Errorf(py.TypeError, "expected a Pin, not %s", py.TypeName(o))
}

func boolValue(t *py.Thread, o py.Object) (int, error) {
	b, err := py.Truth(t, o)
	if b {
		return 1, err
	}
	return 0, err
}

// pinInit applies Pin.init's arguments.
func pinInit(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) error {
	var mode, pull, value py.Object = py.None, py.None, py.None
	var drive, alt py.Object
	if err := py.UnpackArgs(t, "init", args, kw, "mode?", &mode, "pull?", &pull, "value?", &value, "drive?", &drive, "alt?", &alt); err != nil {
		return err
	}
	if mode != py.None {
		n, err := py.IndexInt(t, mode)
		if err != nil {
			return err
		}
		if n < -1 || n > modeAnalog {
			return py.Errorf(py.ValueError, "invalid pin mode: %d", n)
		}
		if n >= 0 {
			p.mode = n
		}
	}
	if pull != py.None {
		n, err := py.IndexInt(t, pull)
		if err != nil {
			return err
		}
		p.pull = n
		if p.mode == modeIn && n == pullUp {
			p.value = 1
		}
	}
	if value != py.None {
		v, err := boolValue(t, value)
		if err != nil {
			return err
		}
		return p.set(t, v)
	}
	return nil
}

func method(tp *py.Type, name string, fn func(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error)) {
	tp.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		p, err := asPin(args[0])
		if err != nil {
			return nil, err
		}
		return fn(t, p, args[1:], kw)
	})
}

func pinValue(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	if err := py.CheckArgs("value", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return py.Int(p.value), nil
	}
	v, err := boolValue(t, args[0])
	if err != nil {
		return nil, err
	}
	return py.None, p.set(t, v)
}

func init() {
	PinType.Module = "machine"
	SignalType.Module = "machine"
	PinType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeError, "Pin() missing required argument 'id'")
		}
		p := &Pin{id: args[0], trace: tracing(t)}
		if err := pinInit(t, p, args[1:], kw); err != nil {
			return nil, err
		}
		return p, nil
	}
	py.InstallNew(PinType)
	method(PinType, "init", func(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, pinInit(t, p, args, kw)
	})
	method(PinType, "value", pinValue)
	method(PinType, "__call__", pinValue)
	for name, v := range map[string]int{"on": 1, "off": 0, "high": 1, "low": 0} {
		v := v
		method(PinType, name, func(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return py.None, p.set(t, v)
		})
	}
	method(PinType, "toggle", func(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return py.None, p.set(t, 1-p.value)
	})
	method(PinType, "mode", func(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) == 0 {
			return py.Int(p.mode), nil
		}
		return py.None, pinInit(t, p, args[:1], nil)
	})
	method(PinType, "pull", func(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) == 0 {
			return py.Int(p.pull), nil
		}
		return py.None, pinInit(t, p, []py.Object{py.None, args[0]}, nil)
	})
	method(PinType, "irq", func(t *py.Thread, p *Pin, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		var handler, trigger, priority, wake, hard py.Object = py.None, py.Int(irqFalling | irqRising), nil, nil, nil
		if err := py.UnpackArgs(t, "irq", args, kw, "handler?", &handler, "trigger?", &trigger, "priority?", &priority, "wake?", &wake, "hard?", &hard); err != nil {
			return nil, err
		}
		n, err := py.IndexInt(t, trigger)
		if err != nil {
			return nil, err
		}
		p.irq, p.trig = handler, n
		return py.None, nil
	})
	PinType.AddMethod("__repr__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		p, err := asPin(args[0])
		if err != nil {
			return nil, err
		}
		r, err := py.Repr(t, p.id)
		if err != nil {
			return nil, err
		}
		return py.NewStr("Pin(" + r + ")"), nil
	})
	for name, v := range map[string]int{"IN": modeIn, "OUT": modeOut, "OPEN_DRAIN": modeOpenDrain, "ALT": modeAlt,
		"ALT_OPEN_DRAIN": 5, "ANALOG": modeAnalog, "PULL_UP": pullUp, "PULL_DOWN": pullDown, "PULL_HOLD": 4,
		"IRQ_FALLING": irqFalling, "IRQ_RISING": irqRising, "IRQ_LOW_LEVEL": 4, "IRQ_HIGH_LEVEL": 8,
		"LOW_POWER": 0, "MED_POWER": 1, "HIGH_POWER": 2, "DRIVE_0": 0, "DRIVE_1": 1, "DRIVE_2": 2} {
		PinType.SetAttrString(name, py.Int(v))
	}

	SignalType.New = func(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeError, "Signal() missing required argument 'pin'")
		}
		var pin *Pin
		var err error
		if p, ok := args[0].(*Pin); ok {
			pin = p
			args = args[1:]
		} else if pin, err = asPin(args[0]); err == nil {
			args = args[1:]
		} else {
			// Signal(pin_arguments..., invert=False): build the pin.
			var pkw []py.Kwarg
			for _, k := range kw {
				if k.Name != "invert" {
					pkw = append(pkw, k)
				}
			}
			po, err := t.Call(PinType, args, pkw)
			if err != nil {
				return nil, err
			}
			pin = po.(*Pin)
			args = nil
		}
		s := &Signal{pin: pin}
		for _, k := range kw {
			if k.Name == "invert" {
				if s.invert, err = py.Truth(t, k.Value); err != nil {
					return nil, err
				}
			}
		}
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeError, "Signal() takes a pin and the keyword argument 'invert'")
		}
		return s, nil
	}
	py.InstallNew(SignalType)
	sig := func(name string, fn func(t *py.Thread, s *Signal, args []py.Object) (py.Object, error)) {
		SignalType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s, ok := args[0].(*Signal)
			if !ok {
				return nil, py.Errorf(py.TypeError, "expected a Signal")
			}
			if err := py.CheckArgs(name, args[1:], kw, 0, 1); err != nil {
				return nil, err
			}
			return fn(t, s, args[1:])
		})
	}
	level := func(s *Signal, v int) int {
		if s.invert {
			return 1 - v
		}
		return v
	}
	value := func(t *py.Thread, s *Signal, args []py.Object) (py.Object, error) {
		if len(args) == 0 {
			return py.Int(level(s, s.pin.value)), nil
		}
		v, err := boolValue(t, args[0])
		if err != nil {
			return nil, err
		}
		return py.None, s.pin.set(t, level(s, v))
	}
	sig("value", value)
	sig("__call__", value)
	sig("on", func(t *py.Thread, s *Signal, args []py.Object) (py.Object, error) {
		return py.None, s.pin.set(t, level(s, 1))
	})
	sig("off", func(t *py.Thread, s *Signal, args []py.Object) (py.Object, error) {
		return py.None, s.pin.set(t, level(s, 0))
	})

	py.RegisterModule("machine", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("machine")
		m.Set("Pin", PinType)
		m.Set("Signal", SignalType)
		m.SetFunc("freq", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(1_000_000_000), nil
		})
		m.SetFunc("unique_id", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.NewBytes([]byte("upy-host")), nil
		})
		m.SetFunc("idle", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			t.Unblocked(func() { time.Sleep(time.Millisecond) })
			return py.None, nil
		})
		m.SetFunc("disable_irq", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.Int(0), nil })
		m.SetFunc("enable_irq", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.None, nil })
		m.SetFunc("reset", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return nil, py.NewException(py.SystemExit, py.Int(0))
		})
		m.SetFunc("soft_reset", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return nil, py.NewException(py.SystemExit, py.Int(0))
		})
		m.SetFunc("reset_cause", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) { return py.Int(1), nil })
		m.Set("PWRON_RESET", py.Int(1))
		m.Set("HARD_RESET", py.Int(2))
		m.Set("WDT_RESET", py.Int(3))
		m.Set("DEEPSLEEP_RESET", py.Int(4))
		m.Set("SOFT_RESET", py.Int(5))
		return m, nil
	})
}
