"""The store: every SQL statement of claim-annotator, behind one `Store` object.

`database.py` holds the `Store` (opening, transactions, articles, sentences, labels, events,
undo, adjudications, reads); `migrations.py` the schema; `views.py` the SQL views; the
`*_rows.py` modules the set-wise reads of export, review and sway; `merge.py` the merge of
another database. The command line and the screens reach the data only through this package.
"""

from annotator.store._lean import import_sqlite_utils

import_sqlite_utils()  # before the modules below import it

from annotator.models import STATE_FIELDS  # noqa: E402
from annotator.store.database import (  # noqa: E402
    BOOL_FIELDS,
    BUSY_TIMEOUT_S,
    EVENT_COLUMNS,
    Store,
    event_from_row,
    is_database_file,
    pending_migrations,
)

__all__ = [
    "BOOL_FIELDS",
    "BUSY_TIMEOUT_S",
    "EVENT_COLUMNS",
    "STATE_FIELDS",
    "Store",
    "event_from_row",
    "is_database_file",
    "pending_migrations",
]
