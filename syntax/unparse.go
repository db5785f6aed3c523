package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unparse renders an expression as CPython's ast unparser does (the text
// `from __future__ import annotations` stores for an annotation).
func Unparse(e Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

// Precedence levels of CPython's ast_unparse.c, lowest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr // also bitwise or
	prBXor
	prBAnd
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

type unparser struct{ b strings.Builder }

func (u *unparser) s(s string) { u.b.WriteString(s) }

func (u *unparser) open(cond bool, s string) {
	if cond {
		u.s(s)
	}
}

var binOps = [...]struct {
	s  string
	pr int
}{
	Add: {" + ", prArith}, Sub: {" - ", prArith}, Mult: {" * ", prTerm}, MatMult: {" @ ", prTerm},
	Div: {" / ", prTerm}, Mod: {" % ", prTerm}, Pow: {" ** ", prPower}, LShift: {" << ", prShift},
	RShift: {" >> ", prShift}, BitOr: {" | ", prExpr}, BitXor: {" ^ ", prBXor}, BitAnd: {" & ", prBAnd},
	FloorDiv: {" // ", prTerm},
}

var cmpOps = [...]string{Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ",
	Is: " is ", IsNot: " is not ", In: " in ", NotIn: " not in "}

func (u *unparser) list(es []Expr, pr int) {
	for i, e := range es {
		if i > 0 {
			u.s(", ")
		}
		u.expr(e, pr)
	}
}

func (u *unparser) expr(e Expr, level int) {
	switch x := e.(type) {
	case *BoolOp:
		pr, op := prAnd, " and "
		if x.Op == Or {
			pr, op = prOr, " or "
		}
		u.open(level > pr, "(")
		for i, v := range x.Values {
			if i > 0 {
				u.s(op)
			}
			u.expr(v, pr+1)
		}
		u.open(level > pr, ")")
	case *NamedExpr:
		u.open(level > prTuple, "(")
		u.expr(x.Target, prAtom)
		u.s(" := ")
		u.expr(x.Value, prAtom)
		u.open(level > prTuple, ")")
	case *BinOp:
		op := binOps[x.Op]
		right := 0
		if x.Op == Pow {
			right = 1
		}
		u.open(level > op.pr, "(")
		u.expr(x.Left, op.pr+right)
		u.s(op.s)
		u.expr(x.Right, op.pr+1-right)
		u.open(level > op.pr, ")")
	case *UnaryOp:
		pr, op := prFactor, map[UnaryOpKind]string{Invert: "~", UAdd: "+", USub: "-"}[x.Op]
		if x.Op == Not {
			pr, op = prNot, "not "
		}
		u.open(level > pr, "(")
		u.s(op)
		u.expr(x.Operand, pr)
		u.open(level > pr, ")")
	case *Lambda:
		u.open(level > prTest, "(")
		// CPython puts the space only before positional parameters
		// ("lambda*, a: 0")
		if len(x.Args.Args)+len(x.Args.PosOnlyArgs) > 0 {
			u.s("lambda ")
		} else {
			u.s("lambda")
		}
		u.s(u.argsText(x.Args))
		u.s(": ")
		u.expr(x.Body, prTest)
		u.open(level > prTest, ")")
	case *IfExp:
		u.open(level > prTest, "(")
		u.expr(x.Body, prTest+1)
		u.s(" if ")
		u.expr(x.Test, prTest+1)
		u.s(" else ")
		u.expr(x.OrElse, prTest)
		u.open(level > prTest, ")")
	case *Dict:
		u.s("{")
		for i, k := range x.Keys {
			if i > 0 {
				u.s(", ")
			}
			if k == nil {
				u.s("**")
				u.expr(x.Values[i], prExpr)
				continue
			}
			u.expr(k, prTest)
			u.s(": ")
			u.expr(x.Values[i], prTest)
		}
		u.s("}")
	case *Set:
		if len(x.Elts) == 0 {
			u.s("{*()}")
			break
		}
		u.s("{")
		u.list(x.Elts, prTest)
		u.s("}")
	case *ListComp:
		u.comprehension("[", x.Elt, x.Generators, "]")
	case *SetComp:
		u.comprehension("{", x.Elt, x.Generators, "}")
	case *DictComp:
		u.s("{")
		u.expr(x.Key, prTest)
		u.s(": ")
		u.expr(x.Value, prTest)
		u.comps(x.Generators)
		u.s("}")
	case *GeneratorExp:
		u.comprehension("(", x.Elt, x.Generators, ")")
	case *Await:
		u.open(level > prAwait, "(")
		u.s("await ")
		u.expr(x.Value, prAtom)
		u.open(level > prAwait, ")")
	case *Yield:
		u.s("(yield")
		if x.Value != nil {
			u.s(" ")
			u.expr(x.Value, prTest)
		}
		u.s(")")
	case *YieldFrom:
		u.s("(yield from ")
		u.expr(x.Value, prTest)
		u.s(")")
	case *Compare:
		u.open(level > prCmp, "(")
		u.expr(x.Left, prCmp+1)
		for i, op := range x.Ops {
			u.s(cmpOps[op])
			u.expr(x.Comparators[i], prCmp+1)
		}
		u.open(level > prCmp, ")")
	case *Call:
		u.expr(x.Func, prAtom)
		if len(x.Args) == 1 && len(x.Keywords) == 0 {
			if g, ok := x.Args[0].(*GeneratorExp); ok {
				u.expr(g, prTest)
				break
			}
		}
		u.s("(")
		u.list(x.Args, prTest)
		for i, k := range x.Keywords {
			if i > 0 || len(x.Args) > 0 {
				u.s(", ")
			}
			if k.Arg == "" {
				u.s("**")
			} else {
				u.s(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.s(")")
	case *Constant:
		u.s(constantText(x.Value))
	case *JoinedStr:
		u.s(fstringText(x))
	case *FormattedValue:
		u.s(fstringText(&JoinedStr{Values: []Expr{x}}))
	case *Attribute:
		u.expr(x.Value, prAtom)
		if c, ok := x.Value.(*Constant); ok && isIntConst(c.Value) {
			u.s(" ")
		}
		u.s("." + x.Attr)
	case *Subscript:
		u.expr(x.Value, prAtom)
		u.s("[")
		if t, ok := x.Slice.(*Tuple); ok && len(t.Elts) > 0 {
			u.list(t.Elts, prTest)
			if len(t.Elts) == 1 {
				u.s(",")
			}
		} else {
			u.expr(x.Slice, prTuple)
		}
		u.s("]")
	case *Starred:
		u.s("*")
		u.expr(x.Value, prExpr)
	case *Name:
		u.s(x.Id)
	case *List:
		u.s("[")
		u.list(x.Elts, prTest)
		u.s("]")
	case *Tuple:
		if len(x.Elts) == 0 {
			u.s("()")
			break
		}
		u.open(level > prTuple, "(")
		u.list(x.Elts, prTest)
		if len(x.Elts) == 1 {
			u.s(",")
		}
		u.open(level > prTuple, ")")
	case *Slice:
		if x.Lower != nil {
			u.expr(x.Lower, prTest)
		}
		u.s(":")
		if x.Upper != nil {
			u.expr(x.Upper, prTest)
		}
		if x.Step != nil {
			u.s(":")
			u.expr(x.Step, prTest)
		}
	}
}

// comprehension writes a list, set or generator comprehension between
// its brackets.
func (u *unparser) comprehension(open string, elt Expr, gens []*Comprehension, close string) {
	u.s(open)
	u.expr(elt, prTest)
	u.comps(gens)
	u.s(close)
}

func (u *unparser) comps(gens []*Comprehension) {
	for _, g := range gens {
		if g.IsAsync {
			u.s(" async for ")
		} else {
			u.s(" for ")
		}
		u.expr(g.Target, prTuple)
		u.s(" in ")
		u.expr(g.Iter, prTest+1)
		for _, c := range g.Ifs {
			u.s(" if ")
			u.expr(c, prTest+1)
		}
	}
}

// argsText renders a lambda's parameters.
func (u *unparser) argsText(a *Arguments) string {
	var parts []string
	var sub unparser
	render := func(e Expr) string {
		sub.b.Reset()
		sub.expr(e, prTest)
		return sub.b.String()
	}
	pos := append(append([]*Arg(nil), a.PosOnlyArgs...), a.Args...)
	firstDefault := len(pos) - len(a.Defaults)
	for i, p := range pos {
		s := p.Name
		if i >= firstDefault {
			s += "=" + render(a.Defaults[i-firstDefault])
		}
		parts = append(parts, s)
		if i == len(a.PosOnlyArgs)-1 {
			parts = append(parts, "/")
		}
	}
	if a.VarArg != nil {
		parts = append(parts, "*"+a.VarArg.Name)
	} else if len(a.KwOnlyArgs) > 0 {
		parts = append(parts, "*")
	}
	for i, k := range a.KwOnlyArgs {
		s := k.Name
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			s += "=" + render(a.KwDefaults[i])
		}
		parts = append(parts, s)
	}
	if a.KwArg != nil {
		parts = append(parts, "**"+a.KwArg.Name)
	}
	return strings.Join(parts, ", ")
}

func isIntConst(v any) bool {
	switch v.(type) {
	case int64, *big.Int:
		return true
	}
	return false
}

// constantText is repr() of a constant (infinities as 1e309, which reads
// back as one).
func constantText(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return floatText(x)
	case complex128:
		// complex repr writes integral parts without ".0"
		part := func(f float64) string { return strings.TrimSuffix(floatText(f), ".0") }
		if real(x) == 0 && !math.Signbit(real(x)) {
			return part(imag(x)) + "j"
		}
		im := part(imag(x))
		if !strings.HasPrefix(im, "-") {
			im = "+" + im
		}
		return "(" + part(real(x)) + im + "j)"
	case string:
		return strRepr(x)
	case []byte:
		return "b" + bytesRepr(x)
	case Ellipsis:
		return "..."
	}
	return "?"
}

// floatText is float repr (shortest round-trip digits).
func floatText(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "1e309"
	case math.IsInf(f, -1):
		return "-1e309"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	if e < -4 || e >= 16 {
		// Python writes at least two exponent digits
		es := strings.TrimLeft(exp[1:], "0")
		for len(es) < 2 {
			es = "0" + es
		}
		return mant + "e" + exp[:1] + es
	}
	s = strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// strRepr is repr(str).
func strRepr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x80 || unicode.IsPrint(r) && r != utf8.RuneError:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x10000:
			b.WriteString(`\u` + hex2(int(r)>>8) + hex2(int(r)&0xff))
		default:
			b.WriteString(`\U000` + strconv.FormatInt(int64(r)|0x100000, 16)[1:])
		}
	}
	b.WriteByte(q)
	return b.String()
}

