package py

// OpenHook implements builtins.open; the io module installs it.
var OpenHook Native

func builtinOpen(t *Thread, args []Object, kw []Kwarg) (Object, error) {
	if OpenHook == nil {
		return nil, Errorf(OSError, "open() is not available: the io module is not linked in")
	}
	return OpenHook(t, args, kw)
}
