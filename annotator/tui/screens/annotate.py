"""The annotate screen: one sentence at a time, in its article, labelled with one key.

Every change goes through the Store, which commits it (with its event) before this screen
moves on or redraws: what the screen shows as saved is on disk.
"""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Footer, Label, ProgressBar, Static

from annotator.errors import AnnotatorError
from annotator.records import Article, EventAction, LabelScheme, Sentence
from annotator.schemes import is_claims
from annotator.store import Store, assignments
from annotator.tui.bindings import own_bindings, with_label_keys
from annotator.tui.dialogs import ArticlesDialog, ConfirmDialog, TextDialog, phrases
from annotator.tui.display import plain
from annotator.tui.screens.saving import SavingScreen
from annotator.tui.screens.suggestion_state import Suggestions
from annotator.tui.widgets import ContextView, LabelBar
from annotator.tui.widgets.context_view import ContextMode

if TYPE_CHECKING:
    from annotator.learn.suggester import LazyModel
    from annotator.learn.uncertain import OrderedQueue
    from annotator.models import Annotation, Event
    from annotator.store.repeat_labels import BlindRepeats
    from annotator.suggest.ner import Entities


_MOVE = Binding.Group("move", compact=True)
_EDIT = Binding.Group("edit", compact=True)
_FIND = Binding.Group("find", compact=True)
"""Footer groups: keys that belong together share one description, so that every key fits
on one line at 80 columns."""

REPEATS_SHOWN = 100
""""also in 99+ other articles": counted no further."""

IDLE_CAP_S = 300.0
"""Time on one sentence counts up to this: a lunch break is not annotation time."""


SUGGESTER_OFF = (
    "Suggestions are off: the rule-based suggester knows the claims scheme only, and this "
    "project labels with {scheme!r}."
)


