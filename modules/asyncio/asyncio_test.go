package asyncio

import (
	"syscall"
	"testing"
	"time"
	"unsafe"

	_ "upy/modules/time"
	"upy/py"
)

// run executes src as __main__ in a fresh interpreter whose main module
// has the extra globals, and returns the main module's dictionary.
func run(t *testing.T, src string, globals map[string]py.Object) *py.Dict {
	t.Helper()
	ip := py.NewInterp()
	th := ip.Setup(py.Config{})
	ip.GIL.Lock()
	defer ip.GIL.Unlock()
	for k, v := range globals {
		ip.Main.Dict.SetString(k, v)
	}
	if err := th.RunMain("<test>", []byte(src)); err != nil {
		e := py.AsException(err)
		s, _ := py.ExcStr(th, e)
		t.Fatalf("%s: %s", e.Cls.Name, s)
	}
	return ip.Main.Dict
}

func global(t *testing.T, d *py.Dict, name string) py.Object {
	t.Helper()
	v := d.GetString(name)
	if v == nil {
		t.Fatalf("no global %s", name)
	}
	return v
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestThreadSafeFlagFromGo sets a ThreadSafeFlag from a goroutine (as Go
// code embedding upy does) while the loop sleeps: the waiting task wakes
// promptly, and the loop used no CPU while it waited.
func TestThreadSafeFlagFromGo(t *testing.T) {
	var setAt time.Time
	var cpuWaiting time.Duration
	setLater := py.NewBuiltin("set_later", func(th *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		f := args[0].(*ThreadSafeFlag)
		d := time.Duration(args[1].(py.Int)) * time.Millisecond
		cpu0 := cpuTime()
		go func() {
			time.Sleep(d)
			cpuWaiting = cpuTime() - cpu0
			setAt = time.Now()
			f.Set()
		}()
		return py.None, nil
	})
	d := run(t, `
import asyncio, time

async def ticker(n):
    # timers keep the loop busy in its wait too
    for _ in range(n):
        await asyncio.sleep_ms(7)

async def main():
    flag = asyncio.ThreadSafeFlag()
    asyncio.create_task(ticker(100))
    woke = []
    for delay in (50, 5, 20):
        set_later(flag, delay)
        await flag.wait()
        woke.append(time.ticks_us())
    return woke

woke = asyncio.run(main())
`, map[string]py.Object{"set_later": setLater})
	woke := global(t, d, "woke").(*py.List)
	if len(woke.Items) != 3 {
		t.Fatalf("woke %d times", len(woke.Items))
	}
	// The last wake-up follows the last Set closely.
	if lat := time.Since(setAt); lat > 50*time.Millisecond {
		t.Errorf("wake-up %v after Set", lat)
	}
	if cpuWaiting > 20*time.Millisecond {
		t.Errorf("the loop used %v of CPU while waiting", cpuWaiting)
	}
}

// TestIdleLoopUsesNoCPU: a loop whose 1000 tasks all sleep uses next to no
// CPU while it waits.
func TestIdleLoopUsesNoCPU(t *testing.T) {
	var cpu0 time.Duration
	mark := py.NewBuiltin("mark", func(th *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		cpu0 = cpuTime()
		return py.None, nil
	})
	run(t, `
import asyncio

async def sleeper():
    await asyncio.sleep(0.5)

async def main():
    ts = [asyncio.create_task(sleeper()) for _ in range(1000)]
    await asyncio.sleep(0)
    mark()
    await asyncio.gather(*ts)

asyncio.run(main())
`, map[string]py.Object{"mark": mark})
	if used := cpuTime() - cpu0; used > 30*time.Millisecond {
		t.Errorf("idle loop used %v of CPU in 0.5 s", used)
	}
}

// Task stays at 128 bytes: programs hold many waiting tasks.
func TestTaskSize(t *testing.T) {
	if n := unsafe.Sizeof(Task{}); n != 128 {
		t.Errorf("Task is %d bytes, want 128", n)
	}
}
