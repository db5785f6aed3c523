"""Writes names.z, the Unicode character names of the Unicode database
python3 (the test oracle) carries, for package uninames.

Run by `go generate` with CPython 3.11. Names that Unicode derives from
the code point (CJK UNIFIED IDEOGRAPH-4E00 and the like) are stored as
ranges, Hangul syllables not at all (uninames composes them); the
aliases \\N{...} accepts besides the names are the candidates below that
unicodedata.lookup confirms.

Format (zlib-compressed text, one record a line):
  "+HEX;NAME"  the name of the code point HEX after the previous record's
               (no HEX: the next code point)
  "@CODE;NAME" an alias of code point CODE (hex)
  "=START;END;PREFIX" code points START..END are named PREFIX + hex code
"""
import sys
import unicodedata
import zlib

DERIVED = ('CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-', 'TANGUT IDEOGRAPH-',
           'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-')

# Candidate aliases (Unicode's NameAliases.txt kinds: control, abbreviation,
# correction, figment, alternate), kept only if the oracle knows them.
ALIASES = '''NULL|START OF HEADING|START OF TEXT|END OF TEXT|END OF TRANSMISSION|ENQUIRY|ACKNOWLEDGE|ALERT|BACKSPACE
CHARACTER TABULATION|HORIZONTAL TABULATION|LINE FEED|NEW LINE|END OF LINE|LINE TABULATION|VERTICAL TABULATION
FORM FEED|CARRIAGE RETURN|SHIFT OUT|LOCKING-SHIFT ONE|SHIFT IN|LOCKING-SHIFT ZERO|DATA LINK ESCAPE
DEVICE CONTROL ONE|DEVICE CONTROL TWO|DEVICE CONTROL THREE|DEVICE CONTROL FOUR|NEGATIVE ACKNOWLEDGE
SYNCHRONOUS IDLE|END OF TRANSMISSION BLOCK|CANCEL|END OF MEDIUM|SUBSTITUTE|ESCAPE|INFORMATION SEPARATOR FOUR
FILE SEPARATOR|INFORMATION SEPARATOR THREE|GROUP SEPARATOR|INFORMATION SEPARATOR TWO|RECORD SEPARATOR
INFORMATION SEPARATOR ONE|UNIT SEPARATOR|DELETE|PADDING CHARACTER|HIGH OCTET PRESET|BREAK PERMITTED HERE
NO BREAK HERE|INDEX|NEXT LINE|START OF SELECTED AREA|END OF SELECTED AREA|CHARACTER TABULATION SET
CHARACTER TABULATION WITH JUSTIFICATION|LINE TABULATION SET|PARTIAL LINE FORWARD|PARTIAL LINE BACKWARD
REVERSE LINE FEED|SINGLE SHIFT TWO|SINGLE SHIFT THREE|DEVICE CONTROL STRING|PRIVATE USE ONE|PRIVATE USE TWO
SET TRANSMIT STATE|CANCEL CHARACTER|MESSAGE WAITING|START OF GUARDED AREA|END OF GUARDED AREA
START OF STRING|SINGLE GRAPHIC CHARACTER INTRODUCER|SINGLE CHARACTER INTRODUCER|CONTROL SEQUENCE INTRODUCER
STRING TERMINATOR|OPERATING SYSTEM COMMAND|PRIVACY MESSAGE|APPLICATION PROGRAM COMMAND
NUL|SOH|STX|ETX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|SO|SI|DLE|DC1|DC2|DC3|DC4|NAK|SYN|ETB|CAN|EOM|SUB|ESC
FS|GS|RS|US|SP|DEL|PAD|HOP|BPH|NBH|IND|NEL|SSA|ESA|HTS|HTJ|VTS|PLD|PLU|RI|SS2|SS3|DCS|PU1|PU2|STS|CCH|MW
SPA|EPA|SOS|SGC|SCI|CSI|ST|OSC|PM|APC|NBSP|SHY|CGJ|ZWSP|ZWNJ|ZWJ|LRM|RLM|LRE|RLE|PDF|LRO|RLO|WJ|LRI|RLI
FSI|PDI|NNBSP|MMSP|BOM|ZWNBSP|VS1|VS2|VS3|VS4|VS5|VS6|VS7|VS8|VS9|VS10|VS11|VS12|VS13|VS14|VS15|VS16
BYTE ORDER MARK|ZERO WIDTH NO-BREAK SPACE|LATIN CAPITAL LETTER GHA|LATIN SMALL LETTER GHA
KANNADA LETTER LLLA|LAO LETTER FO FON|LAO LETTER FO FAY|LAO LETTER RO|LAO LETTER LO|TIBETAN MARK BKA- SHOG GI MGO RGYAN
WEIERSTRASS ELLIPTIC FUNCTION|MICR ON US SYMBOL|MICR DASH SYMBOL|LEFT-POINTING ANGLE BRACKET
RIGHT-POINTING ANGLE BRACKET|PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
SINGLE-SHIFT-2|SINGLE-SHIFT-3|PARTIAL LINE DOWN|PARTIAL LINE UP|HIGH OCTET PRESET|SUBSTITUTE|ZERO WIDTH NO BREAK SPACE'''


def main(out):
    lines = []
    last = -1
    derived = {}  # prefix -> [[start, end]]
    for c in range(0x110000):
        name = unicodedata.name(chr(c), None)
        if name is None or name.startswith('HANGUL SYLLABLE '):
            continue
        prefix = next((p for p in DERIVED if name == '%s%04X' % (p, c)), None)
        if prefix:
            r = derived.setdefault(prefix, [])
            if r and r[-1][1] == c - 1:
                r[-1][1] = c
            else:
                r.append([c, c])
            continue
        step = '' if c == last + 1 else '%X' % (c - last)
        lines.append('+%s;%s' % (step, name))
        last = c
    for prefix, ranges in derived.items():
        for a, b in ranges:
            lines.append('=%X;%X;%s' % (a, b, prefix))
    seen = set()
    for alias in ALIASES.replace('\n', '|').split('|'):
        alias = alias.strip()
        if not alias or alias in seen:
            continue
        seen.add(alias)
        try:
            ch = unicodedata.lookup(alias)
        except KeyError:
            continue
        if len(ch) == 1 and unicodedata.name(ch, None) != alias:
            lines.append('@%X;%s' % (ord(ch), alias))
    with open(out, 'wb') as f:
        f.write(zlib.compress('\n'.join(lines).encode('ascii'), 9))
    print(unicodedata.unidata_version, len(lines), 'records', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'names.z')