class AnnotateScreen(SavingScreen):
    """Label the sentences of every article, resuming at the first one not yet labelled."""

    CSS_PATH = "annotate.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "accept_suggestion",
            "accept",
            tooltip="Accept the suggestion: its label (and next), its cue and source if empty",
            id="accept-suggestion",
        ),
        Binding("left,k", "previous", "Back", id="previous", group=_MOVE),
        Binding("right,j", "next", "Next", id="next", group=_MOVE),
        Binding("u,ctrl+z", "undo", "undo", tooltip="Undo the last change", id="undo"),
        Binding("S", "edit_source", "Source", id="source", group=_EDIT),
        Binding("C", "edit_cue", "Cue", id="cue", group=_EDIT),
        Binding("m", "edit_note", "Note", id="note", group=_EDIT),
        Binding("f", "toggle_flag", "flag", tooltip="Flag for review (toggle)", id="flag"),
        Binding("x", "skip", "skip", tooltip="Skip: it comes back at the end", id="skip"),
        Binding(
            "g", "next_unlabelled", "Next unlabelled sentence", id="next-unlabelled", group=_FIND
        ),
        Binding("slash", "search", "Search the text", id="search", group=_FIND),
        Binding("t", "articles", "Pick an article", id="articles", group=_FIND),
        Binding(
            "ctrl+n",
            "search_next",
            "Next match",
            show=False,
            tooltip="Next sentence that matches the last search",
            id="search-next",
        ),
        Binding(
            "v",
            "widen",
            "wider",
            tooltip="Widen the context: sentence → paragraph → whole article",
            id="widen",
        ),
        Binding(
            "V",
            "narrow",
            "narrower",
            show=False,
            tooltip="Narrow the context: article → paragraph → sentence",
            id="narrow",
        ),
        Binding(
            "p",
            "toggle_suggestions",
            "Suggestions",
            show=False,
            tooltip="Suggestions on / off (they are recorded either way, as shown or not)",
            id="toggle-suggestions",
        ),
        Binding("q", "quit", "Quit", show=False, id="quit"),
    ]
    """Label keys are added per scheme by `for_scheme`."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"annotate--cue", "annotate--source"}
    """How a suggestion's cue and source look, in the sentence and on the suggestion line."""

    @classmethod
    def for_scheme(cls, scheme: LabelScheme) -> type[AnnotateScreen]:
        """This screen with the scheme's label keys first in its bindings (and the Footer)."""
        return with_label_keys(cls, scheme)

    def __init__(
        self,
        store: Store,
        annotator: str,
        *,
        break_after: float = 0.0,
        suggest: bool = True,
        entities: Entities | None = None,
        suggest_share: float = 1.0,
        assigned_only: bool = False,
        model: LazyModel | None = None,
        order: Sequence[str] | None = None,
        show_repeats: bool = False,
        repeat_share: float = 0.0,
    ) -> None:
        """`suggest`: show the suggestions at the start (`p` toggles them). `assigned_only`:
        the queue, the arrows and the progress keep to the articles assigned to `annotator`
        (a project divided with `annotator assign`). `model`: the learned model that
        chooses the suggested labels. `order`: the sentence ids the queue serves, in order
        (`--order uncertain`); the arrows still move through the article. `show_repeats`:
        the annotator's own earlier label of a repeated sentence is its suggestion.
        `repeat_share`: this share of the annotator's labelled sentences is served again,
        blind, later in the queue (`BlindRepeats`)."""
        super().__init__()
        self.store = store
        self.annotator = annotator
        self.within = annotator if assigned_only else None
        self.scheme = store.scheme
        self.break_after = break_after
        self.suggestions = Suggestions(
            self.scheme,
            on=suggest,
            entities=entities,
            annotator=annotator,
            share=suggest_share,
            model=model,
        )
        self.queue: OrderedQueue | None = None
        if order is not None:
            from annotator.learn.uncertain import OrderedQueue

            self.queue = OrderedQueue(order)
        self.sentence: Sentence | None = None
        self.annotation: Annotation | None = None
        self.article: Article | None = None
        self.article_sentences: list[Sentence] = []
        self.index = 0
        self.article_number = 0
        # Read on mount: a damaged database then stops the app with one line (see the app).
        self.article_count = 0
        self.sentence_total = 0
        self.labelled_total = 0
        self.labelled_in_article = 0
        self.shown_at = time.monotonic()
        self.worked_s = 0.0
        self.last_query = ""
        self.saved_note = ""
        self.finished = False
        """Nothing left to label: the screen says so instead of showing a sentence."""
        self._repeats: tuple[str | None, int] = (None, 0)
        """(sentence id, other articles with a repeat of it), for the status line."""
        self.show_repeats = show_repeats
        self.repeat_share = repeat_share
        self.blind_repeats: BlindRepeats | None = None
        self.repeat_of: str | None = None
        """The sentence on screen is served again, blind: its label is a repeat event."""
        self.repeat_draft: dict[str, Any] = {}
        """Source, cue, note and flag given on a blind repeat: saved with its label."""
        self.return_to: str | None = None
        """Where the queue goes on after a blind repeat."""

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        yield self.waiting_banner()
        yield Static(id="title")
        yield ContextView(self.scheme, id="context")
        yield Static(id="details")
        yield Static(id="suggestion")
        yield LabelBar(self.scheme, id="labels")
        yield Static(id="done")
        with Horizontal(id="progress"):
            yield Label("Yours" if self.within else "All", classes="progress-label")
            yield ProgressBar(total=max(self.sentence_total, 1), show_eta=False, id="progress-all")
            yield Label("Article", classes="progress-label")
            yield ProgressBar(total=1, show_eta=False, id="progress-article")
        yield Footer(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        await self._start_or_stop()

    async def _start_or_stop(self) -> None:
        try:
            await self.start()
        except (sqlite3.DatabaseError, AnnotatorError) as error:
            # The app leaves with one line; raised here, the error would stop this screen's
            # message loop first.
            stop = getattr(self.app, "stop_on_error", None)
            if stop is None:
                raise
            stop(error)

    async def start(self) -> None:
        if not is_claims(self.scheme) and self.suggestions.model is None:
            self.suggestions.on = False
            self.notify(SUGGESTER_OFF.format(scheme=self.scheme.name), timeout=6)
        self.article_count = self.store.article_count(within=self.within)
        self.labelled_total = self.store.labelled_count(self.annotator, within=self.within)
        if self.repeat_share > 0:
            from annotator.store.repeat_labels import BlindRepeats

            self.blind_repeats = BlindRepeats(self.store, self.annotator, self.repeat_share)
        if self.queue is not None:
            start = self.queue.next(self.store, self.annotator, None)
        else:
            start = self.store.resume_point(self.annotator, within=self.within)
        repeat = self.due_repeat(nothing_new=True) if start is None else None
        if start is not None and self.within is None and self.store.path is not None:
            # Counting a whole database's sentences reads its index: 0.3 s at a million,
            # cold. The first sentence shows first; the count follows from a thread.
            self.count_sentences()
        else:
            self.set_sentence_total(self.store.sentence_count(within=self.within))
        if start is not None:
            await self.go_to(start)
        elif repeat is not None:
            await self.go_to(repeat, repeat=True)
        else:
            self.show_done()
        if self.break_after > 0:
            self.set_interval(30, self.check_break)

    @work(thread=True, exclusive=True, group="count")
    def count_sentences(self) -> None:
        """The database's sentences, counted on a connection of this thread's own."""
        assert self.store.path is not None
        try:
            with Store.open(self.store.path, readonly=True) as reader:
                total = reader.sentence_count()
        except Exception:  # counted where the screen runs instead; its errors surface there
            self.app.call_from_thread(lambda: self.set_sentence_total(self.store.sentence_count()))
            return
        self.app.call_from_thread(self.set_sentence_total, total)

    def set_sentence_total(self, total: int) -> None:
        self.sentence_total = total
        self.query_one("#progress-all", ProgressBar).update(total=max(total, 1))

    # ------------------------------------------------------------- navigation

    async def go_to(self, sentence: Sentence, *, repeat: bool = False) -> None:
        """Show `sentence`: load its article if it is another one, then redraw. `repeat`:
        served again blind (`--repeat-share`): shown as if never labelled."""
        context = self.query_one(ContextView)
        if self.finished:
            self.finished = False
            self.remove_class("-finished")
        if self.article is None or sentence.article_id != self.article.id:
            self.article = self.store.article(sentence.article_id)
            self.article_sentences = self.store.sentences_of(sentence.article_id)
            labels = self.store.labels_in_article(sentence.article_id, self.annotator)
            self.labelled_in_article = sum(1 for label in labels.values() if label)
            self.article_number = self.store.article_number(sentence.article_id, within=self.within)
            # With blind repeats, the context never marks labelled sentences: a repeat then
            # looks like every other sentence, in its article too.
            context.set_article(self.article_sentences, {} if self.blind_repeats else labels)
            if self.suggestions.warm or sentence.article_id in self.suggestions.ahead:
                self.load_suggestions(sentence.article_id)
                self.call_after_refresh(self.prefetch_suggestions)
            else:
                # The first article of the session: the suggester loads (a fifth of a
                # second) once the sentence is on screen, before the keys typed meanwhile.
                article_id = sentence.article_id
                self.suggestions.clear(
                    self.article_sentences, lambda: self.load_suggestions(article_id)
                )
                if self.suggestions.model_pending:
                    # scikit-learn takes most of a second to import: in a thread
                    self.call_after_refresh(self.load_model, article_id)
                else:
                    self.call_after_refresh(self.late_suggestions, article_id)
            self.query_one("#title", Static).update(
                plain(self.article.title if self.article else "")
            )
            bar = self.query_one("#progress-article", ProgressBar)
            bar.update(total=max(len(self.article_sentences), 1))
        self.sentence = sentence
        self.index = sentence.position
        self.repeat_of = sentence.id if repeat else None
        self.repeat_draft = {}
        self.annotation = None if repeat else self.store.annotation(sentence.id, self.annotator)
        if self.show_repeats and not repeat:
            from annotator.store.repeat_labels import own_label_in_group

            own = own_label_in_group(self.store, sentence.id, self.annotator)
            self.suggestions.offer_repeat(sentence.id, own)
        self.shown_at = time.monotonic()
        await context.show(self.index, highlights=self.suggestions.highlights(self.index))
        self.refresh_panels()

    def show_done(self) -> None:
        """The end of the queue: every sentence is labelled. Says so, with what is left for
        the team, instead of showing a sentence a label key could overwrite by mistake."""
        self.finished = True
        self.sentence = None
        self.annotation = None
        self.add_class("-finished")
        team = self.store.team_summary()
        total = team["sentences"]
        others = [
            f"{name} {count}/{total}"
            for name, count in team["labelled_by"].items()
            if name != self.annotator
        ]
        done = f"You have labelled all {total} sentences; every label is saved.\n\n"
        if self.within is not None:
            # A divided project: each one's quota, not the whole database.
            quotas = assignments.totals(self.store)
            others = [
                f"{name} {labelled}/{assigned}"
                for name, (_articles, assigned, labelled) in quotas.items()
                if name != self.annotator
            ]
            done = (
                f"You have labelled all {self.sentence_total} sentences of your "
                f"{self.article_count} assigned article(s); every label is saved. "
                "(--all opens every article.)\n\n"
            )
        left = [
            f"{team['unlabelled']} sentence(s) nobody has labelled yet",
            f"{team['single']} labelled by one annotator only",
            f"{team['disagreements']} disagreement(s) to settle (annotator review)",
        ]
        if team["flagged"]:
            left.append(f"{team['flagged']} flagged for review")
        self.query_one("#done", Static).update(
            Content.assemble(
                ("✓ All done. ", "bold $success"),
                done,
                ("Left for the team: ", "bold"),
                " · ".join(left),
                "\n",
                ("Other annotators: " if self.within is None else "Their quotas: ", "bold"),
                ", ".join(others) if others else "none yet",
                "\n\n",
                (
                    "← / k back to your last sentence · t pick an article · / search · "
                    "u undo · q quit",
                    "dim",
                ),
            )
        )
        self.query_one("#status", Static).update(
            Content.assemble(
                (self.annotator, "bold"),
                f" · all done: {self.labelled_total}/{self.sentence_total} labelled",
                ("   ? help · ^p commands", "dim"),
            ),
            layout=False,
        )
        self.query_one("#progress-all", ProgressBar).update(progress=self.labelled_total)
        self.query_one("#progress-article", ProgressBar).update(progress=self.labelled_in_article)
        # set inline by refresh_suggestion, which the stylesheet's -finished rule cannot beat
        self.query_one("#suggestion", Static).display = False
        self.refresh_bindings()

    def refresh_panels(self) -> None:
        """Redraw the status line, the details of this sentence and the progress bars."""
        if self.sentence is None:
            return
        paragraph = self.sentence.paragraph + 1
        context = self.query_one(ContextView).describe()
        self.query_one("#status", Static).update(
            Content.assemble(
                (self.annotator, "bold"),
                f" · article {self.article_number}/{self.article_count}",
                f" · sentence {self.index + 1}/{len(self.article_sentences)}",
                f" · ¶ {paragraph}",
                f" · context: {context}",
                " · least certain first" if self.queue is not None else "",
                self.repeat_note(),
                ("   ? help · ^p commands", "dim"),
            ),
            layout=False,  # one line, always: no relayout
        )
        self.query_one("#details", Static).update(self.details())
        self.refresh_suggestion()
        self.query_one(LabelBar).set_current(self.annotation.label if self.annotation else None)
        self.query_one("#progress-all", ProgressBar).update(progress=self.labelled_total)
        self.query_one("#progress-article", ProgressBar).update(progress=self.labelled_in_article)

    def repeat_note(self) -> str:
        """ " · also in 3 other articles" for a repeated sentence; nobody's label is shown
        (each annotator labels each copy on its own)."""
        if self.sentence is None:
            return ""
        sentence_id = self.sentence.id
        if self._repeats[0] != sentence_id:  # once per sentence shown, not per redraw
            try:
                count = self.store.repeated_in(sentence_id, at_most=REPEATS_SHOWN)
            except sqlite3.OperationalError:  # a database from before repeat groups
                count = 0
            self._repeats = (sentence_id, count)
        others = self._repeats[1]
        if not others:
            return ""
        shown = f"{REPEATS_SHOWN - 1}+" if others >= REPEATS_SHOWN else str(others)
        return f" · also in {shown} other article{'s' if others > 1 else ''}"

    def details(self) -> Content:
        """This annotator's state on the sentence: label, source, cue, note, flag."""
        a = self.annotation
        parts: list[Content | str | tuple[str, str]] = []
        if a is not None and a.label:
            color = getattr(self.scheme.label(a.label), "color", "")
            parts += ["Label ", (a.label, f"bold {color}"), "  ✓ saved"]
        elif a is not None and a.skipped:
            parts += [("skipped", "italic"), " (comes back at the end)"]
        else:
            parts += [("not labelled", "dim")]
        for name, value in (("Source", a.source if a else None), ("Cue", a.cue if a else None)):
            parts += [f"   {name} ", plain(value, "bold") if value else ("—", "dim")]
        if a is not None and a.flagged:
            parts += ["   ", ("⚑ flagged for review", "bold $warning")]
        if (
            self.sentence is not None
            and self.sentence.boilerplate
            and self.suggestions.visible(self.index) is not None
        ):
            # a hint like a suggestion: off with them, so it cannot sway a "not shown" label
            parts += ["   ", ("⌂ looks like boilerplate: likely not_a_claim", "italic")]
        if a is not None and a.note:
            parts += ["\nNote ", plain(a.note, "italic")]
        return Content.assemble(*parts)

    # ------------------------------------------------------------ suggestions

    @property
    def suggest(self) -> bool:
        """Whether suggestions are on (`p`, `--suggest/--no-suggest`)."""
        return self.suggestions.on

    def load_suggestions(self, article_id: str) -> None:
        """The article's suggestions; if the suggester fails, say so and label without them:
        it is a help, and a bug in it must not stop the labelling."""
        try:
            self.suggestions.load(
                article_id, self.article_sentences, self.article.title if self.article else None
            )
        except Exception as error:
            self.notify(f"No suggestions for this article: {error}", severity="warning")
        if self.suggestions.model_error:
            self.notify(
                f"The learned model could not load ({self.suggestions.model_error}): "
                "suggestions from the rules.",
                severity="warning",
                timeout=8,
            )
            self.suggestions.model_error = None

    async def late_suggestions(self, article_id: str) -> None:
        """The first article's suggestions, once its sentence is drawn."""
        if self.article is None or self.article.id != article_id:
            return
        # The label models (Pydantic) load now, with the suggester, not at the first key;
        # and before the heap is frozen (`AnnotatorApp.freeze_heap`), which then holds them.
        importlib.import_module("annotator.models")
        self.suggestions.ensure()  # done already if a key needed them first
        self.prefetch_suggestions()
        if self.sentence is not None:
            await self.query_one(ContextView).show(
                self.index, highlights=self.suggestions.highlights(self.index)
            )
            self.refresh_panels()
            self.refresh_bindings()

    @work(thread=True, exclusive=True, group="model")
    def load_model(self, article_id: str) -> None:
        """Load the learned model, then show the first article's suggestions. A key pressed
        meanwhile waits for it where it needs the suggestion (recorded with the label)."""
        model = self.suggestions.model
        with contextlib.suppress(Exception):  # reported by `compute`, which drops it
            if model is not None:
                model.get()
        self.app.call_from_thread(lambda: self.call_later(self.late_suggestions, article_id))

    def prefetch_suggestions(self) -> None:
        """Start computing the next article's suggestions, once this frame is drawn: the
        suggester takes milliseconds per article, which the first key there should not wait."""
        if not self.article_sentences:
            return
        following = self.store.neighbour(self.article_sentences[-1].id, 1, within=self.within)
        if following is not None:
            article = self.store.article(following.article_id)
            sentences = self.store.sentences_of(following.article_id)
            self.suggest_ahead(following.article_id, sentences, article.title if article else None)

    @work(thread=True, exclusive=True, group="suggest-ahead")
    def suggest_ahead(self, article_id: str, sentences: list[Sentence], title: str | None) -> None:
        # On failure: computed again when the article loads, and the failure reported then
        # (an exception left in a worker would end the app).
        with contextlib.suppress(Exception):
            self.suggestions.compute_ahead(article_id, sentences, title)

    def refresh_suggestion(self) -> None:
        """The suggestion line under the details; hidden when there is nothing to show.
        A suggestion on screen counts as seen (recorded as shown with the label)."""
        if self.sentence is not None:
            self.suggestions.mark_seen(self.index, self.sentence.id)
        line = self.query_one("#suggestion", Static)
        content = self.suggestions.line(self.index, self.sentence.id) if self.sentence else None
        line.display = content is not None
        if content is not None:
            line.update(content)

    async def action_toggle_suggestions(self) -> None:
        if not is_claims(self.scheme) and self.suggestions.model is None:
            self.notify(SUGGESTER_OFF.format(scheme=self.scheme.name), timeout=4)
            return
        self.suggestions.on = not self.suggestions.on
        self.notify(
            "Suggestions on: enter accepts one."
            if self.suggest
            else "Suggestions off (still recorded with each label, as not shown).",
            timeout=3,
        )
        await self.query_one(ContextView).show(
            self.index, highlights=self.suggestions.highlights(self.index)
        )
        self.refresh_panels()
        self.refresh_bindings()  # enter shows in the Footer only when suggestions are on

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if super().check_action(action, parameters) is None:
            return None
        if action == "accept_suggestion":
            return self.suggest and not self.finished
        return True

    # ---------------------------------------------------------------- actions

    async def _update(
        self, sentence_id: str, then: Callable[[Annotation], None], **fields: Any
    ) -> None:
        """Save a source, cue, note or flag; on a blind repeat, keep it for its label (the
        first label's fields stay as they are, and unseen)."""
        if self.repeat_of == sentence_id:
            self.repeat_draft.update(fields)
            draft = self.repeat_draft
            from annotator.models import Annotation  # loads Pydantic: never before a first paint

            then(Annotation(sentence_id=sentence_id, annotator=self.annotator, **draft))
            return
        await self._save(partial(self.store.update, sentence_id, self.annotator, **fields), then)

    def _elapsed(self) -> float:
        elapsed = min(time.monotonic() - self.shown_at, IDLE_CAP_S)
        self.worked_s += elapsed
        return elapsed

    def _count(self, before: str | None, after: str | None) -> None:
        delta = (after is not None) - (before is not None)
        self.labelled_total += delta
        self.labelled_in_article += delta

    async def action_label(self, index: int) -> None:
        """Label the sentence (overriding the suggestion, if any) and go on."""
        if self.sentence is None or index >= len(self.scheme.labels):
            return
        fields = self.suggestions.fields(self.index, self.sentence.id, self.annotation)
        await self.label_and_advance(self.scheme.labels[index].name, **fields)

    async def action_accept_suggestion(self) -> None:
        """The suggested label, and its cue and source where the annotator gave none yet."""
        s = self.suggestions.visible(self.index)  # only what the annotator can see
        if self.sentence is None or s is None:
            self.notify("No suggestion for this sentence.", timeout=2)
            return
        current = self.annotation.label if self.annotation else None
        if current is not None and current != s.label:
            # enter is easy to press twice: it never replaces a label silently
            sentence_id = self.sentence.id

            async def answered(yes: bool | None) -> None:
                if yes and self.sentence is not None and self.sentence.id == sentence_id:
                    await self.accept(s.label)

            self.app.push_screen(
                ConfirmDialog(f"Replace your label {current} with the suggested {s.label}?"),
                answered,
            )
            return
        await self.accept(s.label)

    async def accept(self, label: str) -> None:
        """Label with the suggestion, its cue and source where none was given."""
        if self.sentence is None:
            return
        changes = self.suggestions.accepted(self.index, self.sentence.id, self.annotation)
        await self.label_and_advance(label, **changes)

    async def label_and_advance(self, label: str, **changes: Any) -> None:
        """Save the label with `changes` in one transaction (committed before anything moves),
        then go to the next sentence this annotator has not labelled."""
        if self.sentence is None:
            return
        sentence = self.sentence
        if self.repeat_of == sentence.id:
            await self.label_repeat(sentence, label, changes)
            return
        before = self.annotation.label if self.annotation else None

        async def saved(annotation: Annotation) -> None:
            self.annotation = annotation
            self._count(before, label)
            if before is None and self.blind_repeats is not None:
                self.blind_repeats.labelled(sentence.id, sentence.boilerplate)
            self.mark(sentence.id, label)
            await self.advance(sentence.id)

        write = partial(
            self.store.label,
            sentence.id,
            self.annotator,
            label,
            seconds=self._elapsed(),
            **changes,
        )
        await self._save(write, saved)

    async def label_repeat(self, sentence: Sentence, label: str, changes: dict[str, Any]) -> None:
        """Save a blind repeat's label as its own event (the first label stays), go on."""
        from annotator.store.repeat_labels import record_repeat

        async def saved(_: object) -> None:
            assert self.blind_repeats is not None
            self.blind_repeats.served(sentence.id)
            await self.advance(self.leave_repeat(sentence.id))

        write = partial(
            record_repeat,
            self.store,
            sentence.id,
            self.annotator,
            label,
            seconds=self._elapsed(),
            **{**self.repeat_draft, **changes},
        )
        await self._save(write, saved)

    def leave_repeat(self, sentence_id: str) -> str:
        """Where the queue goes on from after leaving the blind repeat `sentence_id`: the
        sentence shown before it."""
        after, self.return_to = self.return_to or sentence_id, None
        return after

    def mark(self, sentence_id: str, label: str | None) -> None:
        """Show a label in the context (not with blind repeats: see `go_to`)."""
        if self.blind_repeats is None:
            self.query_one(ContextView).set_label(sentence_id, label)

    def due_repeat(self, *, nothing_new: bool) -> Sentence | None:
        """The blind repeat to serve now, if one is due and still labelled (a first label
        taken back since is not repeated)."""
        while self.blind_repeats is not None:
            due = self.blind_repeats.due(nothing_new=nothing_new)
            if due is None:
                return None
            first = self.store.annotation(due, self.annotator)
            sentence = self.store.sentence(due)
            if first is not None and first.label is not None and sentence is not None:
                return sentence
            self.blind_repeats.drop(due)
        return None

    async def advance(self, after: str) -> None:
        """Go to what the queue serves after `after`: a blind repeat when one is due, else
        the next sentence to label; the end when there is neither."""
        following = self.next_in_queue(after)
        repeat = self.due_repeat(nothing_new=following is None)
        if repeat is not None:
            self.return_to = after
            await self.go_to(repeat, repeat=True)
            return
        if following is None:
            self.show_done()
            return
        await self.go_to(following)

    def next_in_queue(self, after: str) -> Sentence | None:
        """The next sentence to label after `after`: the article order, or the model's
        (`--order uncertain`)."""
        if self.queue is not None:
            return self.queue.next(self.store, self.annotator, after)
        return self.store.next_unlabelled(self.annotator, after=after, within=self.within)

    def _from_done(self) -> Sentence | None:
        """Where the arrows lead from the end of the queue: the last sentence labelled."""
        return self.store.last_labelled(self.annotator) or self.store.first_sentence(
            within=self.within
        )

    async def action_next(self) -> None:
        if self.sentence is None:
            if self.finished and (target := self._from_done()) is not None:
                await self.go_to(target)
            return
        following = self.store.neighbour(self.sentence.id, 1, within=self.within)
        if following is None:
            self.notify("This is the last sentence.", timeout=2)
            return
        await self.go_to(following)

    async def action_previous(self) -> None:
        if self.sentence is None:
            if self.finished and (target := self._from_done()) is not None:
                await self.go_to(target)
            return
        previous = self.store.neighbour(self.sentence.id, -1, within=self.within)
        if previous is None:
            self.notify("This is the first sentence.", timeout=2)
            return
        await self.go_to(previous)

    async def action_next_unlabelled(self) -> None:
        if self.sentence is None:
            return
        if self.repeat_of is not None:  # on a blind repeat: it stays pending
            following = self.next_in_queue(self.leave_repeat(self.sentence.id))
            if following is None:
                self.show_done()
                return
            await self.go_to(following)
            return
        await self.advance(self.sentence.id)

    async def action_skip(self) -> None:
        """Leave the sentence unlabelled for now; the queue comes back to it at the end."""
        if self.sentence is None:
            return
        sentence = self.sentence
        if self.repeat_of == sentence.id:  # not saved: the repeat comes back later
            following = self.next_in_queue(self.leave_repeat(sentence.id))
            await self.go_to(following or sentence, repeat=following is None)
            return

        async def skipped(annotation: Annotation | None) -> None:
            if annotation is not None:
                self.annotation = annotation
            following = self.next_in_queue(sentence.id)
            if following is None or following.id == sentence.id:
                following = self.store.neighbour(sentence.id, 1, within=self.within) or sentence
            await self.go_to(following)

        if self.annotation is not None and self.annotation.label:
            self.notify("Already labelled: nothing to skip.", timeout=2)
            await skipped(None)
        else:
            write = partial(self.store.update, sentence.id, self.annotator, skipped=True)
            await self._save(write, skipped)

    async def action_undo(self) -> None:
        """Revert the last change, however old (the event log survives restarts)."""
        await self._save(
            partial(self.store.undo, self.annotator), self._undone, failed="Not undone"
        )

    async def _undone(self, event: Event | None) -> None:
        if event is None:
            self.notify("Nothing to undo.", timeout=2)
            return
        if event.action is EventAction.REPEAT:
            # served again, blind as before; the first label was never changed
            target = self.store.sentence(event.sentence_id)
            if target is None:
                return
            if self.blind_repeats is not None:
                self.blind_repeats.undone(target.id)
            if self.repeat_of is None and self.sentence is not None:
                self.return_to = self.sentence.id
            await self.go_to(target, repeat=True)
            self.notify(f"Undone: label of sentence {target.position + 1}.", timeout=2)
            return
        before = (event.after or {}).get("label")
        after = (event.before or {}).get("label")
        target = self.store.sentence(event.sentence_id)
        if target is None:
            return
        same_article = self.article is not None and target.article_id == self.article.id
        if same_article:
            self._count(before, after)
            self.mark(target.id, after)
        else:
            self.labelled_total += (after is not None) - (before is not None)
        await self.go_to(target)
        self.notify(f"Undone: {event.action.value} of sentence {target.position + 1}.", timeout=2)

    async def action_toggle_flag(self) -> None:
        if self.sentence is None:
            return
        sentence_id = self.sentence.id
        flagged = not (self.annotation.flagged if self.annotation else False)
        await self._update(sentence_id, partial(self._edited, sentence_id), flagged=flagged)

    def _edited(self, sentence_id: str, annotation: Annotation) -> None:
        """A field saved: shown if its sentence still is."""
        if self.sentence is not None and self.sentence.id == sentence_id:
            self.annotation = annotation
            self.refresh_panels()

    def _edit(
        self,
        field: str,
        title: str,
        *,
        suggest: bool,
        prefill: str | None = None,
        names: list[str] | None = None,
    ) -> None:
        """Edit one text field; `prefill` (from the suggestion) stands in for an empty one;
        `names` (NER source candidates) complete first."""
        if self.sentence is None:
            return
        sentence_id = self.sentence.id
        current = getattr(self.annotation, field, None) or ""
        prefilled = not current and bool(prefill)
        current = current or prefill or ""

        async def save(value: str | None) -> None:
            if value is None:  # cancelled
                return
            cleaned = value.strip() or None
            await self._update(sentence_id, partial(self._edited, sentence_id), **{field: cleaned})

        hint = (
            "enter or → takes the completion shown (words of the sentence); "
            "empty clears; esc cancels"
        )
        if prefilled:
            hint = "Suggested: enter keeps it, typing replaces it; esc cancels"
        self.app.push_screen(
            TextDialog(
                title,
                current,
                suggestions=[*(names or []), *phrases(self.sentence.text)] if suggest else None,
                hint=hint if suggest else "enter saves; empty clears; esc cancels",
                selected=prefilled,
            ),
            save,
        )

    def action_edit_source(self) -> None:
        self.suggestions.ensure()
        s = self.suggestions.shown(self.index)
        self._edit(
            "source",
            "Source: who makes, reports or denies the claim",
            suggest=True,
            prefill=s.source if s else None,
            names=[name.text for name in s.source_candidates] if s else [],
        )

    def action_edit_cue(self) -> None:
        self.suggestions.ensure()
        s = self.suggestions.shown(self.index)
        self._edit(
            "cue",
            "Cue: the words that signal the status",
            suggest=True,
            prefill=s.cue_text if s else None,
        )

    def action_edit_note(self) -> None:
        self._edit("note", "Note", suggest=False)

    async def action_widen(self) -> None:
        context = self.query_one(ContextView)
        if context.mode is context.mode.wider():
            self.notify("The whole article is shown (V narrows).", timeout=2)
            return
        await self._show_context(context.mode.wider())

    async def action_narrow(self) -> None:
        context = self.query_one(ContextView)
        if context.mode is context.mode.narrower():
            self.notify("Already the narrowest view (v widens).", timeout=2)
            return
        await self._show_context(context.mode.narrower())

    async def _show_context(self, mode: ContextMode) -> None:
        if self.sentence is None:
            return
        await self.query_one(ContextView).show(
            self.index, mode, highlights=self.suggestions.highlights(self.index)
        )
        self.refresh_panels()

    def action_articles(self) -> None:
        if self.article is None:
            return

        async def chosen(article_id: str | None) -> None:
            if not article_id:
                return
            sentences = self.store.sentences_of(article_id)
            labels = self.store.labels_in_article(article_id, self.annotator)
            target = next((s for s in sentences if not labels.get(s.id)), None)
            target = target or (sentences[0] if sentences else None)
            if target is not None:
                await self.go_to(target)

        self.app.push_screen(
            ArticlesDialog(
                self.store.article_progress(self.annotator, within=self.within), self.article.id
            ),
            chosen,
        )

    def action_search(self) -> None:
        async def find(query: str | None) -> None:
            if not query:
                return
            self.last_query = query
            await self.action_search_next()

        self.app.push_screen(
            TextDialog(
                "Search the text",
                self.last_query,
                hint="enter: the next match after this sentence (then ctrl+n for the one after); "
                "case-insensitive; wraps around; esc cancels",
            ),
            find,
        )

    async def action_search_next(self) -> None:
        """The next sentence matching the last search, after this one (wrapping around)."""
        if not self.last_query:
            self.notify("Nothing searched yet: / searches.", timeout=2)
            return
        found = self.store.search(
            self.last_query, after=self.sentence.id if self.sentence else None
        )
        if found is None:
            self.notify(f"No sentence contains {self.last_query!r}.", severity="warning")
            return
        if self.sentence is not None and found.id == self.sentence.id:
            self.notify(f"This is the only sentence with {self.last_query!r}.", timeout=2)
            return
        await self.go_to(found)

    # ----------------------------------------------------------------- breaks

    def check_break(self) -> None:
        if self.break_after > 0 and self.worked_s >= self.break_after:
            minutes = round(self.worked_s / 60)
            self.notify(
                f"You have labelled for {minutes} minutes. Time for a short break? "
                "Everything is saved.",
                title="Break",
                timeout=20,
            )
            self.worked_s = 0.0

    def key_rows(self) -> list[tuple[str, str]]:
        """(key, what it does) of this screen, for the help screen."""
        rows: list[tuple[str, str]] = []
        for item in own_bindings(type(self)):
            keys = ", ".join(self.app.get_key_display(Binding(k, "")) for k in item.key.split(","))
            label = self.scheme.label(item.description)
            text = (
                f"{item.description}: {label.description} (and next)"
                if label
                else item.tooltip or item.description
            )
            rows.append((keys, text))
        return rows
