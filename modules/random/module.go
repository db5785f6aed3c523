package random

import (
	"math"
	"math/big"

	"upy/py"
)

// Generator is _random.Random.
type Generator struct{ mt mt }

// GeneratorType is _random.Random (random.Random subclasses it).
var GeneratorType = func() *py.Type {
	t := py.NewBuiltinType("Random", py.ObjectType, newGenerator)
	t.Module = "_random"
	return t
}()

func (*Generator) Type() *py.Type { return GeneratorType }

func newGenerator(t *py.Thread, cls *py.Type, args []py.Object, kw []py.Kwarg) (py.Object, error) {
	g := &Generator{}
	g.mt.seedRandom() // Random.__init__ seeds it again
	return g, nil
}

func gen(o py.Object) *Generator {
	if inst, ok := o.(*py.Instance); ok {
		o = inst.Base
	}
	return o.(*Generator)
}

func bigOf(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return &v.V, true
	}
	return nil, false
}

func init() {
	gm := func(name string, fn func(t *py.Thread, g *Generator, a []py.Object) (py.Object, error)) {
		GeneratorType.AddMethod(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if len(kw) > 0 {
				return nil, py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
			}
			return fn(t, gen(args[0]), args[1:])
		})
	}
	gm("random", func(t *py.Thread, g *Generator, a []py.Object) (py.Object, error) {
		return py.Float(g.mt.random()), nil
	})
	gm("getrandbits", func(t *py.Thread, g *Generator, a []py.Object) (py.Object, error) {
		if len(a) != 1 {
			return nil, py.Errorf(py.TypeError, "getrandbits() takes exactly one argument (%d given)", len(a))
		}
		kObj, err := py.Index(t, a[0])
		if err != nil {
			return nil, err
		}
		// k is a C int in CPython.
		k, ok := kObj.(py.Int)
		if !ok || k > math.MaxInt32 || k < math.MinInt32 {
			return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C int")
		}
		if k < 0 {
			return nil, py.Errorf(py.ValueError, "number of bits must be non-negative")
		}
		return py.NewBig(g.mt.getrandbits(int(k))), nil
	})
	// seed(n): the C level of Random.seed (str and bytes seeds are turned
	// into ints by lib/random.py).
	gm("seed", func(t *py.Thread, g *Generator, a []py.Object) (py.Object, error) {
		if len(a) == 0 || a[0] == py.None {
			g.mt.seedRandom()
			return py.None, nil
		}
		n, ok := bigOf(a[0])
		if !ok {
			// other objects seed by their hash, taken as unsigned
			h, err := py.Hash(t, a[0])
			if err != nil {
				return nil, err
			}
			g.mt.seedInt(new(big.Int).SetUint64(uint64(h)))
			return py.None, nil
		}
		g.mt.seedInt(new(big.Int).Abs(n))
		return py.None, nil
	})
	gm("getstate", func(t *py.Thread, g *Generator, a []py.Object) (py.Object, error) {
		items := make([]py.Object, mtN+1)
		for i, w := range g.mt.state {
			items[i] = py.Int(w)
		}
		items[mtN] = py.Int(g.mt.index)
		return py.NewTuple(items...), nil
	})
	gm("setstate", func(t *py.Thread, g *Generator, a []py.Object) (py.Object, error) {
		if len(a) != 1 {
			return nil, py.Errorf(py.TypeError, "setstate() takes exactly one argument (%d given)", len(a))
		}
		tu, ok := a[0].(*py.Tuple)
		if !ok {
			return nil, py.Errorf(py.TypeError, "state vector must be a tuple")
		}
		if len(tu.Items) != mtN+1 {
			return nil, py.Errorf(py.ValueError, "state vector is the wrong size")
		}
		var st [mtN]uint32
		for i := 0; i < mtN; i++ {
			n, ok := bigOf(tu.Items[i])
			if !ok || n.Sign() < 0 || n.BitLen() > 32 {
				return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C unsigned long")
			}
			st[i] = uint32(n.Uint64())
		}
		idx, ok := bigOf(tu.Items[mtN])
		if !ok || idx.Sign() < 0 || idx.Int64() > mtN {
			return nil, py.Errorf(py.ValueError, "invalid state")
		}
		g.mt.state, g.mt.index = st, int(idx.Int64())
		return py.None, nil
	})
	py.InstallNew(GeneratorType)

	py.RegisterModule("_random", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("_random")
		m.Set("Random", GeneratorType)
		return m, nil
	})
}
