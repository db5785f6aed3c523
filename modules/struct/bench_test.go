package structmod

import (
	"testing"

	"upy/py"
)

// The benchmarks time the calls of bench/programs/struct_pack.py through
// py.Thread.Call, as the VM makes them.
func benchCall(b *testing.B, fn py.Object, args ...py.Object) {
	th := py.NewInterp().Setup(py.Config{})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := th.Call(fn, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func recMethod(b *testing.B, name string) (py.Object, py.Object) {
	s, err := newStruct(py.NewStr("<IhdQ8s"))
	if err != nil {
		b.Fatal(err)
	}
	m := StructType.Dict.GetStr(py.Intern(name))
	return m, s
}

func BenchmarkStructPack(b *testing.B) {
	m, s := recMethod(b, "pack")
	benchCall(b, m, s, py.Int(123456), py.Int(-77), py.Float(0.5), py.Int(1<<40), py.NewBytes([]byte("name")))
}

func BenchmarkStructUnpack(b *testing.B) {
	m, s := recMethod(b, "unpack")
	benchCall(b, m, s, py.NewBytes(make([]byte, 30)))
}

func BenchmarkModulePack(b *testing.B) {
	f := Module().Get("pack")
	benchCall(b, f, py.NewStr(">HH"), py.Int(1000), py.Int(7))
}

func BenchmarkModuleUnpack(b *testing.B) {
	f := Module().Get("unpack")
	benchCall(b, f, py.NewStr(">HH"), py.NewBytes([]byte{1, 2, 3, 4}))
}

func BenchmarkPackInto(b *testing.B) {
	f := Module().Get("pack_into")
	benchCall(b, f, py.NewStr("<hh"), &py.ByteArray{B: make([]byte, 8)}, py.Int(2), py.Int(1000), py.Int(7))
}
