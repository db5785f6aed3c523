package selectmod

import (
	"upy/internal/netpoll"
	"upy/py"
)

// Poll is select.poll(): registrations (object → event mask) kept in
// insertion order.
type Poll struct {
	entries []*entry
	index   map[py.Object]int
	reqs    []netpoll.Request // reused between calls
	users   []*entry
	ready   []*entry
	// Ready events of the last wait, parallel to ready.
	revents []int16
	// iterTuple is the tuple ipoll reuses for every item.
	iterTuple *py.Tuple
	// polling is set while a thread waits in poll/ipoll (with the GIL
	// released); a second waiter on the same object is refused, as CPython does.
	polling bool
}

// PollType is the type of poll objects.
var PollType = py.NewBuiltinType("poll", py.ObjectType, nil)

// Type implements py.Object.
func (*Poll) Type() *py.Type { return PollType }

// NewPoll returns an empty poll object.
func NewPoll() *Poll { return &Poll{index: map[py.Object]int{}} }

// key is the identity of a registered object (ints by value).
func key(o py.Object) py.Object {
	if b, ok := o.(py.Bool); ok {
		if b {
			return py.Int(1)
		}
		return py.Int(0)
	}
	return o
}

func (p *Poll) register(t *py.Thread, obj py.Object, mask int16) error {
	if i, ok := p.index[key(obj)]; ok {
		p.entries[i].mask = mask
		return nil
	}
	pl, user, err := pollableOf(t, obj)
	if err != nil {
		return err
	}
	e := &entry{obj: obj, mask: mask, p: pl, user: user}
	if user != nil {
		e.up = pl.(*userPollable)
	}
	p.index[key(obj)] = len(p.entries)
	p.entries = append(p.entries, e)
	return nil
}

func (p *Poll) unregister(obj py.Object) {
	i, ok := p.index[key(obj)]
	if !ok {
		return
	}
	delete(p.index, key(obj))
	copy(p.entries[i:], p.entries[i+1:])
	p.entries[len(p.entries)-1] = nil
	p.entries = p.entries[:len(p.entries)-1]
	for j := i; j < len(p.entries); j++ {
		p.index[key(p.entries[j].obj)] = j
	}
}

// wait polls the registered objects and fills p.ready/p.revents.
func (p *Poll) wait(t *py.Thread, timeoutObj py.Object) error {
	timeout, err := timeoutMS(t, timeoutObj)
	if err != nil {
		return err
	}
	if p.polling {
		return py.Errorf(py.RuntimeError, "concurrent poll() invocation")
	}
	p.polling = true
	defer func() { p.polling = false }()
	p.reqs = p.reqs[:0]
	p.users = p.users[:0]
	for _, e := range p.entries {
		p.reqs = append(p.reqs, netpoll.Request{Obj: e.p, Events: e.mask})
		if e.user != nil {
			p.users = append(p.users, e)
		}
	}
	// The entries may change while the GIL is released (another thread
	// registering), so work on a snapshot.
	snapshot := append([]*entry(nil), p.entries...)
	n, err := waitFor(t, p.reqs, p.users, timeout)
	p.ready = p.ready[:0]
	p.revents = p.revents[:0]
	if err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	for i := range p.reqs {
		if r := p.reqs[i].Ready; r != 0 {
			p.ready = append(p.ready, snapshot[i])
			p.revents = append(p.revents, r)
		}
	}
	return nil
}

func maskArg(t *py.Thread, o py.Object) (int16, error) {
	n, err := py.IndexInt(t, o)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 0xffff {
		return 0, py.Errorf(py.OverflowError, "Python int too large for C unsigned short")
	}
	return int16(uint16(n)), nil
}

type pollFn func(t *py.Thread, p *Poll, args []py.Object, kw []py.Kwarg) (py.Object, error)

