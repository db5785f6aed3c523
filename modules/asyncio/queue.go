package asyncio

// runQueue is the run queue and the timers in one order: tasks by (wake
// time, insertion sequence), so tasks due at the same time run in the
// order they were queued (MicroPython's observable FIFO order).
//
// Tasks queued to run now (woken, yielding with sleep(0), new) go to a
// FIFO ring: the loop's clock never goes back, so the ring is already in
// order and costs O(1). Timers go to a binary heap. pop takes the smaller
// of the two heads.
type runQueue struct {
	heap taskHeap
	ring fifo
	n    int // tasks queued in the ring
}

const (
	notQueued = -1
	inRing    = -2
)

// before orders tasks by key, then by the sequence in which they were
// queued; sequence numbers wrap around (tasks queued 2³¹ pushes apart at
// the very same nanosecond do not occur).
func before(a, b *Task) bool {
	if a.key != b.key {
		return a.key < b.key
	}
	return int32(a.seq-b.seq) < 0
}

// pushRing queues a task whose key is not below any key queued in the
// ring so far.
func (q *runQueue) pushRing(tk *Task) {
	tk.index = inRing
	q.ring.push(ringEntry{tk, tk.seq})
	q.n++
}

func (q *runQueue) pushHeap(tk *Task) { q.heap.push(tk) }

// ringHead returns the first live task of the ring, dropping stale slots.
func (q *runQueue) ringHead() *Task {
	for {
		e, ok := q.ring.front()
		if !ok {
			return nil
		}
		if e.tk.index == inRing && e.tk.seq == e.seq {
			return e.tk
		}
		q.ring.pop()
	}
}

func (q *runQueue) peek() *Task {
	r := q.ringHead()
	h := q.heap.peek()
	if r == nil || (h != nil && before(h, r)) {
		return h
	}
	return r
}

func (q *runQueue) pop() *Task {
	r := q.ringHead()
	h := q.heap.peek()
	if r == nil || (h != nil && before(h, r)) {
		return q.heap.pop()
	}
	q.ring.pop()
	q.n--
	r.index = notQueued
	return r
}

// remove takes tk out of the queue if it is queued.
func (q *runQueue) remove(tk *Task) {
	switch {
	case tk.index == inRing:
		tk.index = notQueued // its slot is now stale
		q.n--
	case tk.index >= 0:
		q.heap.remove(tk)
	}
}

// tasks returns every queued task (for new_event_loop).
func (q *runQueue) tasks() []*Task {
	out := append([]*Task(nil), q.heap...)
	for c := q.ring.head; c != nil; c = c.next {
		for i := c.start; i < c.end; i++ {
			if tk := c.tks[i]; tk != nil && tk.index == inRing && tk.seq == c.seqs[i] {
				out = append(out, tk)
			}
		}
	}
	return out
}

func (q *runQueue) len() int { return len(q.heap) + q.n }

// ringEntry is a ring slot; it is stale when its task was taken out
// (index no longer inRing) or queued again since (seq differs).
type ringEntry struct {
	tk  *Task
	seq uint32
}

// fifo is a queue of ring entries in fixed-size chunks: growing it never
// copies (or leaves behind) a large array, and consumed chunks are reused.
type fifo struct {
	head, tail *chunk
	spare      *chunk
}

const chunkLen = 128

// chunk holds entries as two arrays (12 bytes an entry, not 16).
type chunk struct {
	tks        [chunkLen]*Task
	seqs       [chunkLen]uint32
	start, end int
	next       *chunk
}

func (f *fifo) push(e ringEntry) {
	if f.tail == nil || f.tail.end == chunkLen {
		c := f.spare
		if c != nil {
			f.spare = nil
		} else {
			c = &chunk{}
		}
		if f.tail == nil {
			f.head = c
		} else {
			f.tail.next = c
		}
		f.tail = c
	}
	f.tail.tks[f.tail.end] = e.tk
	f.tail.seqs[f.tail.end] = e.seq
	f.tail.end++
}

