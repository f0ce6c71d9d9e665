"""HTML to text with every character traced back to its line and column.

Uses replylint's linear-time tokenizer (`html_tokens`): nothing is fetched, no script
runs. Block elements and <br> become line breaks (sentence boundaries), entities
are decoded, whitespace collapses as a browser would. <script>, <style>, <head>
and hidden elements are dropped; <blockquote>, Gmail's `gmail_quote`, Outlook's
reply header (`divRplyFwdMsg`, `appendonsend`) and Thunderbird's `moz-cite-prefix`
start quoted context; `gmail_signature` / `moz-signature` are the signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from replylint.sources.html_tokens import tokenize

_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "hr",
    "pre",
    "dd",
    "dt",
    "dl",
    "address",
    "center",
    "td",
    "th",
    "tbody",
    "thead",
    "body",
    "html",
    "main",
    "aside",
    "nav",
}
_DROPPED = {"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe"}
_VOID = {
    "br",
    "img",
    "hr",
    "meta",
    "link",
    "input",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "source",
    "track",
    "wbr",
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_QUOTE_CLASSES = {"gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote"}
_QUOTE_FROM_HERE_IDS = {"divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container"}
_SIGNATURE_CLASSES = {"gmail_signature", "moz-signature"}
MAX_DEPTH = 500


@dataclass
class ExtractedText:
    """Draft, quoted and signature text; `origin[i]` is draft char i's offset in the HTML."""

    draft: str
    origin: list[int]
    quoted: str
    signature: str
    notices: list[str] = field(default_factory=list)
    lang: str | None = None  # <html lang="zh-TW"> as "zh": a hint, like Content-Language


class _Extractor:
    def __init__(self, source: str) -> None:
        self._position = 0
        self._stack: list[tuple[str, str]] = []  # (tag, role) role: drop|quote|sig|""
        self._quote_rest = False
        self.draft: list[str] = []
        self.origin: list[int] = []
        self.quoted: list[str] = []
        self.signature: list[str] = []
        self.too_deep = False
        self.lang: str | None = None

    def _offset(self) -> int:
        return self._position

    def feed(self, source: str) -> None:
        for token in tokenize(source):
            self._position = token.offset
            if token.kind == "start":
                if token.self_closing:
                    self.handle_startendtag(token.tag, token.attrs)
                else:
                    self.handle_starttag(token.tag, token.attrs)
            elif token.kind == "end":
                self.handle_endtag(token.tag)
            elif token.kind == "data":
                self.handle_data(token.text)
            elif token.kind == "reference":
                self._emit(token.text, [token.offset] * len(token.text))

    def _role(self) -> str:
        roles = {role for _, role in self._stack}
        for role in ("drop", "quote", "sig"):
            if role in roles:
                return role
        return "quote" if self._quote_rest else ""

    def _emit(self, text: str, offsets: list[int]) -> None:
        role = self._role()
        if role == "drop":
            return
        if role in ("quote", "sig"):
            (self.quoted if role == "quote" else self.signature).append(text)
            return
        for ch, off in zip(text, offsets, strict=True):
            if ch.isspace():
                if not self.draft or self.draft[-1] in " \n":
                    continue
                ch = " "
            self.draft.append(ch)
            self.origin.append(off)

    def _break(self) -> None:
        role = self._role()
        if role == "":
            while self.draft and self.draft[-1] == " ":
                self.draft.pop()
                self.origin.pop()
            if self.draft and self.draft[-1] != "\n":
                self.draft.append("\n")
                self.origin.append(self._offset())
        elif role in ("quote", "sig"):
            (self.quoted if role == "quote" else self.signature).append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and self.lang is None and values.get("lang", "").strip():
            self.lang = values["lang"].strip().split("-")[0].split("_")[0].lower()
        classes = set(values.get("class", "").lower().split())
        element_id = values.get("id", "").lower()
        if element_id in _QUOTE_FROM_HERE_IDS:
            self._break()
            self._quote_rest = True
        if tag in _BLOCK:
            self._break()
        if tag in _VOID:
            return
        if len(self._stack) >= MAX_DEPTH:
            self.too_deep = True
            return
        role = ""
        if tag in _DROPPED or "hidden" in values or _HIDDEN_STYLE.search(values.get("style", "")):
            role = "drop"
        elif tag == "blockquote" or classes & _QUOTE_CLASSES:
            role = "quote"
        elif classes & _SIGNATURE_CLASSES:
            role = "sig"
        self._stack.append((tag, role))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._break()
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                del self._stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self._emit(data, list(range(start, start + len(data))))


def extract_text(source: str) -> ExtractedText:
    """Readable text of an HTML document, split into draft, quoted and signature."""
    parser = _Extractor(source)
    parser.feed(source)
    draft, origin = parser.draft, parser.origin
    while draft and draft[-1].isspace():
        draft.pop()
        origin.pop()
    notices = []
    if parser.too_deep:
        notices.append(f"HTML nested deeper than {MAX_DEPTH} elements; the excess was flattened")
    return ExtractedText(
        "".join(draft),
        origin,
        _tidy("".join(parser.quoted)),
        _tidy("".join(parser.signature)),
        notices,
        parser.lang,
    )


def _tidy(text: str) -> str:
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
