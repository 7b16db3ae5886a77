"""What `annotator stats` reports, as a typed model: counts per article, per annotator and per
label, adjudications by reason, and the suggestions' sway. Built from the store; rendered by
`annotator.agreement.render.rich_stats` (terminal) or dumped as JSON (`--json`)."""

from __future__ import annotations

import statistics

from pydantic import BaseModel, Field

from annotator.agreement.report import Sway
from annotator.agreement.sway import sway_of
from annotator.store import Store, assignments
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


class TeamMember(BaseModel):
    """One annotator's quota in a divided project (`annotator assign`)."""

    annotator: str
    assigned: int = Field(description="Sentences of the articles assigned to them.")
    labelled: int = Field(description="Of those, labelled.")
    left: int
    pace_seconds: float | None = Field(description="Median seconds per labelled sentence.")
    time_left_seconds: float | None = Field(description="left x pace; null without a pace.")


class ArticleProgress(BaseModel):
    article_id: str
    title: str
    overlap: bool = Field(description="In the agreement sample (assigned to everyone).")
    assigned: int = Field(description="Annotators assigned to it.")
    done: int = Field(description="Of them, those who labelled every sentence.")


class TeamProgress(BaseModel):
    members: list[TeamMember]
    articles: list[ArticleProgress]


class RepeatSummary(BaseModel):
    """Sentences repeated across articles (`annotator repeats`)."""

    groups: int = Field(description="Groups of two or more sentences.")
    sentences: int = Field(description="Sentences in a group.")
    labels_saved: int = Field(
        description="Labels one annotator saves by labelling one sentence of each group."
    )
    furniture_groups: int = Field(
        description="Groups of page furniture (all marked as boilerplate, or a short line "
        "repeated in 3 articles or more)."
    )


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
    team: TeamProgress | None = Field(
        default=None, description="Quotas and progress, when the project is divided."
    )
    repeats: RepeatSummary | None = Field(
        default=None, description="Repeated sentences; null when there are none."
    )


def stats_of(store: Store) -> StatsReport:
    """The report of `annotator stats` on the current database."""
    counts = store.stats()
    return StatsReport(
        **counts,
        adjudicated_by_reason=adjudications_by_reason(store),
        sway=sway_of(store),
        team=team_progress(store),
        repeats=repeat_summary(store),
    )


def repeat_summary(store: Store) -> RepeatSummary | None:
    from annotator.store import repeat_rows

    if not store.has_table("repeat_groups"):
        return None  # a read-only look at a database from before repeat groups
    groups, sentences, saved = repeat_rows.summary(store)
    if not groups:
        return None
    return RepeatSummary(
        groups=groups,
        sentences=sentences,
        labels_saved=saved,
        furniture_groups=repeat_rows.furniture_groups(store),
    )


def team_progress(store: Store) -> TeamProgress | None:
    """Each annotator's quota, labelled, left, pace and time left; each article's readers
    done. None when the project is not divided."""
    if not assignments.has_assignments(store):
        return None
    paces = {
        name: statistics.median(values)
        for name, values in assignments.seconds_per_sentence(store).items()
    }
    members = []
    for name, (_articles, assigned, labelled) in assignments.totals(store).items():
        left = max(assigned - labelled, 0)
        pace = paces.get(name)
        members.append(
            TeamMember(
                annotator=name,
                assigned=assigned,
                labelled=labelled,
                left=left,
                pace_seconds=pace,
                time_left_seconds=None if pace is None else left * pace,
            )
        )
    articles = [
        ArticleProgress(article_id=a, title=t, overlap=o, assigned=n, done=d)
        for a, t, o, n, d in assignments.article_completion(store)
    ]
    return TeamProgress(members=members, articles=articles)
