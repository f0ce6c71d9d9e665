"""Text derived from a file (prose of Markdown, a decoded MIME part) plus its way back.

`to_original[i]` is the offset in the file of derived character i, so a
Document read from derived text can be remapped to exact file positions.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Derived:
    text: str
    to_original: list[int]


def without_ranges(text: str, ranges: list[tuple[int, int]]) -> Derived:
    """`text` with the [start, end) ranges removed; line breaks inside them are kept."""
    removed = bytearray(len(text))
    for start, end in ranges:
        for i in range(max(start, 0), min(end, len(text))):
            removed[i] = 1
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if not removed[i] or ch == "\n":
            chars.append(ch)
            origin.append(i)
    return Derived("".join(chars), origin)
