package time

import (
	"fmt"
	"strconv"
	"strings"
	gotime "time"

	"upy/py"
)

// strftime, strptime, asctime and ctime as CPython's time module (C
// strftime's directives in the C locale).

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// tmFields are a struct_time's nine values.
type tmFields struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
}

func tupleFields(t *py.Thread, fname string, o py.Object) (tmFields, error) {
	var f tmFields
	items, err := py.ToSlice(t, o)
	if err != nil {
		return f, py.Errorf(py.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return f, py.Errorf(py.TypeError, "%s(): illegal time tuple argument", fname)
	}
	v := make([]int, 9)
	for i, it := range items {
		n, err := py.IndexInt(t, it)
		if err != nil {
			return f, err
		}
		v[i] = n
	}
	f = tmFields{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]}
	return f, nil
}

func fieldsOf(tm gotime.Time, isdst int) tmFields {
	return tmFields{tm.Year(), int(tm.Month()), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(), (int(tm.Weekday()) + 6) % 7, tm.YearDay(), isdst}
}

// checkFields is CPython's checktm for strftime/asctime (zero month, day
// or yday are accepted and read as the first).
func checkFields(f *tmFields) error {
	switch {
	case f.mon == 0:
		f.mon = 1
	case f.mon < 0 || f.mon > 12:
		return py.Errorf(py.ValueError, "month out of range")
	}
	switch {
	case f.mday == 0:
		f.mday = 1
	case f.mday < 0 || f.mday > 31:
		return py.Errorf(py.ValueError, "day of month out of range")
	}
	if f.hour < 0 || f.hour > 23 {
		return py.Errorf(py.ValueError, "hour out of range")
	}
	if f.min < 0 || f.min > 59 {
		return py.Errorf(py.ValueError, "minute out of range")
	}
	if f.sec < 0 || f.sec > 61 {
		return py.Errorf(py.ValueError, "seconds out of range")
	}
	if f.wday < 0 {
		return py.Errorf(py.ValueError, "day of week out of range")
	}
	f.wday %= 7
	switch {
	case f.yday == 0:
		f.yday = 1
	case f.yday < 0 || f.yday > 366:
		return py.Errorf(py.ValueError, "day of year out of range")
	}
	return nil
}

func pad(n, width int, c byte) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = string(c) + s
	}
	return s
}

// cwday is the C weekday (Sunday 0) of a struct_time's (Monday 0).
func (f tmFields) cwday() int { return (f.wday + 1) % 7 }

