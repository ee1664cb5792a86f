"""Text every channel sends in pieces: one splitter for all of them."""

from __future__ import annotations


def split_text(text: str, limit: int) -> list[str]:
    """Text in pieces of at most ``limit`` characters, cut at a line end in the second half where there is one."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    pieces.append(text)
    return pieces
