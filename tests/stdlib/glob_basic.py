# glob: patterns, recursive **, hidden files, root_dir, escape, iglob
import glob, os, tempfile

base = tempfile.mkdtemp()
def mk(rel, data="x"):
    p = os.path.join(base, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f: f.write(data)
for rel in ["a.py", "b.py", "c.txt", ".hid.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py",
            "sub/.hdir/g.py", "other/h.py", "we[ir]d.py", "q?.txt"]:
    mk(rel)
os.mkdir(os.path.join(base, "empty"))

def show(pat, **kw):
    r = glob.glob(os.path.join(base, pat), **kw)
    print(pat, kw, sorted(os.path.relpath(x, base) if x != base + os.sep else "<base>/" for x in r))

for pat in ["*.py", "*", "?.txt", "[ab].py", "sub/*", "*/*.py", "*/*/*.py", "**/*.py", "nomatch*",
            "sub", "sub/", "a.py", "missing.py", "*/", "s*/d*", "we[[]ir]d.py"]:
    show(pat)
for pat in ["**/*.py", "**", "sub/**", "**/", "sub/**/*.txt", "**/f.py"]:
    show(pat, recursive=True)
show("*.py", include_hidden=True)
show("**/*.py", recursive=True, include_hidden=True)

old = os.getcwd()
os.chdir(base)
print(sorted(glob.glob("*.txt")), sorted(glob.glob("sub/*.py")), sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(glob.glob(""), glob.glob("nope/*"))
os.chdir(old)
print(sorted(glob.glob("*.py", root_dir=base)), sorted(glob.glob("**/*.txt", root_dir=base, recursive=True)))
print(sorted(glob.iglob(os.path.join(base, "sub", "*.txt"))) == [os.path.join(base, "sub", "e.txt")])
print(type(glob.iglob("*")).__name__ in ("generator", "chain"))
print(glob.escape("a*b?c[d].py"), glob.escape("/x/[y]"), glob.escape(b"f?"))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
show(glob.escape("we[ir]d.py"))
show(glob.escape("q?.txt"))
print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(base.encode(), b"*.py"))))
import shutil; shutil.rmtree(base)
