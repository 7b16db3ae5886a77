"""A label scheme file (.json or .toml), as Pydantic checks it: label-scheme.schema.json.

`to_scheme()` gives the `records.LabelScheme` the rest of the code uses: a plain record,
so the annotation screen needs no Pydantic to paint. The classes keep the record's names, so
the JSON Schema names them as before.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from annotator import records


class Label(BaseModel):
    """One label of a scheme, with the key that sets it in the TUI."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Label name, as stored.")
    key: str = Field(
        min_length=1, max_length=1, description="Single key that sets the label and advances."
    )
    description: str = Field(description="What the label means, shown in the TUI.")
    color: str = Field(default="#888888", description="Display colour (CSS colour).")


class LabelScheme(BaseModel):
    """A set of labels: data, not code (a JSON or TOML file can define another one)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$", description="Scheme name.")
    description: str = Field(default="", description="What the scheme is for.")
    labels: tuple[Label, ...] = Field(min_length=1, description="Labels, in display order.")
    ordered: bool = Field(
        default=False,
        description="The labels are an ordinal scale, in display order (lowest first): "
        "agreement then also weighs near misses (ordinal alpha, AC2, weighted kappa).",
    )

    @model_validator(mode="after")
    def _unique(self) -> LabelScheme:
        names = [label.name for label in self.labels]
        keys = [label.key for label in self.labels]
        if len(set(names)) != len(names):
            raise ValueError("label names must be unique")
        if len(set(keys)) != len(keys):
            raise ValueError("label keys must be unique")
        return self

    def to_scheme(self) -> records.LabelScheme:
        return records.LabelScheme.trusted(self.model_dump())  # checked: made as stored ones
