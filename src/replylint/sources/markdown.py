"""Markdown: the prose only, with positions kept.

Code (fenced, indented, inline), link targets, images, link definitions,
autolinks, raw HTML tags and HTML comments are not the agent's words. Front
matter (YAML `---` or TOML `+++`) may declare `lang` and `context`.
"""

from __future__ import annotations

import re
import sys

from replylint.sources.derived import Derived, without_ranges

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK_TARGET = re.compile(r"(?<=\])(\([^)\n]*\)|\[[^\]\n]*\])")
_LINK_BRACKETS = re.compile(r"\[(?=[^\]\n]*\]\()|(?<=[^\\])\](?=\()")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>")
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


def _inline_ranges(text: str, block_ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for pattern in (_HTML_COMMENT, _INLINE_CODE, _IMAGE, _AUTOLINK, _LINK_TARGET, _HTML_TAG):
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            if not any(s <= span[0] < e for s, e in block_ranges + found):
                found.append(span)
    for match in _LINK_BRACKETS.finditer(text):
        found.append((match.start(), match.end()))
    return found
