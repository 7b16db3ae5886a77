"""Repeat groups in the database: keys, LSH bands and groups, kept up to date as sentences
arrive (`assign`), rebuilt in full (`rebuild`), and read (`groups`).

Grouping is the transitive closure of "same normalised text, or (both of at least
`MIN_WORDS` words) word-bigram Jaccard at least the threshold, the figures of one all in
the other and both negated or neither (`repeats.near`)", found through the exact keys and
the LSH bands. A group's id is the smallest exact key in it, so groups do not depend on the
order articles were imported in; importing again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator import repeats
from annotator.repeat_furniture import FURNITURE_SQL
from annotator.store.database import Store

if TYPE_CHECKING:  # numpy and scipy are loaded when a rebuild runs, not before
    from sqlite_utils import Database

    from annotator.store.repeat_rebuild import Progress

_THRESHOLD_KEY = "repeat_threshold"


_TABLES = (
    "repeat_keys",
    "repeat_bands",
    "repeat_groups",
    "repeat_representatives",
    "repeat_sketches",
)


def threshold(store: Store) -> float:
    row = store.conn.execute("SELECT value FROM project WHERE key = ?", [_THRESHOLD_KEY]).fetchone()
    return float(row[0]) if row else repeats.THRESHOLD


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" for _ in items)


@dataclass
class _Sentence:
    id: str
    exact: str
    words: list[str]

    @property
    def long(self) -> bool:
        return len(self.words) >= repeats.MIN_WORDS


def _prepare(rows: Iterable[tuple[str, str]]) -> list[_Sentence]:
    out = []
    for sentence_id, text in rows:
        normalized = repeats.normalize(text)
        out.append(_Sentence(sentence_id, repeats.exact_key(normalized), repeats.words(normalized)))
    return out


def assign(store: Store, rows: Sequence[tuple[str, str]]) -> None:
    """Index new sentences ((id, text), not indexed yet) and group them with what is there.
    Runs inside the caller's transaction (the import's batch).

    Copies of one normalised text are linked to one representative (the first indexed), and
    only representatives carry LSH bands: a text reprinted a thousand times costs one
    lookup per copy, not a thousand."""
    if not rows:
        return
    db = store.db
    new = _prepare(rows)
    db.conn.executemany(
        "INSERT OR REPLACE INTO repeat_keys (sentence_id, exact) VALUES (?, ?)",
        [(s.id, s.exact) for s in new],
    )
    representative: dict[str, str] = {}
    for chunk in _chunks(sorted({s.exact for s in new})):
        representative.update(
            db.execute(
                "SELECT exact, sentence_id FROM repeat_representatives "
                f"WHERE exact IN ({_marks(chunk)})",
                list(chunk),
            ).fetchall()
        )
    known = set(representative)
    edges: list[tuple[str, str]] = []
    leaders: list[_Sentence] = []
    for s in new:
        other = representative.get(s.exact)
        if other is None:
            representative[s.exact] = s.id
            if s.long:
                leaders.append(s)
        elif other != s.id:
            edges.append((s.id, other))
    db.conn.executemany(
        "INSERT OR REPLACE INTO repeat_representatives (exact, sentence_id) VALUES (?, ?)",
        [
            (exact, sentence_id)
            for exact, sentence_id in representative.items()
            if exact not in known
        ],
    )
    if leaders:
        tokens = [s.words for s in leaders]
        sketched = dict(zip([s.id for s in leaders], repeats.sketches(tokens), strict=True))
        db.conn.executemany(
            "INSERT OR REPLACE INTO repeat_sketches (sentence_id, sketch) VALUES (?, ?)",
            sketched.items(),
        )
        keys = repeats.band_keys(repeats.signatures(tokens)).tolist()
        near, occupancy = _near(store, leaders, keys, sketched)
        edges += near
        band_rows: list[tuple[int, str]] = []
        for s, row in zip(leaders, keys, strict=True):
            for key in row:
                held = occupancy.get(key, 0)
                if held < BUCKET_CAP:  # a full bucket says nothing new
                    occupancy[key] = held + 1
                    band_rows.append((key, s.id))
        db.conn.executemany(
            "INSERT OR IGNORE INTO repeat_bands (key, sentence_id) VALUES (?, ?)", band_rows
        )
    if edges:
        _union(store, edges, {s.id: s.exact for s in new})


BUCKET_CAP = 32
"""An LSH bucket holds at most this many sentences: thirty thousand "Le maire n a déclaré
« oui »." (alike, yet not repeats) would otherwise make every new one a candidate of all."""

