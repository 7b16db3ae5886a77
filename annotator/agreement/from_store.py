"""The agreement report of a database: reads triples, texts, articles and suggestions from a
Store."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence

from annotator.agreement.report import AgreementReport, IntraAnnotator, build_report
from annotator.agreement.sway import sway_of
from annotator.records import LabelScheme
from annotator.store import Store, assignments
from annotator.store.review_rows import final_labels


class _Texts(Mapping[Hashable, str]):
    """Sentence texts, read only for the few sentences the report shows."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __getitem__(self, key: Hashable) -> str:
        sentence = self.store.sentence(str(key))
        if sentence is None:
            raise KeyError(key)
        return sentence.text

    def __iter__(self) -> Iterator[Hashable]:
        return (s.id for s in self.store.iter_sentences())

    def __len__(self) -> int:
        return self.store.sentence_count()


def report_of(
    store: Store,
    *,
    annotators: Sequence[str] = (),
    articles: Sequence[str] = (),
    scheme: LabelScheme | None = None,
    ci: bool = True,
    top_disagreements: int = 20,
) -> AgreementReport:
    """The report over the current labels, filtered by annotator and article.

    The scheme's labels are the declared categories (they change AC1 and Brennan–Prediger);
    labels outside the scheme are left out. The reviewers' adjudications are the final labels
    each annotator is compared with; the suggestions section uses the same filters.
    """
    scheme = scheme or store.scheme
    names = list(annotators) or None
    article_ids = store.resolve_articles(articles)
    known = set(scheme.names)
    triples = [t for t in store.triples(annotators=names, article_ids=article_ids) if t[2] in known]
    return build_report(
        triples,
        categories=scheme.names,
        texts=_Texts(store),
        articles=store.labelled_articles(names, article_ids),
        adjudications=final_labels(store, article_ids),
        ci=ci,
        top_disagreements=top_disagreements,
        sway=sway_of(store, scheme.names, annotators=names, article_ids=article_ids),
        ordered=scheme.ordered,
        overlap=_overlap_sample(store, article_ids),
        intra=_intra(store, scheme, names),
    )


def _intra(
    store: Store, scheme: LabelScheme, annotators: Sequence[str] | None
) -> dict[str, IntraAnnotator]:
    from annotator.agreement.intra import intra_annotator
    from annotator.store.repeat_labels import group_pairs, repeat_pairs

    return intra_annotator(
        repeat_pairs(store, annotators),
        group_pairs(store, annotators),
        scheme.names,
        ordered=scheme.ordered,
    )


def _overlap_sample(
    store: Store, article_ids: Sequence[str] | None
) -> tuple[int, set[Hashable]] | None:
    """(articles, sentence ids) of the overlap sample, within the article filter."""
    sample = assignments.overlap_articles(store)
    if article_ids is not None:
        sample &= set(article_ids)
    if not sample:
        return None
    items: set[Hashable] = set(assignments.overlap_sentences(store, article_ids))
    return len(sample), items
