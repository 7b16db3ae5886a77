"""The learned classifier, in two stages (stacking). First, TF-IDF word and character
n-grams into a multinomial logistic regression: what the text alone says. Then a second
logistic regression weighs those probabilities with what the rules found (their label, rule,
cue, source, the labels around): it learns when the text should overrule the rules, and when
not. Its probabilities are calibrated by one temperature fitted on cross-validated scores.

The second stage learns from out-of-fold text probabilities (whole articles held out), as it
will meet them on sentences the text model has not seen: trained on in-sample ones it would
learn that the text is always right. Chosen by measurement (bench/README.md, "Stacking"):
leaving one gold set out at a time it beats one regression over text and rules together
(macro-F1 and contested recall), and training costs the same (the cross-validation that
`train` reports is the one the second stage learns from). Saved as plain arrays and JSON in
a zip, never a pickle: a model read from a shared database or a file cannot run code, and it
loads with any scikit-learn version that has these estimators.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from annotator.errors import AnnotatorError
from annotator.learn.features import Example, rule_features
from annotator.learn.model_file import FORMAT, check_meta

LEARNER = (
    "stacked: tf-idf word 1-2-grams + char 2-5-grams, logistic regression (out-of-fold "
    "probabilities), then logistic regression with the rules' features"
)

_WORDS: dict[str, Any] = {
    "analyzer": "word",
    "ngram_range": (1, 2),
    "min_df": 2,
    "sublinear_tf": True,
    "lowercase": True,
}
_CHARS: dict[str, Any] = {
    "analyzer": "char_wb",
    "ngram_range": (2, 5),
    "min_df": 2,
    "sublinear_tf": True,
    "lowercase": True,
}
_C_TEXT = 4.0
_C_STACK = 1.0


def _tuples(params: dict[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


@dataclass
class Classifier:
    """A fitted model: what turns examples into label probabilities."""

    labels: list[str]
    words: TfidfVectorizer
    chars: TfidfVectorizer
    text: LogisticRegression
    """The first stage: the text alone."""
    rules: DictVectorizer | None
    """The second stage's features (the text's probabilities and the rules' view); None:
    the text model alone decides."""
    model: LogisticRegression | None
    """The second stage."""
    temperature: float = 1.0
    held_out: NDArray[np.float64] | None = field(default=None, repr=False, compare=False)
    """After `fit` with the rules: every training sentence's decision scores from models
    that did not learn from its article (columns in `labels` order), for reports and
    calibration."""
    folds: int = field(default=0, compare=False)
    """After `fit` with the rules: how many folds `held_out` comes from."""

    # ---------------------------------------------------------------- fitting

    @classmethod
    def fit(
        cls,
        data: Sequence[Example],
        labels: Sequence[str],
        *,
        use_rules: bool = True,
        groups: Sequence[str] | None = None,
        folds: int = 5,
    ) -> Classifier:
        """Fit on examples and their gold labels (deterministic: same data, same model).
        `groups` (an article per example) keeps an article in one fold; without it an
        article starts where an example's position is 0."""
        if len(set(labels)) < 2:
            raise AnnotatorError("training needs at least two different labels")
        gold = list(labels)
        texts = [e.text for e in data]
        words = TfidfVectorizer(**_WORDS)
        chars = TfidfVectorizer(**_CHARS)
        x = sp.hstack([_fit_text(words, texts), _fit_text(chars, texts)]).tocsr()
        text = _text_learner().fit(x, gold)
        names = [str(c) for c in text.classes_]
        if not use_rules:
            return cls(names, words, chars, text, None, None)
        splits = folds_of(groups if groups is not None else _articles(data), folds)
        rules = DictVectorizer()
        oof = _out_of_fold(text, x, gold, names, splits)
        z = rules.fit_transform(_stacked(data, _softmax(oof), names)).tocsr()
        model = _stack_learner(gold).fit(z, gold)
        held_out = _second_stage_held_out(model, z, gold, names, splits)
        return cls(names, words, chars, text, rules, model, held_out=held_out, folds=len(splits))

    def calibrate(self, scores: NDArray[np.float64], gold: Sequence[str]) -> float:
        """Fit the temperature on held-out decision scores (cross-validation folds): the
        one that makes the probabilities' log-loss smallest. Returns it."""
        from scipy.optimize import minimize_scalar

        index = {label: i for i, label in enumerate(self.labels)}
        keep = [i for i, g in enumerate(gold) if g in index]
        if not keep:
            return self.temperature
        truth = np.array([index[gold[i]] for i in keep])
        held = scores[keep]

        def loss(t: float) -> float:
            p = _softmax(held / t)
            return float(-np.mean(np.log(p[np.arange(len(truth)), truth] + 1e-12)))

        self.temperature = float(minimize_scalar(loss, bounds=(0.05, 20), method="bounded").x)
        return self.temperature

    # -------------------------------------------------------------- applying

    def scores(self, data: Sequence[Example]) -> NDArray[np.float64]:
        """Raw decision scores, one row per example, one column per label."""
        if not data:
            return np.zeros((0, len(self.labels)))
        texts = [e.text for e in data]
        x = sp.hstack([self.words.transform(texts), self.chars.transform(texts)]).tocsr()
        values = _decision(self.text, x, self.labels)
        if self.model is None or self.rules is None:
            return values
        z = self.rules.transform(_stacked(data, _softmax(values), self.labels))
        return _decision(self.model, z, self.labels)

    def probabilities(self, data: Sequence[Example]) -> NDArray[np.float64]:
        """Calibrated probabilities, one row per example, columns in `labels` order."""
        return _softmax(self.scores(data) / self.temperature)

    # ---------------------------------------------------------- saving, loading

    def to_bytes(self, info: dict[str, Any] | None = None) -> bytes:
        """The model as a zip of JSON and arrays; `info` (what `train --show` prints) rides
        along as `info.json`, so a model file describes itself."""
        meta = {
            "format": FORMAT,
            "labels": self.labels,
            "temperature": self.temperature,
            "words": _vectorizer_meta(self.words, _WORDS),
            "chars": _vectorizer_meta(self.chars, _CHARS),
            "rules": self.rules.feature_names_ if self.rules is not None else None,
        }
        arrays = {
            "words_idf": self.words.idf_,
            "chars_idf": self.chars.idf_,
            "text_coef": self.text.coef_,
            "text_intercept": self.text.intercept_,
        }
        if self.model is not None:
            arrays |= {"coef": self.model.coef_, "intercept": self.model.intercept_}
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            _write(archive, "meta.json", json.dumps(meta, ensure_ascii=False).encode())
            for name, array in arrays.items():
                buffer = io.BytesIO()
                np.save(buffer, np.asarray(array, dtype=np.float64), allow_pickle=False)
                _write(archive, f"{name}.npy", buffer.getvalue())
            if info is not None:
                _write(archive, "info.json", json.dumps(info, ensure_ascii=False).encode())
        return out.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Classifier:
        """The model `to_bytes` wrote; anything else is refused with one line."""
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                meta = json.loads(archive.read("meta.json"))
                if not isinstance(meta, dict):
                    raise AnnotatorError("not a claim-annotator model (no description)")
                check_meta(meta)
                names = ["words_idf", "chars_idf", "text_coef", "text_intercept"]
                if meta["rules"] is not None:
                    names += ["coef", "intercept"]
                arrays = {
                    name: np.load(io.BytesIO(archive.read(f"{name}.npy")), allow_pickle=False)
                    for name in names
                }
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
            raise AnnotatorError(f"not a claim-annotator model ({error})") from None
        labels = list(meta["labels"])
        words = _vectorizer(meta["words"], arrays["words_idf"])
        chars = _vectorizer(meta["chars"], arrays["chars_idf"])
        text = _fitted(labels, arrays["text_coef"], arrays["text_intercept"])
        rules = model = None
        if meta["rules"] is not None:
            rules = DictVectorizer()
            rules.feature_names_ = list(meta["rules"])
            rules.vocabulary_ = {name: i for i, name in enumerate(rules.feature_names_)}
            model = _fitted(labels, arrays["coef"], arrays["intercept"])
        return cls(labels, words, chars, text, rules, model, float(meta["temperature"]))


