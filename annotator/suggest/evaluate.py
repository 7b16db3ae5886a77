"""How good the suggestions are against a gold file: per-label scores, kappa, cue and source.

The gold format is `seed_gold.jsonl`'s: one sentence per line with its `text`, `label`,
`source` and `cue` (cue parts joined by " … "). The same scores serve `annotator suggest
--evaluate` and `bench/suggest.py`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from annotator.errors import AnnotatorError, InputError
from annotator.suggest.model import Span, Suggestion
from annotator.suggest.ner import Entities, add_names

LABELS = ("attributed", "contested", "asserted", "not_a_claim")


class RecordedRules(BaseModel):
    """What the rules suggested for a gold sentence when they first met it."""

    label: str = Field(description="The rules' label then.")
    rule: str = Field(description="The rule that fired then.")
    source: str | None = Field(default=None, description="The source they found then.")
    cue: list[tuple[int, int]] = Field(
        default_factory=list, description="The cue's character spans in the sentence then."
    )

    def suggestion(self, text: str) -> Suggestion:
        return Suggestion(
            label=self.label,
            rule=self.rule,
            confidence=0.5,
            source=self.source,
            cue=[Span(start=a, end=b, text=text[a:b]) for a, b in self.cue],
        )


class GoldSentence(BaseModel):
    """One line of a gold file (`seed_gold.jsonl`); other fields are kept and ignored."""

    model_config = ConfigDict(extra="allow")

    file: str = Field(default="", description="The article the sentence comes from.")
    sentence_index: int = Field(default=0, ge=0, description="Position in the article.")
    text: str = Field(min_length=1, description="The sentence.")
    label: str = Field(description="The gold label.")
    source: str | None = Field(default=None, description="Who makes or disputes the claim.")
    cue: str | None = Field(default=None, description="The cue, parts joined by ' … '.")
    rules_at_first_run: RecordedRules | None = Field(
        default=None,
        description=(
            "The rules' suggestion for this sentence at their first run on its set, before "
            "they were fixed on it (bench/first_run_rules.py writes it). `annotator train` "
            "learns from it instead of today's rules: today's are right on these sentences "
            "because they were fixed on them, and a model that learnt from that would trust "
            "them more than they deserve on news they have not met."
        ),
    )


def read_gold(path: str | Path, labels: Sequence[str] = LABELS) -> list[GoldSentence]:
    """Every line of a gold JSONL file; a bad line, or a label not in `labels`, is an error
    naming file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot read: {error}") from None
    gold: list[GoldSentence] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = GoldSentence.model_validate(json.loads(line))
        except json.JSONDecodeError as error:
            raise InputError(path, f"not JSON: {error.msg}", number) from None
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "line"
            raise InputError(path, f"{where}: {first['msg']}", number) from None
        if item.label not in labels:
            raise InputError(
                path, f"label {item.label!r} is not one of {', '.join(labels)}", number
            )
        gold.append(item)
    if not gold:
        raise InputError(path, "no gold sentence in the file")
    return gold


def suggest_gold(
    gold: Sequence[GoldSentence], entities: Entities | None = None
) -> list[Suggestion]:
    """Suggestions for the gold sentences themselves, article by article, in gold order."""
    from annotator.suggest.rules import suggest_article

    by_file: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(gold):
        by_file[item.file].append(i)
    out: list[Suggestion | None] = [None] * len(gold)
    for indexes in by_file.values():
        indexes.sort(key=lambda i: gold[i].sentence_index)
        texts = [gold[i].text for i in indexes]
        suggestions = suggest_article(texts)
        if entities is not None:
            suggestions = add_names(suggestions, texts, entities)
        for i, suggestion in zip(indexes, suggestions, strict=True):
            out[i] = suggestion
    return [s for s in out if s is not None]


# ------------------------------------------------------------------ matching


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("’", "'")
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def norm_text(text: str) -> str:
    """Sentence text as matched between a gold file and the database (a list bullet the
    database keeps and the gold file drops does not count)."""
    return _norm(text).lstrip("•·*-–—►▶→ ")


