"""What the annotate screen knows of the suggestions: the article's, the next article's, and
which ones the annotator has seen.

Kept apart from the screen (which owns the keys and the widgets) so the rules of recording stay
in one place: a suggestion is saved beside every label, shown or not, because comparing the two
is how the lead measures how much suggestions sway annotators.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from textual.content import Content

from annotator.records import LabelScheme, Sentence
from annotator.suggest.controls import is_control
from annotator.tui.display import Highlight, plain

if TYPE_CHECKING:
    from annotator.learn.suggester import LazyModel
    from annotator.models import Annotation
    from annotator.suggest import Suggestion
    from annotator.suggest.ner import Entities

CUE_STYLE = ".annotate--cue"
SOURCE_STYLE = ".annotate--source"


class Suggestions:
    """The suggestions of the article on screen, and whether they are on."""

    def __init__(
        self,
        scheme: LabelScheme,
        *,
        on: bool,
        entities: Entities | None = None,
        annotator: str = "",
        share: float = 1.0,
        model: LazyModel | None = None,
    ) -> None:
        self.scheme = scheme
        self.model = model
        """The learned model that chooses the labels (`annotator train`); None: the rules."""
        self.model_error: str | None = None
        """Why the model was dropped for the rules (a model that cannot load), once."""
        self.on = on
        self.annotator = annotator
        self.share = share
        """Share of sentences whose suggestion is shown; the others are controls (hidden,
        recorded): a within-annotator comparison of labels with and without suggestions."""
        self.ids: list[str] = []
        self.entities = entities
        """The optional NER pipeline: names near the cue become source candidates."""
        self.items: list[Suggestion] = []
        """One per sentence of the article, in position order (also when off: recorded)."""
        self.ahead: dict[str, list[Suggestion]] = {}
        """The next article's, by article id, computed in a thread beforehand."""
        self.seen: set[str] = set()
        """Sentences whose suggestion was on screen this session: once seen, seen."""
        self.warm = False
        """The suggester has run once this session (its module and tables are loaded)."""
        self.pending: Callable[[], None] | None = None
        """Loads the current article's suggestions, while they are on their way."""
        self.repeats: dict[str, str] = {}
        """`--show-repeats`: sentence id → the annotator's own earlier label of its repeat
        group, offered instead of the suggester's (rule `repeat`)."""

    # ----------------------------------------------------------------- loading

    def load(self, article_id: str, sentences: Sequence[Sentence], title: str | None) -> None:
        """The article's suggestions: computed ahead, or now. Raises what the suggester
        raises; the screen reports it and goes on without suggestions."""
        self.pending = None
        ready = self.ahead.pop(article_id, None)
        self.ahead.clear()
        self.items = []  # no stale suggestions if the suggester raises below
        self.ids = [sentence.id for sentence in sentences]
        self.items = ready if ready is not None else self.compute(sentences, title)
        self.warm = True

    def clear(self, sentences: Sequence[Sentence], loader: Callable[[], None]) -> None:
        """No suggestions yet for this article: `loader` brings them, once the screen is
        drawn or as soon as something must record or use them (`ensure`)."""
        self.ids = [sentence.id for sentence in sentences]
        self.items = []
        self.pending = loader

    def ensure(self) -> None:
        """Load the article's suggestions now if they are still on their way: a label must
        never be saved without the suggestion it was given beside."""
        loader, self.pending = self.pending, None
        if loader is not None:
            loader()

    def compute_ahead(
        self, article_id: str, sentences: Sequence[Sentence], title: str | None
    ) -> None:
        """Compute an article's suggestions for later (runs in a worker thread)."""
        self.ahead[article_id] = self.compute(sentences, title)
        self.warm = True

    def compute(self, sentences: Sequence[Sentence], title: str | None) -> list[Suggestion]:
        """An article's suggestions: the model's labels when there is one, the rules'
        otherwise. A model that fails to load is dropped for the session, not retried on
        every article (`model_error` says why)."""
        model = self.model
        if model is not None:
            try:
                model.get()
            except Exception as error:
                self.model = None
                self.model_error = str(error) or type(error).__name__
                model = None
        # the suggester and its Pydantic models load here, after the first paint
        from annotator.suggest.records import for_article

        return for_article(
            sentences, title, self.entities, model.refine if model is not None else None
        )

    @property
    def model_pending(self) -> bool:
        """A model is on its way (it loads once, in a thread, after the first paint)."""
        return self.model is not None and not self.model.ready

    # ----------------------------------------------------------------- reading

    def at(self, index: int) -> Suggestion | None:
        """The suggestion for sentence `index`, shown or not."""
        s = self.items[index] if 0 <= index < len(self.items) else None
        own = self.repeats.get(self.ids[index]) if 0 <= index < len(self.ids) else None
        if own is None:
            return s
        # the suggester's cue and source stay: they still point at the words in the sentence
        if s is None:
            from annotator.suggest import Suggestion

            return Suggestion(label=own, rule="repeat", confidence=1.0)
        return s.model_copy(update={"label": own, "rule": "repeat", "confidence": 1.0})

    def offer_repeat(self, sentence_id: str, label: str | None) -> None:
        """`--show-repeats`: the annotator's own earlier label of this sentence's group (None:
        there is none), offered as its suggestion."""
        if label is None:
            self.repeats.pop(sentence_id, None)
        else:
            self.repeats[sentence_id] = label

    def shown(self, index: int) -> Suggestion | None:
        """The suggestion on screen: suggestions on, its label in the scheme, and the
        sentence not a control."""
        self.ensure()
        return self.visible(index)

    def visible(self, index: int) -> Suggestion | None:
        """`shown` without loading: what is on screen now (nothing while on its way)."""
        s = self.at(index)
        if not self.on or s is None or self.scheme.label(s.label) is None:
            return None
        if index < len(self.ids) and is_control(self.annotator, self.ids[index], self.share):
            return None
        return s

    def highlights(self, index: int) -> tuple[Highlight, ...]:
        """The cue and source spans of the suggestion on screen, in its sentence."""
        s = self.visible(index)
        if s is None:
            return ()
        spans = [(span.start, span.end, CUE_STYLE) for span in s.cue]
        if s.source_span is not None:
            spans.append((s.source_span.start, s.source_span.end, SOURCE_STYLE))
        return tuple(spans)

    def mark_seen(self, index: int, sentence_id: str) -> None:
        """The sentence is on screen: if its suggestion shows, it counts as seen from now on
        (the screen calls this when it shows a sentence or turns suggestions on)."""
        if self.visible(index) is not None:
            self.seen.add(sentence_id)

    def line(self, index: int, sentence_id: str) -> Content | None:
        """The suggestion line for the sentence, or None when nothing is shown."""
        s = self.visible(index)
        if s is None:
            return None
        color = getattr(self.scheme.label(s.label), "color", "")
        parts: list[Content | str | tuple[str, str]] = [
            "Suggested (enter accepts): ",
            (s.label, f"bold {color}"),
        ]
        for name, value, style in (
            ("cue", s.cue_text, CUE_STYLE),
            ("source", s.source, SOURCE_STYLE),
        ):
            if value:
                parts += [f" · {name} «", plain(value, style), "»"]
        parts += [f" · {s.confidence:.0%} ", (s.rule, "italic")]
        return Content.assemble(*parts)

    def fields(self, index: int, sentence_id: str, before: Annotation | None) -> dict[str, Any]:
        """The annotation columns that record the suggestion beside a label: shown if it is
        on screen, was seen this session, or was recorded as shown before (same label)."""
        on_screen = self.pending is None and self.visible(index) is not None
        self.ensure()  # a suggestion still on its way is recorded too, as not shown
        s = self.at(index)
        if s is None or self.scheme.label(s.label) is None:
            return {}  # the claims rules say nothing in another scheme's terms
        shown = (
            on_screen
            or sentence_id in self.seen
            or (before is not None and before.suggestion_shown and before.suggested == s.label)
        )
        return s.annotation_fields(shown=shown)

    def accepted(self, index: int, sentence_id: str, before: Annotation | None) -> dict[str, Any]:
        """What accepting the suggestion saves besides its label: the record, and its cue and
        source where the annotator has not given one."""
        s = self.visible(index)
        if s is None:
            return {}
        changes = self.fields(index, sentence_id, before)
        if s.source and not (before and before.source):
            changes["source"] = s.source
        if s.cue_text and not (before and before.cue):
            changes["cue"] = s.cue_text
        return changes
