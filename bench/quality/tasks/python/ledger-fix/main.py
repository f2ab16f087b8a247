from ledger import Ledger

ledger = Ledger()
ledger.deposit(100)
ledger.withdraw(30)
print(f"balance: {ledger.balance()}")