func strftime(format string, f tmFields) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		if j := directiveEnd(format, i); j > i {
			// glibc's flags, field width and E/O modifiers: %-d, %_m, %^a, %10Y, %Ey.
			b.WriteString(flagged(format[i:min(j+1, len(format))], f))
			i = j
			continue
		}
		switch format[i] {
		case 'P':
			if f.hour < 12 {
				b.WriteString("am")
			} else {
				b.WriteString("pm")
			}
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", f))
		case 'a':
			b.WriteString(dayNames[f.wday][:3])
		case 'A':
			b.WriteString(dayNames[f.wday])
		case 'b', 'h':
			b.WriteString(monthNames[f.mon-1][:3])
		case 'B':
			b.WriteString(monthNames[f.mon-1])
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", f))
		case 'C':
			b.WriteString(strconv.Itoa(f.year / 100)) // glibc: unpadded, as %Y
		case 'd':
			b.WriteString(pad(f.mday, 2, '0'))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'e':
			b.WriteString(pad(f.mday, 2, ' '))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", f))
		case 'H':
			b.WriteString(pad(f.hour, 2, '0'))
		case 'I':
			b.WriteString(pad((f.hour+11)%12+1, 2, '0'))
		case 'j':
			b.WriteString(pad(f.yday, 3, '0'))
		case 'k':
			b.WriteString(pad(f.hour, 2, ' '))
		case 'l':
			b.WriteString(pad((f.hour+11)%12+1, 2, ' '))
		case 'm':
			b.WriteString(pad(f.mon, 2, '0'))
		case 'M':
			b.WriteString(pad(f.min, 2, '0'))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if f.hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'R':
			b.WriteString(strftime("%H:%M", f))
		case 'S':
			b.WriteString(pad(f.sec, 2, '0'))
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(strftime("%H:%M:%S", f))
		case 'u':
			b.WriteString(strconv.Itoa(f.wday + 1))
		case 'w':
			b.WriteString(strconv.Itoa(f.cwday()))
		case 'U':
			b.WriteString(pad((f.yday-1+7-f.cwday())/7, 2, '0'))
		case 'W':
			b.WriteString(pad((f.yday-1+7-f.wday)/7, 2, '0'))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'y':
			b.WriteString(pad(((f.year%100)+100)%100, 2, '0'))
		case 'Y':
			b.WriteString(strconv.Itoa(f.year))
		case 'G', 'g', 'V':
			tm := gotime.Date(f.year, gotime.Month(f.mon), f.mday, 12, 0, 0, 0, gotime.UTC)
			y, w := tm.ISOWeek()
			switch format[i] {
			case 'G':
				b.WriteString(strconv.Itoa(y))
			case 'g':
				b.WriteString(pad(y%100, 2, '0'))
			default:
				b.WriteString(pad(w, 2, '0'))
			}
		case 'z', 'Z':
			tm := gotime.Date(f.year, gotime.Month(f.mon), f.mday, f.hour, f.min, f.sec, 0, gotime.Local)
			name, off := tm.Zone()
			if format[i] == 'Z' {
				b.WriteString(name)
			} else {
				sign := byte('+')
				if off < 0 {
					sign, off = '-', -off
				}
				b.WriteByte(sign)
				b.WriteString(pad(off/3600, 2, '0') + pad(off%3600/60, 2, '0'))
			}
		case 's':
			b.WriteString(strconv.FormatInt(gotime.Date(f.year, gotime.Month(f.mon), f.mday, f.hour, f.min, f.sec, 0, gotime.Local).Unix(), 10))
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// directiveEnd returns, when the directive at format[i:] has flags, a
// width or a modifier, the index of its conversion character (len(format)
// if there is none); otherwise i.
func directiveEnd(format string, i int) int {
	j := i
	for j < len(format) && strings.IndexByte("-_0^#", format[j]) >= 0 {
		j++
	}
	for j < len(format) && format[j] >= '0' && format[j] <= '9' {
		j++
	}
	for j < len(format) && (format[j] == 'E' || format[j] == 'O') && j+1 < len(format) {
		j++
	}
	return j
}

// flagged formats one directive with glibc's flags and width (spec is
// everything after the '%', the conversion character last).
func flagged(spec string, f tmFields) string {
	if spec == "" {
		return "%"
	}
	k := 0
	var flags string
	for k < len(spec) && strings.IndexByte("-_0^#", spec[k]) >= 0 {
		flags += spec[k : k+1]
		k++
	}
	w0 := k
	for k < len(spec) && spec[k] >= '0' && spec[k] <= '9' {
		k++
	}
	width, _ := strconv.Atoi(spec[w0:k])
	mod := byte(0)
	for k < len(spec)-1 && (spec[k] == 'E' || spec[k] == 'O') {
		mod = spec[k]
		k++
	}
	if k >= len(spec) {
		s := "%" + spec
		for len(s) < width {
			s = " " + s
		}
		return s
	}
	conv := spec[k]
	if conv == '%' {
		mod = 0
	}
	if mod == 'E' && strings.IndexByte("cCxXyY", conv) < 0 || mod == 'O' && strings.IndexByte("deHImMSuUVwWy", conv) < 0 {
		return "%" + spec
	}
	out := strftime("%"+string(conv), f)
	if out == "%"+string(conv) && conv != '%' {
		return "%" + spec // unknown conversion: left as it is
	}
	numeric := out != "" && strings.Trim(out, " 0123456789") == "" && strings.Trim(out, " ") != ""
	padc := byte(0)
	for _, fl := range []byte(flags) {
		switch fl {
		case '-':
			padc = '-'
		case '_':
			padc = ' '
		case '0':
			padc = '0'
		case '^':
			if conv != 'P' {
				out = strings.ToUpper(out)
			}
		case '#':
			switch conv {
			case 'p', 'Z':
				out = strings.ToLower(out)
			case 'a', 'A', 'b', 'B', 'h':
				out = strings.ToUpper(out)
			}
		}
	}
	if numeric && padc != 0 {
		digits := strings.TrimLeft(out, " 0")
		if digits == "" {
			digits = "0"
		}
		n := len(out)
		switch padc {
		case '-':
			out = digits
		default:
			out = strings.Repeat(string(padc), n-len(digits)) + digits
		}
	}
	if len(out) < width {
		c := " "
		if numeric && padc != ' ' && padc != '-' {
			c = "0"
		} else if padc == '0' {
			c = "0"
		}
		out = strings.Repeat(c, width-len(out)) + out
	}
	return out
}

func asctime(f tmFields) string {
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayNames[f.wday][:3], monthNames[f.mon-1][:3], f.mday, f.hour, f.min, f.sec, f.year)
}

