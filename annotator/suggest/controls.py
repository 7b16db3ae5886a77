"""Control sentences: the share of sentences whose suggestion is held back, to measure sway.

A domain rule, not a screen's: the annotation screen, `annotator stats` and any other front
end must draw the same controls for the same annotator and sentence.
"""

from __future__ import annotations

import hashlib


def is_control(annotator: str, sentence_id: str, share: float) -> bool:
    """Whether this annotator's suggestion for this sentence is held back as a control: a
    stable pseudo-random draw, so a restart, or another screen, gives the same answer, and
    `share` of the sentences (on average) show their suggestion."""
    if share >= 1.0:
        return False
    digest = hashlib.blake2b(f"{annotator}\0{sentence_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 >= share
