package math

import (
	"math/big"

	"upy/py"
)

// The exact integer functions of the math module.

func addIntFunctions(m *py.Module) {
	m.SetFunc("factorial", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("factorial", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, py.Errorf(py.ValueError, "factorial() not defined for negative values")
		}
		if !n.IsInt64() {
			return nil, py.Errorf(py.OverflowError, "factorial() argument should not exceed 9223372036854775807")
		}
		if n.Int64() > 1<<22 {
			return nil, py.NewException(py.MemoryError)
		}
		return py.NewBig(new(big.Int).MulRange(1, n.Int64())), nil
	})
	m.SetFunc("gcd", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("gcd", kw); err != nil {
			return nil, err
		}
		acc := new(big.Int)
		for _, a := range args {
			b, err := intArg(t, a)
			if err != nil {
				return nil, err
			}
			acc.GCD(nil, nil, acc, new(big.Int).Abs(b))
		}
		return py.NewBig(acc), nil
	})
	m.SetFunc("lcm", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.NoKwargs("lcm", kw); err != nil {
			return nil, err
		}
		acc := big.NewInt(1)
		zero := false
		for _, a := range args {
			b, err := intArg(t, a)
			if err != nil {
				return nil, err
			}
			if b.Sign() == 0 || zero {
				zero = true
				continue
			}
			ab := new(big.Int).Abs(b)
			g := new(big.Int).GCD(nil, nil, acc, ab)
			acc.Mul(acc, ab.Quo(ab, g))
		}
		if zero {
			return py.Int(0), nil
		}
		return py.NewBig(acc), nil
	})
	m.SetFunc("isqrt", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("isqrt", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, py.Errorf(py.ValueError, "isqrt() argument must be nonnegative")
		}
		return py.NewBig(new(big.Int).Sqrt(n)), nil
	})
	m.SetFunc("comb", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("comb", args, kw, 2, 2); err != nil {
			return nil, err
		}
		n, k, err := nkArgs(t, args[0], args[1])
		if err != nil || n == nil {
			return py.Int(0), err
		}
		// C(n, k) == C(n, n-k): use the smaller k
		if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() || k.Int64() > 1<<24 {
			return nil, py.Errorf(py.OverflowError, "min(n - k, k) must not exceed %d", int64(1<<63-1))
		}
		kk := k.Int64()
		r := big.NewInt(1)
		f := new(big.Int)
		for i := int64(0); i < kk; i++ {
			f.Sub(n, big.NewInt(i))
			r.Mul(r, f)
			r.Quo(r, big.NewInt(i+1))
		}
		return py.NewBig(r), nil
	})
	m.SetFunc("perm", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("perm", args, kw, 1, 2); err != nil {
			return nil, err
		}
		kObj := args[0]
		if len(args) == 2 && args[1] != py.None {
			kObj = args[1]
		} else if n, err := intArg(t, args[0]); err == nil && n.Sign() < 0 {
			return nil, py.Errorf(py.ValueError, "factorial() not defined for negative values")
		}
		n, k, err := nkArgs(t, args[0], kObj)
		if err != nil || n == nil {
			return py.Int(0), err
		}
		if !k.IsInt64() || k.Int64() > 1<<24 {
			return nil, py.Errorf(py.OverflowError, "k must not exceed %d", int64(1<<63-1))
		}
		kk := k.Int64()
		r := big.NewInt(1)
		f := new(big.Int)
		for i := int64(0); i < kk; i++ {
			f.Sub(n, big.NewInt(i))
			r.Mul(r, f)
		}
		return py.NewBig(r), nil
	})
}

// nkArgs validates comb/perm arguments; n is nil when k > n (result 0).
func nkArgs(t *py.Thread, no, ko py.Object) (*big.Int, *big.Int, error) {
	n, err := intArg(t, no)
	if err != nil {
		return nil, nil, err
	}
	k, err := intArg(t, ko)
	if err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, py.Errorf(py.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, py.Errorf(py.ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return nil, nil, nil
	}
	return n, k, nil
}
