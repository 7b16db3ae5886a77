"""Import sqlite-utils without the numpy and pandas it loads when they are installed.

sqlite-utils imports both at import time, only to map their scalar types to SQLite column
types when inserting numpy or pandas values, which the store never does. Loading them costs
about a fifth of a second at every start of the annotation screen (pandas pulls pyarrow).
"""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """`conn` wrapped by sqlite-utils, for its table helpers (the store sets the pragmas
    itself, `recursive_triggers` included)."""
    import_sqlite_utils()
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False)
