"""The things a stock list holds."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Item:
    """One line of stock: a product, how many are on the shelf and what one costs."""

    sku: str
    title: str
    category: str
    quantity: int
    unit_price: Decimal
    vat_rate: Decimal

    def __post_init__(self):
        if self.quantity < 0:
            raise ValueError(f"{self.sku}: quantity cannot be negative ({self.quantity})")
        if self.unit_price < 0:
            raise ValueError(f"{self.sku}: price cannot be negative ({self.unit_price})")

    @property
    def net_value(self):
        return self.unit_price * self.quantity

    @property
    def gross_value(self):
        return self.net_value * (1 + self.vat_rate)

    def with_quantity(self, quantity):
        return Item(
            self.sku, self.title, self.category, quantity, self.unit_price, self.vat_rate
        )
