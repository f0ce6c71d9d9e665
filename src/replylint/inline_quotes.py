"""Words the draft quotes: "You wrote „te ei lugenud mu kirja" …" puts the customer's
words (or an error message's) inside the agent's sentence. They are not the agent's own,
as RULES.md says of quoted mail, so a phrase rule must not report them as the agent's."""

from __future__ import annotations

import re

# Opening mark -> the marks that may close it (writers mix „…" and „…“).
_PAIRS = {
    "\u201c": "\u201d\u201c",  # “…” (and “…“)
    "\u201d": "\u201d",  # ”…” (Swedish, Finnish)
    "\u201e": '\u201c\u201d"',  # „…“ „…” „…"
    "\u00ab": "\u00bb",  # «…»
    "\u00bb": "\u00ab\u00bb",  # »…« »…»
    "\u300c": "\u300d",  # 「…」
    "\u300e": "\u300f",  # 『…』
    '"': '"\u201d',
}
MAX_QUOTE_CHARS = 400  # a longer stretch is an unpaired mark, not a quotation
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) inside paired quotation marks, marks excluded; a
    quotation never runs past its paragraph."""
    spans: list[tuple[int, int]] = []
    start, closers = -1, ""
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    next_break = 0
    for i, ch in enumerate(text):
        while next_break < len(breaks) and breaks[next_break] < i:
            next_break += 1
            start = -1  # a new paragraph: an unclosed mark opened nothing
        if start >= 0:
            if ch in closers:
                spans.append((start, i))
                start = -1
            elif i - start > MAX_QUOTE_CHARS:
                start = -1
        elif ch in _PAIRS:
            start, closers = i + 1, _PAIRS[ch]
    return spans


def reaches_into(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the phrase [start, end) begins or ends inside a quotation ("You said
    “you never read it”" reaches into one); a phrase that only encloses a quoted title
    (Please read the "Returns" section carefully) does not."""
    return any(s <= start < e or s < end <= e for s, e in spans)
