import unittest
from decimal import Decimal

from inventory import queries
from inventory.models import Item


def item(sku, quantity, category="c"):
    return Item(sku, sku.lower(), category, quantity, Decimal("1"), Decimal("0"))


class QueriesTest(unittest.TestCase):
    def test_low_stock_is_fewest_first(self):
        items = [item("B", 3), item("A", 3), item("C", 1), item("D", 9)]
        self.assertEqual(["C", "A", "B"], [i.sku for i in queries.low_stock(items, 5)])

    def test_categories_are_in_alphabetical_order(self):
        items = [item("A", 1, "zines"), item("B", 1, "art"), item("C", 1, "art")]
        self.assertEqual(["art", "zines"], list(queries.by_category(items)))