func pollMethod(name string, fn pollFn) {
	PollType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		p, ok := args[0].(*Poll)
		if !ok {
			return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a 'poll' object but received '%s'", name, py.TypeName(args[0]))
		}
		return fn(t, p, args[1:], kw)
	})
}

func init() {
	PollType.Module = "select"
	pollMethod("register", func(t *py.Thread, p *Poll, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("register", args, kw, 1, 2); err != nil {
			return nil, err
		}
		mask := int16(pollIn | pollOut)
		if len(args) == 2 {
			m, err := maskArg(t, args[1])
			if err != nil {
				return nil, err
			}
			mask = m
		}
		return py.None, p.register(t, args[0], mask)
	})
	pollMethod("modify", func(t *py.Thread, p *Poll, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("modify", args, kw, 2, 2); err != nil {
			return nil, err
		}
		mask, err := maskArg(t, args[1])
		if err != nil {
			return nil, err
		}
		i, ok := p.index[key(args[0])]
		if !ok {
			return nil, py.NewOSError(2, nil)
		}
		p.entries[i].mask = mask
		return py.None, nil
	})
	pollMethod("unregister", func(t *py.Thread, p *Poll, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("unregister", args, kw, 1, 1); err != nil {
			return nil, err
		}
		p.unregister(args[0])
		return py.None, nil
	})
	pollMethod("poll", func(t *py.Thread, p *Poll, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("poll", args, kw, 0, 1); err != nil {
			return nil, err
		}
		var timeout py.Object
		if len(args) == 1 {
			timeout = args[0]
		}
		if err := p.wait(t, timeout); err != nil {
			return nil, err
		}
		out := make([]py.Object, len(p.ready))
		for i, e := range p.ready {
			out[i] = py.NewTuple(e.obj, py.Int(uint16(p.revents[i])))
		}
		return py.NewList(out...), nil
	})
	pollMethod("ipoll", func(t *py.Thread, p *Poll, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("ipoll", args, kw, 0, 2); err != nil {
			return nil, err
		}
		var timeout py.Object
		if len(args) >= 1 {
			timeout = args[0]
		}
		flags := 0
		if len(args) == 2 {
			f, err := py.IndexInt(t, args[1])
			if err != nil {
				return nil, err
			}
			flags = f
		}
		if err := p.wait(t, timeout); err != nil {
			return nil, err
		}
		if p.iterTuple == nil {
			p.iterTuple = py.NewTuple(py.None, py.Int(0))
		}
		it := &ipollIter{p: p, oneShot: flags&1 != 0,
			ready: append([]*entry(nil), p.ready...), revents: append([]int16(nil), p.revents...)}
		return it, nil
	})
}

// ipollIter yields the ready objects of one ipoll call, all in the poll
// object's one reused tuple.
type ipollIter struct {
	p       *Poll
	oneShot bool
	ready   []*entry
	revents []int16
	i       int
}

// IPollIterType is the type of ipoll's iterator.
var IPollIterType = py.NewBuiltinType("poll_iterator", py.ObjectType, nil)

// Type implements py.Object.
func (*ipollIter) Type() *py.Type { return IPollIterType }

// Next implements py.Iterator.
func (it *ipollIter) Next(t *py.Thread) (py.Object, error) {
	if it.i >= len(it.ready) {
		return nil, nil
	}
	e, ev := it.ready[it.i], it.revents[it.i]
	it.i++
	if it.oneShot {
		// Not polled again until modify()/register() sets a mask.
		e.mask = 0
	}
	tu := it.p.iterTuple
	tu.Items[0] = e.obj
	tu.Items[1] = py.Int(uint16(ev))
	return tu, nil
}

func init() {
	IPollIterType.AddMethod("__iter__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		return args[0], nil
	})
	IPollIterType.AddMethod("__next__", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		it, ok := args[0].(*ipollIter)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected poll_iterator")
		}
		r, err := it.Next(t)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, py.NewException(py.StopIteration)
		}
		return r, nil
	})
}
