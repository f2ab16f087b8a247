"""Stock keeping for a small bookshop."""

__version__ = "1.4.0"
