package compile

import (
	"reflect"

	"upy/syntax"
)

// futureFeatures are the names `from __future__ import` accepts (all are
// mandatory behaviour or no-ops in 3.11).
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// leadingFutures checks the __future__ imports that open a module (after
// an optional docstring), as CPython's future.c does, and returns them:
// any other `from __future__ import` is misplaced.
func leadingFutures(filename string, body []syntax.Stmt) (map[syntax.Stmt]bool, error) {
	ok := map[syntax.Stmt]bool{}
	for i, st := range body {
		if i == 0 {
			if e, isExpr := st.(*syntax.ExprStmt); isExpr {
				if c, isConst := e.Value.(*syntax.Constant); isConst {
					if _, isStr := c.Value.(string); isStr {
						continue
					}
				}
			}
		}
		imp, isImport := st.(*syntax.ImportFrom)
		if !isImport || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		for _, a := range imp.Names {
			if a.Name == "braces" {
				return nil, nodeError(filename, imp, 1, "not a chance")
			}
			if !futureFeatures[a.Name] {
				return nil, nodeError(filename, imp, 1, "future feature "+a.Name+" is not defined")
			}
		}
		ok[st] = true
	}
	return ok, nil
}

// checkPostponedAnnotation reports the expressions an annotation may not
// hold when `from __future__ import annotations` keeps it as text.
func (b *builder) checkPostponedAnnotation(e syntax.Expr) {
	var walk func(v reflect.Value)
	exprType := reflect.TypeOf((*syntax.Expr)(nil)).Elem()
	walk = func(v reflect.Value) {
		if b.err != nil || !v.IsValid() {
			return
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Type().Implements(exprType) {
				switch n := v.Interface().(type) {
				case *syntax.NamedExpr:
					b.errorAt(n, "'named expression' can not be used within an annotation")
				case *syntax.Yield, *syntax.YieldFrom:
					b.errorAt(n.(syntax.Expr), "'yield expression' can not be used within an annotation")
				case *syntax.Await:
					b.errorAt(n, "'await expression' can not be used within an annotation")
				}
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(&e).Elem())
}
