"""One line of a JSONL file parsed to a JSON object, or a one-line reason why not: the rule
shared by `annotator import` and `annotator import-labels`."""

from __future__ import annotations

import json
from typing import Any


def parse_object(line: str, invalid: str = "invalid JSON") -> dict[str, Any] | str:
    """The JSON object on `line`, or why it is not one (a message, without file or line;
    `invalid` starts the message when the line is not JSON at all)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return f"{invalid}: {error.msg}"
    except RecursionError:  # 100,000-deep nesting
        return f"{invalid}: nested too deeply"
    except ValueError as error:  # a 5,000-digit number
        reason = "a number with too many digits" if "digits" in str(error) else str(error)
        return f"{invalid}: {reason}"
    if not isinstance(data, dict):
        return "expected a JSON object"
    return data
