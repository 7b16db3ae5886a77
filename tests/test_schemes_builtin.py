"""The built-in scheme and the stored ones are plain records built without Pydantic (at
launch, before the first paint): the data must be what validation would have made."""

from __future__ import annotations

import json

import pydantic
import pytest

from annotator.models import Label, LabelScheme
from annotator.schemes import CLAIMS, load_scheme
from annotator.store import Store
from tests.test_scheme_cmd import STANCE


def test_the_builtin_scheme_is_valid() -> None:
    validated = LabelScheme.validate(CLAIMS.to_dict())
    assert validated == CLAIMS
    assert LabelScheme.trusted(json.loads(CLAIMS.to_json())) == CLAIMS
    assert all(isinstance(label, Label) for label in CLAIMS.labels)
    assert isinstance(CLAIMS.labels, tuple)


def test_a_stored_scheme_reads_back_as_validated(store: Store) -> None:
    stance = load_scheme(STANCE)
    store.set_scheme(stance)
    with Store.open(store.path) as other:  # type: ignore[arg-type]
        assert other.scheme == stance
        assert other.scheme.by_key("o") == stance.by_key("o")


@pytest.mark.parametrize(
    "data",
    [
        {"name": "x", "labels": [{"name": "a", "key": "a", "description": "", "extra": 1}]},
        {"name": "x", "labels": []},
        {"name": "x", "surprise": True, "labels": [{"name": "a", "key": "a", "description": ""}]},
        {"labels": [{"name": "a", "key": "a", "description": ""}]},
    ],
)
def test_data_of_another_shape_is_validated(data: dict[str, object]) -> None:
    with pytest.raises(pydantic.ValidationError):
        LabelScheme.trusted(data)


def test_the_records_state_fields_are_the_models() -> None:
    """`records.STATE_FIELDS` (read by the store before Pydantic loads) lists the fields
    `models.LabelState` declares, in its order, and the booleans among them."""
    from annotator.models import LabelState
    from annotator.records import BOOL_STATE_FIELDS, STATE_FIELDS

    fields = LabelState.model_fields
    assert tuple(fields) == STATE_FIELDS
    assert tuple(name for name, info in fields.items() if info.annotation is bool) == (
        BOOL_STATE_FIELDS
    )
