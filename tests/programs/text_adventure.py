# A scripted text adventure: rooms, items, a command parser, and state.
class Item:
    def __init__(self, name, desc, weight=1):
        self.name, self.desc, self.weight = name, desc, weight
    def __repr__(self):
        return f'<{self.name}>'

class Room:
    def __init__(self, name, desc):
        self.name, self.desc = name, desc
        self.exits = {}
        self.items = []
        self.locked = {}
    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self
    def describe(self):
        lines = [f'== {self.name} ==', self.desc]
        if self.items:
            lines.append('You see: ' + ', '.join(i.name for i in sorted(self.items, key=lambda i: i.name)))
        lines.append('Exits: ' + ' '.join(sorted(self.exits)))
        return '\n'.join(lines)

class GameOver(Exception):
    pass

class Game:
    MAX_WEIGHT = 5
    def __init__(self):
        hall = Room('Hall', 'A dusty hall.')
        kitchen = Room('Kitchen', 'Smells of old bread.')
        cellar = Room('Cellar', 'Dark and damp.')
        vault = Room('Vault', 'Gold glitters everywhere!')
        hall.connect('north', kitchen, 'south')
        kitchen.connect('down', cellar, 'up')
        cellar.connect('east', vault, locked_by='key')
        kitchen.items += [Item('knife', 'A sharp knife.'), Item('bread', 'Stale.', 2)]
        cellar.items.append(Item('key', 'A rusty key.'))
        cellar.items.append(Item('anvil', 'Very heavy.', 10))
        self.room = hall
        self.inventory = []
        self.moves = 0
        self.vault = vault
        self.handlers = {name[4:]: getattr(self, name) for name in dir(self) if name.startswith('cmd_')}
    def weight(self):
        return sum(i.weight for i in self.inventory)
    def cmd_look(self, *args):
        return self.room.describe()
    def cmd_go(self, direction=None):
        if direction not in self.room.exits:
            return "You can't go that way."
        need = self.room.locked.get(direction)
        if need and not any(i.name == need for i in self.inventory):
            return f'The way {direction} is locked.'
        self.room = self.room.exits[direction]
        self.moves += 1
        if self.room is self.vault:
            raise GameOver(f'You win in {self.moves} moves!')
        return self.room.describe()
    def cmd_take(self, name=None):
        for item in self.room.items:
            if item.name == name:
                if self.weight() + item.weight > self.MAX_WEIGHT:
                    return f'The {name} is too heavy.'
                self.room.items.remove(item)
                self.inventory.append(item)
                return f'Taken: {name}.'
        return f'No {name} here.'
    def cmd_drop(self, name=None):
        for item in list(self.inventory):
            if item.name == name:
                self.inventory.remove(item)
                self.room.items.append(item)
                return f'Dropped: {name}.'
        return f"You don't have {name}."
    def cmd_inv(self):
        if not self.inventory:
            return 'You carry nothing.'
        return 'You carry: ' + ', '.join(f'{i.name}({i.weight})' for i in self.inventory) + f' [total {self.weight()}]'
    def cmd_examine(self, name=None):
        for i in self.inventory + self.room.items:
            if i.name == name:
                return i.desc
        return 'Nothing like that.'
    def do(self, line):
        words = line.lower().split()
        if not words:
            return 'Say something.'
        verb, *args = words
        aliases = {'n': ('go', 'north'), 's': ('go', 'south'), 'd': ('go', 'down'), 'u': ('go', 'up'), 'e': ('go', 'east'), 'i': ('inv',), 'l': ('look',)}
        if verb in aliases:
            verb, *pre = aliases[verb]
            args = pre + args
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        try:
            return handler(*args)
        except TypeError as e:
            return 'Huh? ' + type(e).__name__

g = Game()
script = ['look', 'take lamp', 'n', 'take knife', 'take bread', 'i', 'dance', '', 'd', 'e',
          'take anvil', 'take key', 'drop bread', 'take key', 'examine key', 'inv', 'go', 'take a b c', 'e']
for line in script:
    print('>', line)
    try:
        print(g.do(line))
    except GameOver as win:
        print('***', win, '***')
        break
print(sorted(g.handlers))
