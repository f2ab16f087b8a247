"""The command line: `python3 -m inventory COMMAND STOCK_FILE [options]`."""

import argparse
import sys

from inventory import __version__, queries, report, storage
from inventory.errors import InventoryError


def create_parser():
    parser = argparse.ArgumentParser(prog="inventory", description="Stock keeping for a bookshop.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    value = commands.add_parser("value", help="what the stock is worth")
    value.add_argument("stock", help="the stock file (CSV)")

    low = commands.add_parser("low", help="items running low")
    low.add_argument("stock", help="the stock file (CSV)")
    low.add_argument("--below", type=int, default=5, help="fewer than this many (default 5)")

    grouped = commands.add_parser("report", help="the stock by category")
    grouped.add_argument("stock", help="the stock file (CSV)")
    grouped.add_argument("--by", choices=["category"], default="category")
    return parser


def main(argv=None):
    args = create_parser().parse_args(argv)
    try:
        items = storage.load(args.stock)
    except InventoryError as error:
        print(f"inventory: {error}", file=sys.stderr)
        return 1
    if args.command == "value":
        print(report.value_report(items))
    elif args.command == "low":
        print(report.low_report(queries.low_stock(items, args.below)))
    elif args.command == "report":
        print(report.category_report(items))
    return 0
