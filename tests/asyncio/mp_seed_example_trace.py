# The example of the asyncio documentation (mp_seed_example.py, run verbatim by its
# own test for 2 x 10 s) with 1 s runs and recording LEDs: each LED blinks with
# 5 ms pulses at its period, both concurrently, in both runs (pyb.LED, machine.Pin).
# Tracing real pins: upy -X trace-pins mp_seed_example.py
import sys
import time

events = []

class Recorder:
    made = 0
    def __init__(self, id):
        Recorder.made += 1
        self.id = Recorder.made
    def on(self):
        events.append((time.ticks_ms(), self.id, 1))
    def off(self):
        events.append((time.ticks_ms(), self.id, 0))

class FakeModule:
    LED = Recorder
    Pin = Recorder

sys.modules["pyb"] = FakeModule
sys.modules["machine"] = FakeModule

src = open("mp_seed_example.py").read().replace("10_000", "1_000")
for run in range(2):
    events.clear()
    t0 = time.ticks_ms()
    # exec runs one of the two asyncio.run calls at a time
    part = src.split("# Running on a generic board")[run]
    if run == 1:
        part = src.split("# Running on a pyboard")[0] + part
    exec(part, {"__name__": "seed"})
    total = time.ticks_diff(time.ticks_ms(), t0)
    print("run", run, "lasted about 1 s:", 990 <= total < 1300)
    for led in (2 * run + 1, 2 * run + 2):
        evs = [(t, v) for t, i, v in events if i == led]
        ons = [t for t, v in evs if v == 1]
        offs = [t for t, v in evs if v == 0]
        pulses = [time.ticks_diff(b, a) for a, b in zip(ons, offs)]
        periods = [time.ticks_diff(b, a) for a, b in zip(ons, ons[1:])]
        print(" LED", led, "pulses", len(ons),
              "5 ms each:", all(5 <= p < 60 for p in pulses),
              "periods ok:", all(705 - 5 <= p < 705 + 150 if led % 2 else 405 - 5 <= p < 405 + 150 for p in periods))
    if run == 1:
        # as in MicroPython, run() leaves other tasks queued: the first run's
        # blink tasks go on blinking during the second run
        print(" first LEDs still blinking:", {i for t, i, v in events if i <= 2} == {1, 2})
