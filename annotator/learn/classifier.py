"""The learned classifier: TF-IDF word and character n-grams plus the rules' features, into a
multinomial logistic regression (scikit-learn), its probabilities calibrated by one
temperature fitted on cross-validated scores.

Chosen by measurement (`bench/suggest.py --learners`): on the gold sets it trains in about a
second on 1,300 sentences, on the CPU. Saved as plain arrays and JSON in a zip, never a
pickle: a model read from a shared database or a file cannot run code, and it loads with any
scikit-learn version that has these estimators.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from annotator.errors import AnnotatorError
from annotator.learn.features import Example, rule_features

FORMAT = 1
"""Version of the saved layout; a file with another is refused, not guessed at."""

LEARNER = "tf-idf word 1-2-grams + char 2-5-grams + rule features, logistic regression"

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
_C = 4.0


def _tuples(params: dict[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


@dataclass
class Classifier:
    """A fitted model: what turns examples into label probabilities."""

    labels: list[str]
    words: TfidfVectorizer
    chars: TfidfVectorizer
    rules: DictVectorizer | None
    model: LogisticRegression
    temperature: float = 1.0

    # ---------------------------------------------------------------- fitting

    @classmethod
    def fit(
        cls, data: Sequence[Example], labels: Sequence[str], *, use_rules: bool = True
    ) -> Classifier:
        """Fit on examples and their gold labels (deterministic: same data, same model)."""
        if len(set(labels)) < 2:
            raise AnnotatorError("training needs at least two different labels")
        texts = [e.text for e in data]
        words = TfidfVectorizer(**_WORDS)
        chars = TfidfVectorizer(**_CHARS)
        blocks = [_fit_text(words, texts), _fit_text(chars, texts)]
        rules = None
        if use_rules:
            rules = DictVectorizer()
            blocks.append(rules.fit_transform([rule_features(e) for e in data]))
        model = LogisticRegression(C=_C, class_weight="balanced", max_iter=2000)
        model.fit(sp.hstack(blocks).tocsr(), list(labels))
        return cls([str(c) for c in model.classes_], words, chars, rules, model)

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

    def matrix(self, data: Sequence[Example]) -> sp.csr_matrix:
        texts = [e.text for e in data]
        blocks = [self.words.transform(texts), self.chars.transform(texts)]
        if self.rules is not None:
            blocks.append(self.rules.transform([rule_features(e) for e in data]))
        return sp.hstack(blocks).tocsr()

    def scores(self, data: Sequence[Example]) -> NDArray[np.float64]:
        """Raw decision scores, one row per example, one column per label."""
        if not data:
            return np.zeros((0, len(self.labels)))
        values = np.asarray(self.model.decision_function(self.matrix(data)), dtype=float)
        if values.ndim == 1:  # two labels: one score, for the second
            values = np.column_stack([-values / 2, values / 2])
        return values

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
            "coef": self.model.coef_,
            "intercept": self.model.intercept_,
        }
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
                arrays = {
                    name: np.load(io.BytesIO(archive.read(f"{name}.npy")), allow_pickle=False)
                    for name in ("words_idf", "chars_idf", "coef", "intercept")
                }
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
            raise AnnotatorError(f"not a claim-annotator model ({error})") from None
        if not isinstance(meta, dict):
            raise AnnotatorError("not a claim-annotator model (no description)")
        if meta.get("format") != FORMAT:
            raise AnnotatorError(
                f"model format {meta.get('format')!r} is not the one this version reads "
                f"({FORMAT}): train it again with `annotator train`"
            )
        words = _vectorizer(meta["words"], arrays["words_idf"])
        chars = _vectorizer(meta["chars"], arrays["chars_idf"])
        rules = None
        if meta["rules"] is not None:
            rules = DictVectorizer()
            rules.feature_names_ = list(meta["rules"])
            rules.vocabulary_ = {name: i for i, name in enumerate(rules.feature_names_)}
        model = LogisticRegression()
        model.classes_ = np.array(meta["labels"])
        model.coef_ = arrays["coef"]
        model.intercept_ = arrays["intercept"]
        model.n_features_in_ = arrays["coef"].shape[1]
        return cls(list(meta["labels"]), words, chars, rules, model, float(meta["temperature"]))


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


def read_info(data: bytes) -> dict[str, Any]:
    """The description inside a model file, read without scikit-learn."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = json.loads(archive.read("info.json"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise AnnotatorError(
            "not a claim-annotator model file (one that `annotator train -o` writes)"
        ) from None
    if not isinstance(info, dict):
        raise AnnotatorError("not a claim-annotator model file (no description inside)")
    return info
