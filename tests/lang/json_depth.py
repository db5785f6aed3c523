# Deeply nested JSON is a RecursionError, not a crash.
import json
for s in ['['*100000, '{"a":'*100000, b'['*100000]:
    try: json.loads(s)
    except RecursionError as e: print(e)
