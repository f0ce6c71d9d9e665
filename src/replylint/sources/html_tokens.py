"""A linear-time HTML tokenizer with source offsets, for the HTML reader.

The standard library's `html.parser` rescans the rest of the document for every
construct left open (`<a ` without `>`, `<!--` without `-->`, `<!`, `&amp` without
`;`): quadratic, 33 s for 60 KB (the CVE-2025-6069 class, unfixed in older Pythons).
The maintained HTML5 parsers on PyPI (html5lib, selectolax) build a tree but do not
report where each character came from, which findings need. So this follows the
HTML5 tokenizer's rules for what ends each construct, with every search going
forward only: an unclosed comment or tag runs to the end of the input, as in a
browser, and nothing is scanned twice.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"}
_TAG_NAME = re.compile(r"[A-Za-z][^\s/>]*")
_TAG_STOP = re.compile(r"""[>"']""")
_ATTRIBUTE = re.compile(
    r"""([^\s/>"'=][^\s/>"'=]*|=[^\s/>"'=]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?"""
)
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,10};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
)


@dataclass
class Token:
    """kind: start, end, data, reference (decoded in `text`), ignored (comment, doctype)."""

    kind: str
    offset: int
    text: str = ""
    tag: str = ""
    attrs: list[tuple[str, str]] = field(default_factory=list)
    self_closing: bool = False


def _tag_end(source: str, position: int) -> int:
    """Where the tag whose attributes start at `position` ends (after its `>`), or -1 when
    the input ends first. Quoted values may hold `>`; every search goes forward."""
    while (stop := _TAG_STOP.search(source, position)) is not None:
        if stop.group() == ">":
            return stop.end()
        closing = source.find(stop.group(), stop.end())
        if closing < 0:
            return -1
        position = closing + 1
    return -1


def _attributes(rest: str) -> tuple[list[tuple[str, str]], bool]:
    attrs = []
    for match in _ATTRIBUTE.finditer(rest):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        attrs.append((match.group(1).lower(), html.unescape(value)))
    return attrs, rest.rstrip().endswith("/")


def tokenize(source: str) -> Iterator[Token]:
    """Tokens in document order; their offsets and texts cover the source left to right."""
    position, length = 0, len(source)
    while position < length:
        special = _next_special(source, position)
        if special > position:
            yield Token("data", position, source[position:special])
            position = special
            if position >= length:
                return
        if source[position] == "&":
            match = _CHARACTER_REFERENCE.match(source, position)
            if match:
                yield Token("reference", position, html.unescape(match.group()))
                position = match.end()
            else:
                yield Token("data", position, "&")
                position += 1
            continue
        position = yield from _markup(source, position)


_SPECIAL = re.compile(r"[<&]")


def _next_special(source: str, position: int) -> int:
    """The next `<` or `&`: one forward search that stops at whichever comes first."""
    match = _SPECIAL.search(source, position)
    return match.start() if match else len(source)


def _markup(source: str, start: int) -> Iterator[Token]:
    """The construct at `<`; returns where the text after it starts."""
    length = len(source)
    after = source[start + 1 : start + 2]
    if source.startswith("<!--", start):
        end = source.find("-->", start + 4)
        yield Token("ignored", start)
        return length if end < 0 else end + 3
    if after in ("!", "?") or (after == "/" and not _TAG_NAME.match(source, start + 2)):
        if source.startswith("</>", start):
            return start + 3
        end = source.find(">", start + 2)  # doctype, bogus comment, `</3`
        yield Token("ignored", start)
        return length if end < 0 else end + 1
    closing = after == "/"
    name = _TAG_NAME.match(source, start + (2 if closing else 1))
    if name is None:
        yield Token("data", start, "<")
        return start + 1
    end = _tag_end(source, name.end())
    if end < 0:
        return length  # a tag open at the end of the input is dropped, as browsers do
    tag = name.group().lower()
    if closing:
        yield Token("end", start, tag=tag)
        return end
    attrs, self_closing = _attributes(source[name.end() : end - 1])
    yield Token("start", start, tag=tag, attrs=attrs, self_closing=self_closing)
    position = end
    if tag in _RAW_TEXT and not self_closing:
        closer = re.compile(rf"</{re.escape(tag)}[\s/>]", re.IGNORECASE).search(source, position)
        stop = length if closer is None else closer.start()
        if stop > position:
            yield Token("data", position, source[position:stop])
        position = stop
    return position
