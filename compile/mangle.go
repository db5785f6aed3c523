package compile

import (
	"strings"

	"upy/syntax"
)

// Private name mangling: inside a class body (and the functions nested
// in it) an identifier __x that does not end in __ stands for _Class__x,
// as in CPython. The pass rewrites the tree before scope analysis; the
// names of defined functions and classes keep their __name__ and record
// the mangled variable in Binding.

func bindingName(name, binding string) string {
	if binding != "" {
		return binding
	}
	return name
}

// mangle returns name as seen inside class private ("" outside classes).
func mangle(private, name string) string {
	if private == "" || len(name) < 3 || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	cls := strings.TrimLeft(private, "_")
	if cls == "" {
		return name
	}
	return "_" + cls + name
}

func mangleStmts(list []syntax.Stmt, p string) {
	for _, s := range list {
		mangleStmt(s, p)
	}
}

func mangleExprs(list []syntax.Expr, p string) {
	for _, e := range list {
		mangleExpr(e, p)
	}
}

func mangleArgs(a *syntax.Arguments, p string) {
	if a == nil {
		return
	}
	arg := func(x *syntax.Arg) {
		if x != nil {
			x.Name = mangle(p, x.Name)
			mangleExpr(x.Annotation, p)
		}
	}
	for _, x := range a.PosOnlyArgs {
		arg(x)
	}
	for _, x := range a.Args {
		arg(x)
	}
	arg(a.VarArg)
	for _, x := range a.KwOnlyArgs {
		arg(x)
	}
	arg(a.KwArg)
	mangleExprs(a.Defaults, p)
	mangleExprs(a.KwDefaults, p)
}

func mangleNames(names []string, p string) {
	for i, n := range names {
		names[i] = mangle(p, n)
	}
}

func mangleStmt(st syntax.Stmt, p string) {
	switch s := st.(type) {
	case *syntax.FunctionDef:
		mangleExprs(s.DecoratorList, p)
		mangleArgs(s.Args, p)
		mangleExpr(s.Returns, p)
		if m := mangle(p, s.Name); m != s.Name {
			s.Binding = m
		}
		mangleStmts(s.Body, p)
	case *syntax.ClassDef:
		mangleExprs(s.DecoratorList, p)
		mangleExprs(s.Bases, p)
		for _, k := range s.Keywords {
			mangleExpr(k.Value, p)
		}
		if m := mangle(p, s.Name); m != s.Name {
			s.Binding = m
		}
		mangleStmts(s.Body, s.Name)
	case *syntax.Return:
		mangleExpr(s.Value, p)
	case *syntax.Delete:
		mangleExprs(s.Targets, p)
	case *syntax.Assign:
		mangleExprs(s.Targets, p)
		mangleExpr(s.Value, p)
	case *syntax.AugAssign:
		mangleExpr(s.Target, p)
		mangleExpr(s.Value, p)
	case *syntax.AnnAssign:
		mangleExpr(s.Target, p)
		mangleExpr(s.Annotation, p)
		mangleExpr(s.Value, p)
	case *syntax.For:
		mangleExpr(s.Target, p)
		mangleExpr(s.Iter, p)
		mangleStmts(s.Body, p)
		mangleStmts(s.OrElse, p)
	case *syntax.While:
		mangleExpr(s.Test, p)
		mangleStmts(s.Body, p)
		mangleStmts(s.OrElse, p)
	case *syntax.If:
		mangleExpr(s.Test, p)
		mangleStmts(s.Body, p)
		mangleStmts(s.OrElse, p)
	case *syntax.With:
		for _, it := range s.Items {
			mangleExpr(it.ContextExpr, p)
			mangleExpr(it.OptionalVars, p)
		}
		mangleStmts(s.Body, p)
	case *syntax.Raise:
		mangleExpr(s.Exc, p)
		mangleExpr(s.Cause, p)
	case *syntax.Try:
		mangleStmts(s.Body, p)
		for _, h := range s.Handlers {
			mangleExpr(h.Type, p)
			h.Name = mangle(p, h.Name)
			mangleStmts(h.Body, p)
		}
		mangleStmts(s.OrElse, p)
		mangleStmts(s.FinalBody, p)
	case *syntax.Assert:
		mangleExpr(s.Test, p)
		mangleExpr(s.Msg, p)
	case *syntax.Import:
		if p == "" {
			return
		}
		for _, a := range s.Names {
			if a.AsName != "" {
				a.AsName = mangle(p, a.AsName)
			} else if m := mangle(p, a.Name); m != a.Name {
				a.AsName = m
			}
		}
	case *syntax.ImportFrom:
		if p == "" {
			return
		}
		for _, a := range s.Names {
			if a.AsName != "" {
				a.AsName = mangle(p, a.AsName)
			} else if m := mangle(p, a.Name); m != a.Name {
				a.AsName = m
			}
		}
	case *syntax.Global:
		mangleNames(s.Names, p)
	case *syntax.Nonlocal:
		mangleNames(s.Names, p)
	case *syntax.ExprStmt:
		mangleExpr(s.Value, p)
	default:
		mangleOther(st, p)
	}
}

