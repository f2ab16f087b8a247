"""Plain-text tables for the terminal."""

from inventory import pricing
from inventory.queries import by_category


def table(headers, rows):
    """Rows under headers, each column as wide as its widest cell; numbers aligned right."""
    cells = [list(map(str, headers))] + [list(map(str, row)) for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for number, row in enumerate(cells):
        lines.append(
            "  ".join(
                cell.rjust(width) if _numeric(cell) else cell.ljust(width)
                for cell, width in zip(row, widths)
            ).rstrip()
        )
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _numeric(cell):
    return cell.replace(".", "", 1).replace("-", "", 1).isdigit()


def value_report(items):
    return (
        f"{len(items)} items, {sum(item.quantity for item in items)} on the shelves\n"
        f"net value: {pricing.total_net(items)}\n"
        f"gross value: {pricing.total_gross(items)}"
    )


def category_report(items):
    rows = [
        (category, len(group), sum(i.quantity for i in group), pricing.total_net(group))
        for category, group in by_category(items).items()
    ]
    return table(("category", "items", "quantity", "net value"), rows)


def low_report(items):
    if not items:
        return "nothing is low"
    return table(("sku", "quantity", "title"), [(i.sku, i.quantity, i.title) for i in items])
