package py

import (
	"math"
	"math/big"
	"testing"
)

func TestFloatRepr(t *testing.T) {
	cases := map[float64]string{
		1: "1.0", 0.1: "0.1", 1e16: "1e+16", 1.5e-7: "1.5e-07", 123456789012345: "123456789012345.0",
		1e22: "1e+22", math.Inf(1): "inf", math.Inf(-1): "-inf", math.NaN(): "nan", math.Copysign(0, -1): "-0.0",
		1e-4: "0.0001", 1e-5: "1e-05", 5e-324: "5e-324", 0.30000000000000004: "0.30000000000000004",
	}
	for f, want := range cases {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestComplexRepr(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct {
		c    complex128
		want string
	}{
		{complex(1, 2), "(1+2j)"}, {complex(0, 2), "2j"}, {complex(math.Copysign(0, -1), -1), "(-0-1j)"},
		{complex(nan, inf), "(nan+infj)"}, {complex(0, 1e16), "1e+16j"},
	}
	for _, c := range cases {
		if got := complexRepr(c.c); got != c.want {
			t.Errorf("complexRepr(%v) = %q, want %q", c.c, got, c.want)
		}
	}
}

func TestIntArithmetic(t *testing.T) {
	r, ok, err := numericBinary(nil, OpAdd, Int(math.MaxInt64), Int(1))
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	b, isBig := r.(*BigInt)
	if !isBig || b.V.String() != "9223372036854775808" {
		t.Errorf("overflow add = %v", r)
	}
	r, _, _ = numericBinary(nil, OpSub, r, Int(1))
	if r != Int(math.MaxInt64) {
		t.Errorf("normalization failed: %#v", r)
	}
	for _, c := range []struct {
		op         BinOp
		x, y, want int64
	}{
		{OpFloorDiv, -7, 2, -4}, {OpMod, -7, 2, 1}, {OpFloorDiv, 7, -2, -4}, {OpMod, 7, -2, -1},
		{OpMul, 3037000500, 3, 9111001500}, {OpLShift, 1, 62, 1 << 62}, {OpRShift, -5, 1, -3}, {OpPow, 3, 4, 81},
	} {
		r, _, err := numericBinary(nil, c.op, Int(c.x), Int(c.y))
		if err != nil || r != Int(c.want) {
			t.Errorf("%d %s %d = %v, %v; want %d", c.x, c.op.Symbol(), c.y, r, err, c.want)
		}
	}
	if _, _, err := numericBinary(nil, OpMod, Int(1), Int(0)); err == nil || exceptionStr(err.(*Exception)) != "integer modulo by zero" {
		t.Errorf("1 %% 0: %v", err)
	}
	if r, _, _ := numericBinary(nil, OpAnd, True, False); r != False {
		t.Errorf("True & False = %v", r)
	}
}

func TestCompareExact(t *testing.T) {
	c, ok := compareNumbers(NewBig(new(big.Int).Add(new(big.Int).Lsh(bigOne, 53), bigOne)), Float(1<<53))
	if !ok || c != 1 {
		t.Errorf("2**53+1 vs float(2**53): %d", c)
	}
	if c, _ := compareNumbers(Int(1<<53+1), Float(1<<53)); c != 1 {
		t.Errorf("int64 2**53+1 vs float: %d", c)
	}
	if c, _ := compareNumbers(Float(math.NaN()), Int(1)); c != 2 {
		t.Errorf("nan compare: %d", c)
	}
}

func TestParse(t *testing.T) {
	if r, err := IntFromString("  -1_000 ", 10); err != nil || r != Int(-1000) {
		t.Errorf("IntFromString: %v %v", r, err)
	}
	if r, err := IntFromString("0x1f", 0); err != nil || r != Int(31) {
		t.Errorf("IntFromString 0x1f: %v %v", r, err)
	}
	if _, err := IntFromString("010", 0); err == nil {
		t.Error("010 base 0 accepted")
	}
	if f, err := FloatFromString(" 1_0.5 "); err != nil || f != 10.5 {
		t.Errorf("FloatFromString: %v %v", f, err)
	}
	if _, err := FloatFromString("1__0"); err == nil {
		t.Error("1__0 accepted")
	}
	if c, err := ComplexFromString("(1-2.5j)"); err != nil || c != complex(1, -2.5) {
		t.Errorf("ComplexFromString: %v %v", c, err)
	}
}

func TestPowAccuracy(t *testing.T) {
	// exactly representable results must be exact
	for _, c := range []struct{ x, y, want float64 }{
		{10, 22, 1e22}, {2, -1074, 5e-324}, {10, -2, 0.01}, {4, 1.5, 8}, {9, 0.5, 3}, {2, 0.5, math.Sqrt2},
	} {
		if got := powPositive(c.x, c.y); got != c.want {
			t.Errorf("pow(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
	if s, c := SinCos(math.Pi / 2); c != 6.123233995736766e-17 || s != 1 {
		t.Errorf("SinCos(pi/2) = %v %v", s, c)
	}
}

func TestFormatNumber(t *testing.T) {
	cases := []struct {
		v          Object
		spec, want string
	}{
		{Int(1234), "09,", "0,001,234"}, {Int(255), "#010_x", "0x000_00ff"}, {Float(1e100), ",.2e", "1.00e+100"},
		{True, "d", "1"}, {True, "", "True"}, {Float(12.0), ".2", "1.2e+01"}, {Complex(complex(1, 2)), ".2f", "1.00+2.00j"},
		{Float(math.Copysign(0, -1)), "z.1f", "0.0"}, {Int(5), "<05", "50000"},
	}
	for _, c := range cases {
		got, err := FormatNumber(c.v, c.spec)
		if err != nil || got != c.want {
			t.Errorf("format(%v, %q) = %q, %v; want %q", c.v, c.spec, got, err, c.want)
		}
	}
}

func TestRound(t *testing.T) {
	r, err := roundFloat(2.675, 2)
	if err != nil || r != Float(2.67) {
		t.Errorf("round(2.675, 2) = %v", r)
	}
	r, _ = roundInt(Int(125), -1)
	if r != Int(120) {
		t.Errorf("round(125, -1) = %v", r)
	}
}
