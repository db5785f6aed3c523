# datetime.strptime: directives, defaults, week arithmetic, time zones, errors.
from datetime import datetime, timezone, timedelta

cases = [
    ("2024  03 05", "%Y %m %d"), ("2024 03 05", "%Y  %m %d"), ("2024\t03\n05", "%Y %m %d"), ("(2024)", "(%Y)"),
    ("a.b 2024", "a.b %Y"), ("a*b 2024", "a*b %Y"), ("2024$", "%Y$"), ("[5]", "[%d]"),
    ("MONDAY 2024 01", "%A %Y %W"), ("monday 2024 00", "%A %Y %W"), ("sun 2024 00", "%a %Y %U"), ("sun 2024 01", "%a %Y %U"),
    ("sat 2023 52", "%a %Y %W"), ("0 2024 53", "%w %Y %U"), ("6 2021 00", "%w %Y %W"), ("1 2022 00", "%u %Y %W"),
    ("2024 366", "%Y %j"), ("2023 366", "%Y %j"), ("2023 001", "%Y %j"), ("1", "%j"), ("2024 60 3", "%Y %j %m"),
    ("2020-W53-7", "%G-W%V-%u"), ("2021-W01-1", "%G-W%V-%u"), ("2021 01 mon", "%G %V %a"), ("2021 01", "%G %V"),
    ("2021 01 1", "%Y %V %u"), ("2021 001 1", "%G %j %u"),
    ("+01:30:15", "%z"), ("-0130", "%z"), ("+01:3015", "%z"), ("+0130:15", "%z"), ("+01:30:15.5", "%z"), ("-01:30:15.123456", "%z"),
    ("+013015.25", "%z"), ("z", "%z"), ("+01", "%z"), ("+2400", "%z"), ("-23:59", "%z"), ("+0000", "%z"), ("-0000", "%z"),
    ("UTC +0100", "%Z %z"), ("gmt", "%Z"), ("EST", "%Z"), ("+0100 UTC", "%z %Z"),
    ("12:30:45 am", "%I:%M:%S %p"), ("12:30:45 AM", "%I:%M:%S %p"), ("11 pm", "%I %p"), ("12", "%I"), ("0", "%I"), ("13", "%I"),
    ("23", "%H"), ("24", "%H"), ("7", "%H"), ("60", "%S"), ("61", "%S"), ("62", "%S"), ("59", "%M"),
    ("1", "%f"), ("1234567", "%f"), ("000001", "%f"), ("99", "%y"), ("00", "%y"), ("2", "%y"),
    ("Feb 29", "%b %d"), ("29", "%d"), ("2024 Feb 29", "%Y %b %d"), ("31 Apr 2024", "%d %b %Y"),
    ("January", "%B"), ("JANUARY", "%B"), ("Janu", "%B"), ("sept", "%b"), ("Sep", "%b"),
    ("2024-03-05T10:11:12.000500Z", "%Y-%m-%dT%H:%M:%S.%fZ"), ("10%", "%d%%"), ("10%", "%d%"), ("x", "%"),
    ("2024", "%Y%Y"), ("2024 2024", "%Y %Y"), ("2024 2025", "%Y %Y"), ("", "%Y"), ("2024", ""), ("10", "%e"),
    ("Tue Mar  5 10:11:12 2024", "%c"), ("03/05/24 10:11:12", "%x %X"), ("5", "%m"), ("13", "%m"), ("0", "%d"),
    ("  5", "%d"), (" 5", "%d"), ("05 ", "%d"), ("05 ", "%d "), ("Wednesday", "%A"), ("Wed", "%A"),
]
for s, f in cases:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
r = datetime.strptime("2024-03-05 +0530", "%Y-%m-%d %z")
print(r.utcoffset(), r.tzname(), r.astimezone(timezone.utc), r.tzinfo == timezone(timedelta(hours=5, minutes=30)))
print(datetime.strptime("2024-03-05 UTC +0000", "%Y-%m-%d %Z %z").tzinfo, datetime.strptime("2024 Z", "%Y %z").tzinfo is timezone.utc)
for s, f in [("2021 2021 01 1", "%Y %G %V %u"), ("2021 2020 53 7", "%Y %G %V %u"), ("2021 2021 1", "%Y %G %u"), ("2020 54 1", "%G %V %u"),
             ("2024 001 mon", "%Y %j %a"), ("2024 10 mon 100", "%Y %W %a %j")]:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
for f in ["%.", "% d", "%\\", "%(", "%Y%", "a%%b%%", "%c", "%x%X"]:
    try:
        print(f, datetime.strptime("x", f))
    except Exception as e:
        print(f, type(e).__name__, e)
for s, f in [("10", "%V"), ("10 1", "%V %u"), ("10 2020", "%V %Y"), ("10 2020 1", "%V %Y %u"), ("10 1 01", "%V %u %W"), ("10 01", "%V %W"),
             ("10 mon", "%V %a"), ("10 01 1", "%V %U %u"), ("10 2020 01 1", "%V %Y %W %u"), ("10 2020 2", "%V %G %u"), ("10 50 1", "%V %j %u")]:
    try:
        print(f, datetime.strptime(s, f))
    except Exception as e:
        print(f, e)
