"""Money: totals, rounding and discounts."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def rounded(amount):
    """`amount` rounded to cents, halves away from zero, as shops round."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def total_net(items):
    return rounded(sum((item.net_value for item in items), Decimal(0)))


def total_gross(items):
    return rounded(sum((item.gross_value for item in items), Decimal(0)))


def discounted(price, percent):
    """`price` less `percent` per cent; percent must be between 0 and 100."""
    if not 0 <= percent <= 100:
        raise ValueError(f"a discount is between 0 and 100 per cent, not {percent}")
    return rounded(price * (Decimal(100) - Decimal(percent)) / Decimal(100))
