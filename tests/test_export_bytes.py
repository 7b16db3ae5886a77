"""The JSONL export's fast path writes exactly the bytes of the records' models.

`iter_json_lines` builds each line from the rows with the standard library's JSON encoder;
`to_record(row).model_dump_json()` validates and dumps a Pydantic model. They must agree on
every kind of value: quotes, backslashes, control characters, non-Latin text, line and
paragraph separators, floats, flags, notes, adjudications, filters.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.export import ExportFilter
from annotator.export.records import iter_json_lines, to_record
from annotator.models import Adjudication, AdjudicationReason
from annotator.store import Store
from annotator.store.export_rows import iter_sentence_rows
from tests.conftest import ROOT


def model_lines(store: Store, filters: ExportFilter) -> list[str]:
    filters = filters.resolve(store)
    out = []
    rows = iter_sentence_rows(
        store,
        article_ids=list(filters.article_ids) if filters.article_ids else None,
        annotators=list(filters.annotators) if filters.annotators else None,
    )
    for row in rows:
        if filters.min_annotators > 0 and not row.labels and row.adjudication is None:
            continue
        record = to_record(row)
        if filters.keeps(record):
            out.append(record.model_dump_json())
    return out


NASTY = [
    'il a dit « non » et "oui"',
    "back\\slash \\n not a newline",
    "tab\there, new\nline, cr\rreturn, bell\x07, nul-ish \x01\x1f, del \x7f",
    "séparateurs\u2028de ligne\u2029et de paragraphe",
    "emoji 🚀 et idéogrammes 漢字, arabe مرحبا",
    "",
]


def csv_both(store: Store, filters: ExportFilter, excel_safe: bool) -> tuple[str, str]:
    import io

    from annotator.export.records import iter_kept, iter_records
    from annotator.export.writers import ExportOptions, write_csv, write_csv_rows

    options = ExportOptions(excel_safe=excel_safe)
    slow, fast = io.StringIO(), io.StringIO()
    write_csv(iter_records(store, filters), slow, store.scheme, options)
    write_csv_rows(iter_kept(store, filters), fast, options)
    return slow.getvalue(), fast.getvalue()


def test_every_kind_of_value_gives_the_same_bytes(store: Store) -> None:
    sentences = list(store.iter_sentences())
    seconds = [0.0, 0.1, 1.5, 3.0, 12.345678901234, 299.99, 1e-5, 1e20, 7e-4, 123456.0]
    for i, sentence in enumerate(sentences[:60]):
        for j, name in enumerate(("alice", "bob", "zoé")):
            if (i + j) % 4 == 3:
                continue
            label = ("attributed", "contested", "asserted", "not_a_claim")[(i * j + i) % 4]
            store.label(sentence.id, name, label, seconds=seconds[(i + j) % len(seconds)])
            if i % 5 == 0:
                store.update(
                    sentence.id,
                    name,
                    note=NASTY[(i + j) % len(NASTY)] or None,
                    source=NASTY[i % len(NASTY)] or None,
                    flagged=bool(j % 2),
                )
        if i % 7 == 0:
            store.adjudicate(
                Adjudication(
                    sentence_id=sentence.id,
                    label="asserted",
                    reviewer="rita",
                    reason=AdjudicationReason.AMBIGUOUS,
                    note=NASTY[i % len(NASTY)] or None,
                )
            )
    store.update(sentences[70].id, "carol", flagged=True)  # a flag without a label
    for filters in (
        ExportFilter(),
        ExportFilter(min_annotators=0),
        ExportFilter(min_annotators=2),
        ExportFilter(gold_only=True),
        ExportFilter(labels=("contested",)),
        ExportFilter(annotators=("bob",)),
        ExportFilter(article_ids=("2",)),
    ):
        fast = [line for line, _n in iter_json_lines(store, filters)]
        assert fast == model_lines(store, filters), filters
        assert fast  # the filter kept something to compare
        for excel_safe in (False, True):
            slow_csv, fast_csv = csv_both(store, filters, excel_safe)
            assert fast_csv == slow_csv, (filters, excel_safe)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    note=st.text(max_size=40),
    seconds=st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
)
def test_random_notes_and_times_give_the_same_bytes(
    store: Store, note: str, seconds: float
) -> None:
    sentence = next(store.iter_sentences())
    store.update(sentence.id, "alice", label="asserted", note=note or None)
    store.conn.execute(
        "UPDATE annotations SET seconds = ? WHERE sentence_id = ? AND annotator = 'alice'",
        [seconds, sentence.id],
    )
    fast = [line for line, _n in iter_json_lines(store)]
    assert fast == model_lines(store, ExportFilter())
    slow_csv, fast_csv = csv_both(store, ExportFilter(), False)
    assert fast_csv == slow_csv


def test_the_fast_lines_are_valid_against_the_schema(store: Store, tmp_path: Path) -> None:
    import jsonschema

    for sentence in list(store.iter_sentences())[:10]:
        store.label(sentence.id, "alice", "asserted", seconds=2.5)
    schema = json.loads((ROOT / "schema/export.jsonl-record.schema.json").read_text())
    for line, _n in iter_json_lines(store):
        jsonschema.validate(json.loads(line), schema)
