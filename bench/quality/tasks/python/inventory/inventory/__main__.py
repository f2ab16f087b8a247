"""Entry point for `python3 -m inventory`."""

import sys

from inventory.cli import main

if __name__ == "__main__":
    sys.exit(main())
