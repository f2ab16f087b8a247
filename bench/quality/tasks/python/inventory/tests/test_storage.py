import os
import tempfile
import unittest
from decimal import Decimal

from inventory import storage
from inventory.errors import StockFileError
from inventory.models import Item


class StorageTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()

    def write(self, text):
        path = os.path.join(self.folder, "stock.csv")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path

    def test_items_are_read_in_file_order(self):
        path = self.write(
            "sku,title,category,quantity,unit_price,vat_rate\n"
            "B,Second,fiction,1,2.50,0.07\n"
            "A,First,fiction,3,1.00,0.07\n"
        )
        items = storage.load(path)
        self.assertEqual(["B", "A"], [item.sku for item in items])
        self.assertEqual(Decimal("2.50"), items[0].unit_price)

    def test_a_malformed_row_is_named_by_its_line(self):
        path = self.write("sku,title,category,quantity,unit_price,vat_rate\nA,T,c,many,1,0\n")
        with self.assertRaises(StockFileError) as raised:
            storage.load(path)
        self.assertEqual(2, raised.exception.line)

    def test_what_is_saved_loads_again(self):
        path = os.path.join(self.folder, "out.csv")
        items = [Item("A", "T", "c", 2, Decimal("1.50"), Decimal("0.07"))]
        storage.save(path, items)
        self.assertEqual(items, storage.load(path))
