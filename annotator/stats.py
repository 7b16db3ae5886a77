"""What `annotator stats` reports, as a typed model: counts per article, per annotator and per
label, adjudications by reason, and the suggestions' sway. Built from the store; rendered by
`annotator.agreement.render.rich_stats` (terminal) or dumped as JSON (`--json`)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from annotator.agreement.report import Sway
from annotator.agreement.sway import sway_of
from annotator.store import Store
from annotator.store.review_rows import adjudications_by_reason


class ArticleStats(BaseModel):
    id: str
    title: str
    sentences: int
    boilerplate: int = Field(description="Sentences that look like page furniture.")


class AnnotatorStats(BaseModel):
    annotator: str
    labelled: int
    flagged: int | None
    skipped: int | None
    mean_seconds: float | None = Field(description="Mean time per labelled sentence.")


class StatsReport(BaseModel):
    articles: int
    sentences: int
    scheme: str
    annotators: list[AnnotatorStats]
    labels: dict[str, int] = Field(description="Label → count, most frequent first.")
    labels_by_annotator: dict[str, dict[str, int]]
    adjudicated: int
    article_list: list[ArticleStats]
    adjudicated_by_reason: dict[str, int]
    sway: Sway


def stats_of(store: Store) -> StatsReport:
    """The report of `annotator stats` on the current database."""
    counts = store.stats()
    return StatsReport(
        **counts,
        adjudicated_by_reason=adjudications_by_reason(store),
        sway=sway_of(store),
    )
