"""A module imported on first use: what the annotation screen's first paint does not need.

`lazy_module("annotator.models")` returns a stand-in at once; the module is imported (and
Pydantic with it, about a tenth of a second) when one of its attributes is first read. The
import goes through `importlib.import_module`, whose module locks make it safe from any
thread (the standard library's `LazyLoader` is not, before Python 3.12).
"""

from __future__ import annotations

import importlib
from typing import Any


class _Deferred:
    """Stands for a module until an attribute is read; then holds the module's names, so
    later reads cost what a module's do."""

    def __init__(self, name: str) -> None:
        self.__dict__["_name"] = name

    def __getattr__(self, attribute: str) -> Any:
        # only reached for a name not held yet: the first read
        module = importlib.import_module(self.__dict__["_name"])
        self.__dict__.update(vars(module))
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<module {self.__dict__['_name']!r}, imported on first use>"


def lazy_module(name: str) -> Any:
    """A stand-in for the module `name`, which imports it when first used."""
    return _Deferred(name)
