# os.environ, getenv, putenv, unsetenv.
import os
from _tmpdir import show

print(type(os.environ).__name__, isinstance(os.environ, dict) or hasattr(os.environ, "keys"))
os.environ["UPY_T1"] = "one"
print(os.environ["UPY_T1"], os.getenv("UPY_T1"), os.environ.get("UPY_T1"), "UPY_T1" in os.environ)
print(os.getenv("UPY_NOPE"), os.getenv("UPY_NOPE", "dflt"), os.environ.get("UPY_NOPE", 5))
show(lambda: os.environ["UPY_NOPE"])
show(lambda: os.getenv(1))
def setbad():
    os.environ["UPY_T2"] = 2
show(setbad)
show(lambda: os.environ.__setitem__(3, "x"))
del os.environ["UPY_T1"]
print("UPY_T1" in os.environ, os.getenv("UPY_T1"))
show(lambda: os.environ.__delitem__("UPY_T1"))
os.environ.update({"UPY_A": "a"}, UPY_B="b")
print(os.environ["UPY_A"], os.environ["UPY_B"], os.environ.pop("UPY_A"), os.environ.pop("UPY_A", "gone"))
print(os.environ.setdefault("UPY_C", "c"), os.environ.setdefault("UPY_C", "d"))
print(os.system("test \"$UPY_C\" = c"), os.system("test \"$UPY_B\" = b"))
os.putenv("UPY_P", "p")
print(os.getenv("UPY_P"), os.system("test \"$UPY_P\" = p"))
os.unsetenv("UPY_P")
print(os.system("test -z \"$UPY_P\""))
show(lambda: os.putenv("A=B", "x"))
show(lambda: os.putenv("", "x"))
e = dict(os.environ)
print(type(e).__name__, e["UPY_C"], type(os.environ.copy()).__name__)
print(repr(os.environ).startswith("environ({"))
for k in ["UPY_B", "UPY_C"]:
    del os.environ[k]
