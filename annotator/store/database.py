"""The Store: the only object the command line and the TUI use to reach the data.

Every SQL statement lives here (and in `migrations.py`). Writes run in `BEGIN IMMEDIATE`
transactions: taking the write lock up front lets SQLite's busy timeout queue concurrent writers
instead of failing a deferred transaction that tries to upgrade (`database is locked`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.errors import AnnotatorError, DatabaseError, SchemeChanged, UnknownLabel
from annotator.lazy import lazy_module
from annotator.records import (
    BOOL_STATE_FIELDS,
    STATE_FIELDS,
    Article,
    EventAction,
    LabelScheme,
    Page,
    Sentence,
    state_of,
    utc_now,
)
from annotator.schemes import CLAIMS
from annotator.store._lean import wrap
from annotator.store.migrations import LATEST, check_version, migrate

if TYPE_CHECKING:
    import sqlite_utils

    from annotator import models
    from annotator.models import Adjudication, Annotation, Event
else:
    # Pydantic's models load when a label, an event or an adjudication is first read or
    # written: the annotation screen paints its first sentence without them.
    models = lazy_module("annotator.models")

BUSY_TIMEOUT_S = 60.0
"""How long a writer waits for another one: long, so a busy team never sees a lock error."""


def is_busy(error: BaseException) -> bool:
    """`error` is SQLite's "database is locked": another connection holds the write lock
    longer than this one's busy timeout. Nothing was written; the same write can be tried
    again."""
    return isinstance(error, sqlite3.OperationalError) and getattr(
        error, "sqlite_errorcode", None
    ) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


BOOL_FIELDS = BOOL_STATE_FIELDS
"""State fields stored as 0/1 integers: SQLite has no boolean."""
EVENT_COLUMNS = "uid, sentence_id, annotator, action, before, after, target, created_at"
_SENTENCE_COLUMNS = 'id, article_id, position, start, "end", text, paragraph, boilerplate'


def _uri(path: Path, mode: str) -> str:
    """A `file:` URI for SQLite (percent-encoded: a name may hold `?` or `#`)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


class _OlderSchema(Exception):
    """A read-only open met a schema that needs a migration first."""