// bytesRepr is repr(bytes) without the b prefix.
func bytesRepr(x []byte) string {
	q := byte('\'')
	if strings.IndexByte(string(x), '\'') >= 0 && strings.IndexByte(string(x), '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, c := range x {
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func hex2(n int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[n>>4&15], digits[n&15]})
}

// fstringText renders an f-string: its body is built with the
// replacement fields in braces, then quoted as a str repr is.
func fstringText(j *JoinedStr) string {
	var body strings.Builder
	var walk func(vals []Expr, spec bool)
	walk = func(vals []Expr, spec bool) {
		for _, v := range vals {
			switch x := v.(type) {
			case *Constant:
				s, _ := x.Value.(string)
				s = strings.ReplaceAll(strings.ReplaceAll(s, "{", "{{"), "}", "}}")
				body.WriteString(s)
			case *FormattedValue:
				var u unparser
				u.expr(x.Value, prTest+1)
				inner := u.b.String()
				body.WriteString("{")
				if strings.HasPrefix(inner, "{") {
					body.WriteString(" ")
				}
				body.WriteString(inner)
				if x.Conversion > 0 {
					body.WriteString("!" + string(rune(x.Conversion)))
				}
				if x.FormatSpec != nil {
					body.WriteString(":")
					if js, ok := x.FormatSpec.(*JoinedStr); ok {
						walk(js.Values, true)
					}
				}
				body.WriteString("}")
			}
		}
	}
	walk(j.Values, false)
	return "f" + strRepr(body.String())
}
