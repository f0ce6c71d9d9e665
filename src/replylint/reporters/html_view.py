"""What the HTML report shows of a file: the agent's draft as the customer reads it.

A support lead reviewing a report wants the reply, not its e-mail headers, HTML
tags, Markdown front matter or Jinja tags, and the customer's quoted message set
apart from the agent's words. The readers already made that split (a Document's
draft and its origins, see document.py); this module lays the draft out in lines,
labels each with the file line(s) it came from, and marks the findings on it by
their positions in the original file, so the marks fall where the positions say.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from replylint.document import DraftRun
from replylint.findings import Finding
from replylint.linter import FileResult
from replylint.reporters.display import shown

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_OPEN_QUOTED_LINES = 15  # a longer quoted message starts folded
_MAX_EXPRESSION = 500  # a `{{` without `}}` this close is not a placeholder


@dataclass
class Piece:
    """A run of displayed text with one highlight (None, "warning" or "error")."""

    text: str
    mark: str | None = None
    title: str = ""


@dataclass
class DraftLine:
    label: str  # the file line it came from, "12", or "12-14" for an HTML paragraph
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class DraftView:
    lines: list[DraftLine]
    quoted: list[str]  # the quoted customer message, line by line
    quoted_open: bool  # short quotes are shown, long ones start folded
    outside: list[Finding]  # findings with no character in the draft (a comment, line 1)
    folded: bool  # the file holds more than the draft: headers, markup, quotes, signature


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    mark: str
    title: str


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def _finding_spans(result: FileResult, starts: list[int]) -> list[tuple[Finding, int, int]]:
    """Each finding's [start, end) offsets in `result.original`."""
    spans = []
    for f in result.findings:
        first, last = f.line - 1 - result.line_offset, f.end_line - 1 - result.line_offset
        if not 0 <= first < len(starts) or not 0 <= last < len(starts):
            continue
        start = starts[first] + f.column - 1
        end = max(starts[last] + f.end_column - 1, start + 1)
        spans.append((f, start, end))
    return spans


