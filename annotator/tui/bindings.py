"""Screens whose keys come from the label scheme (annotate, review)."""

from __future__ import annotations

import types
from typing import TypeVar

from textual.binding import Binding, BindingType
from textual.screen import Screen

from annotator.records import LabelScheme

S = TypeVar("S", bound=type[Screen])  # type: ignore[type-arg]


def label_bindings(scheme: LabelScheme) -> list[BindingType]:
    """One key per label, from the scheme: the key labels the sentence and advances."""
    return [
        Binding(
            label.key,
            f"label({index})",
            label.name,
            id=f"label-{label.name}",
            # the label bar just above the Footer names each label key: the Footer's room
            # goes to the other keys, so that all of them fit in 80 columns
            show=False,
        )
        for index, label in enumerate(scheme.labels)
    ]


def own_bindings(screen_class: type[Screen]) -> list[Binding]:  # type: ignore[type-arg]
    """The bindings a screen declares (label keys included), without Textual's own (focus,
    copy): what its help lists."""
    return [
        item
        for item in screen_class.BINDINGS
        if isinstance(item, Binding) and item not in Screen.BINDINGS
    ]


def with_label_keys(screen_class: S, scheme: LabelScheme) -> S:
    """`screen_class` with the scheme's label keys first in its bindings (and the Footer).

    inherit_bindings=False: merged bindings keep the base class order, and the label keys must
    come first.
    """
    bindings = [*label_bindings(scheme), *Screen.BINDINGS, *screen_class.BINDINGS]
    return types.new_class(  # type: ignore[return-value]
        screen_class.__name__,
        (screen_class,),
        {"inherit_bindings": False},
        lambda namespace: namespace.update(
            {"BINDINGS": bindings, "__module__": screen_class.__module__}
        ),
    )