// strptime parses s with format into struct_time fields (CPython's
// _strptime, for the C locale's directives).
func strptime(s, format string) (tmFields, error) {
	fail := func() (tmFields, error) {
		return tmFields{}, py.Errorf(py.ValueError, "time data %s does not match format %s", py.StrRepr(s), py.StrRepr(format))
	}
	year, mon, mday, hour, min, sec := 1900, 1, 1, 0, 0, 0
	yday, wday := -1, -1
	pm := -1
	hour12 := false
	pos := 0
	num := func(maxDigits int) (int, bool) {
		start := pos
		if pos < len(s) && (s[pos] == '+' || s[pos] == '-') && maxDigits == 4 {
			pos++
		}
		for pos < len(s) && pos-start < maxDigits && s[pos] >= '0' && s[pos] <= '9' {
			pos++
		}
		n, err := strconv.Atoi(s[start:pos])
		return n, err == nil
	}
	name := func(names []string) (int, bool) {
		rest := strings.ToLower(s[pos:])
		for i, n := range names {
			if l := strings.ToLower(n); strings.HasPrefix(rest, l) {
				pos += len(l)
				return i, true
			}
		}
		for i, n := range names {
			if l := strings.ToLower(n[:3]); strings.HasPrefix(rest, l) {
				pos += 3
				return i, true
			}
		}
		return 0, false
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' {
			for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n') {
				pos++
			}
			continue
		}
		if c != '%' || i+1 >= len(format) {
			if pos >= len(s) || s[pos] != c {
				return fail()
			}
			pos++
			continue
		}
		i++
		var ok bool
		switch format[i] {
		case 'Y':
			year, ok = num(4)
		case 'y':
			var y int
			if y, ok = num(2); ok {
				if y < 69 {
					year = 2000 + y
				} else {
					year = 1900 + y
				}
			}
		case 'm':
			mon, ok = num(2)
			ok = ok && mon >= 1 && mon <= 12
		case 'd':
			mday, ok = num(2)
			ok = ok && mday >= 1 && mday <= 31
		case 'H':
			hour, ok = num(2)
			ok = ok && hour <= 23
		case 'I':
			hour, ok = num(2)
			ok = ok && hour >= 1 && hour <= 12
			hour12 = true
		case 'M':
			min, ok = num(2)
			ok = ok && min <= 59
		case 'S':
			sec, ok = num(2)
			ok = ok && sec <= 61
		case 'f':
			_, ok = num(6)
		case 'j':
			yday, ok = num(3)
			ok = ok && yday >= 1 && yday <= 366
		case 'p':
			rest := strings.ToLower(s[pos:])
			switch {
			case strings.HasPrefix(rest, "am"):
				pm, ok = 0, true
			case strings.HasPrefix(rest, "pm"):
				pm, ok = 1, true
			}
			pos += 2
		case 'b', 'B', 'h':
			var m int
			m, ok = name(monthNames)
			mon = m + 1
		case 'a', 'A':
			wday, ok = name(dayNames)
		case 'w':
			var w int
			if w, ok = num(1); ok {
				wday = (w + 6) % 7
			}
		case '%':
			ok = pos < len(s) && s[pos] == '%'
			pos++
		default:
			return tmFields{}, py.Errorf(py.ValueError, "'%c' is a bad directive in format %s", format[i], py.StrRepr(format))
		}
		if !ok {
			return fail()
		}
	}
	if pos < len(s) {
		return tmFields{}, py.Errorf(py.ValueError, "unconverted data remains: %s", s[pos:])
	}
	if hour12 {
		hour %= 12
		if pm == 1 {
			hour += 12
		}
	}
	date := gotime.Date(year, gotime.Month(mon), mday, 0, 0, 0, 0, gotime.UTC)
	if date.Day() != mday {
		return tmFields{}, py.Errorf(py.ValueError, "day is out of range for month")
	}
	if yday < 0 {
		yday = date.YearDay()
	} else if mon == 1 && mday == 1 && !strings.Contains(format, "%m") && !strings.Contains(format, "%d") {
		date = gotime.Date(year, 1, yday, 0, 0, 0, 0, gotime.UTC)
		mon, mday = int(date.Month()), date.Day()
	}
	if wday < 0 || !strings.ContainsAny(format, "aAw") {
		wday = (int(date.Weekday()) + 6) % 7
	}
	return tmFields{year, mon, mday, hour, min, sec, wday, yday, -1}, nil
}

