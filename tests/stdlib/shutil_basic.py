# shutil: copying files and trees, moving, removing trees, which().
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as td:
    a = os.path.join(td, "a.txt")
    with open(a, "w") as f:
        f.write("alpha\n" * 3)
    os.chmod(a, 0o640)
    b = shutil.copy(a, os.path.join(td, "b.txt"))
    print(os.path.basename(b), open(b).read() == open(a).read(), oct(os.stat(b).st_mode & 0o777))
    sub = os.path.join(td, "sub")
    os.mkdir(sub)
    c = shutil.copy2(a, sub)
    print(os.path.relpath(c, td), int(os.stat(c).st_mtime) == int(os.stat(a).st_mtime))
    try:
        shutil.copyfile(a, a)
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, OSError))
    tree = shutil.copytree(sub, os.path.join(td, "tree"))
    print(sorted(os.listdir(tree)))
    try:
        shutil.copytree(sub, tree)
    except FileExistsError:
        print("FileExistsError")
    shutil.copytree(sub, tree, dirs_exist_ok=True)
    m = shutil.move(b, os.path.join(td, "moved.txt"))
    print(os.path.basename(m), os.path.exists(b))
    m2 = shutil.move(m, sub)
    print(os.path.relpath(m2, td))
    shutil.rmtree(tree)
    print(os.path.exists(tree), sorted(os.listdir(td)))
    try:
        shutil.rmtree(os.path.join(td, "missing"))
    except FileNotFoundError:
        print("FileNotFoundError")
    shutil.rmtree(os.path.join(td, "missing"), ignore_errors=True)
    import io
    src, dst = io.BytesIO(b"x" * 100000), io.BytesIO()
    shutil.copyfileobj(src, dst, 4096)
    print(len(dst.getvalue()))
print(shutil.which("sh") is not None, shutil.which("no-such-command-here"))