def _out_of_fold(
    text: LogisticRegression,
    x: sp.csr_matrix,
    gold: list[str],
    names: list[str],
    splits: list[NDArray[np.int64]],
) -> NDArray[np.float64]:
    """Each sentence's text scores from a text model that did not learn from its article:
    what the second stage will meet on new sentences. (The vectorizers saw every text, no
    label: the n-gram vocabulary only.)"""
    oof = _decision(text, x, names)  # kept only where a fold cannot be held out
    for held in splits:
        keep = np.setdiff1d(np.arange(len(gold)), held)
        present = {gold[i] for i in keep}
        if len(present) < 2:
            continue
        inner = _text_learner()
        if len(present) == len(names):
            # Started from the whole model's weights: the same optimum, about 40 % fewer
            # iterations (deterministic all the same).
            inner.set_params(warm_start=True)
            inner.coef_ = text.coef_.copy()
            inner.intercept_ = text.intercept_.copy()
        inner.fit(x[keep], [gold[i] for i in keep])
        oof[held] = _decision(inner, x[held], names)
    return oof


def _second_stage_held_out(
    model: LogisticRegression,
    z: sp.csr_matrix,
    gold: list[str],
    names: list[str],
    splits: list[NDArray[np.int64]],
) -> NDArray[np.float64]:
    """The second stage cross-validated on the same folds. Its features for a held-out
    article come from text models that did not see it; its weights were learnt on the other
    articles' features, whose text models did: close to, not exactly, a nested
    cross-validation, at a sixth of the cost."""
    held_out = np.full((len(gold), len(names)), -1e3)
    for held in splits:
        keep = np.setdiff1d(np.arange(len(gold)), held)
        part = model
        if len({gold[i] for i in keep}) >= 2:
            part = _stack_learner([gold[i] for i in keep]).fit(z[keep], [gold[i] for i in keep])
        held_out[held] = _decision(part, z[held], names)
    return held_out


