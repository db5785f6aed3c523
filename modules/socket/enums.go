package socket

import (
	"strings"
	"sync"

	"upy/py"
)

// CPython's AF_* and SOCK_* constants are members of the IntEnums
// AddressFamily and SocketKind (lib/_socket_enums.py): ints whose repr
// names them, as do socket.family/type and getaddrinfo's results.

type enumTable struct {
	family, kind map[int]py.Object
}

var enumTables sync.Map // *py.Interp -> *enumTable

// makeEnums replaces the module's AF_*/SOCK_* ints by enum members. Without
// the helper module the constants stay plain ints.
func makeEnums(t *py.Thread, m *py.Module) {
	em, err := t.Import("_socket_enums")
	if err != nil {
		return
	}
	mk := em.Dict.GetString("_make")
	tab := &enumTable{family: map[int]py.Object{}, kind: map[int]py.Object{}}
	for _, e := range []struct {
		cls, prefix string
		into        map[int]py.Object
	}{{"AddressFamily", "AF_", tab.family}, {"SocketKind", "SOCK_", tab.kind}} {
		var pairs []py.Object
		for _, c := range constants {
			if strings.HasPrefix(c.name, e.prefix) && !(e.prefix == "SOCK_" && (c.name == "SOCK_NONBLOCK" || c.name == "SOCK_CLOEXEC")) {
				pairs = append(pairs, py.NewTuple(py.NewStr(c.name), py.Int(c.value)))
			}
		}
		cls, err := t.Call(mk, []py.Object{py.NewStr(e.cls), py.NewList(pairs...)}, nil)
		if err != nil {
			return
		}
		m.Set(e.cls, cls)
		for _, p := range pairs {
			name := p.(*py.Tuple).Items[0].(*py.Str).S
			member, err := py.GetAttrString(t, cls, name)
			if err != nil {
				return
			}
			m.Set(name, member)
			v := int(p.(*py.Tuple).Items[1].(py.Int))
			if _, dup := e.into[v]; !dup {
				e.into[v] = member
			}
		}
	}
	enumTables.Store(t.Interp, tab)
}

// familyObj and kindObj return a socket's family and type as CPython
// shows them (enum members when known).
func familyObj(t *py.Thread, v int) py.Object { return enumOf(t, v, true) }

func kindObj(t *py.Thread, v int) py.Object { return enumOf(t, v, false) }

func enumOf(t *py.Thread, v int, family bool) py.Object {
	if x, ok := enumTables.Load(t.Interp); ok {
		tab := x.(*enumTable)
		m := tab.kind
		if family {
			m = tab.family
		}
		if o := m[v]; o != nil {
			return o
		}
	}
	return py.Int(v)
}
