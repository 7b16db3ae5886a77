"""The review queue and its storage: what a reviewer sees, undo through the event log, and the
decisions read back by `stats` and the agreement report."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.agreement.from_store import report_of
from annotator.agreement.render import render_html, render_json, render_markdown, rich_report
from annotator.agreement.report import AgreementReport, build_report
from annotator.cli import cli
from annotator.errors import AnnotatorError, UnknownLabel
from annotator.gold import gold_of
from annotator.models import Adjudication, AdjudicationReason, EventAction
from annotator.review_queue import (
    QueueOptions,
    ReviewCandidate,
    blind_aliases,
    load_queue,
    pair_agreement,
    parse_pair,
    select,
)
from annotator.store import Store
from annotator.store.review_rows import (
    adjudications_by_reason,
    candidate,
    final_labels,
    last_undoable_adjudication,
    unanimous_count,
    undo_adjudication,
)

A, C, S, N = "attributed", "contested", "asserted", "not_a_claim"


def item(sid: str, *labels: str, flagged: bool = False, settled: str | None = None):
    return ReviewCandidate(sid, "art", int(sid[1:]), tuple(sorted(labels)), flagged, settled)


def ids(items: list[ReviewCandidate]) -> list[str]:
    return [i.sentence_id for i in items]


# ----------------------------------------------------------------------------- pure rules

ITEMS = [
    item("s1", A, C),  # a disagreement
    item("s2", A, A),  # unanimous
    item("s3", A, flagged=True),  # flagged, one label
    item("s4", A, C, S),  # three annotators
    item("s5", S, N, settled=S),  # already settled
    item("s6", flagged=True),  # flagged without a label
]


def test_default_queue_is_disagreements_and_flags_without_settled() -> None:
    kept, settled = select(ITEMS, QueueOptions())
    assert ids(kept) == ["s1", "s3", "s4", "s6"]
    assert settled == 1


def test_all_includes_settled() -> None:
    kept, settled = select(ITEMS, QueueOptions(include_settled=True))
    assert ids(kept) == ["s1", "s3", "s4", "s5", "s6"] and settled == 0


def test_min_annotators_filters_disagreements_and_flags() -> None:
    assert ids(select(ITEMS, QueueOptions(min_annotators=3))[0]) == ["s4"]
    assert ids(select(ITEMS, QueueOptions(min_annotators=1))[0]) == ["s1", "s3", "s4"]


def test_pair_keeps_sentences_with_both_labels() -> None:
    assert ids(select(ITEMS, QueueOptions(pair=(C, A)))[0]) == ["s1", "s4"]
    assert ids(select(ITEMS, QueueOptions(pair=(S, N), include_settled=True))[0]) == ["s5"]


def test_pair_agreement_counts_agreeing_pairs() -> None:
    assert pair_agreement([A, A]) == (1, 1)
    assert pair_agreement([A, C]) == (0, 1)
    assert pair_agreement([A, A, C]) == (1, 3)
    assert pair_agreement([A]) == (0, 0)


def test_blind_aliases_are_letters_stable_and_shuffled() -> None:
    names = ["alice", "bruno", "chloé"]
    aliases = blind_aliases("s1", names)
    assert sorted(aliases) == names and sorted(aliases.values()) == ["A", "B", "C"]
    assert blind_aliases("s1", list(reversed(names))) == aliases  # order given does not matter
    orders = {tuple(blind_aliases(f"s{i}", names).values()) for i in range(40)}
    firsts = {blind_aliases(f"s{i}", names)["alice"] for i in range(40)}
    assert len(orders) == 1  # values listed by annotator order of the shuffle: always A, B, C
    assert firsts == {"A", "B", "C"}  # but alice is not always A


def test_parse_pair() -> None:
    assert parse_pair("attributed, contested") == (A, C)
    for bad in ("attributed", "a,b,c", "attributed,attributed", ",contested"):
        with pytest.raises(AnnotatorError):
            parse_pair(bad)


# ----------------------------------------------------------------------------- the store


def two_annotators(store: Store) -> tuple[list[str], list[str], str]:
    """alice and bruno label the first 30 sentences; bruno differs on every 4th; alice flags
    sentence 31 (labelled by her only). Returns (disputed ids, unanimous ids, flagged id)."""
    store.conn.execute("PRAGMA synchronous = OFF")
    names = store.scheme.names
    sentences = list(store.iter_sentences())
    disputed, unanimous = [], []
    for i, sentence in enumerate(sentences[:30]):
        label = names[i % 4]
        store.label(sentence.id, "alice", label)
        other = names[(i + 1) % 4] if i % 4 == 0 else label
        store.label(sentence.id, "bruno", other)
        (disputed if other != label else unanimous).append(sentence.id)
    flagged = sentences[30].id
    store.label(flagged, "alice", A)
    store.update(flagged, "alice", flagged=True)
    return disputed, unanimous, flagged


def test_queue_of_a_database(store: Store) -> None:
    disputed, unanimous, flagged = two_annotators(store)
    queue = load_queue(store)
    assert ids(queue.items) == [*disputed, flagged]  # import order
    assert queue.unanimous == len(unanimous) and queue.already_settled == 0
    assert unanimous_count(store, min_labels=3) == 0


def test_queue_filters_on_a_database(store: Store) -> None:
    disputed, _, flagged = two_annotators(store)
    first_article = store.article_list()[0][0]
    in_first = {s.id for s in store.sentences_of(first_article)}
    queue = load_queue(store, QueueOptions(article_ids=tuple(store.resolve_articles(["1"]) or ())))
    assert ids(queue.items) == [s for s in [*disputed, flagged] if s in in_first]
    pair = load_queue(store, QueueOptions(pair=(A, C)))
    assert pair.items and all({A, C} <= set(i.labels) for i in pair.items)
    with pytest.raises(UnknownLabel):
        load_queue(store, QueueOptions(pair=(A, "nope")))
    with pytest.raises(AnnotatorError, match="no article"):
        store.resolve_articles(["99"])


def test_settled_sentences_leave_the_default_queue(store: Store) -> None:
    disputed, _, _ = two_annotators(store)
    store.adjudicate(Adjudication(sentence_id=disputed[0], label=C, reviewer="rita"))
    assert disputed[0] not in ids(load_queue(store).items)
    assert load_queue(store).already_settled == 1
    every = load_queue(store, QueueOptions(include_settled=True))
    assert every.items[0].sentence_id == disputed[0] and every.items[0].adjudicated == C


def test_candidate_of_one_sentence(store: Store) -> None:
    disputed, unanimous, _ = two_annotators(store)
    assert len(set(candidate(store, disputed[0]).labels)) == 2
    assert len(set(candidate(store, unanimous[0]).labels)) == 1
    assert candidate(store, store.sentences_of(store.article_list()[-1][0])[-1].id) is None


def test_undo_restores_the_previous_decision_then_none(store: Store) -> None:
    disputed, _, _ = two_annotators(store)
    sid = disputed[0]
    assert undo_adjudication(store, "rita") is None
    store.adjudicate(Adjudication(sentence_id=sid, label=C, reviewer="rita", note="first"))
    store.adjudicate(
        Adjudication(sentence_id=sid, label=A, reviewer="rita", reason=AdjudicationReason.AMBIGUOUS)
    )
    store.label(sid, "alice", S)  # a label in between is not the reviewer's to undo
    undone = undo_adjudication(store, "rita")
    assert undone is not None and undone.after["label"] == A
    restored = store.adjudication(sid)
    assert restored.label == C and restored.note == "first"
    assert undo_adjudication(store, "rita") is not None
    assert store.adjudication(sid) is None
    assert undo_adjudication(store, "rita") is None
    actions = [e.action for e in store.events("rita")]
    assert actions == [EventAction.ADJUDICATE] * 2 + [EventAction.UNDO] * 2
    undos = [e for e in store.events("rita") if e.action is EventAction.UNDO]
    assert undos[0].before["label"] == A and undos[1].after is None
    assert store.annotation(sid, "alice").label == S  # labels untouched


def test_undo_is_per_reviewer(store: Store) -> None:
    disputed, _, _ = two_annotators(store)
    store.adjudicate(Adjudication(sentence_id=disputed[0], label=C, reviewer="rita"))
    store.adjudicate(Adjudication(sentence_id=disputed[1], label=C, reviewer="sam"))
    assert last_undoable_adjudication(store, "rita").sentence_id == disputed[0]
    undo_adjudication(store, "rita")
    assert store.adjudication(disputed[0]) is None
    assert store.adjudication(disputed[1]) is not None


# ----------------------------------------------------------------------------- read back


def test_stats_counts_adjudications_by_reason(store: Store, db_path) -> None:
    disputed, _, _ = two_annotators(store)
    for sid, reason in zip(
        disputed[:3],
        [AdjudicationReason.ANNOTATOR_ERROR, AdjudicationReason.ANNOTATOR_ERROR, "ambiguous"],
        strict=True,
    ):
        store.adjudicate(Adjudication(sentence_id=sid, label=C, reviewer="rita", reason=reason))
    assert adjudications_by_reason(store) == {"annotator_error": 2, "ambiguous": 1}
    assert final_labels(store) == dict.fromkeys(disputed[:3], C)
    result = CliRunner().invoke(cli, ["stats", "--db", str(db_path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Adjudications by reason" in result.output and "annotator error" in result.output
    result = CliRunner().invoke(cli, ["stats", "--json", "--db", str(db_path)])
    assert json.loads(result.output)["adjudicated_by_reason"] == {
        "annotator_error": 2,
        "ambiguous": 1,
    }


def test_report_says_how_often_each_annotator_matched_the_final_label() -> None:
    triples = [
        ("s1", "alice", A), ("s1", "bruno", C),  # adjudicated C
        ("s2", "alice", A), ("s2", "bruno", A),  # unanimous
        ("s3", "alice", S), ("s3", "bruno", C), ("s3", "chloé", C),  # adjudicated S
        ("s4", "alice", N),  # one rating: not counted
    ]  # fmt: skip
    report = build_report(
        triples, categories=[A, C, S, N], ci=False, adjudications={"s1": C, "s3": S, "s4": N}
    )
    final = report.final_labels
    assert final is not None and final.adjudicated_sentences == 2
    rows = {r.annotator: (r.sentences, r.matches, r.rate) for r in final.adjudicated}
    assert rows == {"alice": (2, 1, 0.5), "bruno": (2, 1, 0.5), "chloé": (1, 0, 0.0)}
    # majority, as gold_of decides it: s2 unanimous A, s3 majority C, s1 a tie
    assert gold_of([A, C]).label is None and gold_of([S, C, C]).label == C
    assert final.majority_sentences == 2
    rows = {r.annotator: (r.sentences, r.matches) for r in final.majority}
    assert rows == {"alice": (2, 1), "bruno": (2, 2), "chloé": (1, 1)}
    assert build_report(triples, ci=False).final_labels is None


def test_final_labels_in_every_format_and_valid_json() -> None:
    triples = [("s1", "alice", A), ("s1", "bruno", C), ("s2", "alice", A), ("s2", "bruno", A)]
    report = build_report(triples, ci=False, adjudications={"s1": C})
    assert "## Final labels" in render_markdown(report)
    assert "Matched the adjudicated label: 1 sentence" in render_markdown(report)
    assert "<h2>Final labels</h2>" in render_html(report)
    again = AgreementReport.model_validate_json(render_json(report))
    assert again.final_labels == report.final_labels
    from rich.console import Console

    console = Console(width=120, record=True)
    console.print(rich_report(report))
    assert "Matched the adjudicated label: 1 sentence" in console.export_text()
    # a report without the field (older JSON) still validates
    data = json.loads(render_json(build_report(triples, ci=False)))
    data.pop("final_labels")
    assert AgreementReport.model_validate(data).final_labels is None


def test_agreement_report_of_a_database_reads_the_adjudications(store: Store) -> None:
    disputed, _, _ = two_annotators(store)
    for sid in disputed:
        label = next(a.label for a in store.annotations_of(sid) if a.annotator == "alice")
        store.adjudicate(Adjudication(sentence_id=sid, label=label, reviewer="rita"))
    final = report_of(store, ci=False).final_labels
    assert final is not None and final.adjudicated_sentences == len(disputed)
    rows = {r.annotator: (r.matches, r.rate) for r in final.adjudicated}
    assert rows == {"alice": (len(disputed), 1.0), "bruno": (0, 0.0)}


# ----------------------------------------------------------------------------- command line


def test_review_command_with_nothing_to_review(store: Store, db_path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["review", "--db", str(db_path), "-a", "rita"])
    assert result.exit_code == 0, result.output
    assert "Nothing to review" in result.output and "0 accepted as unanimous" in result.output


def test_review_command_refuses_bad_filters(store: Store, db_path) -> None:
    runner = CliRunner()
    for args, message in (
        (["--pair", "attributed,nope"], "unknown label 'nope'"),
        (["--pair", "attributed"], "two different labels"),
        (["--article", "42"], "no article '42'"),
    ):
        result = runner.invoke(cli, ["review", "--db", str(db_path), *args])
        assert result.exit_code == 1 and message in result.output, result.output


def test_review_command_needs_a_database(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["review", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such database" in result.output