def _elementary(spans: list[tuple[Finding, int, int]]) -> list[_Span]:
    """Non-overlapping spans: where findings overlap, an error outranks a warning and
    the tooltip names every finding there."""
    cuts = sorted({o for _, s, e in spans for o in (s, e)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [f for f, s, e in spans if s <= start and end <= e]
        if not covering:
            continue
        mark = "error" if any(f.severity.value == "error" for f in covering) else "warning"
        title = "; ".join(f"[{f.rule}] {f.message}" for f in covering)
        pieces.append(_Span(start, end, mark, title))
    return pieces


def _union(drafts: list[list[DraftRun]]) -> list[DraftRun]:
    """One text for every template branch: each original offset's text once, in file
    order (copied text from whichever branch has it, placeholders and entities once)."""
    copied = sorted({r for runs in drafts for r in runs if r.step == 1})
    single = {r for runs in drafts for r in runs if r.step == 0}
    merged: list[DraftRun] = []
    covered = 0
    for run in copied:
        end = run.start + len(run.text)
        if end <= covered:
            continue
        skip = max(0, covered - run.start)
        merged.append(DraftRun(run.start + skip, run.text[skip:], 1))
        covered = end
    return sorted(merged + list(single), key=lambda r: (r.start, r.step))


def _with_placeholders(runs: list[DraftRun], original: str) -> list[DraftRun]:
    """Runs with each Jinja `{{ expression }}` shown as written: the reader reads it
    as a neutral word (`X`, `3`), which would puzzle the template's author."""
    shown: list[DraftRun] = []
    for run in runs:
        if run.step != 1:
            shown.append(run)
            continue
        end = run.start + len(run.text)
        pos = run.start
        at = original.find("{{", pos, end + 1)
        while at >= 0:
            close = original.find("}}", at + 2, at + _MAX_EXPRESSION)
            if close >= 0 and run.text[at - run.start] != "{":
                if at > pos:
                    shown.append(DraftRun(pos, run.text[pos - run.start : at - run.start], 1))
                shown.append(DraftRun(at, original[at : close + 2], 0))
                pos = at + 1
            at = original.find("{{", at + 2, end + 1)
        if pos < end:
            shown.append(DraftRun(pos, run.text[pos - run.start :], 1))
    return shown


def _split(run: DraftRun, spans: list[_Span], span_starts: list[int]) -> list[Piece]:
    """A run cut where the highlights start and end."""
    if run.step == 0:
        at = bisect.bisect_right(span_starts, run.start) - 1
        if at >= 0 and spans[at].start <= run.start < spans[at].end:
            return [Piece(run.text, spans[at].mark, spans[at].title)]
        return [Piece(run.text)]
    pieces: list[Piece] = []
    pos, end = run.start, run.start + len(run.text)
    at = max(0, bisect.bisect_right(span_starts, pos) - 1)
    while pos < end:
        while at < len(spans) and spans[at].end <= pos:
            at += 1
        if at < len(spans) and spans[at].start <= pos:
            span = spans[at]
            stop = min(end, span.end)
            text = run.text[pos - run.start : stop - run.start]
            pieces.append(Piece(text, span.mark, span.title))
        else:
            stop = min(end, spans[at].start) if at < len(spans) else end
            pieces.append(Piece(run.text[pos - run.start : stop - run.start]))
        pos = stop
    return pieces


def _lines(runs: list[DraftRun], spans: list[_Span], starts: list[int], offset: int):
    """Draft lines with their file line labels; blank stretches shrink to one line."""
    span_starts = [s.start for s in spans]
    lines: list[DraftLine] = []
    current = DraftLine("")
    first: int | None = None
    last: int | None = None

    def close() -> None:
        nonlocal current, first, last
        if first is not None:
            a = bisect.bisect_right(starts, first) + offset
            b = bisect.bisect_right(starts, last if last is not None else first) + offset
            current.label = str(a) if a == b else f"{a}\u2013{b}"
        blank = not "".join(p.text for p in current.pieces).strip()
        if not (blank and (not lines or not lines[-1].pieces)):
            lines.append(current if not blank else DraftLine(""))
        current, first, last = DraftLine(""), None, None

    for run in runs:
        for piece_start, piece in _with_offsets(run, _split(run, spans, span_starts)):
            parts = piece.text.split("\n")
            position = piece_start
            for index, part in enumerate(parts):
                if index:
                    close()
                if part:
                    current.pieces.append(Piece(part, piece.mark, piece.title))
                    if part.strip():
                        lead = len(part) - len(part.lstrip())
                        here = position + lead * run.step
                        first = here if first is None else first
                        last = position + (len(part.rstrip()) - 1) * run.step
                position += (len(part) + 1) * run.step
    close()
    while lines and not lines[-1].pieces:
        lines.pop()
    return lines


def _with_offsets(run: DraftRun, pieces: list[Piece]):
    """Each piece with the original offset of its first character."""
    position = run.start
    for piece in pieces:
        yield position, piece
        position += len(piece.text) * run.step


def draft_view(result: FileResult) -> DraftView | None:
    """The draft of one result laid out for the report; None when there is none to
    show (an unreadable file, an archive message whose text was not kept)."""
    if result.error or not result.original or not any(result.drafts):
        return None
    starts = _line_starts(result.original)
    spans = _finding_spans(result, starts)
    elementary = _elementary(spans)
    drafts = [runs for runs in result.drafts if runs]
    runs = drafts[0] if len({tuple(r) for r in drafts}) == 1 else _union(drafts)
    shown_runs = _with_placeholders(runs, result.original)
    lines = _lines(shown_runs, elementary, starts, result.line_offset)
    placed = {id(f) for f, start, end in spans if any(_touches(r, start, end) for r in runs)}
    outside = [f for f in result.findings if id(f) not in placed]
    text = "\n".join("".join(p.text for p in line.pieces) for line in lines)
    # Control and bidi characters from the input are shown as visible stand-ins.
    for line in lines:
        line.pieces = [replace(p, text=shown(p.text)) for p in line.pieces]
    quoted = [shown(q) for q in result.quoted.strip().splitlines()]
    return DraftView(
        lines=lines,
        quoted=quoted,
        quoted_open=len(quoted) <= _OPEN_QUOTED_LINES,
        outside=outside,
        folded=_normal(text) != _normal(result.original),
    )


def _normal(text: str) -> str:
    """Text compared line by line, trailing spaces and blank stretches aside."""
    lines = [line.rstrip() for line in _LINE_BREAK.split(text.strip())]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def _touches(run: DraftRun, start: int, end: int) -> bool:
    if run.step == 0:
        return start <= run.start < end
    return run.start < end and start < run.start + len(run.text)
