"""Readers turn an input (file, stdin) into Documents; one module per format.

A plain, HTML, Markdown or e-mail input gives one Document; a Jinja2 template
gives one per alternative text its branches can produce.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

from replylint.document import Document, remap
from replylint.files import UnreadableFile, over_limit, read_regular
from replylint.sources.plain import read_plain_text

# The other readers (e-mail, HTML, Markdown, Jinja2, git patches) are imported by the
# functions that use them: a run over .txt drafts never pays for the email package,
# the HTML parser or Jinja2.

FORMATS = ("text", "eml", "html", "markdown", "jinja")  # per document; "mbox" holds many
_SUFFIX_FORMATS = {
    ".txt": "text",
    ".eml": "eml",
    ".mbox": "mbox",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".j2": "jinja",
    ".jinja": "jinja",
    ".jinja2": "jinja",
}
SUPPORTED_SUFFIXES = tuple(_SUFFIX_FORMATS)
DEFAULT_TEMPLATE_GLOBS: tuple[str, ...] = ()

# Large enough for any real reply, small enough that a stray log file does not
# stall a pre-send hook.
MAX_FILE_BYTES = 5 * 1024 * 1024


class SourceError(Exception):
    """An input that cannot be checked; the message is one line naming the problem."""


class NothingToCheck(SourceError):
    """An input with no draft text (an empty file, only quotes or markup): a notice in
    `check`, since a template repository's `.keep.txt` is not a failure."""


def format_of(name: str, template_globs: tuple[str, ...] = DEFAULT_TEMPLATE_GLOBS) -> str | None:
    """The reader for a file name, or None when replylint does not read such files."""
    base = Path(name).name.lower()
    if any(fnmatch.fnmatch(base, g.lower()) or fnmatch.fnmatch(name, g) for g in template_globs):
        return "jinja"
    return _SUFFIX_FORMATS.get(Path(base).suffix)


def _inner_format(name: str) -> str:
    """What a template renders to: `reply.html.j2` is HTML, `reply.md.jinja` Markdown."""
    stem_suffix = Path(Path(name).stem).suffix.lower()
    inner = _SUFFIX_FORMATS.get(stem_suffix, "text")
    return inner if inner in ("html", "markdown") else "text"


def _utf32(data: bytes) -> str | None:
    """UTF-32 text: its BOM (whose first two bytes are UTF-16's), or without one, three
    NUL bytes in every four (ASCII-range text). Checked before UTF-16 for that reason."""
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        codec = "utf-32"
    elif len(data) >= 8 and len(data) % 4 == 0:
        columns = [data[i::4] for i in range(4)]
        nul = [c.count(0) > 0.9 * len(c) for c in columns]
        if nul == [False, True, True, True]:
            codec = "utf-32-le"
        elif nul == [True, True, True, False]:
            codec = "utf-32-be"
        else:
            return None
    else:
        return None
    return _decode_wide(data, codec, "UTF-32")


def _utf16(data: bytes) -> str | None:
    """UTF-16 text: a BOM, or (without one) NUL bytes in every other position."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        codec = "utf-16"
    elif len(data) >= 4 and len(data) % 2 == 0:
        even, odd = data[0::2], data[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            codec = "utf-16-le"
        elif even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            codec = "utf-16-be"
        else:
            return None
    else:
        return None
    return _decode_wide(data, codec, "UTF-16")


def _decode_wide(data: bytes, codec: str, name: str) -> str:
    """Decode UTF-16/UTF-32 text whose byte order is known; bad bytes are a SourceError."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise SourceError(f"not valid {name}: bad bytes at offset {exc.start}") from None


def decode_text(data: bytes) -> str:
    """Decode a draft's bytes: UTF-8 (a BOM is allowed), UTF-32 or UTF-16, else SourceError."""
    utf32 = _utf32(data)
    if utf32 is not None:
        return utf32
    utf16 = _utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise SourceError("binary data (NUL bytes), not a text draft")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None


def _from_text(text: str, fmt: str, path: str) -> Document:
    """One Document from decoded text of a plain, HTML or Markdown draft."""
    if fmt == "html":
        from replylint.sources.html_text import extract_text

        extracted = extract_text(text)
        document = remap(read_plain_text(extracted.draft, path), extracted.origin, text)
        document.quoted = "\n".join(p for p in (extracted.quoted, document.quoted) if p)
        document.signature = "\n".join(p for p in (document.signature, extracted.signature) if p)
        document.notices.extend(extracted.notices)
        document.hint_lang = document.hint_lang or extracted.lang
        return document
    if fmt == "markdown":
        from replylint.sources.markdown import markdown_prose

        prose, declared = markdown_prose(text)
        document = remap(read_plain_text(prose.text, path), prose.to_original, text)
        document.declared_lang, document.declared_context = _declarations(declared, document)
        return document
    return read_plain_text(text, path)