func mangleComp(gens []*syntax.Comprehension, p string) {
	for _, g := range gens {
		mangleExpr(g.Target, p)
		mangleExpr(g.Iter, p)
		mangleExprs(g.Ifs, p)
	}
}

func mangleExpr(e syntax.Expr, p string) {
	switch x := e.(type) {
	case nil:
	case *syntax.Name:
		x.Id = mangle(p, x.Id)
	case *syntax.Attribute:
		mangleExpr(x.Value, p)
		x.Attr = mangle(p, x.Attr)
	case *syntax.BoolOp:
		mangleExprs(x.Values, p)
	case *syntax.NamedExpr:
		mangleExpr(x.Target, p)
		mangleExpr(x.Value, p)
	case *syntax.BinOp:
		mangleExpr(x.Left, p)
		mangleExpr(x.Right, p)
	case *syntax.UnaryOp:
		mangleExpr(x.Operand, p)
	case *syntax.Lambda:
		mangleArgs(x.Args, p)
		mangleExpr(x.Body, p)
	case *syntax.IfExp:
		mangleExpr(x.Test, p)
		mangleExpr(x.Body, p)
		mangleExpr(x.OrElse, p)
	case *syntax.Dict:
		mangleExprs(x.Keys, p)
		mangleExprs(x.Values, p)
	case *syntax.Set:
		mangleExprs(x.Elts, p)
	case *syntax.ListComp:
		mangleExpr(x.Elt, p)
		mangleComp(x.Generators, p)
	case *syntax.SetComp:
		mangleExpr(x.Elt, p)
		mangleComp(x.Generators, p)
	case *syntax.DictComp:
		mangleExpr(x.Key, p)
		mangleExpr(x.Value, p)
		mangleComp(x.Generators, p)
	case *syntax.GeneratorExp:
		mangleExpr(x.Elt, p)
		mangleComp(x.Generators, p)
	case *syntax.Await:
		mangleExpr(x.Value, p)
	case *syntax.Yield:
		mangleExpr(x.Value, p)
	case *syntax.YieldFrom:
		mangleExpr(x.Value, p)
	case *syntax.Compare:
		mangleExpr(x.Left, p)
		mangleExprs(x.Comparators, p)
	case *syntax.Call:
		mangleExpr(x.Func, p)
		mangleExprs(x.Args, p)
		for _, k := range x.Keywords {
			mangleExpr(k.Value, p)
		}
	case *syntax.FormattedValue:
		mangleExpr(x.Value, p)
		mangleExpr(x.FormatSpec, p)
	case *syntax.JoinedStr:
		mangleExprs(x.Values, p)
	case *syntax.Subscript:
		mangleExpr(x.Value, p)
		mangleExpr(x.Slice, p)
	case *syntax.Starred:
		mangleExpr(x.Value, p)
	case *syntax.List:
		mangleExprs(x.Elts, p)
	case *syntax.Tuple:
		mangleExprs(x.Elts, p)
	case *syntax.Slice:
		mangleExpr(x.Lower, p)
		mangleExpr(x.Upper, p)
		mangleExpr(x.Step, p)
	}
}

// mangleOther handles statements without names of their own.
func mangleOther(st syntax.Stmt, p string) {}
