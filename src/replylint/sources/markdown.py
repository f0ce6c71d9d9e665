"""Markdown: the prose only, with positions kept.

Code (fenced, indented, inline), link targets, images, link definitions,
autolinks, raw HTML tags and HTML comments are not the agent's words. Front
matter (YAML `---` or TOML `+++`) may declare `lang` and `context`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from replylint.sources.derived import Derived, without_ranges

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
# Each inline pattern starts at a delimiter its body cannot contain, so a scan from one
# start stops at the next start: many openers without a closer stay linear, not quadratic.
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK_TARGET = re.compile(r"(?<=\])(\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\[\]\n]*\])")
_LINK_BRACKETS = re.compile(r"\[(?=[^\[\]\n]*\]\()|(?<=[^\\])\](?=\()")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]+>")
_BACKTICKS = re.compile(r"`+")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_FRONT_KEY = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Declared keys and the offset where the body starts (0 when there is none)."""
    for fence, parse in (("---", _parse_yaml_like), ("+++", _parse_toml)):
        if not text.startswith(fence + "\n") and not text.startswith(fence + "\r\n"):
            continue
        close = re.search(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*\r?$", text[3:], re.MULTILINE)
        if close is None or close.start() == 0:
            return {}, 0
        body = text[text.index("\n") + 1 : 3 + close.start()]
        end = 3 + close.end()
        end = text.find("\n", end - 1) + 1 if "\n" in text[end - 1 :] else len(text)
        return parse(body), end
    return {}, 0


def _parse_yaml_like(body: str) -> dict[str, str]:
    """Top-level `key: value` pairs; enough for `lang` and `context` without a YAML parser."""
    values = {}
    for line in body.splitlines():
        match = _FRONT_KEY.match(line)
        if match and not line.startswith((" ", "\t")):
            values[match.group(1).lower()] = match.group(2).strip("'\"")
    return values


def _parse_toml(body: str) -> dict[str, str]:
    try:
        data = tomllib.loads(body)
    except (tomllib.TOMLDecodeError, RecursionError):
        return {}
    return {str(k).lower(): str(v) for k, v in data.items() if isinstance(v, str | int)}


def markdown_prose(text: str) -> tuple[Derived, dict[str, str]]:
    """The prose of a Markdown document and its front-matter declarations."""
    declared, body_start = front_matter(text)
    ranges: list[tuple[int, int]] = [(0, body_start)] if body_start else []
    offset = body_start
    fence: str | None = None
    previous_blank = True
    in_indented = False
    for line in text[body_start:].splitlines(keepends=True):
        start, end = offset, offset + len(line)
        offset = end
        stripped = line.strip()
        opening = _FENCE.match(line)
        if fence is not None:
            ranges.append((start, end))
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            ranges.append((start, end))
            continue
        if stripped and _INDENTED.match(line) and (previous_blank or in_indented):
            in_indented = True
            ranges.append((start, end))
            continue
        in_indented = in_indented and not stripped
        if _LINK_DEFINITION.match(line):
            ranges.append((start, end))
        previous_blank = not stripped
    prose_ranges = ranges + _inline_ranges(text, ranges)
    return without_ranges(text, prose_ranges), declared


def _html_comments(text: str) -> Iterator[tuple[int, int]]:
    """`<!-- … -->` spans; once one has no `-->` after it, no later one can close."""
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        position = end + 3
        yield start, position


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """Inline code: a run of N backticks up to the next run of exactly N (CommonMark).

    Runs are indexed by length, so finding each closer is a step along one list and
    a run that is never closed costs nothing more: linear in the number of runs."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    cursor = dict.fromkeys(by_length, 0)
    index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        while cursor[end - start] < len(same) and same[cursor[end - start]] <= index:
            cursor[end - start] += 1
        if cursor[end - start] >= len(same):
            index += 1  # never closed: literal backticks
            continue
        closer = same[cursor[end - start]]
        yield start, runs[closer][1]
        index = closer + 1


def _pattern_spans(pattern: re.Pattern[str]):
    return lambda text: ((m.start(), m.end()) for m in pattern.finditer(text))


_INLINE_READERS = (
    _html_comments,
    _code_spans,
    _pattern_spans(_IMAGE),
    _pattern_spans(_AUTOLINK),
    _pattern_spans(_LINK_TARGET),
    _pattern_spans(_HTML_TAG),
)


def _inline_ranges(text: str, block_ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inline spans that are not prose, in precedence order: a span starting inside an
    earlier one (or inside a code block) is not a span. A coverage map answers that in
    constant time, where comparing every pair of spans was quadratic."""
    covered = bytearray(len(text) + 1)
    for start, end in block_ranges:
        covered[start:end] = b"\x01" * (end - start)
    found: list[tuple[int, int]] = []
    for reader in _INLINE_READERS:
        accepted = []
        for start, end in reader(text):
            if not covered[start]:
                accepted.append((start, end))
        for start, end in accepted:  # marked after the pass, as one pattern's matches
            covered[start:end] = b"\x01" * (end - start)  # never shadow each other
        found.extend(accepted)
    for match in _LINK_BRACKETS.finditer(text):
        found.append((match.start(), match.end()))
    return found
