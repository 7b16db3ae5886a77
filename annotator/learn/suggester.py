"""Suggestions from the learned model and the rules together: the model's label and
probability, the rules' cue and source (so the screen still highlights the words).

`LazyModel` loads the model on first use, from any thread: the annotation screen paints its
first sentence before scikit-learn is imported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.errors import AnnotatorError, InputError
from annotator.records import LabelScheme

if TYPE_CHECKING:
    from annotator.learn.classifier import Classifier
    from annotator.store import Store
    from annotator.suggest.model import Suggestion

MODEL_RULE = "model"
"""The `rule` of a suggestion whose label the model chose."""

_TAKES_SOURCE = frozenset({"attributed", "contested"})


def check_scheme(info: dict[str, Any], scheme: LabelScheme, where: str) -> None:
    """Refuse a model trained for another scheme, or for labels the scheme lacks."""
    if info.get("scheme") != scheme.name:
        raise AnnotatorError(
            f"{where} was trained for the scheme {info.get('scheme')!r} and this project labels "
            f"with {scheme.name!r}: train it again (annotator train), or use --rules-only"
        )
    unknown = [label for label in info.get("labels", []) if scheme.label(label) is None]
    if unknown:
        raise AnnotatorError(
            f"{where} suggests {', '.join(map(repr, unknown))}, which the scheme "
            f"{scheme.name!r} no longer has: train it again, or use --rules-only"
        )


class ModelSuggester:
    """A loaded model and what it was trained for."""

    def __init__(self, classifier: Classifier, info: dict[str, Any]) -> None:
        self.classifier = classifier
        self.info = info
        self.claims = info.get("scheme") == "claims"
        """The rules' cue and source mean something in the claims scheme only."""

    @classmethod
    def from_bytes(cls, data: bytes, info: dict[str, Any]) -> ModelSuggester:
        from annotator.learn.classifier import Classifier

        return cls(Classifier.from_bytes(data), info)

    def probabilities(self, texts: Sequence[str], rules: Sequence[Suggestion]) -> Any:
        """Calibrated probabilities (rows: sentences; columns: `self.classifier.labels`)."""
        from annotator.learn.features import examples  # with the model, after the first paint

        return self.classifier.probabilities(examples(texts, rules))

    def combine(self, texts: Sequence[str], rules: list[Suggestion]) -> list[Suggestion]:
        """The model's label and probability with the rules' cue, and their source where
        the label takes one."""
        if not texts:
            return rules
        probabilities = self.probabilities(texts, rules)
        labels = self.classifier.labels
        out: list[Suggestion] = []
        for row, rule in zip(probabilities, rules, strict=True):
            best = int(row.argmax())
            label = labels[best]
            keep_source = self.claims and (label == rule.label or label in _TAKES_SOURCE)
            out.append(
                rule.model_copy(
                    update={
                        "label": label,
                        "confidence": round(float(row[best]), 4),
                        "rule": MODEL_RULE,
                        "cue": rule.cue if self.claims else [],
                        "source": rule.source if keep_source else None,
                        "source_span": rule.source_span if keep_source else None,
                    }
                )
            )
        return out


class LazyModel:
    """A model loaded on first use (thread-safe); `refine` is what the suggester calls."""

    def __init__(self, load: Callable[[], ModelSuggester], version: str) -> None:
        self._load = load
        self._model: ModelSuggester | None = None
        self._lock = threading.Lock()
        self.version = version
        """How the screen names it: "model v3 (840 labels)"."""

    @property
    def ready(self) -> bool:
        return self._model is not None

    def get(self) -> ModelSuggester:
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    def refine(self, texts: Sequence[str], rules: list[Suggestion]) -> list[Suggestion]:
        return self.get().combine(texts, rules)


def describe(info: dict[str, Any]) -> str:
    version = info.get("version")
    name = f"model v{version}" if version else "model file"
    return f"{name} ({info.get('sentences', '?')} labels)"


def from_store(store: Store) -> LazyModel | None:
    """The project's latest model, checked against its scheme; None when none is stored."""
    from annotator.learn.model_file import check_format
    from annotator.store import learned

    found = learned.latest_model(store)
    if found is None:
        return None
    info, data = found
    where = f"the stored model (v{info.get('version')})"
    check_scheme(info, store.scheme, where)
    try:
        check_format(data)
    except AnnotatorError as error:
        raise AnnotatorError(f"{where}: {error}") from None
    return LazyModel(lambda: ModelSuggester.from_bytes(data, info), describe(info))


def from_file(path: Path, scheme: LabelScheme) -> LazyModel:
    """A model written by `annotator train -o PATH`, checked against the scheme."""
    from annotator.learn.model_file import check_format, read_info

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    try:
        info = read_info(data)
        check_format(data)
    except AnnotatorError as error:
        raise InputError(path, str(error)) from None
    check_scheme(info, scheme, str(path))
    return LazyModel(lambda: ModelSuggester.from_bytes(data, info), describe(info))
