# Regular expressions: patterns compiled once, then search, findall,
# finditer, sub and split over a few MB of generated text.
import re

WORDS = ("the quick brown fox jumps over lazy dog alpha beta gamma delta epsilon zeta "
         "theta iota kappa lambda regular expression engine matching backtracking "
         "python runtime module pattern search replace split group capture").split()


def make_text(n_lines):
    seed = 12345
    lines = []
    for i in range(n_lines):
        parts = []
        for j in range(12):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            k = seed >> 8
            w = WORDS[k % len(WORDS)]
            r = k % 23
            if r == 0:
                w = "%s@%s.%s" % (w, WORDS[(k >> 5) % len(WORDS)], ("com", "org", "net")[k % 3])
            elif r == 1:
                w = "%04d-%02d-%02d" % (1990 + k % 35, 1 + k % 12, 1 + k % 28)
            elif r == 2:
                w = "%s=%d" % (w, k % 1000)
            elif r == 3:
                w = w.capitalize() + ","
            elif r == 4:
                w = w.upper()
            parts.append(w)
        end = ".!?"[i % 3]
        lines.append(" ".join(parts) + end)
    return lines


lines = make_text(40000)
text = "\n".join(lines)

email = re.compile(r"\b[\w.]+@\w+\.(?:com|org|net)\b")
date = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
assign = re.compile(r"(?P<key>\w+)=(?P<value>\d+)")
spaces = re.compile(r"\s+")
sentence = re.compile(r"[.!?]\s+")
the_word = re.compile(r"(?i)\bthe\s+(\w+)")
caps = re.compile(r"\b[A-Z]{3,}\b")
line_start = re.compile(r"^(\w+) (\w+)", re.M)
vowels = re.compile(r"[aeiou]{2,}")
word = re.compile(r"\w+")

total = 0
for rep in range(3):
    found = email.findall(text)
    total += len(found)
    years = 0
    for m in date.finditer(text):
        years += int(m.group(1))
    total += years
    s = 0
    for m in assign.finditer(text):
        s += int(m.group("value"))
    total += s
    total += len(spaces.sub(" ", text))
    total += len(sentence.split(text))
    total += len(the_word.findall(text))
    total += len(caps.findall(text))
    total += len(line_start.findall(text))
    total += vowels.subn("_", text)[1]
    total += len(word.findall(text))

# many small calls
n = 0
for line in lines:
    if date.search(line):
        n += 1
    m = line_start.match(line)
    if m and m.group(1) == "the":
        n += 1
    if re.search(r"fox \w+ over", line):
        n += 1
total += n

# callable replacement on a part of the text
part = text[:200000]
out = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), part)
total += len(out)

print(len(text), total)
