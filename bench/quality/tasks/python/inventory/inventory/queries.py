"""Questions about the stock: what is low, what each category holds."""

from collections import defaultdict


def low_stock(items, below):
    """Items with fewer than `below` on the shelf, fewest first, then by SKU."""
    return sorted(
        (item for item in items if item.quantity < below),
        key=lambda item: (item.quantity, item.sku),
    )


def by_category(items):
    """Items grouped by category, categories in alphabetical order."""
    groups = defaultdict(list)
    for item in items:
        groups[item.category].append(item)
    return dict(sorted(groups.items()))


def find(items, sku):
    """The item with this SKU, or None."""
    return next((item for item in items if item.sku == sku), None)