_QUOTE_MARKS = str.maketrans({mark: "«" for mark in '«»“”"„‹›'})


def _cue_parts(cue: str) -> list[str]:
    # Any quotation mark is one mark: gold cues write "« »" for straight quotes too.
    parts = [_norm(part).translate(_QUOTE_MARKS) for part in re.split(r"\s*…\s*", cue)]
    return [part for part in parts if part]


def cue_match(suggested: str | None, gold: str | None) -> tuple[bool, bool]:
    """(exact, overlapping): the same words, or at least one part shared (containment)."""
    if not suggested or not gold:
        return False, False
    ours, theirs = _cue_parts(suggested), _cue_parts(gold)
    exact = "".join(ours).replace(" ", "") == "".join(theirs).replace(" ", "")
    overlap = any(a in b or b in a for a in ours for b in theirs if a and b)
    return exact, exact or overlap


_ARTICLE = re.compile(r"^(?:le|la|les|l'|un|une|des)\s*")


def _source_names(source: str) -> list[str]:
    """ "il (Poutine)" → ["il (poutine)", "il", "poutine"]; "Kim (via KCNA)" → also "kim"."""
    names = [_norm(source)]
    outer = _norm(re.sub(r"\s*\(.*?\)\s*", " ", source))
    inner = [_norm(part) for part in re.findall(r"\((?:via\s+)?([^()]*)\)", source)]
    return [n for n in [*names, outer, *inner] if n]


def source_match(suggested: str | None, gold: str | None) -> tuple[bool, bool]:
    """(exact, overlapping): the same name (brackets resolved either way), or one name
    containing the other ("le président russe Vladimir Poutine" and "Poutine")."""
    if not suggested or not gold:
        return False, False
    ours = [_ARTICLE.sub("", n) for n in _source_names(suggested)]
    theirs = [_ARTICLE.sub("", n) for n in _source_names(gold)]
    exact = ours[0] == theirs[0] or ours[1] == theirs[1]
    overlap = any(a in b or b in a for a in ours for b in theirs if len(a) > 2 and len(b) > 2)
    return exact, exact or overlap


# ------------------------------------------------------------------- scores


class LabelScore(BaseModel):
    label: str
    precision: float | None
    recall: float | None
    f1: float | None
    support: int = Field(description="Gold sentences with this label.")
    predicted: int = Field(description="Sentences the suggester gave this label.")


class RuleScore(BaseModel):
    rule: str
    fired: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.fired if self.fired else 0.0


class MatchRate(BaseModel):
    """Over gold sentences that have one, where the suggested label is right."""

    total: int
    exact: int
    overlap: int

    def rates(self) -> tuple[float | None, float | None]:
        if not self.total:
            return None, None
        return self.exact / self.total, self.overlap / self.total


