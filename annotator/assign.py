"""Dividing the work: which annotator reads which article.

The unit is the article (an annotator reads whole articles, in context). A share of the
articles, the overlap sample, goes to every annotator, for agreement; every other article
goes to exactly `per_article` annotators, chosen so that each annotator's load in sentences
stays even (longest articles first, each to the least loaded annotators). Everything is
decided from the seed, the corpus and what is already assigned: the same inputs give the
same plan. This module decides; `annotator.store.assignments` stores.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from annotator.errors import AnnotatorError
from annotator.models import Design
from annotator.store import Store, assignments

__all__ = ["Change", "Plan", "assign", "loads", "plan_assignments", "plan_release", "release"]


@dataclass(frozen=True)
class Change:
    article_id: str
    annotator: str
    overlap: bool
    action: str  # "assign" or "unassign"


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    design: Design | None = None

    def add(self, article: str, annotator: str, overlap: bool) -> None:
        self.changes.append(Change(article, annotator, overlap, "assign"))

    def remove(self, article: str, annotator: str, overlap: bool) -> None:
        self.changes.append(Change(article, annotator, overlap, "unassign"))


def _check_names(names: Sequence[str]) -> list[str]:
    cleaned = [name.strip() for name in names]
    if not cleaned or any(not name for name in cleaned):
        raise AnnotatorError("--annotators: give names separated by commas, e.g. alice,bob")
    seen: set[str] = set()
    for name in cleaned:
        if name in seen:
            raise AnnotatorError(f"--annotators: {name!r} is named twice")
        seen.add(name)
    return cleaned


def _least_loaded(
    candidates: Iterable[str], load: Mapping[str, int], order: Mapping[str, int], k: int
) -> list[str]:
    """The `k` candidates with the fewest sentences; ties by the seeded order."""
    return sorted(candidates, key=lambda name: (load[name], order[name]))[:k]


def plan_assignments(
    articles: Sequence[tuple[str, int]],
    existing: Mapping[str, Mapping[str, bool]],
    started: set[str],
    names: Sequence[str],
    per_article: int,
    overlap: float,
    seed: int,
    previous: Design | None,
) -> Plan:
    """What to assign: `articles` are (id, sentences) in import order; `existing` maps an
    article to {annotator: overlap} already assigned; `started` are the articles somebody
    has labelled. Only new articles are assigned, unless `names` brings someone new: then
    the articles nobody has started are divided again, so the newcomer takes a share."""
    names = _check_names(names)
    if not 0.0 <= overlap <= 1.0:
        raise AnnotatorError(f"--overlap must be between 0 and 1, not {overlap:g}")
    if per_article < 1:
        raise AnnotatorError("--per-article must be at least 1")
    team = list(previous.annotators) if previous else []
    team += [name for name in names if name not in team]
    if per_article > len(team):
        raise AnnotatorError(
            f"--per-article {per_article} is more than the {len(team)} annotator(s) of the team"
        )
    rng = random.Random(f"{seed}:{len(existing)}:{len(articles)}:{','.join(team)}")
    order = {name: rank for rank, name in enumerate(rng.sample(team, len(team)))}
    sizes = dict(articles)
    plan = Plan()
    newcomers = [name for name in team if previous is not None and name not in previous.annotators]

    kept: dict[str, dict[str, bool]] = {a: dict(who) for a, who in existing.items()}
    pool: list[str] = []
    before: dict[str, set[str]] = {}
    if newcomers:
        # The newcomers take a share of what nobody has started, and join the sample.
        for article, who in existing.items():
            if any(who.values()):
                for name in newcomers:
                    plan.add(article, name, True)
                    kept[article][name] = True
            elif article not in started:
                before[article] = set(who)
                del kept[article]
                pool.append(article)

    new = [article for article, _ in articles if article not in existing]
    total = len(articles)
    in_sample = sum(1 for who in existing.values() if any(who.values()))
    target = round(overlap * total)
    if overlap > 0:
        target = max(target, 1)
    sample = set(rng.sample(new, max(0, min(len(new), target - in_sample))))
    for article in new:
        if article in sample:
            for name in team:
                plan.add(article, name, True)
                kept.setdefault(article, {})[name] = True
        else:
            pool.append(article)

    load = {name: 0 for name in team}
    for article, who in kept.items():
        for name in who:
            if name in load:
                load[name] += sizes.get(article, 0)
    tie = {article: rng.random() for article in pool}
    for article in sorted(pool, key=lambda a: (-sizes.get(a, 0), tie[a])):
        chosen = _least_loaded(team, load, order, per_article)
        for name in chosen:
            load[name] += sizes.get(article, 0)
        # Divided again: only what changes is recorded.
        had = before.get(article, set())
        for name in sorted(had - set(chosen)):
            plan.remove(article, name, False)
        for name in chosen:
            if name not in had:
                plan.add(article, name, False)
    plan.design = Design(annotators=team, per_article=per_article, overlap=overlap, seed=seed)
    return plan


def plan_release(
    name: str,
    articles: Sequence[tuple[str, int]],
    existing: Mapping[str, Mapping[str, bool]],
    started_by: Mapping[str, set[str]],
    design: Design,
) -> Plan:
    """Hand `name`'s articles that `name` has not started to the others, keeping
    `per_article` readers where someone is free; overlap articles just lose `name`.
    Articles `name` has started stay with `name` (their labels are never touched)."""
    assigned = [article for article, who in existing.items() if name in who]
    if name not in design.annotators and not assigned:
        known = ", ".join(design.annotators) or "nobody"
        raise AnnotatorError(f"--release: {name!r} has no assignment (the team: {known})")
    team = [other for other in design.annotators if other != name]
    sizes = dict(articles)
    load = {other: 0 for other in team}
    for article, who in existing.items():
        for other in who:
            if other in load:
                load[other] += sizes.get(article, 0)
    order = {other: rank for rank, other in enumerate(team)}
    plan = Plan()
    mine = started_by.get(name, set())
    for article in sorted(assigned, key=lambda a: -sizes.get(a, 0)):
        if article in mine:
            continue
        is_overlap = existing[article][name]
        plan.remove(article, name, is_overlap)
        if is_overlap:
            continue
        free = [other for other in team if other not in existing[article]]
        for other in _least_loaded(free, load, order, 1):
            plan.add(article, other, False)
            load[other] += sizes.get(article, 0)
    plan.design = design.model_copy(update={"annotators": team})
    return plan


# ----------------------------------------------------------------------------- on a store


def assign(store: Store, names: Sequence[str], per_article: int, overlap: float, seed: int) -> Plan:
    """Plan and store the assignment of the articles not yet assigned (see
    `plan_assignments`); a name new to the design takes a share of what nobody started."""
    articles = store.article_sizes()
    if not articles:
        raise AnnotatorError("no articles to assign: run `annotator import` first")
    previous = assignments.design(store)
    if previous is not None and (
        previous.per_article != per_article or previous.overlap != overlap
    ):
        raise AnnotatorError(
            f"this project is assigned with --per-article {previous.per_article} and "
            f"--overlap {previous.overlap:g}; run `annotator assign` with the same values "
            "(new articles and names follow them)"
        )
    existing = assignments.assignment_map(store)
    started = set().union(*assignments.started_by(store).values())
    plan = plan_assignments(
        articles, existing, started, names, per_article, overlap, seed, previous
    )
    _apply(store, plan)
    return plan


def release(store: Store, name: str) -> Plan:
    """Hand `name`'s unstarted articles to the others (see `plan_release`)."""
    current = assignments.design(store)
    if current is None:
        raise AnnotatorError("this project has no assignments yet: run `annotator assign`")
    plan = plan_release(
        name,
        store.article_sizes(),
        assignments.assignment_map(store),
        assignments.started_by(store),
        current,
    )
    _apply(store, plan)
    return plan


def _apply(store: Store, plan: Plan) -> None:
    assert plan.design is not None
    assignments.apply_changes(
        store,
        ((c.article_id, c.annotator, c.overlap, c.action) for c in plan.changes),
        plan.design,
    )


def loads(store: Store) -> dict[str, tuple[int, int]]:
    """{annotator: (articles, sentences) assigned}, in design order."""
    team = assignments.design(store)
    result = {name: (0, 0) for name in (team.annotators if team else [])}
    for name, (articles, sentences, _labelled) in assignments.totals(store).items():
        result[name] = (articles, sentences)
    return result