func structOf(f tmFields) py.Object {
	return py.NewStructSeq(structTime, py.Int(f.year), py.Int(f.mon), py.Int(f.mday), py.Int(f.hour), py.Int(f.min),
		py.Int(f.sec), py.Int(f.wday), py.Int(f.yday), py.Int(f.isdst))
}

// addFormatting installs strftime, strptime, asctime and ctime.
func addFormatting(m *py.Module) {
	// tupleOrNow reads an optional time tuple (localtime() when absent).
	tupleOrNow := func(t *py.Thread, fname string, args []py.Object) (tmFields, error) {
		if len(args) == 0 {
			tm := gotime.Now()
			isdst := 0
			if tm.IsDST() {
				isdst = 1
			}
			return fieldsOf(tm, isdst), nil
		}
		f, err := tupleFields(t, fname, args[0])
		if err != nil {
			return f, err
		}
		return f, checkFields(&f)
	}
	m.SetFunc("strftime", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("strftime", args, kw, 1, 2); err != nil {
			return nil, err
		}
		format, ok := args[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "strftime() argument 1 must be str, not %s", py.TypeName(args[0]))
		}
		f, err := tupleOrNow(t, "strftime", args[1:])
		if err != nil {
			return nil, err
		}
		return py.NewStr(strftime(format.S, f)), nil
	})
	m.SetFunc("asctime", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("asctime", args, kw, 0, 1); err != nil {
			return nil, err
		}
		f, err := tupleOrNow(t, "asctime", args)
		if err != nil {
			return nil, err
		}
		return py.NewStr(asctime(f)), nil
	})
	m.SetFunc("ctime", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		secs, given, err := secondsArg(t, "ctime", args, kw)
		if err != nil {
			return nil, err
		}
		tm := gotime.Now()
		if given {
			tm = gotime.Unix(int64(secs), 0)
		}
		return py.NewStr(asctime(fieldsOf(tm.In(gotime.Local), 0))), nil
	})
	m.SetFunc("strptime", func(t *py.Thread, args []py.Object, kw []py.Kwarg) (py.Object, error) {
		if err := py.CheckArgs("strptime", args, kw, 1, 2); err != nil {
			return nil, err
		}
		s, ok := args[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "strptime() argument 0 must be str, not %s", py.TypeName(args[0]))
		}
		format := "%a %b %d %H:%M:%S %Y"
		if len(args) == 2 {
			fs, ok := args[1].(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "strptime() argument 1 must be str, not %s", py.TypeName(args[1]))
			}
			format = fs.S
		}
		f, err := strptime(s.S, format)
		if err != nil {
			return nil, err
		}
		return structOf(f), nil
	})
}
