package py

import (
	"fmt"
	"math"
	"testing"
)

func newTestThread() *Thread {
	ip := NewInterp()
	return ip.Setup(Config{})
}

func TestDictInsertDeleteOrder(t *testing.T) {
	th := newTestThread()
	d := NewDict()
	for i := 0; i < 1000; i++ {
		if err := d.SetItem(th, Int(i), Int(i*i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 1000; i += 2 {
		found, err := d.DelItem(th, Int(i))
		if err != nil || !found {
			t.Fatalf("delete %d: %v %v", i, found, err)
		}
	}
	if d.Len() != 500 {
		t.Fatalf("len %d", d.Len())
	}
	keys := d.Keys()
	for j, k := range keys {
		if k != Int(2*j+1) {
			t.Fatalf("order: key %d is %v", j, k)
		}
	}
	v, found, _ := d.GetItem(th, Int(999))
	if !found || v != Int(999*999) {
		t.Fatalf("lookup 999: %v %v", v, found)
	}
	// 1, 1.0 and True are the same key.
	d2 := NewDict()
	d2.SetItem(th, Int(1), NewStr("a"))
	d2.SetItem(th, Float(1.0), NewStr("b"))
	d2.SetItem(th, True, NewStr("c"))
	if d2.Len() != 1 {
		t.Fatalf("1, 1.0, True should be one key; len %d", d2.Len())
	}
	if v, _, _ := d2.GetItem(th, Int(1)); v.(*Str).S != "c" {
		t.Fatalf("value %v", v)
	}
}

func TestDictStrKeys(t *testing.T) {
	d := NewDict()
	for i := 0; i < 100; i++ {
		d.SetStr(NewStr(fmt.Sprint("k", i)), Int(i))
	}
	for i := 0; i < 100; i++ {
		if v := d.GetStr(Intern(fmt.Sprint("k", i))); v != Int(i) {
			t.Fatalf("k%d: %v", i, v)
		}
	}
	if d.GetStr(Intern("missing")) != nil {
		t.Fatal("missing key found")
	}
}

func TestHashes(t *testing.T) {
	cases := []struct {
		o    Object
		want int64
	}{
		{Int(1), 1}, {Int(-1), -2}, {Float(1.5), 1152921504606846977}, {Float(2.0), 2},
		{Int(1 << 62), 2}, {Float(math.Inf(1)), 314159}, {True, 1},
	}
	for _, c := range cases {
		h, err := Hash(nil, c.o)
		if err != nil || h != c.want {
			t.Errorf("hash(%v) = %d, %v; want %d", c.o, h, err, c.want)
		}
	}
	// CPython: hash((1, 2)) == -3550055125485641917
	h, err := Hash(nil, NewTuple(Int(1), Int(2)))
	if err != nil || h != -3550055125485641917 {
		t.Errorf("hash((1, 2)) = %d, want -3550055125485641917", h)
	}
}

func TestMRO(t *testing.T) {
	th := newTestThread()
	mk := func(name string, bases ...*Type) *Type {
		c, err := NewClass(th, nil, name, bases, NewDict())
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	o := mk("O")
	a := mk("A", o)
	b := mk("B", o)
	c := mk("C", o)
	d := mk("D", o)
	e := mk("E", o)
	k1 := mk("K1", a, b, c)
	k2 := mk("K2", d, b, e)
	k3 := mk("K3", d, a)
	z := mk("Z", k1, k2, k3)
	got := ""
	for _, x := range z.MRO {
		got += x.Name + " "
	}
	want := "Z K1 K2 K3 D A B C E O object "
	if got != want {
		t.Fatalf("MRO %q, want %q", got, want)
	}
	if _, err := NewClass(th, nil, "Bad", []*Type{o, a}, NewDict()); err == nil {
		t.Fatal("inconsistent MRO accepted")
	}
}

func TestAttributesAndDescriptors(t *testing.T) {
	th := newTestThread()
	ns := NewDict()
	ns.SetString("x", Int(1))
	getter := NewBuiltin("get", func(t *Thread, args []Object, kw []Kwarg) (Object, error) {
		return NewStr("prop"), nil
	})
	ns.SetString("p", &Property{Get: getter})
	cls, err := NewClass(th, nil, "C", nil, ns)
	if err != nil {
		t.Fatal(err)
	}
	obj, err := th.Call(cls, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := GetAttr(th, obj, Intern("x")); err != nil || v != Int(1) {
		t.Fatalf("class attribute: %v %v", v, err)
	}
	if err := SetAttr(th, obj, Intern("x"), Int(2)); err != nil {
		t.Fatal(err)
	}
	if v, _ := GetAttr(th, obj, Intern("x")); v != Int(2) {
		t.Fatalf("instance attribute: %v", v)
	}
	if v, _ := GetAttr(th, cls, Intern("x")); v != Int(1) {
		t.Fatalf("class attribute after instance set: %v", v)
	}
	if v, err := GetAttr(th, obj, Intern("p")); err != nil || v.(*Str).S != "prop" {
		t.Fatalf("property: %v %v", v, err)
	}
	if err := SetAttr(th, obj, Intern("p"), Int(3)); err == nil {
		t.Fatal("set on read-only property succeeded")
	} else if s := err.Error(); s != "AttributeError: property 'p' of 'C' object has no setter" && s != "AttributeError: property of 'C' object has no setter" {
		t.Fatalf("message: %s", s)
	}
	_, err = GetAttr(th, obj, Intern("nope"))
	if err == nil || err.Error() != "AttributeError: 'C' object has no attribute 'nope'" {
		t.Fatalf("missing attribute error: %v", err)
	}
}

func TestExceptionStrRepr(t *testing.T) {
	th := newTestThread()
	e := NewException(ValueError, NewStr("bad"))
	if s, _ := StrOf(th, e); s != "bad" {
		t.Errorf("str: %q", s)
	}
	if s, _ := Repr(th, e); s != "ValueError('bad')" {
		t.Errorf("repr: %q", s)
	}
	k := NewException(KeyError, NewStr("k"))
	if s, _ := StrOf(th, k); s != "'k'" {
		t.Errorf("KeyError str: %q", s)
	}
	o, err := th.Call(OSError, []Object{Int(2), NewStr("No such file or directory"), NewStr("f.txt")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.Type() != FileNotFoundError {
		t.Errorf("OSError(2, ...) is %s", o.Type().Name)
	}
	if s, _ := StrOf(th, o); s != "[Errno 2] No such file or directory: 'f.txt'" {
		t.Errorf("OSError str: %q", s)
	}
}

func TestStrIndexing(t *testing.T) {
	s := NewStr("aé€😀b")
	if s.Len() != 5 {
		t.Fatalf("len %d", s.Len())
	}
	want := []rune{'a', 'é', '€', '😀', 'b'}
	for i, r := range want {
		if s.At(i) != r {
			t.Errorf("At(%d) = %q", i, s.At(i))
		}
	}
	if s.Substr(1, 4) != "é€😀" {
		t.Errorf("Substr = %q", s.Substr(1, 4))
	}
	sur := RunesToStr([]rune{'x', 0xD800, 'y'})
	if sur.Len() != 3 || sur.At(1) != 0xD800 {
		t.Errorf("surrogate: len %d at1 %x", sur.Len(), sur.At(1))
	}
	if StrRepr(sur.S) != `'x\ud800y'` {
		t.Errorf("surrogate repr %s", StrRepr(sur.S))
	}
}

func TestUnpackArgs(t *testing.T) {
	th := newTestThread()
	var a Object
	var b int
	var c string = "dflt"
	err := UnpackArgs(th, "f", []Object{NewStr("x")}, []Kwarg{{Name: "b", Value: Int(3)}}, "a", &a, "b", &b, "c?", &c)
	if err != nil || b != 3 || c != "dflt" {
		t.Fatalf("%v %d %q", err, b, c)
	}
	err = UnpackArgs(th, "f", nil, nil, "a", &a)
	if err == nil || err.Error() != "TypeError: f() missing required argument 'a' (pos 1)" {
		t.Fatalf("missing: %v", err)
	}
	err = UnpackArgs(th, "f", nil, []Kwarg{{Name: "z", Value: None}}, "a?", &a)
	if err == nil || err.Error() != "TypeError: f() got an unexpected keyword argument 'z'" {
		t.Fatalf("unexpected: %v", err)
	}
}
