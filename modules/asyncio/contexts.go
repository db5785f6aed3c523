package asyncio

import "upy/py"

// contextvars support. Once the contextvars module is imported it calls
// asyncio._use_contextvars: from then on every task and callback gets a
// Context (a copy of the current one when it is made, or the one given
// with context=), made current around each of its steps. Programs that
// never import contextvars pay one nil check per step.

type contexts struct {
	mod  *py.Module          // the contextvars module (its _current is the current Context)
	copy py.Object           // contextvars.copy_context
	task map[*Task]py.Object // the Context of each unfinished task
}

// current returns a copy of the current Context for a new task or callback.
func (c *contexts) current(t *py.Thread) (py.Object, error) {
	return t.Call(c.copy, nil, nil)
}

// enter makes ctx current and returns the Context to restore.
func (c *contexts) enter(ctx py.Object) py.Object {
	prev := c.mod.Dict.GetString("_current")
	c.mod.Dict.SetString("_current", ctx)
	return prev
}

func (c *contexts) leave(prev py.Object) {
	if prev != nil {
		c.mod.Dict.SetString("_current", prev)
	}
}

// contextArg returns the context= keyword's value (nil when absent or None).
func contextArg(kw []py.Kwarg) py.Object {
	for _, k := range kw {
		if k.Name == "context" && k.Value != py.None {
			return k.Value
		}
	}
	return nil
}

// adoptContext gives a new task its Context: ctx, or a copy of the
// current one.
func (l *Loop) adoptContext(t *py.Thread, tk *Task, ctx py.Object) error {
	if l.ctx == nil {
		return nil
	}
	if ctx == nil {
		var err error
		if ctx, err = l.ctx.current(t); err != nil {
			return err
		}
	}
	l.ctx.task[tk] = ctx
	return nil
}

// handleContext gives a callback handle its Context, as adoptContext.
func (l *Loop) handleContext(t *py.Thread, h *Handle, ctx py.Object) error {
	if l.ctx == nil {
		return nil
	}
	if ctx == nil {
		var err error
		if ctx, err = l.ctx.current(t); err != nil {
			return err
		}
	}
	h.ctx = ctx
	return nil
}

// useContextvars is asyncio._use_contextvars(module).
func useContextvars(m *py.Module) {
	fn(m, "_use_contextvars", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("_use_contextvars", args, kw, 1, 1); err != nil {
			return nil, err
		}
		m, ok := args[0].(*py.Module)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected the contextvars module")
		}
		copyFn := m.Dict.GetString("copy_context")
		if copyFn == nil {
			return nil, py.Errorf(py.AttributeError, "contextvars has no copy_context")
		}
		l := loopOf(t)
		if l.ctx == nil {
			l.ctx = &contexts{mod: m, copy: copyFn, task: map[*Task]py.Object{}}
		}
		return py.None, nil
	})
}
