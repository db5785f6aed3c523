// Package math is the math module on Go's math package, with CPython's
// errors ("math domain error", "math range error") and exact integer
// functions (factorial, comb, perm, gcd, lcm, isqrt).
package math

import (
	gomath "math"
	"math/big"

	"upy/py"
)

func domain() error   { return py.Errorf(py.ValueError, "math domain error") }
func rangeErr() error { return py.Errorf(py.OverflowError, "math range error") }

func f1(name string, fn func(float64) (float64, error)) py.Native {
	return func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := py.ToFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		r, err := fn(x)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}
}

func plain(fn func(float64) float64, check bool) func(float64) (float64, error) {
	return func(x float64) (float64, error) {
		r := fn(x)
		if check && gomath.IsNaN(r) && !gomath.IsNaN(x) {
			return 0, domain()
		}
		if check && gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
			return 0, rangeErr()
		}
		return r, nil
	}
}

func bigArg(t *py.Thread, o py.Object, fname string) (*big.Int, error) {
	if _, ok := o.(py.Float); ok {
		return nil, py.Errorf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	v, err := py.Index(t, o)
	if err != nil {
		return nil, err
	}
	b, _ := py.ToBig(v)
	return b, nil
}

func init() {
	py.RegisterModule("math", func(t *py.Thread) (*py.Module, error) {
		m := py.NewModule("math")
		m.Set("pi", py.Float(gomath.Pi))
		m.Set("e", py.Float(gomath.E))
		m.Set("tau", py.Float(2*gomath.Pi))
		m.Set("inf", py.Float(gomath.Inf(1)))
		m.Set("nan", py.Float(gomath.NaN()))
		for name, fn := range map[string]func(float64) float64{
			"sin": gomath.Sin, "cos": gomath.Cos, "tan": gomath.Tan, "atan": gomath.Atan, "sinh": gomath.Sinh,
			"cosh": gomath.Cosh, "tanh": gomath.Tanh, "asinh": gomath.Asinh, "exp": gomath.Exp, "exp2": gomath.Exp2,
			"expm1": gomath.Expm1, "fabs": gomath.Abs, "erf": gomath.Erf, "erfc": gomath.Erfc, "cbrt": gomath.Cbrt,
			"degrees": func(x float64) float64 { return x * 180 / gomath.Pi },
			"radians": func(x float64) float64 { return x * gomath.Pi / 180 },
			"gamma":   gomath.Gamma,
		} {
			m.SetFunc(name, f1(name, plain(fn, true)))
		}
		for name, fn := range map[string]func(float64) float64{
			"sqrt": gomath.Sqrt, "log2": gomath.Log2, "log10": gomath.Log10, "log1p": gomath.Log1p,
			"asin": gomath.Asin, "acos": gomath.Acos, "acosh": gomath.Acosh, "atanh": gomath.Atanh,
		} {
			fn := fn
			m.SetFunc(name, f1(name, func(x float64) (float64, error) {
				r := fn(x)
				if gomath.IsNaN(r) && !gomath.IsNaN(x) || gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
					return 0, domain()
				}
				return r, nil
			}))
		}
		m.SetFunc("lgamma", f1("lgamma", func(x float64) (float64, error) {
			r, _ := gomath.Lgamma(x)
			if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
				return 0, domain()
			}
			return r, nil
		}))
		m.SetFunc("log", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("log", args, kw, 1, 2); err != nil {
				return nil, err
			}
			lg := func(o py.Object) (float64, error) {
				if b, ok := o.(*py.BigInt); ok && b.V.Sign() > 0 {
					// log of a huge int without overflowing to float
					n := b.V.BitLen() - 60
					top, _ := new(big.Float).SetInt(new(big.Int).Rsh(&b.V, uint(n))).Float64()
					return gomath.Log(top) + float64(n)*gomath.Ln2, nil
				}
				x, err := py.ToFloat(t, o)
				if err != nil {
					return 0, err
				}
				if x <= 0 {
					return 0, domain()
				}
				return gomath.Log(x), nil
			}
			x, err := lg(args[0])
			if err != nil {
				return nil, err
			}
			if len(args) == 2 {
				b, err := lg(args[1])
				if err != nil {
					return nil, err
				}
				if b == 0 {
					return nil, py.Errorf(py.ZeroDivisionError, "float division by zero")
				}
				return py.Float(x / b), nil
			}
			return py.Float(x), nil
		})
		f2 := func(name string, fn func(x, y float64) (float64, error)) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				if err := py.CheckArgs(name, args, kw, 2, 2); err != nil {
					return nil, err
				}
				x, err := py.ToFloat(t, args[0])
				if err != nil {
					return nil, err
				}
				y, err := py.ToFloat(t, args[1])
				if err != nil {
					return nil, err
				}
				r, err := fn(x, y)
				if err != nil {
					return nil, err
				}
				return py.Float(r), nil
			})
		}
		f2("atan2", func(x, y float64) (float64, error) { return gomath.Atan2(x, y), nil })
		f2("copysign", func(x, y float64) (float64, error) { return gomath.Copysign(x, y), nil })
		f2("pow", func(x, y float64) (float64, error) {
			if x == 0 && y < 0 {
				return 0, domain()
			}
			r := gomath.Pow(x, y)
			if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
				return 0, domain()
			}
			if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsInf(y, 0) {
				return 0, rangeErr()
			}
			return r, nil
		})
		f2("fmod", func(x, y float64) (float64, error) {
			if y == 0 && !gomath.IsNaN(x) {
				return 0, domain()
			}
			return gomath.Mod(x, y), nil
		})
		f2("remainder", func(x, y float64) (float64, error) { return gomath.Remainder(x, y), nil })
		f2("ldexp", func(x, y float64) (float64, error) { return gomath.Ldexp(x, int(y)), nil })
		f2("nextafter", func(x, y float64) (float64, error) { return gomath.Nextafter(x, y), nil })
		m.SetFunc("hypot", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			s := 0.0
			for _, a := range args {
				x, err := py.ToFloat(t, a)
				if err != nil {
					return nil, err
				}
				s = gomath.Hypot(s, x)
			}
			return py.Float(s), nil
		})
		m.SetFunc("dist", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("dist", args, kw, 2, 2); err != nil {
				return nil, err
			}
			p, err := py.ToSlice(t, args[0])
			if err != nil {
				return nil, err
			}
			q, err := py.ToSlice(t, args[1])
			if err != nil {
				return nil, err
			}
			if len(p) != len(q) {
				return nil, py.Errorf(py.ValueError, "both points must have the same number of dimensions")
			}
			s := 0.0
			for i := range p {
				a, _ := py.ToFloat(t, p[i])
				b, _ := py.ToFloat(t, q[i])
				s = gomath.Hypot(s, a-b)
			}
			return py.Float(s), nil
		})
		toInt := func(name string, fn func(float64) float64, method string) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				if err := py.CheckArgs(name, args, kw, 1, 1); err != nil {
					return nil, err
				}
				switch v := args[0].(type) {
				case py.Int, *py.BigInt:
					return v, nil
				case py.Float:
					return t.Call(py.IntType, []py.Object{py.Float(fn(float64(v)))}, nil)
				}
				r, found, err := py.CallSpecial(t, args[0], py.Intern(method))
				if found {
					return r, err
				}
				x, err := py.ToFloat(t, args[0])
				if err != nil {
					return nil, err
				}
				return t.Call(py.IntType, []py.Object{py.Float(fn(x))}, nil)
			})
		}
		toInt("floor", gomath.Floor, "__floor__")
		toInt("ceil", gomath.Ceil, "__ceil__")
		toInt("trunc", gomath.Trunc, "__trunc__")
		m.SetFunc("isnan", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			x, err := py.ToFloat(t, args[0])
			return py.NewBool(gomath.IsNaN(x)), err
		})
		m.SetFunc("isinf", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			x, err := py.ToFloat(t, args[0])
			return py.NewBool(gomath.IsInf(x, 0)), err
		})
		m.SetFunc("isfinite", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			x, err := py.ToFloat(t, args[0])
			return py.NewBool(!gomath.IsInf(x, 0) && !gomath.IsNaN(x)), err
		})
		m.SetFunc("isclose", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var a, b float64
			rel, abs := 1e-9, 0.0
			if err := py.UnpackArgs(t, "isclose", args, kw, "a", &a, "b", &b, "rel_tol?", &rel, "abs_tol?", &abs); err != nil {
				return nil, err
			}
			if a == b {
				return py.True, nil
			}
			if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
				return py.False, nil
			}
			d := gomath.Abs(a - b)
			return py.NewBool(d <= gomath.Abs(rel*b) || d <= gomath.Abs(rel*a) || d <= abs), nil
		})
		m.SetFunc("frexp", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			x, err := py.ToFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			fr, e := gomath.Frexp(x)
			return py.NewTuple(py.Float(fr), py.Int(e)), nil
		})
		m.SetFunc("modf", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			x, err := py.ToFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			i, f := gomath.Modf(x)
			return py.NewTuple(py.Float(f), py.Float(i)), nil
		})
		m.SetFunc("fsum", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			// exact summation with big floats, rounded once
			acc := new(big.Float).SetPrec(2048)
			special := 0.0
			err := py.Iterate(t, args[0], func(o py.Object) (bool, error) {
				x, err := py.ToFloat(t, o)
				if err != nil {
					return false, err
				}
				if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
					special += x
					return true, nil
				}
				acc.Add(acc, new(big.Float).SetPrec(2048).SetFloat64(x))
				return true, nil
			})
			if err != nil {
				return nil, err
			}
			if special != 0 || gomath.IsNaN(special) {
				return py.Float(special), nil
			}
			r, _ := acc.Float64()
			return py.Float(r), nil
		})
		m.SetFunc("prod", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			var it, start py.Object
			start = py.Int(1)
			if err := py.UnpackArgs(t, "prod", args, kw, "iterable", &it, "start?", &start); err != nil {
				return nil, err
			}
			acc := start
			err := py.Iterate(t, it, func(o py.Object) (bool, error) {
				r, err := py.BinaryOp(t, py.OpMul, acc, o)
				acc = r
				return err == nil, err
			})
			return acc, err
		})
		m.SetFunc("factorial", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			if err := py.CheckArgs("factorial", args, kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := bigArg(t, args[0], "factorial")
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return nil, py.Errorf(py.ValueError, "factorial() not defined for negative values")
			}
			if !n.IsInt64() || n.Int64() > 100000 {
				return nil, py.Errorf(py.OverflowError, "factorial() argument should not exceed 100000")
			}
			return py.NewBig(new(big.Int).MulRange(1, n.Int64())), nil
		})
		m.SetFunc("gcd", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			acc := new(big.Int)
			for _, a := range args {
				b, err := bigArg(t, a, "gcd")
				if err != nil {
					return nil, err
				}
				acc.GCD(nil, nil, new(big.Int).Abs(acc), new(big.Int).Abs(b))
			}
			return py.NewBig(acc), nil
		})
		m.SetFunc("lcm", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			acc := big.NewInt(1)
			for _, a := range args {
				b, err := bigArg(t, a, "lcm")
				if err != nil {
					return nil, err
				}
				if b.Sign() == 0 {
					return py.Int(0), nil
				}
				g := new(big.Int).GCD(nil, nil, acc, new(big.Int).Abs(b))
				acc.Mul(acc, new(big.Int).Quo(new(big.Int).Abs(b), g))
			}
			return py.NewBig(acc), nil
		})
		m.SetFunc("isqrt", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
			n, err := bigArg(t, args[0], "isqrt")
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return nil, py.Errorf(py.ValueError, "isqrt() argument must be nonnegative")
			}
			return py.NewBig(new(big.Int).Sqrt(n)), nil
		})
		combPerm := func(name string, comb bool) {
			m.SetFunc(name, func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
				if len(args) < 1 || len(args) > 2 {
					return nil, py.Errorf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
				}
				n, err := bigArg(t, args[0], name)
				if err != nil {
					return nil, err
				}
				k := new(big.Int).Set(n)
				if len(args) == 2 {
					if k, err = bigArg(t, args[1], name); err != nil {
						return nil, err
					}
				}
				if n.Sign() < 0 || k.Sign() < 0 {
					return nil, py.Errorf(py.ValueError, "%s must be a non-negative integer", map[bool]string{true: "n", false: "k"}[n.Sign() < 0])
				}
				if k.Cmp(n) > 0 {
					return py.Int(0), nil
				}
				nn, kk := n.Int64(), k.Int64()
				if comb {
					return py.NewBig(new(big.Int).Binomial(nn, kk)), nil
				}
				return py.NewBig(new(big.Int).MulRange(nn-kk+1, nn)), nil
			})
		}
		combPerm("comb", true)
		combPerm("perm", false)
		m.SetFunc("ulp", f1("ulp", func(x float64) (float64, error) {
			x = gomath.Abs(x)
			return gomath.Nextafter(x, gomath.Inf(1)) - x, nil
		}))
		return m, nil
	})
}
