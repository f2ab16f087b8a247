import unittest
from decimal import Decimal

from inventory import pricing
from inventory.models import Item


def item(quantity, price, vat="0.07"):
    return Item("X", "T", "c", quantity, Decimal(price), Decimal(vat))


class PricingTest(unittest.TestCase):
    def test_totals_round_to_cents(self):
        items = [item(3, "0.335"), item(1, "1.00")]
        self.assertEqual(Decimal("2.01"), pricing.total_net(items))
        self.assertEqual(Decimal("2.15"), pricing.total_gross(items))

    def test_a_discount_is_a_percentage(self):
        self.assertEqual(Decimal("9.00"), pricing.discounted(Decimal("10.00"), 10))
        with self.assertRaises(ValueError):
            pricing.discounted(Decimal("10.00"), 120)
