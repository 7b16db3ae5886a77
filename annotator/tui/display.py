"""Article text as display content: verbatim, never markup, never terminal control.

`Content(text)` is plain text in Textual (markup is only parsed by `Content.from_markup`), so
brackets and Rich markup show as written. What a terminal would act on is made visible instead:
C0 controls (escape included) as their Unicode control pictures, C1 controls and bidirectional
overrides as `<U+XXXX>`, tabs as spaces.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from textual.content import Content

from annotator.terminal import visible

__all__ = ["Highlight", "highlighted", "plain", "visible"]


def plain(text: str, style: str = "") -> Content:
    """Article text as Textual content: no markup parsing, controls made visible."""
    content = Content(visible(text))
    return content.stylize(style) if style else content


Highlight = tuple[int, int, str]
"""`(start, end, style)`: characters of a sentence to draw in `style`."""


def highlighted(text: str, spans: Sequence[Highlight]) -> Content:
    """`plain(text)` with `(start, end, style)` spans of the original text styled.

    Offsets are into `text`, and `visible` can change the length of what it replaces (a tab
    becomes four spaces), so the text is made visible piece by piece between span boundaries
    and each span is moved to where its piece landed. Spans outside the text are ignored.
    """
    size = len(text)
    spans = [(max(a, 0), min(b, size), s) for a, b, s in spans if min(b, size) > max(a, 0)]
    if not spans:
        return plain(text)
    cuts = sorted({0, size, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    pieces: list[str] = []
    moved = {0: 0}  # offset in `text` -> offset in the visible text
    for a, b in itertools.pairwise(cuts):
        pieces.append(visible(text[a:b]))
        moved[b] = moved[a] + len(pieces[-1])
    content = Content("".join(pieces))
    for a, b, style in spans:
        content = content.stylize(style, moved[a], moved[b])
    return content
