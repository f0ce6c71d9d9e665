"""Numeric dates ("2026-12-24", "24.12.2026", "24/12/26", "2026/12/24"): a deadline in
any language. The tokenizers split them differently ("2026", "-", "12", …), so they are
found in the text, not per token, and every language reads them alike."""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"(?<![\d.:/-])(?:"
    rf"(?P<iso>{_YEAR})(?P<s1>[-/])(?P<im>\d{{1,2}})(?P=s1)(?P<id>\d{{1,2}})"
    rf"|(?P<a>\d{{1,2}})(?P<s2>[./-])(?P<b>\d{{1,2}})(?P=s2)(?P<y>{_YEAR})"
    rf"|(?P<c>\d{{1,2}})/(?P<d>\d{{1,2}})/\d{{2}}"
    rf")(?![\d/-]|[.:]\d)"
)


def _plausible(first: int, second: int) -> bool:
    """Day and month in either order (24/12 or 12/24)."""
    return 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12


def find_numeric_dates(text: str) -> list[tuple[int, int]]:
    """Character spans of numeric dates whose day and month are possible."""
    spans = []
    for m in _DATE.finditer(text):
        if m.group("iso"):
            ok = 1 <= int(m.group("im")) <= 12 and 1 <= int(m.group("id")) <= 31
        elif m.group("a"):
            ok = _plausible(int(m.group("a")), int(m.group("b")))
        else:
            ok = _plausible(int(m.group("c")), int(m.group("d")))
        if ok:
            spans.append((m.start(), m.end()))
    return spans
