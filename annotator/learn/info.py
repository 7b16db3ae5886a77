"""What a stored model says of itself: `annotator train --json`, `--show`, and the
`info.json` inside a model file. Pydantic only: read without scikit-learn."""

from __future__ import annotations

from pydantic import BaseModel, Field

from annotator.suggest.evaluate import LabelScore


class Scores(BaseModel):
    """Labels predicted on held-out folds against the gold labels."""

    sentences: int
    accuracy: float
    macro_f1: float
    kappa: float | None = Field(description="Cohen's kappa; null when undefined.")
    labels: list[LabelScore]


class ModelInfo(BaseModel):
    """What `annotator train --show` says of a stored model."""

    version: int | None = Field(default=None, description="1, 2, …: set when stored.")
    created_at: str
    scheme: str = Field(description="The label scheme it was trained for.")
    labels: list[str]
    sentences: int = Field(description="Gold sentences it learned from.")
    sources: dict[str, int] = Field(description="Where they came from: 'project' or a file.")
    counts: dict[str, int] = Field(description="Gold sentences per label.")
    learner: str
    folds: int = Field(description="Cross-validation folds (by article) behind `scores`.")
    scores: dict[str, Scores] = Field(
        description="'model' (model + rules), and 'rules' (the rules alone) on the same folds."
    )
    first_run: int = Field(
        default=0,
        description=(
            "Gold-file sentences seen with the rules' first run on them (their "
            "`rules_at_first_run`), not today's rules: the 'rules' scores count those too."
        ),
    )
    temperature: float = Field(description="Calibration: probabilities are softmax(score / T).")
    sklearn: str = Field(description="scikit-learn version it was trained with.")