def _declarations(declared: dict[str, str], document: Document) -> tuple[str | None, str | None]:
    """Front matter's `lang` and `context`, only when they name something replylint knows:
    the value comes from the draft's author and must never become a file name."""
    from replylint.language import SUPPORTED

    lang = (declared.get("lang") or declared.get("language") or "").strip().lower()
    context = (declared.get("context") or "").strip().lower()
    if lang in ("", "auto"):
        lang = ""
    elif lang not in SUPPORTED:
        document.notices.append(
            f"front matter lang {printable_value(lang)!r} is not a supported language "
            f"({', '.join(SUPPORTED)}); the language is detected instead"
        )
        lang = ""
    if context in ("", "auto"):
        context = ""
    elif context not in ("failure", "neutral"):
        document.notices.append(
            f"front matter context {printable_value(context)!r} is not failure, neutral or "
            "auto; ignored"
        )
        context = ""
    return lang or None, context or None


def printable_value(value: str, limit: int = 40) -> str:
    """A value from the input, shortened for a one-line notice."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _from_message(data: bytes, path: str) -> Document:
    from replylint.sources.email_message import MessageError, read_message
    from replylint.sources.git_patch import prose_of_patch

    try:
        message = read_message(data)
    except MessageError as exc:
        raise SourceError(str(exc)) from None
    fmt = "html" if message.subtype == "html" else "text"
    text = message.text
    if fmt == "text":
        prose = prose_of_patch(text)
        if prose is not None:
            text = prose
            message.notices.append("git patch mail: only its prose is checked, not the patch")
    document = remap(_from_text(text.text, fmt, path), text.to_original, message.original)
    document.hint_lang = message.content_language or document.hint_lang
    document.notices.extend(message.notices)
    return document


def _from_template(
    text: str, path: str, fs_path: Path | None, max_bytes: int = MAX_FILE_BYTES
) -> list[Document]:
    from replylint.sources.jinja_template import TemplateError, TemplateReader

    reader = TemplateReader(fs_path, max_bytes=max(0, max_bytes - len(text)))
    try:
        alternatives = reader.alternatives(text)
    except TemplateError as exc:
        raise SourceError(str(exc)) from None
    inner = _inner_format(path)
    documents = []
    for alternative in alternatives:
        alt_text, alt_origin = alternative.text()
        if not alt_text.strip():
            continue
        document = remap(_from_text(alt_text, inner, path), alt_origin, text)
        if len(alternatives) > 1:
            document.variant = ", ".join(alternative.labels)
        document.notices.extend(reader.notices)
        documents.append(document)
    if not documents:
        raise SourceError("template produces no text in any branch")
    return documents


def _looks_like_message(data: bytes) -> bool:
    from replylint.sources.email_message import looks_like_message

    return looks_like_message(data)


def read_bytes(
    data: bytes,
    path: str,
    fmt: str | None = None,
    fs_path: Path | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[Document]:
    """Documents from raw bytes; `fmt` None means: by file name, else sniffed."""
    if len(data) > max_bytes:
        raise SourceError(over_limit(len(data), max_bytes))
    if not data.strip():
        raise NothingToCheck("empty draft: nothing to check")
    fmt = fmt or format_of(path) or ("eml" if _looks_like_message(data) else "text")
    if fmt == "mbox":
        raise SourceError("an mbox holds many messages: check it with `replylint check FILE`")
    if fmt == "eml":
        documents = [_from_message(data, path)]
    else:
        text = decode_text(data)
        if not text.strip():
            raise NothingToCheck("empty draft: nothing to check")
        if fmt == "jinja":
            documents = _from_template(text, path, fs_path, max_bytes)
        else:
            documents = [_from_text(text, fmt, path)]
    if not any(d.draft.strip() for d in documents):
        raise NothingToCheck("no draft text to check (everything is quoted, code or markup)")
    return documents


def read_path(
    path: Path,
    shown_as: str | None = None,
    fmt: str | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> list[Document]:
    """Read a draft file from disk: a regular file of at most `max_bytes`, read with
    that bound (a FIFO, a device or a file that grows is refused, never waited on)."""
    try:
        data = read_regular(path, max_bytes)
    except UnreadableFile as exc:
        raise SourceError(str(exc)) from None
    return read_bytes(data, shown_as or str(path), fmt=fmt, fs_path=path, max_bytes=max_bytes)
