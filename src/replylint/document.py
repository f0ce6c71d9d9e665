"""A Document is the agent's draft plus where each of its characters came from.

Readers build it; rules never see file formats. Every draft character keeps the
offset of the character it came from in the original text, so a finding's span
maps back to an exact line and column whatever the reader stripped out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

# Line breaks as editors count them: CRLF, LF, and a lone CR (old Mac files).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def source_lines(text: str) -> list[str]:
    """The lines of a file as positions count them (not str.splitlines, which also
    breaks at form feeds and Unicode separators)."""
    return _LINE_BREAK.split(text.removesuffix("\n").removesuffix("\r"))


@dataclass
class Document:
    """The draft, its context parts and metadata for one input."""

    path: str
    original: str
    draft: str = ""
    origin: list[int] = field(default_factory=list)
    quoted: str = ""
    signature: str = ""
    declared_lang: str | None = None
    declared_context: str | None = None
    hint_lang: str | None = None  # e.g. Content-Language: used only when detection fails
    variant: str | None = None  # which template branches produced this text
    notices: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.original)]

    def position(self, original_offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset into the original text."""
        offset = max(0, min(original_offset, len(self.original)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def draft_to_original(self, draft_offset: int) -> int:
        """Original offset of a draft offset; the end of the draft maps past its last char."""
        if not self.origin:
            return 0
        if draft_offset >= len(self.origin):
            return self.origin[-1] + 1
        return self.origin[max(0, draft_offset)]

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, col, end_line, end_col) of the draft span [start, end); end is exclusive."""
        line, col = self.position(self.draft_to_original(start))
        last = self.draft_to_original(max(start, end - 1))
        end_line, end_col = self.position(last)
        return line, col, end_line, end_col + 1

    def trim_draft(self, end: int) -> None:
        """Cut the draft at `end`, moving the rest into the signature (a sign-off block)."""
        self.signature = self.draft[end:] + self.signature
        self.draft = self.draft[:end]
        self.origin = self.origin[:end]


class DraftRun(NamedTuple):
    """A stretch of draft text and where it came from: character k of `text` is at
    original offset `start + k * step` (step 1: copied text; step 0: text that stands
    for one spot, an entity, a placeholder). Runs keep a draft's origins compact
    enough to travel with a result to the HTML report."""

    start: int
    text: str
    step: int


def draft_runs(draft: str, origin: list[int]) -> list[DraftRun]:
    """`draft` with its per-character `origin` as runs of consecutive or equal offsets."""
    runs: list[DraftRun] = []
    begin = 0
    for i in range(1, len(draft) + 1):
        if i < len(draft):
            step = origin[i] - origin[i - 1]
            if step in (0, 1) and (i - begin == 1 or step == origin[begin + 1] - origin[begin]):
                continue
        step = origin[begin + 1] - origin[begin] if i - begin > 1 else 1
        runs.append(DraftRun(origin[begin], draft[begin:i], step))
        begin = i
    return runs


class LazyRuns(Sequence[DraftRun]):
    """draft_runs(draft, origin), computed on first use: only the HTML report reads
    them, and a run without one should not pay a pass over every character."""

    def __init__(self, draft: str, origin: list[int]) -> None:
        self._source: tuple[str, list[int]] | None = (draft, origin)
        self._runs: list[DraftRun] = []

    def _materialised(self) -> list[DraftRun]:
        if self._source is not None:
            self._runs, self._source = draft_runs(*self._source), None
        return self._runs

    def __len__(self) -> int:
        return len(self._materialised())

    def __getitem__(self, index):  # type: ignore[override]
        return self._materialised()[index]

    def __iter__(self):
        return iter(self._materialised())

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __reduce__(self):
        return (list, (self._materialised(),))


class DraftBuilder:
    """Collects draft text piece by piece, remembering each piece's original offset."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._origin: list[int] = []

    def add(self, text: str, original_offset: int) -> None:
        self._parts.append(text)
        self._origin.extend(range(original_offset, original_offset + len(text)))

    def add_synthetic(self, text: str, original_offset: int) -> None:
        """Text that stands for something in the original (a line break, a placeholder)."""
        self._parts.append(text)
        self._origin.extend([original_offset] * len(text))

    def build(self) -> tuple[str, list[int]]:
        return "".join(self._parts), self._origin


def remap(document: Document, to_original: list[int], original: str) -> Document:
    """A document read from derived text (a decoded part, text extracted from HTML),
    with its positions moved to the file the derived text came from."""
    last = to_original[-1] if to_original else 0

    def moved(offset: int) -> int:
        return to_original[offset] if offset < len(to_original) else last

    document.origin = [moved(o) for o in document.origin]
    document.original = original
    document.__post_init__()
    return document
