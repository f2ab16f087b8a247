"""Errors the tool reports to its user instead of a traceback."""


class InventoryError(Exception):
    """Something the user can fix: a missing file, a malformed row."""


class StockFileError(InventoryError):
    """The stock file cannot be read as a stock list."""

    def __init__(self, path, line, reason):
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason
