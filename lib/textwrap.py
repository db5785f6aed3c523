"""Text wrapping and filling (CPython's textwrap interface)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_ws = '\t\n\x0b\x0c\r '

# A chunk is a run of whitespace, or a word. A word may end after a hyphen
# that has two letters (or letter-hyphen-letter) before it and a letter
# after it, so "long-winded" wraps as "long-" "winded"; runs of two or more
# hyphens after a word character are em-dashes and form chunks of their own.
_letter = r'[^\d\W]'
_wordpunct = r'[\w!"\'&.,?]'
_chunk_re = re.compile(r'''
    ( [\t\n\x0b\x0c\r ]+
      | (?<=%(wp)s) -{2,} (?=\w)
      | [^\t\n\x0b\x0c\r ]+? (?:
            -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-) ) (?= %(lt)s -? %(lt)s)
          | (?=[\t\n\x0b\x0c\r ]|\Z)
          | (?<=%(wp)s) (?=-{2,}\w)
        )
    )''' % {'wp': _wordpunct, 'lt': _letter}, re.VERBOSE)
_simple_re = re.compile(r'([\t\n\x0b\x0c\r ]+)')
_sentence_end = re.compile(r'[a-z][\.\!\?][\"\']?\Z')


class TextWrapper:
    unicode_whitespace_trans = {ord(c): ' ' for c in _ws}
    sentence_end_re = _sentence_end
    wordsep_re = _chunk_re
    wordsep_simple_re = _simple_re

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            chunks = self.wordsep_re.split(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            ind = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(ind) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1
                         and not chunks[0].strip()) and cur_len <= width):
                    lines.append(ind + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(ind + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev = lines[-1].rstrip()
                            if len(prev) + len(self.placeholder) <= self.width:
                                lines[-1] = prev + self.placeholder
                                break
                        lines.append(ind + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_blank_line = re.compile(r'^[ \t]+$', re.MULTILINE)
_lead_ws = re.compile(r'^([ \t]*)(?=[^ \t\n])', re.MULTILINE)


def dedent(text):
    text = _blank_line.sub('', text)
    margin = None
    for m in _lead_ws.findall(text):
        if margin is None:
            margin = m
        elif m.startswith(margin):
            pass
        elif margin.startswith(m):
            margin = m
        else:
            i = 0
            while i < len(m) and i < len(margin) and m[i] == margin[i]:
                i += 1
            margin = margin[:i]
        if not margin:
            break
    if margin:
        text = re.sub(r'(?m)^' + re.escape(margin), '', text)
    return text


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