func (f *fifo) front() (ringEntry, bool) {
	c := f.head
	if c == nil || c.start == c.end {
		return ringEntry{}, false
	}
	return ringEntry{c.tks[c.start], c.seqs[c.start]}, true
}

func (f *fifo) pop() {
	c := f.head
	c.tks[c.start] = nil
	c.start++
	if c.start < c.end {
		return
	}
	// The chunk is used up.
	if c.next == nil {
		c.start, c.end = 0, 0
		return
	}
	f.head = c.next
	c.start, c.end, c.next = 0, 0, nil
	f.spare = c
}

// taskHeap is a binary heap of tasks by (key, seq); a task's index is its
// position.
type taskHeap []*Task

func (h taskHeap) less(i, j int) bool { return before(h[i], h[j]) }

func (h taskHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = int32(i)
	h[j].index = int32(j)
}

func (h *taskHeap) up(j int) {
	for {
		i := (j - 1) / 2
		if i == j || !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h *taskHeap) down(i0 int) bool {
	n := len(*h)
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && h.less(j2, j1) {
			j = j2
		}
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		i = j
	}
	return i > i0
}

func (h *taskHeap) push(t *Task) {
	t.index = int32(len(*h))
	*h = append(*h, t)
	h.up(len(*h) - 1)
}

func (h *taskHeap) peek() *Task {
	if len(*h) == 0 {
		return nil
	}
	return (*h)[0]
}

func (h *taskHeap) pop() *Task {
	old := *h
	n := len(old) - 1
	if n < 0 {
		return nil
	}
	h.swap(0, n)
	t := old[n]
	old[n] = nil
	*h = old[:n]
	if n > 0 {
		h.down(0)
	}
	t.index = notQueued
	return t
}

// remove takes t out of the heap if it is there.
func (h *taskHeap) remove(t *Task) {
	i := int(t.index)
	if i < 0 || i >= len(*h) || (*h)[i] != t {
		return
	}
	n := len(*h) - 1
	if n != i {
		h.swap(i, n)
	}
	(*h)[n] = nil
	*h = (*h)[:n]
	if n != i {
		if !h.down(i) {
			h.up(i)
		}
	}
	t.index = notQueued
}

// waitQueue is a FIFO of the tasks waiting on one object (an Event), in
// chunks, so that many waiters cost no growing array. A task that stops
// waiting is not searched for: its slot goes stale (the task no longer
// waits on the owner, or has been queued since), and stale slots are
// dropped when they outnumber the live ones.
type waitQueue struct {
	f     fifo
	live  int
	slots int
}

func (w *waitQueue) add(tk *Task) {
	w.f.push(ringEntry{tk, tk.seq})
	w.live++
	w.slots++
}

func (w *waitQueue) valid(e ringEntry, owner waitable) bool {
	return e.tk != nil && e.tk.waitOn == owner && e.tk.seq == e.seq
}

// drop records that a waiter stopped waiting (its waitOn is cleared by
// the caller).
func (w *waitQueue) drop(owner waitable) {
	w.live--
	if w.slots > 64 && w.slots > 2*w.live {
		var kept fifo
		w.each(owner, func(e ringEntry) { kept.push(e) })
		w.f = kept
		w.slots = w.live
	}
}

func (w *waitQueue) each(owner waitable, fn func(ringEntry)) {
	for c := w.f.head; c != nil; c = c.next {
		for i := c.start; i < c.end; i++ {
			if e := (ringEntry{c.tks[i], c.seqs[i]}); w.valid(e, owner) {
				fn(e)
			}
		}
	}
}

// takeAll empties the queue, calling fn for each live waiter in order.
func (w *waitQueue) takeAll(owner waitable, fn func(*Task)) {
	if w.live == 0 {
		*w = waitQueue{}
		return
	}
	// Each task has one live slot at most, so waking one (which queues it
	// and so changes its seq) leaves the others' validity alone.
	w.each(owner, func(e ringEntry) { fn(e.tk) })
	// Keep the first chunk for the next waiters.
	c := w.f.head
	clear(c.tks[:c.end])
	c.start, c.end, c.next = 0, 0, nil
	*w = waitQueue{f: fifo{head: c, tail: c}}
}
