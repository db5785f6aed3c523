for s in ["  x = 1", "def f():\n  x = 1\n    y = 2", "if 1:\nx"]:
  try: compile(s, "f", "exec")
  except SyntaxError as e: print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