def is_database_file(path: str | Path, database: str | Path) -> bool:
    """`path` names the file `database` or its `-wal` / `-shm` (by inode, without opening)."""
    try:
        target = os.stat(path)
    except OSError:
        return False
    for name in (str(database), f"{database}-wal", f"{database}-shm"):
        try:
            held = os.stat(name)
        except OSError:
            continue
        if (held.st_dev, held.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


def pending_migrations(path: str | Path) -> int:
    """How many schema migrations opening `path` will run: 0 for a missing, new or current
    file, or one that cannot be read (`Store.open` then says why). Read-only, through SQLite."""
    try:
        if not Path(path).is_file():
            return 0
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return 0
    return LATEST - current if 0 < current < LATEST else 0


def _on_readonly_media(path: Path) -> bool:
    """The folder of `path` cannot be written (read-only media, or no permission)."""
    return not os.access(path.resolve().parent, os.W_OK)


def _within(annotator: str | None, column: str) -> tuple[str, list[str]]:
    """An SQL condition keeping `column` (an article id) to the articles assigned to
    `annotator`; nothing when `annotator` is None."""
    if annotator is None:
        return "", []
    return (
        f" AND {column} IN (SELECT article_id FROM assignments WHERE annotator = ?)",
        [annotator],
    )


def _sentence(row: sqlite3.Row | tuple[Any, ...]) -> Sentence:
    # A row of our own typed table, validated when it was stored: a plain record (records.py),
    # so the annotation screen's first paint needs no Pydantic.
    return Sentence(
        id=row[0],
        article_id=row[1],
        position=row[2],
        start=row[3],
        end=row[4],
        text=row[5],
        paragraph=row[6],
        boilerplate=bool(row[7]),
    )


def _annotation(row: dict[str, Any]) -> Annotation:
    return models.Annotation.model_validate(
        {**row, **{field: bool(row[field]) for field in BOOL_FIELDS}}
    )


def event_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Event:
    """An event from `SELECT {EVENT_COLUMNS}`."""
    return models.Event(
        uid=row[0],
        sentence_id=row[1],
        annotator=row[2],
        action=EventAction(row[3]),
        before=json.loads(row[4]) if row[4] else None,
        after=json.loads(row[5]) if row[5] else None,
        target=row[6],
        created_at=row[7],
    )


BULK_CACHE_KB = 65_536
"""Page cache of a bulk writer's connection (an upper bound: pages are kept as they are read)."""


class Store:
    """One SQLite database of articles, sentences, labels, events and adjudications."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None = None, *, readonly: bool = False
    ) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._scheme: LabelScheme | None = None
        self._scheme_json: str | None = None
        """The stored definition `_scheme` was read from: `check_label` compares."""

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The connection wrapped by sqlite-utils, for its table helpers (upserts, bulk
        inserts, migrations). Made on first use: importing sqlite-utils costs a tenth of a
        second, and the annotation screen's first paint needs none of it."""
        return wrap(self.conn)

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        durable: bool = True,
        readonly: bool = False,
    ) -> Store:
        """Open (and create or migrate) the database at `path`.

        `durable` sets `synchronous=FULL`: each commit is fsynced, so a label shown as saved
        survives even a power cut, not only a killed process. `readonly` is for commands that
        only read: nothing is written (not even a schema into an empty file), and a file on
        read-only media can still be read.

        The file is never opened with Python's own I/O, only through SQLite: closing any
        descriptor of a file drops every POSIX lock this process holds on it, so another
        process would take this one's SQLite connections for gone and delete the WAL under
        them (SQLite's "How To Corrupt", section 2.2).
        """
        path = Path(path)
        try:
            info = path.stat()
        except FileNotFoundError:
            if not create or readonly:
                raise DatabaseError(
                    f"{path}: no such database (run `annotator import` first)"
                ) from None
            info = None
        except OSError as error:
            raise DatabaseError(f"{path}: cannot open: {error.strerror}") from None
        if info is not None:
            if stat.S_ISDIR(info.st_mode):
                raise DatabaseError(f"{path}: is a folder, not a database file")
            if not stat.S_ISREG(info.st_mode):
                raise DatabaseError(f"{path}: not a regular file, not a database")
            if info.st_size == 0 and (readonly or not create):
                raise DatabaseError(
                    f"{path}: is empty, not an annotator database (run `annotator import`)"
                )
        if readonly:
            try:
                return cls._open_readonly(path, durable=durable)
            except _OlderSchema:
                if _on_readonly_media(path):
                    raise DatabaseError(
                        f"{path}: made by an older annotator, on read-only media: copy it "
                        "where it can be written and open it once to upgrade it"
                    ) from None
                # upgraded once, as any command would, then read like any other
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as error:
            raise DatabaseError(f"{path}: cannot open: {error}") from None
        return cls._setup(conn, path, durable=durable)

    @classmethod
    def _open_readonly(cls, path: Path, *, durable: bool) -> Store:
        try:
            conn = sqlite3.connect(
                _uri(path, "ro"), timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=True
            )
            return cls._setup(conn, path, durable=durable, readonly=True)
        except DatabaseError:
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                if _on_readonly_media(path):
                    raise DatabaseError(
                        f"{path}: on read-only media with an unfinished write-ahead log beside "
                        "it; copy both files where they can be written"
                    ) from None
                raise
        # SQLite could not make the `-shm` file a WAL reader needs: read-only media, or a
        # full disk. With no write-ahead log beside it, nobody has the file open, and it is
        # read as immutable (the whole file is the whole database).
        try:
            conn = sqlite3.connect(
                _uri(path, "ro") + "&immutable=1",
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                uri=True,
            )
        except sqlite3.Error as error:
            raise DatabaseError(f"{path}: cannot open: {error}") from None
        return cls._setup(conn, path, durable=durable, readonly=True)

    @classmethod
    def memory(cls) -> Store:
        """A fresh in-memory store (tests)."""
        return cls._setup(sqlite3.connect(":memory:", isolation_level=None), None, durable=False)

    @classmethod
    def _setup(
        cls,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        durable: bool,
        readonly: bool = False,
    ) -> Store:
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            # as sqlite-utils sets it (the store was built on it): a trigger's writes fire
            # the triggers they touch
            conn.execute("PRAGMA recursive_triggers = on")
            # Reads the header through SQLite: "file is not a database" for anything else.
            conn.execute("PRAGMA schema_version").fetchone()
            current = check_version(conn)
            if readonly:
                if current == 0:
                    raise DatabaseError(
                        f"{path}: not an annotator database (run `annotator import` first)"
                    )
                if current < LATEST:
                    raise _OlderSchema
            else:
                if path is not None:
                    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                    if mode.lower() != "wal":
                        raise DatabaseError(f"{path}: cannot switch to WAL mode ({mode})")
                conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
                if not durable:
                    # bulk writers (import, merge, repeats --rebuild): the repeat groups'
                    # indexes take random inserts, which a 2 MB page cache turns into reads
                    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
                conn.execute("PRAGMA foreign_keys = ON")
                migrate(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            message = str(error)
            if "not a database" in message:
                message = "not an SQLite database"
            raise DatabaseError(f"{path or ':memory:'}: {message}") from None
        except (DatabaseError, _OlderSchema):
            conn.close()
            raise
        store = cls(conn, path, readonly=readonly)
        if not readonly:
            store._ensure_scheme()
        return store

    def is_database_file(self, path: str | Path) -> bool:
        """`path` is this database's file (or its `-wal` / `-shm`), compared by inode, never
        by opening it: a command must neither read it with Python's I/O (that drops SQLite's
        locks) nor write over it."""
        return self.path is not None and is_database_file(path, self.path)

    def has_table(self, name: str) -> bool:
        """The database has table `name` (one that an older schema, or a read-only open
        of one, may lack)."""
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        return row is not None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def busy_timeout(self, seconds: float) -> Iterator[None]:
        """Wait at most `seconds` for another writer (instead of `BUSY_TIMEOUT_S`) in this
        block: the annotation screen would rather say that it waits than freeze."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    # ------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """A write transaction (`BEGIN IMMEDIATE`); nested calls become savepoints."""
        conn = self.conn
        if conn.in_transaction:
            name = f"sp_{uuid.uuid4().hex}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # ----------------------------------------------------------------- schemes

    def _ensure_scheme(self) -> None:
        if not self._project("scheme"):
            with self.transaction():
                if not self._project("scheme"):
                    self.set_scheme(CLAIMS)

    def _project(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_scheme(self, scheme: LabelScheme) -> None:
        """Record `scheme` and make it the one this database is labelled with."""
        definition = scheme.to_json()
        with self.transaction():
            self.db.table("schemes").upsert(
                {"name": scheme.name, "definition": definition, "created_at": utc_now()},
                pk="name",
            )
            self.db.table("project").upsert({"key": "scheme", "value": scheme.name}, pk="key")
        self._scheme = scheme
        self._scheme_json = definition

    def labels_in_use(self) -> dict[str, int]:
        """{label: how many labels and final labels carry it} over the whole database."""
        result: dict[str, int] = {}
        for table in ("annotations", "adjudications"):
            for label, count in self.conn.execute(
                f"SELECT label, COUNT(*) FROM {table} WHERE label IS NOT NULL GROUP BY label"
            ):
                result[label] = result.get(label, 0) + count
        return result

    def change_scheme(self, scheme: LabelScheme, renames: dict[str, str]) -> int:
        """Make `scheme` the project's, renaming labels (old -> new) in the labels and the
        final labels, in one transaction; the change is kept in the project's history.
        Returns how many labels were renamed."""
        renamed = 0
        with self.transaction():
            for old, new in renames.items():
                for table in ("annotations", "adjudications"):
                    cursor = self.conn.execute(
                        f"UPDATE {table} SET label = ? WHERE label = ?", [new, old]
                    )
                    renamed += cursor.rowcount
            history = json.loads(self._project("scheme_history") or "[]")
            history.append(
                {
                    "from": self.scheme.name,
                    "to": scheme.name,
                    "renames": renames,
                    "renamed": renamed,
                    "at": utc_now(),
                }
            )
            self.db.table("project").upsert(
                {"key": "scheme_history", "value": json.dumps(history, ensure_ascii=False)},
                pk="key",
            )
            self.set_scheme(scheme)
        return renamed

    @property
    def scheme(self) -> LabelScheme:
        if self._scheme is None:
            _, definition = self._stored_scheme()
            # validated when it was stored (`set_scheme`)
            self._scheme = LabelScheme.trusted(json.loads(definition)) if definition else CLAIMS
            self._scheme_json = definition
        return self._scheme

    def _stored_scheme(self) -> tuple[str | None, str | None]:
        """(name, definition) of the project's scheme as stored now; None where missing."""
        row = self.conn.execute(
            "SELECT p.value, s.definition FROM project p "
            "LEFT JOIN schemes s ON s.name = p.value WHERE p.key = 'scheme'"
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def check_label(self, label: str) -> None:
        """`label` is in the project's scheme, as it is now: a refusal if another command
        (`annotator scheme --set`) changed the scheme since this store read it, so a screen
        opened before cannot write labels of the scheme it started with."""
        if self._scheme is not None:
            name, definition = self._stored_scheme()
            if name is not None and (
                name != self._scheme.name
                or (definition is not None and definition != self._scheme_json)
            ):
                raise SchemeChanged(
                    f"the project's label scheme changed (now {name!r}) since this was "
                    "opened: nothing saved; quit and open it again"
                )
        if self.scheme.label(label) is None:
            raise UnknownLabel(
                f"unknown label {label!r}; the scheme {self.scheme.name!r} has "
                + ", ".join(self.scheme.names)
            )

    # ---------------------------------------------------------------- articles

    def has_article(self, article_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
            is not None
        )

    def add_article(
        self, article: Article, sentences: Sequence[Sentence], page: Page | None = None
    ) -> bool:
        """Store an article and its sentences (and the web page it was extracted from);
        False (and no change) if it is already there."""
        with self.transaction():
            if self.has_article(article.id):
                return False
            self.conn.execute(
                "INSERT INTO articles (id, title, text, source, meta, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    article.id,
                    article.title,
                    article.text,
                    article.source,
                    json.dumps(article.meta, ensure_ascii=False),
                    article.imported_at,
                ],
            )
            self.conn.executemany(
                f"INSERT INTO sentences ({_SENTENCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s.id,
                        s.article_id,
                        s.position,
                        s.start,
                        s.end,
                        s.text,
                        s.paragraph,
                        int(s.boilerplate),
                    )
                    for s in sentences
                ],
            )
            if page is not None:
                self.conn.execute(
                    "INSERT INTO pages (article_id, html, url, fetched_at) VALUES (?, ?, ?, ?)",
                    [article.id, page.html, page.url, page.fetched_at],
                )
        return True

    def remove_new_articles(self, article_ids: Sequence[str], batch: int = 500) -> None:
        """Take out articles an interrupted import added, with their sentences, in short
        transactions; an article someone already labelled in the meantime stays."""
        for start in range(0, len(article_ids), batch):
            ids = list(article_ids[start : start + batch])
            marks = ", ".join("?" for _ in ids)
            with self.transaction():
                keep = {
                    row[0]
                    for row in self.conn.execute(
                        "SELECT DISTINCT s.article_id FROM sentences s JOIN annotations a "
                        f"ON a.sentence_id = s.id WHERE s.article_id IN ({marks})",
                        ids,
                    )
                }
                gone = [article_id for article_id in ids if article_id not in keep]
                if not gone:
                    continue
                marks = ", ".join("?" for _ in gone)
                self.conn.execute(f"DELETE FROM pages WHERE article_id IN ({marks})", gone)
                self.conn.execute(f"DELETE FROM sentences WHERE article_id IN ({marks})", gone)
                self.conn.execute(f"DELETE FROM articles WHERE id IN ({marks})", gone)

    def repeated_in(self, sentence_id: str, at_most: int = 100) -> int:
        """How many other articles hold a repeat of this sentence (its repeat group's),
        counted up to `at_most`: a line of page furniture on fifty thousand pages must not
        cost a keypress a scan of them all."""
        row = self.conn.execute(
            "SELECT COUNT(*) FROM (SELECT DISTINCT s.article_id FROM repeat_groups g "
            "JOIN sentences s ON s.id = g.sentence_id "
            "WHERE g.group_id = (SELECT group_id FROM repeat_groups WHERE sentence_id = ?) "
            "AND s.article_id != (SELECT article_id FROM sentences WHERE id = ?) LIMIT ?)",
            [sentence_id, sentence_id, at_most],
        ).fetchone()
        return int(row[0]) if row else 0

    def page(self, article_id: str) -> Page | None:
        """The web page the article was extracted from, when it came from one."""
        row = self.conn.execute(
            "SELECT html, url, fetched_at FROM pages WHERE article_id = ?", [article_id]
        ).fetchone()
        return Page(html=row[0], url=row[1], fetched_at=row[2]) if row else None

    def article_text(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT id, title, text, source, meta, imported_at FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            return None
        return Article(  # a plain record, as `_sentence`
            id=row[0],
            title=row[1],
            text=row[2],
            source=row[3],
            meta=json.loads(row[4] or "{}"),
            imported_at=row[5],
        )

    def article_list(self) -> list[tuple[str, str]]:
        """(id, title) of every article, in import order."""
        return [
            (row[0], row[1])
            for row in self.conn.execute("SELECT id, title FROM articles ORDER BY rowid")
        ]

    def article_number(self, article_id: str, *, within: str | None = None) -> int:
        """1-based rank of the article in import order (among `within`'s articles)."""
        scope, params = _within(within, "articles.id")
        row = self.conn.execute(
            "SELECT COUNT(*) FROM articles "
            f"WHERE rowid <= (SELECT rowid FROM articles WHERE id = ?){scope}",
            [article_id, *params],
        ).fetchone()
        return int(row[0])

    def article_count(self, *, within: str | None = None) -> int:
        scope, params = _within(within, "id")
        sql = f"SELECT COUNT(*) FROM articles WHERE 1{scope}"
        return int(self.conn.execute(sql, params).fetchone()[0])

    # --------------------------------------------------------------- sentences

    def sentence_count(self, article_id: str | None = None, *, within: str | None = None) -> int:
        if article_id is None:
            scope, params = _within(within, "article_id")
            sql = f"SELECT COUNT(*) FROM sentences WHERE 1{scope}"
            return int(self.conn.execute(sql, params).fetchone()[0])
        return int(
            self.conn.execute(
                "SELECT COUNT(*) FROM sentences WHERE article_id = ?", [article_id]
            ).fetchone()[0]
        )

    def has_sentences(self) -> bool:
        """Whether anything was imported (instant, where counting reads every row)."""
        return self.conn.execute("SELECT 1 FROM sentences LIMIT 1").fetchone() is not None

    def sentence(self, sentence_id: str) -> Sentence | None:
        row = self.conn.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences WHERE id = ?", [sentence_id]
        ).fetchone()
        return _sentence(row) if row else None

    def sentences_of(self, article_id: str) -> list[Sentence]:
        rows = self.conn.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences WHERE article_id = ? ORDER BY position",
            [article_id],
        ).fetchall()
        return [_sentence(row) for row in rows]

    def iter_sentences(self) -> Iterator[Sentence]:
        for row in self.conn.execute(f"SELECT {_SENTENCE_COLUMNS} FROM sentences ORDER BY rowid"):
            yield _sentence(row)

    def first_sentence(
        self, article_id: str | None = None, *, within: str | None = None
    ) -> Sentence | None:
        if article_id is None:
            scope, params = _within(within, "article_id")
            sql = f"SELECT {_SENTENCE_COLUMNS} FROM sentences WHERE 1{scope} ORDER BY rowid LIMIT 1"
            row = self.conn.execute(sql, params).fetchone()
        else:
            sql = (
                f"SELECT {_SENTENCE_COLUMNS} FROM sentences WHERE article_id = ? "
                "ORDER BY position LIMIT 1"
            )
            row = self.conn.execute(sql, [article_id]).fetchone()
        return _sentence(row) if row else None

    def neighbour(
        self, sentence_id: str, step: int, *, within: str | None = None
    ) -> Sentence | None:
        """The next (`step=1`) or previous (`step=-1`) sentence across articles (only
        `within`'s assigned articles, if given), or None."""
        op, order = (">", "ASC") if step > 0 else ("<", "DESC")
        scope, params = _within(within, "article_id")
        row = self.conn.execute(
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences "
            f"WHERE rowid {op} (SELECT rowid FROM sentences WHERE id = ?){scope} "
            f"ORDER BY rowid {order} LIMIT 1",
            [sentence_id, *params],
        ).fetchone()
        return _sentence(row) if row else None

    def next_unlabelled(
        self, annotator: str, after: str | None = None, *, within: str | None = None
    ) -> Sentence | None:
        """The first sentence `annotator` has neither labelled nor skipped, after `after`
        (wrapping around); when none is left, the first skipped one; None when all are done.
        `within`: only the articles assigned to that annotator."""
        start = 0
        if after is not None:
            row = self.conn.execute("SELECT rowid FROM sentences WHERE id = ?", [after]).fetchone()
            start = row[0] if row else 0
        scope, params = _within(within, "s.article_id")
        open_ = (
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences s WHERE s.rowid {{op}} ?{scope} AND NOT "
            "EXISTS (SELECT 1 FROM annotations a WHERE a.sentence_id = s.id AND a.annotator = ? "
            "AND (a.label IS NOT NULL OR a.skipped)) ORDER BY s.rowid LIMIT 1"
        )
        for op, bound in ((">", start), ("<=", start)):
            if op == "<=" and start == 0:
                continue
            row = self.conn.execute(open_.format(op=op), [bound, *params, annotator]).fetchone()
            if row:
                return _sentence(row)
        row = self.conn.execute(
            f"SELECT {', '.join('s.' + c.strip() for c in _SENTENCE_COLUMNS.split(','))} "
            "FROM annotations a JOIN sentences s ON s.id = a.sentence_id "
            f"WHERE a.annotator = ? AND a.label IS NULL AND a.skipped{scope} "
            "ORDER BY s.rowid LIMIT 1",
            [annotator, *params],
        ).fetchone()
        return _sentence(row) if row else None

    def resume_point(self, annotator: str, *, within: str | None = None) -> Sentence | None:
        """Where `annotator` picks up: the first sentence not yet labelled after the one they
        labelled last (wrapping around to any left behind), or the first unlabelled one.

        Starting from the last label keeps this instant on large databases, where finding the
        first gap from the top would scan everything labelled so far.
        """
        row = self.conn.execute(
            "SELECT sentence_id FROM events WHERE annotator = ? AND action = 'label' "
            "ORDER BY seq DESC LIMIT 1",
            [annotator],
        ).fetchone()
        return self.next_unlabelled(annotator, after=row[0] if row else None, within=within)

    def last_labelled(self, annotator: str) -> Sentence | None:
        """The sentence `annotator` labelled last (by the event log), or None."""
        row = self.conn.execute(
            f"SELECT {', '.join('s.' + c.strip() for c in _SENTENCE_COLUMNS.split(','))} "
            "FROM events e JOIN sentences s ON s.id = e.sentence_id "
            "WHERE e.annotator = ? AND e.action = 'label' ORDER BY e.seq DESC LIMIT 1",
            [annotator],
        ).fetchone()
        return _sentence(row) if row else None

    def team_summary(self) -> dict[str, Any]:
        """What is left for the team: sentences nobody labelled, labelled once only,
        disagreements without a decision, flags; and how many each annotator labelled."""
        row = self.conn.execute(
            "WITH per AS (SELECT sentence_id, COUNT(*) AS n, COUNT(DISTINCT label) AS k "
            "FROM annotations WHERE label IS NOT NULL GROUP BY sentence_id) "
            "SELECT (SELECT COUNT(*) FROM sentences), COUNT(*), "
            "COALESCE(SUM(n = 1), 0), "
            "COALESCE(SUM(k >= 2 AND sentence_id NOT IN "
            "(SELECT sentence_id FROM adjudications)), 0) FROM per"
        ).fetchone()
        flagged = self.conn.execute(
            "SELECT COUNT(DISTINCT sentence_id) FROM annotations WHERE flagged "
            "AND sentence_id NOT IN (SELECT sentence_id FROM adjudications)"
        ).fetchone()[0]
        labelled_by = dict(
            self.conn.execute(
                "SELECT annotator, COUNT(*) FROM annotations WHERE label IS NOT NULL "
                "GROUP BY annotator ORDER BY annotator"
            ).fetchall()
        )
        return {
            "sentences": row[0],
            "unlabelled": row[0] - row[1],
            "single": row[2],
            "disagreements": row[3],
            "flagged": flagged,
            "labelled_by": labelled_by,
        }

    def search(
        self, query: str, after: str | None = None, *, backwards: bool = False
    ) -> Sentence | None:
        """The next sentence (wrapping around) whose text contains `query`, ignoring case."""
        if not query:
            return None
        start = 0
        if after is not None:
            row = self.conn.execute("SELECT rowid FROM sentences WHERE id = ?", [after]).fetchone()
            start = row[0] if row else 0
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        op, order = ("<", "DESC") if backwards else (">", "ASC")
        sql = (
            f"SELECT {_SENTENCE_COLUMNS} FROM sentences WHERE rowid {{op}} ? "
            f"AND (text LIKE ? ESCAPE '\\' OR lower(text) LIKE lower(?) ESCAPE '\\') "
            f"ORDER BY rowid {order} LIMIT 1"
        )
        row = self.conn.execute(sql.format(op=op), [start, pattern, pattern]).fetchone()
        if row is None:  # wrap around
            wrap = (">", -1) if not backwards else ("<", 2**62)
            row = self.conn.execute(sql.format(op=wrap[0]), [wrap[1], pattern, pattern]).fetchone()
        return _sentence(row) if row else None

    # ------------------------------------------------------------- annotations

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, straight from the connection (sqlite-utils' `query` wraps every read
        in a savepoint: two statements more on each key press)."""
        cursor = self.conn.execute(sql, params)
        columns = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(columns, row, strict=True))

    def annotation(self, sentence_id: str, annotator: str) -> Annotation | None:
        rows = list(
            self._dicts(
                "SELECT * FROM annotations WHERE sentence_id = ? AND annotator = ?",
                [sentence_id, annotator],
            )
        )
        return _annotation(rows[0]) if rows else None

    def annotations_of(self, sentence_id: str) -> list[Annotation]:
        return [
            _annotation(row)
            for row in self._dicts(
                "SELECT * FROM annotations WHERE sentence_id = ? ORDER BY annotator",
                [sentence_id],
            )
        ]

    def iter_annotations(self, annotator: str | None = None) -> Iterator[Annotation]:
        sql, params = "SELECT * FROM annotations", []
        if annotator is not None:
            sql, params = sql + " WHERE annotator = ?", [annotator]
        for row in self._dicts(sql + " ORDER BY sentence_id, annotator", params):
            yield _annotation(row)

    def labelled_count(
        self, annotator: str, article_id: str | None = None, *, within: str | None = None
    ) -> int:
        if article_id is None and within is not None:
            scope, params = _within(within, "s.article_id")
            row = self.conn.execute(
                "SELECT COUNT(*) FROM annotations a JOIN sentences s ON s.id = a.sentence_id "
                f"WHERE a.annotator = ? AND a.label IS NOT NULL{scope}",
                [annotator, *params],
            ).fetchone()
        elif article_id is None:
            row = self.conn.execute(
                "SELECT COUNT(*) FROM annotations WHERE annotator = ? AND label IS NOT NULL",
                [annotator],
            ).fetchone()
        else:
            row = self.conn.execute(
                "SELECT COUNT(*) FROM annotations a JOIN sentences s ON s.id = a.sentence_id "
                "WHERE a.annotator = ? AND a.label IS NOT NULL AND s.article_id = ?",
                [annotator, article_id],
            ).fetchone()
        return int(row[0])

    def labels_in_article(self, article_id: str, annotator: str) -> dict[str, str | None]:
        """{sentence id: label} of `annotator` in one article (unlabelled rows included)."""
        return dict(
            self.conn.execute(
                "SELECT a.sentence_id, a.label FROM annotations a "
                "JOIN sentences s ON s.id = a.sentence_id "
                "WHERE s.article_id = ? AND a.annotator = ?",
                [article_id, annotator],
            ).fetchall()
        )

    def article_progress(
        self, annotator: str, *, within: str | None = None
    ) -> list[tuple[str, str, int, int]]:
        """(id, title, labelled by `annotator`, sentences) of every article (of `within`'s
        assigned ones, if given), in import order."""
        scope, params = _within(within, "ar.id")
        return [
            (row[0], row[1], row[2], row[3])
            for row in self.conn.execute(
                "SELECT ar.id, ar.title, "
                "(SELECT COUNT(*) FROM annotations a JOIN sentences s ON s.id = a.sentence_id "
                " WHERE s.article_id = ar.id AND a.annotator = ? AND a.label IS NOT NULL), "
                "(SELECT COUNT(*) FROM sentences s WHERE s.article_id = ar.id) "
                f"FROM articles ar WHERE 1{scope} ORDER BY ar.rowid",
                [annotator, *params],
            )
        ]

    def annotators(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT DISTINCT annotator FROM annotations ORDER BY annotator"
            )
        ]

    def update(
        self, sentence_id: str, annotator: str, *, add_seconds: float = 0.0, **changes: Any
    ) -> Annotation:
        """Change one annotator's state on one sentence, with its event, in one transaction.

        `changes` are fields of `Annotation` (label, source, cue, note, flagged, skipped,
        suggested, seconds). Setting a label clears `skipped`. `add_seconds` adds to the time
        already spent, read inside the same transaction. Returns the new state.
        """
        unknown = set(changes) - set(STATE_FIELDS)
        if unknown:
            raise ValueError(f"not annotation fields: {sorted(unknown)}")
        if changes.get("label") is not None:
            changes.setdefault("skipped", False)
        with self.transaction():
            if changes.get("label") is not None:
                self.check_label(changes["label"])  # inside: the scheme cannot change under it
            before = self.annotation(sentence_id, annotator)
            now = utc_now()
            base = before or models.Annotation(
                sentence_id=sentence_id, annotator=annotator, created_at=now, updated_at=now
            )
            if add_seconds > 0:
                changes["seconds"] = round(base.seconds + add_seconds, 3)
            after = base.model_copy(update={**changes, "updated_at": now})
            self.write_state(after)
            action = EventAction.LABEL if "label" in changes else EventAction.EDIT
            self.log_event(
                sentence_id, annotator, action, state_of(before), state_of(after), now=now
            )
        return after

    def label(
        self,
        sentence_id: str,
        annotator: str,
        label: str,
        *,
        seconds: float = 0.0,
        **changes: Any,
    ) -> Annotation:
        """Set the label; `seconds` adds to the time already spent on the sentence.

        `changes` are other fields saved with it in the same transaction: the suggestion
        (`suggested`, `suggested_cue`, …, `suggestion_shown`), or the source and cue of an
        accepted suggestion.
        """
        return self.update(
            sentence_id, annotator, add_seconds=max(seconds, 0.0), label=label, **changes
        )

    def write_state(self, annotation: Annotation) -> None:
        row = annotation.model_dump()
        row.update({field: int(row[field]) for field in BOOL_FIELDS})
        columns = ", ".join(f'"{key}"' for key in row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(
            f"INSERT OR REPLACE INTO annotations ({columns}) VALUES ({marks})", list(row.values())
        )

    def log_event(
        self,
        sentence_id: str,
        annotator: str,
        action: EventAction,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        *,
        target: str | None = None,
        now: str | None = None,
    ) -> Event:
        event = models.Event(
            uid=uuid.uuid4().hex,
            sentence_id=sentence_id,
            annotator=annotator,
            action=action,
            before=before,
            after=after,
            target=target,
            created_at=now or utc_now(),
        )
        self.conn.execute(
            "INSERT INTO events (uid, sentence_id, annotator, action, before, after, target, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                event.uid,
                sentence_id,
                annotator,
                action.value,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
                target,
                event.created_at,
            ],
        )
        return event

    # -------------------------------------------------------------------- undo

    def last_undoable(self, annotator: str) -> Event | None:
        """The label or edit `annotator` made last, in time, that no undo has reverted yet.

        Time, not the local sequence: a merge appends another machine's older events after
        this one's newer ones.
        """
        row = self.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events e "
            "WHERE annotator = ? AND action IN ('label', 'edit', 'repeat') "
            "AND NOT EXISTS (SELECT 1 FROM events u WHERE u.target = e.uid) "
            "ORDER BY created_at DESC, seq DESC LIMIT 1",
            [annotator],
        ).fetchone()
        if row is None:
            return None
        return event_from_row(row)

    def _state_before(self, event: Event) -> dict[str, Any] | None:
        """The annotator's state on the sentence just before `event`, in time: the state the
        event before it left (after a merge, `event.before` is only what its own machine
        had), else `event.before`."""
        row = self.conn.execute(
            "SELECT after FROM events WHERE sentence_id = ? AND annotator = ? "
            "AND action IN ('label', 'edit', 'undo') AND uid != ? "
            "AND (created_at < ? OR (created_at = ? AND seq < "
            "(SELECT seq FROM events WHERE uid = ?))) "
            "ORDER BY created_at DESC, seq DESC LIMIT 1",
            [
                event.sentence_id,
                event.annotator,
                event.uid,
                event.created_at,
                event.created_at,
                event.uid,
            ],
        ).fetchone()
        if row is None:
            return event.before
        return json.loads(row[0]) if row[0] else None

    def undo(self, annotator: str) -> Event | None:
        """Revert `annotator`'s last change (repeatable, across restarts); the undone event.

        The state comes back to what it was just before that change in the merged history,
        so an undo never leaves less than there was before the annotator's last action.
        """
        with self.transaction():
            event = self.last_undoable(annotator)
            if event is None:
                return None
            current = self.annotation(event.sentence_id, annotator)
            if event.action is EventAction.REPEAT:  # the first label was never touched
                state = state_of(current)
                self.log_event(
                    event.sentence_id, annotator, EventAction.UNDO, state, state, target=event.uid
                )
                return event
            restore = self._state_before(event)
            if restore is None:
                self.conn.execute(
                    "DELETE FROM annotations WHERE sentence_id = ? AND annotator = ?",
                    [event.sentence_id, annotator],
                )
            else:
                now = utc_now()
                restored = models.Annotation(
                    sentence_id=event.sentence_id,
                    annotator=annotator,
                    created_at=current.created_at if current else now,
                    updated_at=now,
                    **restore,
                )
                self.write_state(restored)
            self.log_event(
                event.sentence_id,
                annotator,
                EventAction.UNDO,
                state_of(current),
                restore,
                target=event.uid,
            )
        return event.model_copy(update={"before": restore})

    def events(self, annotator: str | None = None) -> list[Event]:
        sql = f"SELECT {EVENT_COLUMNS} FROM events"
        params: list[Any] = []
        if annotator is not None:
            sql, params = sql + " WHERE annotator = ?", [annotator]
        return [event_from_row(row) for row in self.conn.execute(sql + " ORDER BY seq", params)]

    # ----------------------------------------------------------- adjudications

    def adjudicate(self, adjudication: Adjudication) -> None:
        with self.transaction():
            self.check_label(adjudication.label)
            previous = self.adjudication(adjudication.sentence_id)
            row = self.write_adjudication(adjudication)
            self.log_event(
                adjudication.sentence_id,
                adjudication.reviewer,
                EventAction.ADJUDICATE,
                previous.model_dump(mode="json") if previous else None,
                row,
            )

    def write_adjudication(self, adjudication: Adjudication) -> dict[str, Any]:
        """Store `adjudication` as its sentence's final label (no event: the caller logs
        one); the row written."""
        row = adjudication.model_dump(mode="json")
        columns = ", ".join(f'"{key}"' for key in row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(
            f"INSERT OR REPLACE INTO adjudications ({columns}) VALUES ({marks})",
            list(row.values()),
        )
        return row

    def adjudication(self, sentence_id: str) -> Adjudication | None:
        rows = list(self._dicts("SELECT * FROM adjudications WHERE sentence_id = ?", [sentence_id]))
        return models.Adjudication.model_validate(rows[0]) if rows else None

    def adjudication_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM adjudications").fetchone()[0])

    # ------------------------------------------------------------------- reads

    def triples(
        self,
        annotators: Iterable[str] | None = None,
        article_ids: Iterable[str] | None = None,
    ) -> Iterator[tuple[str, str, str]]:
        """(sentence id, annotator, label) of every current label."""
        sql = "SELECT a.sentence_id, a.annotator, a.label FROM annotations a"
        where, params = ["a.label IS NOT NULL"], []
        if article_ids is not None:
            ids = list(article_ids)
            sql += " JOIN sentences s ON s.id = a.sentence_id"
            where.append(f"s.article_id IN ({', '.join('?' for _ in ids)})")
            params.extend(ids)
        if annotators is not None:
            names = list(annotators)
            where.append(f"a.annotator IN ({', '.join('?' for _ in names)})")
            params.extend(names)
        yield from self.conn.execute(sql + " WHERE " + " AND ".join(where), params)

    def labelled_articles(
        self,
        annotators: Iterable[str] | None = None,
        article_ids: Iterable[str] | None = None,
    ) -> dict[str, str]:
        """{sentence id: "k. article title"} of every labelled sentence (k: import rank, so
        two articles with one title stay apart)."""
        ranks = {article_id: n for n, (article_id, _t) in enumerate(self.article_list(), 1)}
        titles = dict(self.article_list())
        sql = (
            "SELECT DISTINCT a.sentence_id, s.article_id FROM annotations a "
            "JOIN sentences s ON s.id = a.sentence_id WHERE a.label IS NOT NULL"
        )
        params: list[str] = []
        if annotators is not None:
            names = list(annotators)
            sql += f" AND a.annotator IN ({', '.join('?' for _ in names)})"
            params += names
        if article_ids is not None:
            ids = list(article_ids)
            sql += f" AND s.article_id IN ({', '.join('?' for _ in ids)})"
            params += ids
        return {
            sentence_id: f"{ranks[article_id]}. {titles[article_id]}"
            for sentence_id, article_id in self.conn.execute(sql, params)
        }

    def resolve_article(self, ref: str) -> str | None:
        """An article id from its id or its 1-based number in import order."""
        if self.has_article(ref):
            return ref
        if ref.isdigit():
            articles = self.article_list()
            if 1 <= int(ref) <= len(articles):
                return articles[int(ref) - 1][0]
        return None

    def resolve_articles(self, refs: Sequence[str]) -> list[str] | None:
        """Article ids from ids or 1-based numbers (a `--article` option); None when `refs` is
        empty; a reference that names no article is an error naming it."""
        if not refs:
            return None
        ids = []
        for ref in refs:
            article_id = self.resolve_article(ref)
            if article_id is None:
                raise AnnotatorError(
                    f"no article {ref!r} (give its id or its number in `annotator stats`)"
                )
            ids.append(article_id)
        return list(dict.fromkeys(ids))

    def article_sizes(self) -> list[tuple[str, int]]:
        """(id, sentences) of every article, in import order (how exports split by article)."""
        return [
            (row[0], row[1])
            for row in self.conn.execute(
                "SELECT ar.id, (SELECT COUNT(*) FROM sentences s WHERE s.article_id = ar.id) "
                "FROM articles ar ORDER BY ar.rowid"
            )
        ]

    def stats(self) -> dict[str, Any]:
        """Counts for `annotator stats`."""
        per_annotator = [
            {
                "annotator": row[0],
                "labelled": row[1],
                "flagged": row[2],
                "skipped": row[3],
                "mean_seconds": row[4],
            }
            for row in self.conn.execute(
                "SELECT annotator, COUNT(*) FILTER (WHERE label IS NOT NULL), SUM(flagged), "
                "SUM(skipped AND label IS NULL), "
                "ROUND(AVG(seconds) FILTER (WHERE label IS NOT NULL), 2) "
                "FROM annotations GROUP BY annotator ORDER BY annotator"
            )
        ]
        distribution = {
            row[0]: row[1]
            for row in self.conn.execute(
                "SELECT label, COUNT(*) FROM annotations WHERE label IS NOT NULL "
                "GROUP BY label ORDER BY COUNT(*) DESC"
            )
        }
        by_annotator_label: dict[str, dict[str, int]] = {}
        for annotator, label, count in self.conn.execute(
            "SELECT annotator, label, COUNT(*) FROM annotations WHERE label IS NOT NULL "
            "GROUP BY annotator, label"
        ):
            by_annotator_label.setdefault(annotator, {})[label] = count
        articles = [
            {"id": row[0], "title": row[1], "sentences": row[2], "boilerplate": row[3]}
            for row in self.conn.execute(
                "SELECT ar.id, ar.title, COUNT(s.id), COALESCE(SUM(s.boilerplate), 0) "
                "FROM articles ar LEFT JOIN sentences s ON s.article_id = ar.id "
                "GROUP BY ar.id ORDER BY ar.rowid"
            )
        ]
        return {
            "articles": self.article_count(),
            "sentences": self.sentence_count(),
            "scheme": self.scheme.name,
            "annotators": per_annotator,
            "labels": distribution,
            "labels_by_annotator": by_annotator_label,
            "adjudicated": self.adjudication_count(),
            "article_list": articles,
        }

    def integrity_ok(self) -> bool:
        """`PRAGMA integrity_check` says the file is sound."""
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