class Evaluation(BaseModel):
    """The suggester against a gold file."""

    sentences: int
    unmatched: int = Field(default=0, description="Gold sentences not found in the database.")
    accuracy: float
    macro_f1: float
    kappa: float | None
    kappa_undefined: str | None = None
    labels: list[LabelScore]
    confusion: dict[str, dict[str, int]] = Field(description="gold label → suggested → count")
    cue: MatchRate
    source: MatchRate
    rules: list[RuleScore]


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def evaluate(pairs: Iterable[tuple[GoldSentence, Suggestion]], *, unmatched: int = 0) -> Evaluation:
    """Scores of the suggestions against their gold sentences."""
    from annotator.agreement.coefficients import UndefinedAgreement, cohen_kappa

    items = list(pairs)
    if not items:
        raise AnnotatorError("no gold sentence to evaluate against")
    confusion: dict[str, dict[str, int]] = {g: dict.fromkeys(LABELS, 0) for g in LABELS}
    rules: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cue = Counter[str]()
    source = Counter[str]()
    for gold, suggestion in items:
        confusion[gold.label][suggestion.label] += 1
        rules[suggestion.rule][0] += 1
        rules[suggestion.rule][1] += gold.label == suggestion.label
        if gold.label != suggestion.label:
            continue
        if gold.cue:
            exact, overlap = cue_match(suggestion.cue_text, gold.cue)
            cue.update(total=1, exact=exact, overlap=overlap)
        if gold.source:
            exact, overlap = source_match(suggestion.source, gold.source)
            source.update(total=1, exact=exact, overlap=overlap)
    scores: list[LabelScore] = []
    for label in LABELS:
        tp = confusion[label][label]
        predicted = sum(confusion[g][label] for g in LABELS)
        support = sum(confusion[label].values())
        precision, recall = _ratio(tp, predicted), _ratio(tp, support)
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall > 0
            else (0.0 if support or predicted else None)
        )
        scores.append(
            LabelScore(
                label=label,
                precision=precision,
                recall=recall,
                f1=f1,
                support=support,
                predicted=predicted,
            )
        )
    present = [s.f1 for s in scores if s.support and s.f1 is not None]
    triples = [
        t
        for i, (gold, suggestion) in enumerate(items)
        for t in ((i, "gold", gold.label), (i, "suggester", suggestion.label))
    ]
    kappa: float | None
    undefined = None
    try:
        kappa = cohen_kappa(triples, categories=list(LABELS))
    except UndefinedAgreement as error:
        kappa, undefined = None, str(error)
    return Evaluation(
        sentences=len(items),
        unmatched=unmatched,
        accuracy=sum(confusion[g][g] for g in LABELS) / len(items),
        macro_f1=sum(present) / len(present) if present else 0.0,
        kappa=kappa,
        kappa_undefined=undefined,
        labels=scores,
        confusion=confusion,
        cue=MatchRate(total=cue["total"], exact=cue["exact"], overlap=cue["overlap"]),
        source=MatchRate(total=source["total"], exact=source["exact"], overlap=source["overlap"]),
        rules=sorted(
            (RuleScore(rule=r, fired=f, correct=c) for r, (f, c) in rules.items()),
            key=lambda r: -r.fired,
        ),
    )


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:5.1f}"


def render(evaluation: Evaluation, title: str = "Suggestions against the gold") -> str:
    """Plain-text report: what the bench and `annotator suggest --evaluate` print."""
    e = evaluation
    lines = [f"{title}: {e.sentences} sentences"]
    if e.unmatched:
        lines[0] += f" ({e.unmatched} gold sentences not found in the database, left out)"
    lines += ["", f"{'label':<12} {'P %':>6} {'R %':>6} {'F1 %':>6} {'gold':>5} {'sugg.':>6}"]
    for s in e.labels:
        lines.append(
            f"{s.label:<12} {_pct(s.precision):>6} {_pct(s.recall):>6} {_pct(s.f1):>6} "
            f"{s.support:>5} {s.predicted:>6}"
        )
    kappa = f"{e.kappa:.3f}" if e.kappa is not None else f"undefined ({e.kappa_undefined})"
    lines += [
        "",
        f"accuracy {100 * e.accuracy:.1f} %   macro-F1 {100 * e.macro_f1:.1f} %   "
        f"Cohen's kappa {kappa}",
    ]
    for name, rate in (("cue", e.cue), ("source", e.source)):
        exact, overlap = rate.rates()
        lines.append(
            f"{name} match (where the label is right and the gold has one, n={rate.total}): "
            f"exact {_pct(exact).strip()} %, overlapping {_pct(overlap).strip()} %"
        )
    lines += ["", "confusion (rows gold, columns suggested):"]
    lines.append(" " * 12 + "".join(f"{label[:11]:>12}" for label in LABELS))
    for gold in LABELS:
        lines.append(f"{gold:<12}" + "".join(f"{e.confusion[gold][s]:>12}" for s in LABELS))
    lines += ["", "rules (fired, right):"]
    lines += [f"  {r.rule:<30} {r.fired:>5} {r.correct:>5}  {_pct(r.precision)} %" for r in e.rules]
    return "\n".join(lines)
