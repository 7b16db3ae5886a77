"""The store: every SQL statement of claim-annotator, behind one `Store` object.

`database.py` holds the `Store` (opening, transactions, articles, sentences, labels, events,
undo, adjudications, reads); `migrations.py` the schema; `views.py` the SQL views; the
`*_rows.py` modules the set-wise reads of export, review and sway; `merge.py` the merge of
another database. The command line and the screens reach the data only through this package.
"""

from annotator.records import STATE_FIELDS
from annotator.store.database import (
    BOOL_FIELDS,
    BUSY_TIMEOUT_S,
    EVENT_COLUMNS,
    Store,
    event_from_row,
    is_busy,
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
    "is_busy",
    "is_database_file",
    "pending_migrations",
]
