"""A module the way real projects write them."""
from __future__ import annotations

import os
import sys
from typing import (
    Any,
    Optional,
)

from .models import User

DEFAULT_TIMEOUT = 30
RETRIES: int = 3
HELP = "def not_a_function(type=int,): class NotAClass"


@dataclass(frozen=True)
class Settings:
    """Settings read from the environment."""

    name: str
    timeout: int = DEFAULT_TIMEOUT

    @property
    def url(self) -> str:
        return f"https://{self.name}"

    class Meta:
        ordering = ["name"]

        def describe(self):
            return "meta"


@app.route("/users", methods=["GET"])
@login_required
async def list_users(
    request,
    page: int = 1,
    type=int,
) -> list[User]:
    parser.add_argument("--count", type=int, default=1)
    return []


def main(argv: Optional[list[str]] = None) -> int:
    if argv:
        def inner():
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