CANDIDATES = 24
"""Per new sentence, the candidates sharing the most bands that are checked: a near repeat
shares many; a template repeated thousands of times would otherwise make every new sentence
a candidate of every other."""


def _near(
    store: Store, leaders: list[_Sentence], keys: list[list[int]], sketched: dict[str, bytes]
) -> tuple[list[tuple[str, str]], dict[int, int]]:
    """Pairs (new representative, other representative) whose word bigrams are at least
    `threshold` alike: LSH candidates (in the database and in this batch), checked on their
    sketches (each representative's bigram hashes, kept: its text is not read and normalised
    again); and how full each probed bucket already is in the database."""
    db = store.db
    held: dict[int, list[str]] = {}
    for chunk in _chunks(sorted({key for row in keys for key in row})):
        for key, sentence_id in db.execute(
            f"SELECT key, sentence_id FROM repeat_bands WHERE key IN ({_marks(chunk)})",
            list(chunk),
        ):
            held.setdefault(key, []).append(sentence_id)
    occupancy = {key: len(members) for key, members in held.items()}
    batch: dict[int, list[str]] = {}  # this batch: each bucket's members up to its cap
    pairs: set[tuple[str, str]] = set()
    for s, row in zip(leaders, keys, strict=True):
        counts: dict[str, int] = {}
        for key in row:
            for other in held.get(key, ()):
                counts[other] = counts.get(other, 0) + 1
            members = batch.setdefault(key, [])
            for other in members:
                counts[other] = counts.get(other, 0) + 1
            if len(members) + occupancy.get(key, 0) < BUCKET_CAP:
                members.append(s.id)  # the bucket's first members, as the rebuild takes them
        if len(counts) > CANDIDATES:
            best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]
            pairs.update((s.id, other) for other, _n in best)
        else:
            pairs.update((s.id, other) for other in counts)
    if not pairs:
        return [], occupancy
    limit = threshold(store)
    sketched = dict(sketched)
    others = sorted({other for _m, other in pairs} - sketched.keys())
    for chunk in _chunks(others):
        sketched.update(
            db.execute(
                "SELECT sentence_id, sketch FROM repeat_sketches "
                f"WHERE sentence_id IN ({_marks(chunk)})",
                list(chunk),
            ).fetchall()
        )
    edges = [
        (a, b)
        for a, b in sorted(pairs)
        if b in sketched and repeats.near(sketched[a], sketched[b], limit)
    ]
    return edges, occupancy


