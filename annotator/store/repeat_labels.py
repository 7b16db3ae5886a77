"""One annotator's labels of the same text twice: the blind repeats of `annotate
--repeat-share` (events `repeat`, beside the first label, which they never replace), the
labels they gave to the copies of a repeat group, and the groups they labelled two ways.

What the annotate screen (`--show-repeats`, `--repeat-share`), the consistency review and
the agreement report's intra-annotator section read and write.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.errors import AnnotatorError
from annotator.models import Event
from annotator.records import EventAction, state_of
from annotator.repeat_furniture import FURNITURE_SQL
from annotator.store.database import Store

GAP = 20
"""A blind repeat comes back at least this many labels after the first one, so that it is
labelled from the sentence, not from memory of the last minute."""

_LIVE_REPEATS = (
    "FROM events e WHERE e.action = 'repeat' "
    "AND NOT EXISTS (SELECT 1 FROM events u WHERE u.target = e.uid)"
)


def own_label_in_group(store: Store, sentence_id: str, annotator: str) -> str | None:
    """The label `annotator` gave first to another sentence of this sentence's repeat
    group (`--show-repeats` offers it), or None."""
    try:
        row = store.conn.execute(
            "SELECT a.label FROM repeat_groups g "
            "JOIN repeat_groups o ON o.group_id = g.group_id AND o.sentence_id != g.sentence_id "
            "JOIN annotations a ON a.sentence_id = o.sentence_id AND a.annotator = ? "
            "WHERE g.sentence_id = ? AND a.label IS NOT NULL "
            "ORDER BY a.created_at, a.sentence_id LIMIT 1",
            [annotator, sentence_id],
        ).fetchone()
    except sqlite3.OperationalError:  # a read-only database from before repeat groups
        return None
    return row[0] if row else None


def record_repeat(
    store: Store,
    sentence_id: str,
    annotator: str,
    label: str,
    *,
    seconds: float = 0.0,
    **fields: Any,
) -> Event:
    """Save the label of a blind repeat as its own event; the first label stays as it is."""
    store.check_label(label)
    with store.transaction():
        current = store.annotation(sentence_id, annotator)
        if current is None or current.label is None:
            raise AnnotatorError(
                f"{annotator} has no label on {sentence_id} to repeat: a blind repeat is of a "
                "sentence already labelled"
            )
        after = {**fields, "label": label, "seconds": max(seconds, 0.0)}
        return store.log_event(sentence_id, annotator, EventAction.REPEAT, state_of(current), after)


def repeated(store: Store, annotator: str) -> set[str]:
    """The sentences `annotator` has labelled again as a blind repeat (not undone)."""
    return {
        row[0]
        for row in store.conn.execute(
            f"SELECT e.sentence_id {_LIVE_REPEATS} AND e.annotator = ?", [annotator]
        )
    }


def chosen(annotator: str, sentence_id: str, share: float) -> bool:
    """Whether the sentence is among the `share` of the annotator's labels served again:
    seeded by the two names, so the same ones from one session to the next."""
    digest = hashlib.blake2b(f"repeat:{annotator}:{sentence_id}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big") / 2**64 < share


class BlindRepeats:
    """Which of the annotator's labelled sentences to serve again, and when.

    A share of the labelled sentences (`chosen`; page furniture left out) is served once
    more, each at least `gap` labels after its first label, one every `1/share` new labels
    at most, so that they are spread through the queue rather than in a block; the rest when
    nothing new is left. Nothing tells the annotator which ones.
    """

    def __init__(self, store: Store, annotator: str, share: float, *, gap: int = GAP) -> None:
        self.store = store
        self.annotator = annotator
        self.share = share
        self.gap = gap
        self.spacing = max(1, round(1 / share)) if share > 0 else 0
        rows = store.conn.execute(
            "SELECT a.sentence_id, s.boilerplate FROM annotations a "
            "JOIN sentences s ON s.id = a.sentence_id "
            "WHERE a.annotator = ? AND a.label IS NOT NULL ORDER BY a.created_at, a.sentence_id",
            [annotator],
        ).fetchall()
        done = repeated(store, annotator)
        self.order: dict[str, int] = {}
        self.pending: list[str] = []
        self.not_furniture: set[str] = set()
        """Pending sentences found not to be page furniture (`due` asks once each)."""
        for sentence_id, boilerplate in rows:
            self._add(sentence_id, bool(boilerplate), done)
        self.since = 0
        """New labels since the last repeat served."""

    def _add(self, sentence_id: str, boilerplate: bool, done: set[str]) -> None:
        self.order[sentence_id] = len(self.order)
        if (
            self.share > 0
            and not boilerplate
            and sentence_id not in done
            and chosen(self.annotator, sentence_id, self.share)
        ):
            self.pending.append(sentence_id)

    def labelled(self, sentence_id: str, boilerplate: bool) -> None:
        """The annotator gave a sentence its first label."""
        if sentence_id not in self.order:
            self._add(sentence_id, boilerplate, set())
            self.since += 1

    def due(self, *, nothing_new: bool) -> str | None:
        """The repeat to serve now, if one is due (`nothing_new`: the queue of unlabelled
        sentences is empty, so every pending repeat is)."""
        while self.pending and self.pending[0] not in self.not_furniture:
            if in_furniture(self.store, self.pending[0]):
                self.pending.pop(0)  # a site's unmarked furniture: agreeing with it says nothing
            else:
                self.not_furniture.add(self.pending[0])
        if not self.pending:
            return None
        if nothing_new:
            return self.pending[0]
        first = self.pending[0]
        if self.since >= self.spacing and len(self.order) - self.order[first] > self.gap:
            return first
        return None

    def served(self, sentence_id: str) -> None:
        """Its repeat label is saved."""
        if sentence_id in self.pending:
            self.pending.remove(sentence_id)
        self.since = 0

    def drop(self, sentence_id: str) -> None:
        """Not to be served (its first label was taken back meanwhile)."""
        if sentence_id in self.pending:
            self.pending.remove(sentence_id)

    def undone(self, sentence_id: str) -> None:
        """Its repeat label was undone: it is served again, now."""
        if sentence_id not in self.pending:
            self.pending.insert(0, sentence_id)


def in_furniture(store: Store, sentence_id: str) -> bool:
    """Whether the sentence belongs to a repeat group of page furniture (`FURNITURE_SQL`:
    also the short lines a site repeats on every page that no pattern marks)."""
    if not store.has_table("repeat_groups"):
        return False
    row = store.conn.execute(
        "SELECT 1 FROM repeat_groups g JOIN sentences s ON s.id = g.sentence_id "
        "WHERE g.group_id = (SELECT group_id FROM repeat_groups WHERE sentence_id = ?) "
        f"GROUP BY g.group_id HAVING {FURNITURE_SQL}",
        [sentence_id],
    ).fetchone()
    return row is not None


@dataclass(frozen=True)
class LabelPair:
    """One annotator's label of one text, twice."""

    annotator: str
    unit: str
    """The sentence (a blind repeat) or `group/sentence` (a later copy in a group)."""
    first: str
    again: str


