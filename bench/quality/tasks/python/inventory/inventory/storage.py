"""Reading and writing the stock list, a CSV file with a header row."""

import csv
from decimal import Decimal, InvalidOperation

from inventory.errors import StockFileError
from inventory.models import Item

COLUMNS = ("sku", "title", "category", "quantity", "unit_price", "vat_rate")


def load(path):
    """The items of the stock file at `path`, in file order."""
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            return list(_items(path, csv.DictReader(handle)))
    except FileNotFoundError:
        raise StockFileError(path, 0, "no such file") from None


def _items(path, reader):
    missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise StockFileError(path, 1, "missing columns: " + ", ".join(missing))
    for line, row in enumerate(reader, start=2):
        try:
            yield Item(
                sku=row["sku"].strip(),
                title=row["title"].strip(),
                category=row["category"].strip(),
                quantity=int(row["quantity"]),
                unit_price=Decimal(row["unit_price"]),
                vat_rate=Decimal(row["vat_rate"]),
            )
        except (ValueError, InvalidOperation) as error:
            raise StockFileError(path, line, str(error)) from None


def save(path, items):
    """Writes `items` to `path` with the header row."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for item in items:
            writer.writerow(
                [item.sku, item.title, item.category, item.quantity, item.unit_price, item.vat_rate]
            )
