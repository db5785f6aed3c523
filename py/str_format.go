package py

import (
	"strconv"
	"strings"
)

// StrFormat implements str.format (mapping non-nil: format_map).
func StrFormat(t *Thread, f string, args []Object, kw []Kwarg, mapping Object) (string, error) {
	sf := strFormatter{t: t, args: args, kw: kw, mapping: mapping}
	return sf.format(f, 2)
}

// strFormatter holds the state of one str.format call, which nested
// fields in format specs share: "{:{}}" numbers both fields.
type strFormatter struct {
	t                 *Thread
	args              []Object
	kw                []Kwarg
	mapping           Object
	auto              int
	manual, automatic bool
}

// format expands f; depth is how many more levels of nested fields the
// specs may hold (CPython allows one).
func (sf *strFormatter) format(f string, depth int) (string, error) {
	if depth == 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	t, args, kw, mapping := sf.t, sf.args, sf.kw, sf.mapping
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		if i+1 == len(f) {
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		// The field name runs to '}', ':' or '!'; brackets hide those.
		j := i + 1
		for j < len(f) {
			c := f[j]
			if c == '{' {
				return "", Errorf(ValueError, "unexpected '{' in field name")
			}
			if c == '[' {
				for j < len(f) && f[j] != ']' {
					j++
				}
				continue
			}
			if c == '}' || c == ':' || c == '!' {
				break
			}
			j++
		}
		if j >= len(f) {
			return "", Errorf(ValueError, "expected '}' before end of string")
		}
		name, spec := f[i+1:j], ""
		conv := byte(0)
		c = f[j]
		j++
		if c == '!' {
			if j >= len(f) {
				return "", Errorf(ValueError, "end of string while looking for conversion specifier")
			}
			conv = f[j]
			j++
			if j >= len(f) {
				return "", Errorf(ValueError, "unmatched '{' in format spec")
			}
			c = f[j]
			j++
			if c != ':' && c != '}' {
				return "", Errorf(ValueError, "expected ':' after conversion specifier")
			}
		}
		if c == ':' {
			// the spec runs to the matching '}'
			open, k := 1, j
			for ; k < len(f); k++ {
				if f[k] == '{' {
					open++
				} else if f[k] == '}' {
					open--
					if open == 0 {
						break
					}
				}
			}
			if k >= len(f) {
				return "", Errorf(ValueError, "unmatched '{' in format spec")
			}
			spec = f[j:k]
			j = k + 1
		}
		i = j - 1
		// the first part: index, keyword, or empty (automatic)
		first, path := name, ""
		if k := strings.IndexAny(name, ".["); k >= 0 {
			first, path = name[:k], name[k:]
		}
		var v Object
		if _, numeric := fieldIndex(first); sf.mapping != nil && (first == "" || numeric) {
			return "", Errorf(ValueError, "Format string contains positional fields")
		}
		if first == "" {
			if sf.manual {
				return "", Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			sf.automatic = true
			if sf.auto >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", sf.auto)
			}
			v = args[sf.auto]
			sf.auto++
		} else if n, ok := fieldIndex(first); ok {
			if sf.automatic {
				return "", Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			sf.manual = true
			if n >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else if mapping != nil {
			r, err := GetItem(t, mapping, NewStr(first))
			if err != nil {
				return "", err
			}
			v = r
		} else {
			found := false
			for _, k := range kw {
				if k.Name == first {
					v, found = k.Value, true
				}
			}
			if !found {
				return "", NewKeyError(NewStr(first))
			}
		}
		// attribute and index path
		for path != "" {
			if path[0] == '.' {
				k := strings.IndexAny(path[1:], ".[")
				attr := path[1:]
				if k >= 0 {
					attr, path = path[1:1+k], path[1+k:]
				} else {
					path = ""
				}
				if attr == "" {
					return "", Errorf(ValueError, "Empty attribute in format string")
				}
				r, err := GetAttr(t, v, Intern(attr))
				if err != nil {
					return "", err
				}
				v = r
			} else {
				k := strings.IndexByte(path, ']')
				if k < 0 {
					return "", Errorf(ValueError, "Missing ']' in format string")
				}
				key := path[1:k]
				path = path[k+1:]
				if key == "" {
					return "", Errorf(ValueError, "Empty attribute in format string")
				}
				var ko Object = NewStr(key)
				if n, ok := fieldIndex(key); ok {
					ko = Int(n)
				}
				r, err := GetItem(t, v, ko)
				if err != nil {
					return "", err
				}
				v = r
				if path != "" && path[0] != '.' && path[0] != '[' {
					return "", Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
				}
			}
		}
		// nested fields in the spec
		if strings.ContainsRune(spec, '{') {
			s, err := sf.format(spec, depth-1)
			if err != nil {
				return "", err
			}
			spec = s
		}
		var err error
		switch conv {
		case 0:
		case 'r':
			v, err = ReprObj(t, v)
		case 's':
			v, err = StrObj(t, v)
		case 'a':
			var r string
			r, err = Repr(t, v)
			v = NewStr(ASCIIEscape(r))
		default:
			return "", Errorf(ValueError, "Unknown conversion specifier %c", conv)
		}
		if err != nil {
			return "", err
		}
		s, err := Format(t, v, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// PercentFormat implements str % args.
func PercentFormat(t *Thread, f string, arg Object) (string, error) {
	return percentFormat(t, f, arg, false)
}

// percentFormat implements str % args, and bytes % args when bytesMode
// is set: f and the result are then byte strings decoded as latin-1.
func percentFormat(t *Thread, f string, arg Object, bytesMode bool) (string, error) {
	var args []Object
	var mapping Object
	if tu, ok := arg.(*Tuple); ok {
		args = tu.Items
	} else {
		args = []Object{arg}
		_, isStr := arg.(*Str)
		if _, isBytes := AsBytes(arg); isBytes {
			isStr = true
		}
		if !isStr && arg.Type().Lookup(strGetitem) != nil {
			if _, isTuple := arg.(*Tuple); !isTuple {
				mapping = arg
			}
		}
	}
	used := 0
	next := func() (Object, error) {
		if used >= len(args) {
			return nil, Errorf(TypeError, "not enough arguments for format string")
		}
		v := args[used]
		used++
		return v, nil
	}
	var b strings.Builder
	usedMapping := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(f) {
			return "", Errorf(ValueError, "incomplete format")
		}
		var v Object
		if f[i] == '(' {
			end := strings.IndexByte(f[i:], ')')
			if end < 0 {
				return "", Errorf(ValueError, "incomplete format key")
			}
			key := f[i+1 : i+end]
			i += end + 1
			if mapping == nil {
				return "", Errorf(TypeError, "format requires a mapping")
			}
			var k Object = NewStr(key)
			if bytesMode {
				k = NewBytes(latin1Bytes(key))
			}
			r, err := GetItem(t, mapping, k)
			if err != nil {
				return "", err
			}
			v = r
			usedMapping = true
			used = len(args) // CPython: a positional conversion after a keyed one finds no argument
		}
		// flags
		var flags []byte
		for i < len(f) && strings.IndexByte("-+ #0", f[i]) >= 0 {
			flags = append(flags, f[i])
			i++
		}
		width := ""
		if i < len(f) && f[i] == '*' {
			w, err := next()
			if err != nil {
				return "", err
			}
			n, err := IndexInt(t, w)
			if err != nil {
				return "", Errorf(TypeError, "* wants int")
			}
			if n < 0 {
				flags = append(flags, '-')
				n = -n
			}
			width = strconv.Itoa(n)
			i++
		} else {
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				width += string(f[i])
				i++
			}
		}
		prec := ""
		if i < len(f) && f[i] == '.' {
			i++
			prec = "."
			if i < len(f) && f[i] == '*' {
				p, err := next()
				if err != nil {
					return "", err
				}
				n, err := IndexInt(t, p)
				if err != nil {
					return "", Errorf(TypeError, "* wants int")
				}
				prec += strconv.Itoa(n)
				i++
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					prec += string(f[i])
					i++
				}
			}
			if prec == "." {
				prec = ".0"
			}
		}
		for i < len(f) && (f[i] == 'l' || f[i] == 'h' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return "", Errorf(ValueError, "incomplete format")
		}
		conv := f[i]
		if conv == '%' {
			if len(flags) == 0 && width == "" && prec == "" && v == nil {
				b.WriteByte('%')
				continue
			}
			// '%' with flags, width or precision takes an argument and
			// then is an unsupported conversion, as in CPython
			if v == nil {
				if _, err := next(); err != nil {
					return "", err
				}
			}
			return "", Errorf(ValueError, "unsupported format character '%%' (0x25) at index %d", i)
		}
		if v == nil {
			var err error
			if v, err = next(); err != nil {
				return "", err
			}
		}
		align := ">"
		fill := ""
		sign := ""
		alt := ""
		for _, fl := range flags {
			switch fl {
			case '-':
				align = "<"
			case '+':
				sign = "+"
			case ' ':
				if sign == "" {
					sign = " "
				}
			case '#':
				alt = "#"
			case '0':
				fill = "0"
			}
		}
		if align == "<" {
			fill = ""
		}
		var s string
		var err error
		if bytesMode {
			switch conv {
			case 's', 'b':
				bv, ok := AsBytes(v)
				if !ok {
					r, found, berr := CallSpecial(t, v, Intern("__bytes__"))
					if berr != nil {
						return "", berr
					}
					if bv, ok = AsBytes(r); !found || !ok {
						return "", Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(v))
					}
				}
				s = latin1String(bv)
				if prec != "" {
					p, _ := strconv.Atoi(prec[1:])
					if rs := []rune(s); p < len(rs) {
						s = string(rs[:p])
					}
				}
				s, err = Format(t, NewStr(s), align+width)
				if err != nil {
					return "", err
				}
				b.WriteString(s)
				continue
			case 'r', 'a':
				conv = 'a'
			case 'c':
				var c byte
				if bv, ok := AsBytes(v); ok && len(bv) == 1 {
					c = bv[0]
				} else if n, ierr := IndexInt(t, v); ierr == nil && n >= 0 && n < 256 && hasIndex(v) {
					c = byte(n)
				} else if ierr == nil && hasIndex(v) {
					return "", Errorf(OverflowError, "%sc arg not in range(256)", "%")
				} else {
					return "", Errorf(TypeError, "%sc requires an integer in range(256) or a single byte", "%")
				}
				s, err = Format(t, NewStr(string(rune(c))), align+width)
				if err != nil {
					return "", err
				}
				b.WriteString(s)
				continue
			}
		}
		switch conv {
		case 's', 'r', 'a':
			switch conv {
			case 's':
				s, err = StrOf(t, v)
			case 'r':
				s, err = Repr(t, v)
			default:
				s, err = Repr(t, v)
				s = ASCIIEscape(s)
			}
			if err != nil {
				return "", err
			}
			if prec != "" {
				p, _ := strconv.Atoi(prec[1:])
				if rs := []rune(s); p < len(rs) {
					s = string(rs[:p])
				}
			}
			if width != "" {
				s, err = Format(t, NewStr(s), align+width)
			}
		case 'd', 'i', 'u', 'x', 'X', 'o':
			if n, ok := v.(Int); ok && conv != 'x' && conv != 'X' && conv != 'o' && len(flags) == 0 && width == "" && prec == "" {
				b.WriteString(intToString(int64(n)))
				continue
			}
			if !isNumber(v) {
				if r, ferr := Index(t, v); ferr == nil && conv != 'd' && conv != 'i' && conv != 'u' {
					v = r
				} else if r, found, ierr := CallSpecial(t, v, Intern("__int__")); found && ierr == nil {
					v = r
				} else if r, ierr := Index(t, v); ierr == nil && hasIndex(v) {
					v = r // %d takes int(v), which falls back to __index__
				} else {
					what := "a real number"
					if conv == 'x' || conv == 'X' || conv == 'o' {
						what = "an integer"
					}
					return "", Errorf(TypeError, "%%%c format: %s is required, not %s", conv, what, TypeName(v))
				}
			}
			if fv, ok := v.(Float); ok {
				if conv == 'x' || conv == 'X' || conv == 'o' {
					return "", Errorf(TypeError, "%%%c format: an integer is required, not float", conv)
				}
				v, err = floatToInt(float64(fv))
				if err != nil {
					return "", err
				}
			}
			kind := string(conv)
			if conv == 'i' || conv == 'u' {
				kind = "d"
			}
			spec := sign + alt
			if align == "<" {
				spec = "<" + sign + alt
			} else if fill == "0" {
				spec = sign + alt + "0"
			}
			body, err2 := Format(t, v, spec+width+kind)
			if err2 != nil {
				return "", err2
			}
			if prec != "" {
				p, _ := strconv.Atoi(prec[1:])
				digits := strings.TrimLeft(body, " +-0xXo")
				_ = digits
				nb, _ := Format(t, v, sign+alt+kind)
				neg := strings.HasPrefix(nb, "-")
				core := strings.TrimLeft(nb, "+- ")
				pre := ""
				if alt != "" && len(core) > 2 && (conv == 'x' || conv == 'X' || conv == 'o') {
					pre, core = core[:2], core[2:]
				}
				for len(core) < p {
					core = "0" + core
				}
				sgn := sign
				if neg {
					sgn = "-"
				}
				if fill == "0" && align != "<" {
					// the zero flag pads after the sign and prefix
					w, _ := strconv.Atoi(width)
					for len(sgn)+len(pre)+len(core) < w {
						core = "0" + core
					}
				}
				body, err2 = Format(t, NewStr(sgn+pre+core), align+width)
				if err2 != nil {
					return "", err2
				}
			}
			s = body
		case 'e', 'E', 'f', 'F', 'g', 'G':
			fv, ferr := ToFloat(t, v)
			if ferr != nil {
				return "", Errorf(TypeError, "must be real number, not %s", TypeName(v))
			}
			if prec == "" {
				prec = ".6"
			}
			spec := sign + alt
			if fill == "0" && align == ">" {
				spec = sign + alt + "0"
			} else if align == "<" {
				spec = "<" + sign + alt
			}
			s, err = Format(t, Float(fv), spec+width+prec+string(conv))
		case 'c':
			var r string
			if sv := asStr(v); sv != nil {
				if sv.Len() != 1 {
					return "", Errorf(TypeError, "%sc requires int or char", "%")
				}
				r = sv.S
			} else {
				n, ierr := IndexInt(t, v)
				if ierr != nil {
					if e := AsException(ierr); e != nil && e.IsInstance(OverflowError) {
						return "", Errorf(OverflowError, "%sc arg not in range(0x110000)", "%")
					}
					return "", Errorf(TypeError, "%sc requires int or char", "%")
				}
				if n < 0 || n > 0x10ffff {
					return "", Errorf(OverflowError, "%sc arg not in range(0x110000)", "%")
				}
				r = string(rune(n))
			}
			s, err = Format(t, NewStr(r), align+width)
		default:
			return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if used < len(args) && !usedMapping && mapping == nil {
		if bytesMode {
			return "", Errorf(TypeError, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// fieldIndex parses a format field name or index made only of decimal
// digits (no sign or spaces, unlike strconv.Atoi): "-1" is a str key.
func fieldIndex(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