def repeat_pairs(store: Store, annotators: Sequence[str] | None = None) -> list[LabelPair]:
    """(first label, repeat label) of every blind repeat not undone."""
    pairs = []
    for annotator, sentence_id, before, after in store.conn.execute(
        f"SELECT e.annotator, e.sentence_id, e.before, e.after {_LIVE_REPEATS} ORDER BY e.seq"
    ):
        if annotators is not None and annotator not in annotators:
            continue
        first = (json.loads(before) if before else {}).get("label")
        again = (json.loads(after) if after else {}).get("label")
        if first and again:
            pairs.append(LabelPair(annotator, sentence_id, first, again))
    return pairs


def group_pairs(store: Store, annotators: Sequence[str] | None = None) -> list[LabelPair]:
    """Within each repeat group that is not page furniture, each annotator's later labels
    against their first one in the group. A label given with the annotator's own earlier
    label shown as the suggestion (`--show-repeats`) is left out: it was not given blind."""
    if not store.has_table("repeat_groups"):
        return []
    rows = store.conn.execute(
        "SELECT a.annotator, g.group_id, a.sentence_id, a.label, a.suggested_rule, "
        "a.suggestion_shown FROM repeat_groups g "
        "JOIN annotations a ON a.sentence_id = g.sentence_id "
        "WHERE a.label IS NOT NULL AND g.group_id IN (SELECT g2.group_id FROM repeat_groups g2 "
        " JOIN sentences s ON s.id = g2.sentence_id GROUP BY g2.group_id "
        f" HAVING NOT {FURNITURE_SQL}) "
        "ORDER BY a.annotator, g.group_id, a.created_at, a.sentence_id"
    )
    pairs: list[LabelPair] = []
    first: dict[tuple[str, str], str] = {}
    for annotator, group_id, sentence_id, label, rule, shown in rows:
        if annotators is not None and annotator not in annotators:
            continue
        key = (annotator, group_id)
        if key not in first:
            first[key] = label
        elif not (rule == "repeat" and shown):
            pairs.append(LabelPair(annotator, f"{group_id}/{sentence_id}", first[key], label))
    return pairs


@dataclass(frozen=True)
class GroupLabel:
    """One sentence of a repeat group, with the label one annotator gave it."""

    sentence_id: str
    article_id: str
    article_title: str
    text: str
    label: str
    created_at: str


@dataclass(frozen=True)
class Inconsistency:
    """A repeat group one annotator labelled two or more ways."""

    annotator: str
    group_id: str
    labels: list[GroupLabel]

    @property
    def distinct(self) -> list[str]:
        return sorted({member.label for member in self.labels})


def inconsistencies(store: Store, annotator: str | None = None) -> list[Inconsistency]:
    """The (annotator, group) pairs with two or more different labels, by annotator, then
    by the group's first label."""
    if not store.has_table("repeat_groups"):
        return []
    where, params = ("AND a.annotator = ? ", [annotator]) if annotator else ("", [])
    rows = store.conn.execute(
        "SELECT a.annotator, g.group_id, s.id, s.article_id, ar.title, s.text, a.label, "
        "a.created_at FROM repeat_groups g JOIN annotations a ON a.sentence_id = g.sentence_id "
        "JOIN sentences s ON s.id = g.sentence_id JOIN articles ar ON ar.id = s.article_id "
        f"WHERE a.label IS NOT NULL {where}"
        "ORDER BY a.annotator, g.group_id, a.created_at, s.rowid",
        params,
    )
    found: dict[tuple[str, str], list[GroupLabel]] = {}
    for name, group_id, *member in rows:
        found.setdefault((name, group_id), []).append(GroupLabel(*member))
    out = [
        Inconsistency(name, group_id, labels)
        for (name, group_id), labels in found.items()
        if len({m.label for m in labels}) > 1
    ]
    out.sort(key=lambda item: (item.annotator, item.labels[0].created_at, item.group_id))
    return out
