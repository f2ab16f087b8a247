"""A running balance of deposits and withdrawals."""


class Ledger:
    """Amounts in cents; every amount must be positive."""

    def __init__(self):
        self.entries = []

    def deposit(self, amount):
        self._check(amount)
        self.entries.append(amount)

    def withdraw(self, amount):
        self._check(amount)
        self.entries.append(amount)

    def balance(self):
        return sum(self.entries)

    @staticmethod
    def _check(amount):
        if amount <= 0:
            raise ValueError(f"amounts must be positive, not {amount}")
