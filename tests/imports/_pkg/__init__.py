print("init _pkg", __name__, __package__)
VALUE = 1
__all__ = ["VALUE", "public"]
public = "public"
_private = "private"
def helper():
    return "helper from " + __name__
