import unittest

from ledger import Ledger


class LedgerTest(unittest.TestCase):
    def test_deposits_add_up(self):
        ledger = Ledger()
        ledger.deposit(10)
        ledger.deposit(5)
        self.assertEqual(15, ledger.balance())

    def test_a_withdrawal_reduces_the_balance(self):
        ledger = Ledger()
        ledger.deposit(100)
        ledger.withdraw(30)
        self.assertEqual(70, ledger.balance())

    def test_an_overdraft_is_refused(self):
        ledger = Ledger()
        ledger.deposit(10)
        with self.assertRaises(ValueError):
            ledger.withdraw(11)


if __name__ == "__main__":
    unittest.main()
