# stat: file type tests and filemode on os.stat() results and raw modes.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as td:
    f = os.path.join(td, "f")
    open(f, "w").close()
    os.chmod(f, 0o754)
    st = os.stat(f)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode))
    dm = os.stat(td).st_mode
    print(stat.S_ISDIR(dm), stat.filemode(dm)[0], st[stat.ST_SIZE])
for m in (0o100644, 0o040755, 0o120777, 0o104755, 0o102644, 0o041777, 0o041776, 0o020600, 0o010600, 0o140755, 0o060660, 0o004000):
    print(oct(m), stat.filemode(m), stat.S_ISLNK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_ISCHR(m), stat.S_ISBLK(m), oct(stat.S_IFMT(m)))
print(stat.S_IRWXU | stat.S_IRGRP, stat.S_ISUID, stat.UF_HIDDEN)
