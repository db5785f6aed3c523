package os

import (
	"strings"
)

// posixpath's algorithms on Go strings (bytes paths use the same code).

func splitPath(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func joinPath(a string, rest ...string) string {
	path := a
	for _, b := range rest {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

func splitExt(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func baseName(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

func dirName(p string) string {
	head, _ := splitPath(p)
	return head
}

func normPath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func absPath(p string) (string, error) {
	if !strings.HasPrefix(p, "/") {
		cwd, err := getcwd()
		if err != nil {
			return "", err
		}
		p = joinPath(cwd, p)
	}
	return normPath(p), nil
}

func relPath(path, start string) (string, error) {
	ap, err := absPath(path)
	if err != nil {
		return "", err
	}
	as, err := absPath(start)
	if err != nil {
		return "", err
	}
	sl, pl := nonEmpty(strings.Split(as, "/")), nonEmpty(strings.Split(ap, "/"))
	i := 0
	for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
		i++
	}
	var rel []string
	for j := i; j < len(sl); j++ {
		rel = append(rel, "..")
	}
	rel = append(rel, pl[i:]...)
	if len(rel) == 0 {
		return ".", nil
	}
	return joinPath(rel[0], rel[1:]...), nil
}

func nonEmpty(parts []string) []string {
	out := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