class _UnionFind:
    """Disjoint sets of names; each set's root is its smallest name."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def components(self) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for x in list(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return list(out.values())


def _union(store: Store, edges: list[tuple[str, str]], new_keys: dict[str, str]) -> None:
    """Merge the groups the edges join. A group's id is the smallest exact key among its
    sentences: copies of a known text leave it as it is, so only the new rows are written,
    and one UPDATE renames a group when near repeats join two."""
    db = store.db
    touched = sorted({x for edge in edges for x in edge})
    old = [x for x in touched if x not in new_keys]
    key_of = dict(new_keys)
    group_of: dict[str, str] = {}
    for chunk in _chunks(old):
        key_of.update(
            db.execute(
                "SELECT sentence_id, exact FROM repeat_keys "
                f"WHERE sentence_id IN ({_marks(chunk)})",
                list(chunk),
            ).fetchall()
        )
    for chunk in _chunks(touched):
        group_of.update(
            db.execute(
                "SELECT sentence_id, group_id FROM repeat_groups "
                f"WHERE sentence_id IN ({_marks(chunk)})",
                list(chunk),
            ).fetchall()
        )
    union = _UnionFind()
    for a, b in edges:
        union.join(a, b)
    for sentence_id, group_id in group_of.items():
        union.join(sentence_id, "group:" + group_id)  # every member of that group comes along
    rows: list[tuple[str, str]] = []
    for members in union.components():
        groups = [m[6:] for m in members if m.startswith("group:")]
        sentences = [m for m in members if not m.startswith("group:")]
        gid = min([*groups, *(key_of[m] for m in sentences if m in key_of)])
        for group_id in groups:
            if group_id != gid:
                db.execute(
                    "UPDATE repeat_groups SET group_id = ? WHERE group_id = ?", [gid, group_id]
                )
        rows += [(m, gid) for m in sentences if group_of.get(m) != gid]
    db.conn.executemany(
        "INSERT OR REPLACE INTO repeat_groups (sentence_id, group_id) VALUES (?, ?)", rows
    )


BULK_LIMIT = 2_000_000
"""Up to this many sentences, `rebuild` works in memory (`repeat_rebuild`: about 870 bytes a
sentence at its peak, 81 s and 0.87 GB for a million); beyond, batch by batch as the import
groups them, in flat memory but several times slower."""


def rebuild(
    store: Store, new_threshold: float | None = None, progress: Progress | None = None
) -> int:
    """Group every sentence again (after a threshold change); returns the number of groups.

    Up to `BULK_LIMIT` sentences the groups are worked out before the write lock is taken
    (a million sentences: 50 s of reading and computing that annotators labelling meanwhile
    do not wait for), then written in one transaction; if sentences came or went meanwhile,
    worked out again inside it."""
    from annotator.store import repeat_rebuild

    value = threshold(store) if new_threshold is None else new_threshold
    before = _sentence_marker(store)
    plan = (
        repeat_rebuild.plan(store, value, before[0], progress)
        if 0 < before[0] <= BULK_LIMIT
        else None
    )
    with store.transaction():
        if new_threshold is not None:
            store.db.table("project").upsert(
                {"key": _THRESHOLD_KEY, "value": repr(new_threshold)}, pk="key"
            )
        for table in _TABLES:
            store.conn.execute(f"DELETE FROM {table}")
        now = _sentence_marker(store)
        if not now[0]:
            return 0
        if now[0] <= BULK_LIMIT:
            if plan is None or now != before:
                plan = repeat_rebuild.plan(store, value, now[0])
            if progress:
                progress("write", 0)
            return repeat_rebuild.write(store, plan)
        cursor = store.conn.cursor()
        cursor.execute("SELECT id, text FROM sentences ORDER BY rowid")
        while rows := cursor.fetchmany(5_000):
            assign(store, rows)
            if progress:
                progress("read", len(rows))
    return group_count(store)


def _sentence_marker(store: Store) -> tuple[int, int, int]:
    """(count, largest rowid, sum of rowids) of the sentences: the same before and after means
    no import added or took out sentences in between."""
    count, largest, total = store.conn.execute(
        "SELECT COUNT(*), COALESCE(MAX(rowid), 0), COALESCE(SUM(rowid), 0) FROM sentences"
    ).fetchone()
    return int(count), int(largest), int(total)


def _long_tokens(rows: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(id, words) of these sentences (id, text) of `MIN_WORDS` words or more: those with
    bands and a sketch."""
    return [
        (sentence_id, tokens)
        for sentence_id, text in rows
        if len(tokens := repeats.words(repeats.normalize(text))) >= repeats.MIN_WORDS
    ]


def _band_rows(rows: Sequence[tuple[str, str]]) -> list[tuple[int, str]]:
    """(band key, sentence id) of every band of these sentences (id, text) that has some."""
    long = _long_tokens(rows)
    if not long:
        return []
    keys = repeats.band_keys(repeats.signatures([tokens for _id, tokens in long]))
    return [
        (key, sentence_id)
        for (sentence_id, _t), row in zip(long, keys.tolist(), strict=True)
        for key in row
    ]


