package asyncio

import (
	"math/rand"
	"sort"
	"testing"
)

// TestRunQueueOrder drives the run queue (FIFO ring for tasks due now,
// heap for timers) with random pushes, re-pushes and removals, and checks
// that tasks come out in (key, push order) order, each once.
func TestRunQueueOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 50; round++ {
		var q runQueue
		var seq uint32
		clock := int64(0)
		tasks := make([]*Task, 300)
		for i := range tasks {
			tasks[i] = &Task{index: notQueued}
		}
		push := func(tk *Task, timer bool) {
			q.remove(tk)
			seq++
			tk.seq = seq
			if timer {
				tk.key = clock + int64(rng.Intn(50))
				q.pushHeap(tk)
			} else {
				tk.key = clock
				q.pushRing(tk)
			}
		}
		for step := 0; step < 2000; step++ {
			tk := tasks[rng.Intn(len(tasks))]
			switch rng.Intn(4) {
			case 0:
				push(tk, true)
			case 1, 2:
				push(tk, false)
			case 3:
				q.remove(tk)
			}
			if rng.Intn(10) == 0 {
				clock += int64(rng.Intn(5))
			}
		}
		// What should come out: every queued task once, by (key, seq).
		var want []*Task
		for _, tk := range tasks {
			if tk.index != notQueued {
				want = append(want, tk)
			}
		}
		sort.Slice(want, func(i, j int) bool { return before(want[i], want[j]) })
		if q.len() != len(want) {
			t.Fatalf("round %d: len %d, want %d", round, q.len(), len(want))
		}
		for i, w := range want {
			if p := q.peek(); p != w {
				t.Fatalf("round %d: peek %d is %p, want %p", round, i, p, w)
			}
			if got := q.pop(); got != w {
				t.Fatalf("round %d: pop %d is %p, want %p", round, i, got, w)
			}
		}
		if got := q.pop(); got != nil {
			t.Fatalf("round %d: queue not empty after the last task", round)
		}
	}
}

// TestWaitQueueStale: waiters that stop waiting leave stale slots that
// neither wake nor pile up.
func TestWaitQueueStale(t *testing.T) {
	e := &Event{}
	var w waitQueue
	tasks := make([]*Task, 1000)
	for i := range tasks {
		tasks[i] = &Task{index: notQueued, seq: uint32(i)}
		tasks[i].waitOn = e
		w.add(tasks[i])
	}
	// All but every 10th stop waiting.
	for i, tk := range tasks {
		if i%10 != 0 {
			tk.waitOn = nil
			w.drop(e)
		}
	}
	if w.slots > 2*w.live+64 {
		t.Errorf("%d slots for %d waiters", w.slots, w.live)
	}
	// One waits again, after being queued (new seq): it comes last.
	tasks[1].seq = 5000
	tasks[1].waitOn = e
	w.add(tasks[1])
	var got []int
	w.takeAll(e, func(tk *Task) { got = append(got, int(tk.seq)) })
	if len(got) != 101 || got[0] != 0 || got[99] != 990 || got[100] != 5000 {
		t.Errorf("woke %d: %v ... ", len(got), got[:3])
	}
	w.takeAll(e, func(tk *Task) { t.Errorf("woken twice") })
}
