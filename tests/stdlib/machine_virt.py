# machine is host-virtual in upy: a Pin keeps its value.
import machine
p = machine.Pin(2, machine.Pin.OUT); p.value(1); print(p.value()); p.off(); print(p.value()); p.on(); print(p())
print(type(machine.unique_id()).__name__, machine.freq() > 0)
