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
_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) inside paired quotation marks, marks excluded; a
    quotation never runs past its paragraph or MAX_QUOTE_CHARS (then the scan goes on
    after the point where it gave up). Jumps from mark to mark: a long draft is not
    walked one character at a time."""
    spans: list[tuple[int, int]] = []
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    next_break, size, pos = 0, len(text), 0
    while True:
        opener = _OPENERS.search(text, pos)
        if opener is None:
            return spans
        start = opener.start() + 1
        while next_break < len(breaks) and breaks[next_break] < start:
            next_break += 1
        paragraph_end = breaks[next_break] if next_break < len(breaks) else size
        give_up = start + MAX_QUOTE_CHARS + 1  # the first character too far to close it
        limit = min(paragraph_end, give_up + 1)
        found = [text.find(ch, start, limit) for ch in _PAIRS[opener.group()]]
        closes = [c for c in found if c >= 0]
        if closes:
            spans.append((start, min(closes)))
            pos = min(closes) + 1
        else:
            pos = min(paragraph_end, give_up) + 1
        if pos >= size:
            return spans


def reaches_into(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the phrase [start, end) begins or ends inside a quotation ("You said
    “you never read it”" reaches into one); a phrase that only encloses a quoted title
    (Please read the "Returns" section carefully) does not."""
    return any(s <= start < e or s < end <= e for s, e in spans)
