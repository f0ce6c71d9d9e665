"""Columns in the unit the client negotiated (UTF-16 by default, UTF-8 or UTF-32).

Findings count columns in code points; LSP clients count UTF-16 code units unless
they offered something else at initialize. A Chinese character is one UTF-16 unit
but three UTF-8 bytes; an emoji is one code point, two UTF-16 units and four UTF-8
bytes, so every column after one is shifted.
"""

from __future__ import annotations

import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the breaks LSP counts, and Document too


def split_lines(text: str) -> list[str]:
    """Every line of `text` as LSP numbers them (a trailing break opens an empty last line)."""
    return _LINE_BREAK.split(text)


def _width(char: str, encoding: str) -> int:
    point = ord(char)
    if encoding == UTF16:
        return 2 if point > 0xFFFF else 1
    if encoding == UTF8:
        return 1 if point < 0x80 else 2 if point < 0x800 else 3 if point < 0x10000 else 4
    return 1


def to_client(line: str, column: int, encoding: str) -> int:
    """The client's column for a 0-based code-point column on `line`."""
    if encoding == UTF32 or line.isascii():
        return column
    return sum(_width(c, encoding) for c in line[:column])


def from_client(line: str, column: int, encoding: str) -> int:
    """The 0-based code-point column of a client column (one inside a character
    counts as that character's start, as the protocol asks)."""
    if encoding == UTF32 or line.isascii():
        return min(column, len(line))
    units = 0
    for index, char in enumerate(line):
        units += _width(char, encoding)
        if units > column:
            return index
    return len(line)
