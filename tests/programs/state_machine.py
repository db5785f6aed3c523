# A turnstile/vending state machine driven by events, with enum states, dispatch tables and history.
import enum
from collections import Counter, deque

class State(enum.Enum):
    IDLE = 'idle'
    HAS_COIN = 'has_coin'
    VENDING = 'vending'
    BROKEN = 'broken'

class Event(enum.Enum):
    COIN = enum.auto()
    PUSH = enum.auto()
    DONE = enum.auto()
    KICK = enum.auto()
    FIX = enum.auto()

class Machine:
    def __init__(self, stock):
        self.state = State.IDLE
        self.stock = stock
        self.coins = 0
        self.history = deque(maxlen=5)
        self.table = {
            (State.IDLE, Event.COIN): self.accept_coin,
            (State.HAS_COIN, Event.COIN): self.reject_coin,
            (State.HAS_COIN, Event.PUSH): self.vend,
            (State.VENDING, Event.DONE): lambda: State.IDLE,
        }
    def accept_coin(self):
        self.coins += 1
        return State.HAS_COIN
    def reject_coin(self):
        print('  coin returned')
        return State.HAS_COIN
    def vend(self):
        if self.stock == 0:
            print('  sold out, refund')
            self.coins -= 1
            return State.IDLE
        self.stock -= 1
        return State.VENDING
    def handle(self, ev):
        if ev is Event.KICK:
            new = State.BROKEN
        elif ev is Event.FIX:
            new = State.IDLE if self.state is State.BROKEN else self.state
        elif self.state is State.BROKEN:
            print(f'  ignoring {ev.name} while broken')
            new = self.state
        else:
            action = self.table.get((self.state, ev))
            if action is None:
                print(f'  invalid {ev.name} in {self.state.value}')
                new = self.state
            else:
                new = action()
        self.history.append((self.state.name, ev.name, new.name))
        self.state = new
        return new

m = Machine(stock=2)
script = [Event.PUSH, Event.COIN, Event.COIN, Event.PUSH, Event.DONE, Event.COIN, Event.PUSH, Event.DONE,
          Event.COIN, Event.PUSH, Event.KICK, Event.COIN, Event.FIX, Event.DONE]
seen = Counter()
for ev in script:
    st = m.handle(ev)
    seen[st] += 1
    print(f'{ev.name:>5} -> {st.value}')
print('stock', m.stock, 'coins', m.coins)
print(list(m.history))
print(sorted((s.name, n) for s, n in seen.items()))
print([s.value for s in State], State('vending'), State['BROKEN'] is State.BROKEN, Event.PUSH.value, len(Event))
