// Package time is the time module: MicroPython's ticks API and sleep_ms/
// sleep_us, and CPython's time functions.
package time

import (
	"math"
	gotime "time"

	"golang.org/x/sys/unix"

	"upy/py"
)

// ticksPeriod is MicroPython's TICKS_PERIOD on 64-bit unix: ticks values
// wrap modulo 2**62 (its small-int range).
const ticksPeriod = int64(1) << 62

var start = gotime.Now()

var structTime = py.StructSeqType("time", "struct_time",
	[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"})

func ticks(unit gotime.Duration) py.Object {
	return py.Int(int64(gotime.Since(start)/unit) & (ticksPeriod - 1))
}

func intArg(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg, n int) ([]int64, error) {
	if err := py.CheckArgs(fname, args, kw, n, n); err != nil {
		return nil, err
	}
	out := make([]int64, n)
	for i, a := range args {
		v, err := py.Index(t, a)
		if err != nil {
			return nil, err
		}
		iv, ok := v.(py.Int)
		if !ok {
			return nil, py.Errorf(py.OverflowError, "ticks value out of range")
		}
		out[i] = int64(iv)
	}
	return out, nil
}

// Sleep blocks for d without holding the GIL; Ctrl-C interrupts it.
func Sleep(t *py.Thread, d gotime.Duration) error {
	deadline := gotime.Now().Add(d)
	var err error
	t.Unblocked(func() {
		for {
			if t.Interp.Interrupt.Load() != 0 {
				t.Interp.Interrupt.Store(0)
				err = py.NewException(py.KeyboardInterrupt)
				return
			}
			rem := gotime.Until(deadline)
			if rem <= 0 {
				return
			}
			if rem > 50*gotime.Millisecond {
				rem = 50 * gotime.Millisecond
			}
			gotime.Sleep(rem)
		}
	})
	return err
}

func secondsArg(t *py.Thread, fname string, args []py.Object, kw []py.Kwarg) (float64, bool, error) {
	if err := py.CheckArgs(fname, args, kw, 0, 1); err != nil {
		return 0, false, err
	}
	if len(args) == 0 || args[0] == py.None {
		return 0, false, nil
	}
	f, err := seconds(t, args[0])
	return f, true, err
}

// seconds converts a time in seconds as CPython does: a float, or else
// an integer by __index__.
func seconds(t *py.Thread, o py.Object) (float64, error) {
	if f, ok := o.(py.Float); ok {
		return float64(f), nil
	}
	if _, ok := o.(*py.Instance); ok && o.Type().Lookup(py.Intern("__float__")) != nil {
		return py.ToFloat(t, o)
	}
	v, err := py.Index(t, o)
	if err != nil {
		return 0, err
	}
	return py.ToFloat(t, v)
}

// toStruct makes the struct_time of tm. Its zone name and UTC offset
// are attributes outside the tuple, as in CPython (gmtime's zone is
// "GMT"); a struct_time made from a tuple has None for them (class
// attributes).
func toStruct(tm gotime.Time, isdst int) py.Object {
	o := py.NewStructSeq(structTime, py.Int(tm.Year()), py.Int(tm.Month()), py.Int(tm.Day()),
		py.Int(tm.Hour()), py.Int(tm.Minute()), py.Int(tm.Second()),
		py.Int((int(tm.Weekday())+6)%7), py.Int(tm.YearDay()), py.Int(isdst))
	zone, off := tm.Zone()
	if tm.Location() == gotime.UTC {
		zone = "GMT"
	}
	inst := o.(*py.Instance)
	inst.Dict = py.NewDictSize(2)
	inst.Dict.SetString("tm_zone", py.NewStr(zone))
	inst.Dict.SetString("tm_gmtoff", py.Int(off))
	return o
}

func init() { py.SetStructSeqExtras(structTime, "tm_zone", "tm_gmtoff") }

func timeTuple(t *py.Thread, fname string, o py.Object) (gotime.Time, error) {
	items, err := py.ToSlice(t, o)
	if err != nil {
		return gotime.Time{}, err
	}
	if len(items) < 6 || len(items) > 9 {
		return gotime.Time{}, py.Errorf(py.TypeError, "%s(): illegal time tuple argument", fname)
	}
	v := make([]int, 6)
	for i := 0; i < 6; i++ {
		n, err := py.IndexInt(t, items[i])
		if err != nil {
			return gotime.Time{}, err
		}
		v[i] = n
	}
	return gotime.Date(v[0], gotime.Month(v[1]), v[2], v[3], v[4], v[5], 0, gotime.Local), nil
}

// cpuNS is the CPU time (user and system) the process has used.
func cpuNS() int64 {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts) != nil {
		return 0
	}
	return ts.Nano()
}

func init() {
	py.RegisterModule("time", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("time")
		m.Set("struct_time", structTime)
		m.SetFunc("time", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Float(float64(gotime.Now().UnixNano()) / 1e9), nil
		})
		m.SetFunc("time_ns", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(gotime.Now().UnixNano()), nil
		})
		mono := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Float(float64(gotime.Since(start).Nanoseconds())/1e9 + 1), nil
		}
		monoNS := func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return py.Int(gotime.Since(start).Nanoseconds() + 1e9), nil
		}
		for _, n := range []string{"monotonic", "perf_counter"} {
			m.SetFunc(n, mono)
			m.SetFunc(n+"_ns", monoNS)
		}
		// CPU time of the process (every Go thread of it: Python threads
		// are goroutines, so thread_time is the same clock).
		for _, n := range []string{"process_time", "thread_time"} {
			m.SetFunc(n, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				return py.Float(float64(cpuNS()) / 1e9), nil
			})
			m.SetFunc(n+"_ns", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				return py.Int(cpuNS()), nil
			})
		}
		m.SetFunc("sleep", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("sleep", args, kw, 1, 1); err != nil {
				return nil, err
			}
			f, err := seconds(t, args[0])
			if err != nil {
				return nil, err
			}
			if f < 0 {
				return nil, py.Errorf(py.ValueError, "sleep length must be non-negative")
			}
			if math.IsNaN(f) || f > 1e10 {
				return nil, py.Errorf(py.OverflowError, "sleep length is too large")
			}
			return py.None, Sleep(t, gotime.Duration(f*1e9))
		})
		sleepUnit := func(name string, unit gotime.Duration) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				v, err := intArg(t, name, args, kw, 1)
				if err != nil {
					return nil, err
				}
				if v[0] <= 0 {
					return py.None, nil
				}
				return py.None, Sleep(t, gotime.Duration(v[0])*unit)
			})
		}
		sleepUnit("sleep_ms", gotime.Millisecond)
		sleepUnit("sleep_us", gotime.Microsecond)
		m.SetFunc("ticks_ms", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return ticks(gotime.Millisecond), nil
		})
		m.SetFunc("ticks_us", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return ticks(gotime.Microsecond), nil
		})
		m.SetFunc("ticks_cpu", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			return ticks(gotime.Nanosecond), nil
		})
		m.SetFunc("ticks_diff", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			v, err := intArg(t, "ticks_diff", args, kw, 2)
			if err != nil {
				return nil, err
			}
			half := ticksPeriod / 2
			return py.Int(((v[0] - v[1] + half) & (ticksPeriod - 1)) - half), nil
		})
		m.SetFunc("ticks_add", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			v, err := intArg(t, "ticks_add", args, kw, 2)
			if err != nil {
				return nil, err
			}
			if v[1] >= ticksPeriod/2 || v[1] < -ticksPeriod/2 {
				return nil, py.Errorf(py.OverflowError, "ticks interval overflow")
			}
			return py.Int((v[0] + v[1]) & (ticksPeriod - 1)), nil
		})
		conv := func(name string, loc *gotime.Location) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				secs, given, err := secondsArg(t, name, args, kw)
				if err != nil {
					return nil, err
				}
				tm := gotime.Now()
				if given {
					if math.IsNaN(secs) {
						return nil, py.Errorf(py.ValueError, "Invalid value NaN (not a number)")
					}
					if math.IsInf(secs, 0) || math.Abs(secs) > 1e17 {
						return nil, py.Errorf(py.OverflowError, "timestamp out of range for platform time_t")
					}
					tm = gotime.Unix(int64(math.Floor(secs)), 0)
				}
				tm = tm.In(loc)
				isdst := 0
				if loc != gotime.UTC && tm.IsDST() {
					isdst = 1
				}
				return toStruct(tm, isdst), nil
			})
		}
		addFormatting(m)
		conv("localtime", gotime.Local)
		conv("gmtime", gotime.UTC)
		// _zone(secs) is (utc offset in seconds, zone name) of local time at
		// the POSIX time secs: the tm_gmtoff and tm_zone of CPython's
		// localtime(), which the datetime module needs.
		m.SetFunc("_zone", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("_zone", args, kw, 1, 1); err != nil {
				return nil, err
			}
			v, err := py.Index(t, args[0])
			if err != nil {
				return nil, err
			}
			secs, ok := v.(py.Int)
			if !ok {
				return nil, py.Errorf(py.OverflowError, "timestamp out of range for platform time_t")
			}
			name, off := gotime.Unix(int64(secs), 0).In(gotime.Local).Zone()
			return py.NewTuple(py.Int(off), py.NewStr(name)), nil
		})
		m.SetFunc("mktime", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("mktime", args, kw, 1, 1); err != nil {
				return nil, err
			}
			tm, err := timeTuple(t, "mktime", args[0])
			if err != nil {
				return nil, err
			}
			return py.Int(tm.Unix()), nil
		})
		return m, nil
	})
}
