"""Text from the data (articles, names, notes) made safe for a terminal: the one sanitiser.

Every text printed to a terminal or written to a Markdown report goes through `visible`: C0
controls (escape included) become their Unicode control pictures, C1 controls and
bidirectional overrides become `<U+XXXX>`, tabs become spaces. An article holding
`\\x1b]0;TITLE\\x07` or `\\x1b]52;c;…\\x07` then shows those characters instead of setting the
terminal's title or writing to its clipboard. JSON, CSV and HTML outputs keep the text as it
is (their own escaping makes it inert).
"""

from __future__ import annotations


def _table() -> dict[int, str]:
    table: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A}
    table[0x09] = "    "
    table[0x7F] = "\u2421"
    for code in range(0x80, 0xA0):
        table[code] = f"<U+{code:04X}>"
    for code in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        table[code] = f"<U+{code:04X}>"
    table[0xFEFF] = "<U+FEFF>"
    return table


_VISIBLE = _table()


def visible(text: str) -> str:
    """The text with every control character replaced by a visible stand-in."""
    return text.translate(_VISIBLE)