def _text_learner() -> LogisticRegression:
    return LogisticRegression(C=_C_TEXT, class_weight="balanced", max_iter=2000)


def _stack_learner(gold: Sequence[str]) -> LogisticRegression:
    # Rare labels weigh more, by the square root of "balanced": fully balanced weights
    # bought contested recall with as much precision lost (bench/README.md, "Stacking").
    counts = Counter(gold)
    n, k = len(gold), len(counts)
    weights = {label: math.sqrt(n / (k * c)) for label, c in counts.items()}
    return LogisticRegression(C=_C_STACK, class_weight=weights, max_iter=2000)


def _fitted(labels: list[str], coef: NDArray[np.float64], intercept: NDArray[np.float64]) -> Any:
    model = LogisticRegression()
    model.classes_ = np.array(labels)
    model.coef_ = coef
    model.intercept_ = intercept
    model.n_features_in_ = coef.shape[1]
    return model


def _decision(model: LogisticRegression, x: Any, labels: Sequence[str]) -> NDArray[np.float64]:
    """Decision scores with one column per label of `labels` (-1000 for a label the model
    never saw), whatever the model's own classes."""
    values = np.asarray(model.decision_function(x), dtype=float)
    if values.ndim == 1:  # two classes: one score, for the second
        values = np.column_stack([-values / 2, values / 2])
    out = np.full((values.shape[0], len(labels)), -1e3)
    classes = [str(c) for c in model.classes_]
    for j, label in enumerate(labels):
        if label in classes:
            out[:, j] = values[:, classes.index(label)]
    return out


def _stacked(
    data: Sequence[Example], probabilities: NDArray[np.float64], labels: Sequence[str]
) -> list[dict[str, float]]:
    """The second stage's view of each sentence: the rules' features, the text model's
    probabilities, and each probability beside the rules' label (so that "the text says
    contested" can weigh differently when the rules said attributed or asserted)."""
    rows = []
    for example, row in zip(data, probabilities, strict=True):
        features = rule_features(example)
        for label, p in zip(labels, row, strict=True):
            features[f"text={label}"] = float(p)
            features[f"text={label}|rules={example.rules.label}"] = float(p)
        rows.append(features)
    return rows


def _articles(data: Sequence[Example]) -> list[str]:
    """An article number per example: a new article where the position does not follow."""
    out: list[str] = []
    article = -1
    last = None
    for example in data:
        if last is None or example.position != last + 1:
            article += 1
        last = example.position
        out.append(str(article))
    return out


def folds_of(groups: Sequence[str], folds: int) -> list[NDArray[np.int64]]:
    """Held-out index sets: whole groups (articles) per fold (GroupKFold), or sentences when
    there are too few groups for that; none when there are too few sentences."""
    from sklearn.model_selection import GroupKFold, KFold

    index = np.arange(len(groups))
    n_groups = len(set(groups))
    if n_groups >= 2:
        splitter = GroupKFold(n_splits=min(folds, n_groups))
        return [test for _train, test in splitter.split(index, groups=list(groups))]
    if len(groups) < 2:
        return []
    splitter_k = KFold(n_splits=min(folds, len(groups)), shuffle=True, random_state=0)
    return [test for _train, test in splitter_k.split(index)]


def _write(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    # A fixed date: the same model gives the same bytes (and the zip says nothing of when;
    # `info.json` does).
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(entry, data)


def _fit_text(vectorizer: TfidfVectorizer, texts: list[str]) -> sp.csr_matrix:
    try:
        return vectorizer.fit_transform(texts)
    except ValueError:  # too few sentences for min_df: every n-gram counts
        vectorizer.set_params(min_df=1)
        return vectorizer.fit_transform(texts)


def _vectorizer_meta(vectorizer: TfidfVectorizer, params: dict[str, Any]) -> dict[str, Any]:
    vocabulary = vectorizer.vocabulary_
    terms = [""] * len(vocabulary)
    for term, i in vocabulary.items():
        terms[i] = term
    return {"params": params, "terms": terms}


def _vectorizer(meta: dict[str, Any], idf: NDArray[np.float64]) -> TfidfVectorizer:
    params = {k: v for k, v in _tuples(meta["params"]).items() if k != "min_df"}
    vectorizer = TfidfVectorizer(
        vocabulary={term: i for i, term in enumerate(meta["terms"])}, **params
    )
    vectorizer.idf_ = idf
    return vectorizer


def _softmax(values: NDArray[np.float64]) -> NDArray[np.float64]:
    shifted = values - values.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    out: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
    return out
