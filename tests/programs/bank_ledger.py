# A bank ledger: custom exceptions, context managers for transactions, decimal-like cents, reports.
from contextlib import contextmanager
import json

class LedgerError(Exception):
    pass

class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(f'{account.owner} needs {needed / 100:.2f} more')
        self.account = account
        self.needed = needed

class Account:
    _next_id = 1
    def __init__(self, owner, cents=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.cents = cents
        self.history = []
    def deposit(self, cents, memo='deposit'):
        if cents <= 0:
            raise ValueError('deposit must be positive')
        self.cents += cents
        self.history.append((memo, cents))
    def withdraw(self, cents, memo='withdraw'):
        if cents > self.cents:
            raise InsufficientFunds(self, cents - self.cents)
        self.cents -= cents
        self.history.append((memo, -cents))
    def __repr__(self):
        return f'<Account #{self.id} {self.owner}: {self.cents / 100:,.2f}>'

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, owner, cents=0):
        acct = Account(owner, cents)
        self.accounts[acct.id] = acct
        return acct
    @contextmanager
    def transaction(self, label):
        snapshot = {i: (a.cents, len(a.history)) for i, a in self.accounts.items()}
        try:
            yield self
        except LedgerError as e:
            for i, (cents, n) in snapshot.items():
                a = self.accounts[i]
                a.cents = cents
                del a.history[n:]
            self.log.append(f'ROLLBACK {label}: {e}')
        else:
            self.log.append(f'COMMIT {label}')
    def transfer(self, src, dst, cents):
        src.withdraw(cents, f'to {dst.owner}')
        dst.deposit(cents, f'from {src.owner}')

bank = Bank()
alice = bank.open('alice', 100_00)
bob = bank.open('bob', 20_50)
carol = bank.open('carol')
with bank.transaction('pay bob'):
    bank.transfer(alice, bob, 30_25)
with bank.transaction('bob overspends'):
    bank.transfer(bob, carol, 10_00)
    bank.transfer(bob, carol, 100_00)
with bank.transaction('split'):
    for who in (bob, carol):
        bank.transfer(alice, who, 5_00)
try:
    with bank.transaction('bad deposit'):
        carol.deposit(-5)
except ValueError as e:
    print('ValueError escaped:', e)
for a in bank.accounts.values():
    print(a, a.history)
print('\n'.join(bank.log))
total = sum(a.cents for a in bank.accounts.values())
print(f'total {total / 100:.2f}', total == 100_00 + 20_50)
report = {a.owner: {'balance': a.cents, 'moves': len(a.history)} for a in bank.accounts.values()}
print(json.dumps(report, sort_keys=True))
richest = max(bank.accounts.values(), key=lambda a: a.cents)
print('richest:', richest.owner, sorted(bank.accounts.values(), key=lambda a: (-a.cents, a.owner)))
try:
    carol.withdraw(1_000_00)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed, isinstance(e, LedgerError))
