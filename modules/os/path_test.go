package os

import "testing"

func TestPosixPath(t *testing.T) {
	cases := []struct{ got, want string }{
		{joinPath("a", "/b"), "/b"},
		{joinPath("a/", "b"), "a/b"},
		{joinPath("", "b"), "b"},
		{normPath("a//b/../c/."), "a/c"},
		{normPath("//a"), "//a"},
		{normPath("///a"), "/a"},
		{normPath(""), "."},
		{normPath("../a/.."), ".."},
		{baseName("a/"), ""},
		{dirName("/a"), "/"},
		{expandVars("$"), "$"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q, want %q", i, c.got, c.want)
		}
	}
	if h, tl := splitPath("/"); h != "/" || tl != "" {
		t.Errorf("split('/') = %q %q", h, tl)
	}
	if r, e := splitExt(".bashrc"); r != ".bashrc" || e != "" {
		t.Errorf("splitext('.bashrc') = %q %q", r, e)
	}
	if r, e := splitExt("a/b.c.d"); r != "a/b.c" || e != ".d" {
		t.Errorf("splitext = %q %q", r, e)
	}
	if r, _ := relPath("/a/b", "/a/c/d"); r != "../../b" {
		t.Errorf("relpath = %q", r)
	}
}