def band_representatives(db: Database) -> None:
    """The LSH bands of every representative (a migration's step: the bands computed again
    from the sentences). Appended to a temporary table first, then written in key order with
    each bucket capped, as the import caps it: one sorted pass instead of a random insert per
    band."""
    db.execute("CREATE TEMP TABLE migrate_bands (key INTEGER, sentence_id TEXT)")
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT r.sentence_id, s.text FROM repeat_representatives r "
        "JOIN sentences s ON s.id = r.sentence_id"
    )
    while rows := cursor.fetchmany(5_000):
        db.conn.executemany("INSERT INTO temp.migrate_bands VALUES (?, ?)", _band_rows(rows))
    db.execute(
        "INSERT OR IGNORE INTO repeat_bands (key, sentence_id) SELECT key, sentence_id FROM ("
        " SELECT key, sentence_id, ROW_NUMBER() OVER (PARTITION BY key ORDER BY sentence_id)"
        f" AS n FROM temp.migrate_bands) WHERE n <= {BUCKET_CAP} ORDER BY key, sentence_id"
    )
    db.execute("DROP TABLE temp.migrate_bands")


def sketch_representatives(db: Database) -> None:
    """The sketch of every representative of `MIN_WORDS` words or more (a migration's step),
    computed from the sentences and written in id order."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT r.sentence_id, s.text FROM repeat_representatives r "
        "JOIN sentences s ON s.id = r.sentence_id ORDER BY r.sentence_id"
    )
    while rows := cursor.fetchmany(5_000):
        long = _long_tokens(rows)
        db.conn.executemany(
            "INSERT INTO repeat_sketches (sentence_id, sketch) VALUES (?, ?)",
            zip(
                [sentence_id for sentence_id, _t in long],
                repeats.sketches([tokens for _id, tokens in long]),
                strict=True,
            ),
        )


def _drop(store: Store, rows: Sequence[tuple[str, str]]) -> None:
    """Take these sentences (id, text) out of the keys, representatives and bands."""
    db = store.db
    for chunk in _chunks(rows):
        ids = [sentence_id for sentence_id, _t in chunk]
        exact = db.execute(
            f"SELECT exact, sentence_id FROM repeat_keys WHERE sentence_id IN ({_marks(ids)})",
            ids,
        ).fetchall()
        db.conn.executemany(
            "DELETE FROM repeat_representatives WHERE exact = ? AND sentence_id = ?", exact
        )
        db.conn.executemany(
            "DELETE FROM repeat_bands WHERE key = ? AND sentence_id = ?", _band_rows(chunk)
        )
        db.execute(f"DELETE FROM repeat_keys WHERE sentence_id IN ({_marks(ids)})", ids)
        db.execute(f"DELETE FROM repeat_sketches WHERE sentence_id IN ({_marks(ids)})", ids)


def forget(store: Store, sentence_ids: Sequence[str]) -> None:
    """Take sentences out (an import undone; they are still in `sentences`): their rows, and
    the groups they were in are formed again from the sentences left in them."""
    db = store.db
    gone: list[tuple[str, str]] = []
    affected: set[str] = set()
    for chunk in _chunks(list(sentence_ids)):
        gone += db.execute(
            f"SELECT id, text FROM sentences WHERE id IN ({_marks(chunk)})", list(chunk)
        ).fetchall()
        for (group_id,) in db.execute(
            f"SELECT DISTINCT group_id FROM repeat_groups WHERE sentence_id IN ({_marks(chunk)})",
            list(chunk),
        ):
            affected.add(group_id)
        db.execute(f"DELETE FROM repeat_groups WHERE sentence_id IN ({_marks(chunk)})", list(chunk))
    _drop(store, gone)
    left: list[tuple[str, str]] = []
    for chunk in _chunks(sorted(affected)):
        left += db.execute(
            "SELECT s.id, s.text FROM repeat_groups g JOIN sentences s ON s.id = g.sentence_id "
            f"WHERE g.group_id IN ({_marks(chunk)})",
            list(chunk),
        ).fetchall()
        db.execute(f"DELETE FROM repeat_groups WHERE group_id IN ({_marks(chunk)})", list(chunk))
    if left:
        _drop(store, left)
        assign(store, left)


def index_missing(store: Store, batch: int = 5_000) -> int:
    """Index and group the sentences that have no key yet (a database from before repeat
    groups, sentences a merge brought, an import interrupted before its grouping); returns how
    many. When they outnumber the sentences grouped already, the whole project is grouped
    again in one pass (`rebuild`), faster than batch by batch."""
    (count,) = store.conn.execute("SELECT COUNT(*) FROM sentences").fetchone()
    (keyed,) = store.conn.execute("SELECT COUNT(*) FROM repeat_keys").fetchone()
    if count == keyed:
        return 0  # every sentence has its key (a key's sentence is never gone: `forget`)
    if count - keyed >= max(keyed, 20_000):
        rebuild(store)
        return int(count - keyed)
    cursor = store.conn.cursor()
    cursor.execute(
        "SELECT s.id, s.text FROM sentences s WHERE NOT EXISTS "
        "(SELECT 1 FROM repeat_keys k WHERE k.sentence_id = s.id) ORDER BY s.rowid"
    )
    done = 0
    while rows := cursor.fetchmany(batch):
        with store.transaction():
            assign(store, rows)
        done += len(rows)
    return done


def group_count(store: Store) -> int:
    return int(
        store.conn.execute("SELECT COUNT(DISTINCT group_id) FROM repeat_groups").fetchone()[0]
    )


@dataclass(frozen=True)
class GroupMember:
    sentence_id: str
    article_id: str
    text: str
    boilerplate: bool


def groups(store: Store, min_size: int = 2) -> Iterator[tuple[str, list[GroupMember]]]:
    """Every group of at least `min_size` sentences, largest first, then by id; members in
    import order. One query, read as it goes (a query per group took half a minute for the
    70,000 groups of a million sentences)."""
    rows = store.conn.execute(
        "SELECT c.group_id, s.id, s.article_id, s.text, s.boilerplate FROM ("
        " SELECT group_id, COUNT(*) AS n FROM repeat_groups GROUP BY group_id HAVING n >= ?"
        ") c JOIN repeat_groups g ON g.group_id = c.group_id "
        "JOIN sentences s ON s.id = g.sentence_id ORDER BY c.n DESC, c.group_id, s.rowid",
        [min_size],
    )
    current: str | None = None
    members: list[GroupMember] = []
    for group_id, sentence_id, article_id, text, boilerplate in rows:
        if group_id != current:
            if current is not None:
                yield current, members
            current, members = group_id, []
        members.append(GroupMember(sentence_id, article_id, text, bool(boilerplate)))
    if current is not None:
        yield current, members


def summary(store: Store) -> tuple[int, int, int]:
    """(groups, sentences in a group, labels a repeat saves per annotator: size − 1 each)."""
    n_groups, n_sentences = store.conn.execute(
        "SELECT COUNT(DISTINCT group_id), COUNT(*) FROM repeat_groups"
    ).fetchone()
    return int(n_groups), int(n_sentences), int(n_sentences) - int(n_groups)


def furniture_groups(store: Store) -> int:
    """Groups that are page furniture (`FURNITURE_SQL`)."""
    return int(
        store.conn.execute(
            "SELECT COUNT(*) FROM (SELECT g.group_id FROM repeat_groups g "
            f"JOIN sentences s ON s.id = g.sentence_id GROUP BY g.group_id "
            f"HAVING {FURNITURE_SQL})"
        ).fetchone()[0]
    )


def linked_articles(store: Store) -> list[set[str]]:
    """Sets of articles that share a repeated sentence which is not page furniture: an
    export split keeps each set whole, so no claim is in train with its reprint in test."""
    if not store.has_table("repeat_groups"):
        return []  # a read-only look at a database from before repeat groups
    union = _UnionFind()
    rows = store.conn.execute(
        "SELECT g.group_id, s.article_id FROM repeat_groups g "
        "JOIN sentences s ON s.id = g.sentence_id WHERE g.group_id IN ("
        " SELECT g2.group_id FROM repeat_groups g2 JOIN sentences s ON s.id = g2.sentence_id"
        f" GROUP BY g2.group_id HAVING NOT {FURNITURE_SQL})"
        " ORDER BY g.group_id"
    )
    first: dict[str, str] = {}
    for group_id, article_id in rows:
        union.join(first.setdefault(group_id, article_id), article_id)
    return [set(members) for members in union.components() if len(members) > 1]
