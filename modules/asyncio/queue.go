package asyncio

// taskHeap is the run queue and timer heap in one: tasks ordered by
// (wake time in ms, insertion sequence), so tasks due at the same tick run
// in the order they were queued (MicroPython's observable FIFO order).
type taskHeap []*Task

func (h taskHeap) less(i, j int) bool {
	a, b := h[i], h[j]
	if a.key != b.key {
		return a.key < b.key
	}
	return a.seq < b.seq
}

func (h taskHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
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
	t.index = len(*h)
	*h = append(*h, t)
	h.up(t.index)
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
	t.index = -1
	return t
}

// remove takes t out of the heap if it is queued.
func (h *taskHeap) remove(t *Task) {
	i := t.index
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
	t.index = -1
}
