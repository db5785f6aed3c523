package re

import (
	"fmt"
	"strings"

	"upy/py"
)

// pyArgs binds the arguments of a module function written in Python in
// CPython (def f(a, b, c=0)) with the messages of Python function calls.
// names lists the parameters, the first nreq required; absent optional
// arguments are nil.
func pyArgs(fname string, args []py.Object, kw []py.Kwarg, nreq int, names ...string) ([]py.Object, error) {
	out := make([]py.Object, len(names))
	if len(args) > len(names) {
		takes := fmt.Sprintf("from %d to %d positional arguments", nreq, len(names))
		if nreq == len(names) {
			takes = fmt.Sprintf("%d positional argument%s", nreq, plural(nreq))
		}
		were := "were"
		if len(args) == 1 {
			were = "was"
		}
		return nil, py.Errorf(py.TypeError, "%s() takes %s but %d %s given", fname, takes, len(args), were)
	}
	copy(out, args)
kwLoop:
	for _, k := range kw {
		for i, n := range names {
			if n == k.Name {
				if out[i] != nil {
					return nil, py.Errorf(py.TypeError, "%s() got multiple values for argument '%s'", fname, n)
				}
				out[i] = k.Value
				continue kwLoop
			}
		}
		return nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k.Name)
	}
	var missing []string
	for i := 0; i < nreq; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	if len(missing) > 0 {
		var list string
		switch len(missing) {
		case 1:
			list = missing[0]
		case 2:
			list = missing[0] + " and " + missing[1]
		default:
			list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
		}
		return nil, py.Errorf(py.TypeError, "%s() missing %d required positional argument%s: %s", fname, len(missing), plural(len(missing)), list)
	}
	return out, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
