"""RFC 5322 messages: the draft is the text/plain part (else text/html), decoded.

Transfer encodings and charsets are undone, and positions are given in the
message as it reads with its text part decoded in place: headers and lines
before the part are the file's, the part's lines are the decoded ones. A reason
then quotes the words the customer will read ("desværre", not "desv=C3=A6rre"),
and the same draft gets the same positions whether it was sent as 8bit,
quoted-printable or base64.
"""

from __future__ import annotations

import binascii
import codecs
import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import Message

from replylint.sources.derived import Derived

# gb2312 and gbk messages often use characters only their superset knows.
_CHARSET_UPGRADES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
_FALLBACK_CHARSET = "windows-1252"
# No charset needs more bytes than this for one character (ISO-2022 escapes need 4).
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
_KNOWN_HEADERS = re.compile(
    rb"^(?:from|to|cc|subject|date|message-id|mime-version|content-type|received|return-path"
    rb"|reply-to|in-reply-to|references|x-[!-9;-~]+|content-transfer-encoding|delivered-to):",
    re.IGNORECASE,
)


class MessageError(Exception):
    """A message with no text to check; the message says why in one line."""


@dataclass
class MessageText:
    """The decoded body part and how it maps back into the file."""

    text: Derived
    original: str
    subtype: str  # "plain" or "html"
    content_language: str | None
    notices: list[str] = field(default_factory=list)


def _header(message: Message, name: str, default: str = "") -> str:
    """A header as text; compat32 gives a Header object when it holds raw 8-bit bytes."""
    value = message.get(name)
    return default if value is None else str(value)


def looks_like_message(data: bytes) -> bool:
    """Header lines first, at least two of them well-known: an e-mail on stdin."""
    head = data[:8192].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    lines = [line for line in head.splitlines() if line and not line[:1].isspace()]
    if not lines or not _HEADER_LINE.match(lines[0]):
        return False
    return sum(1 for line in lines if _KNOWN_HEADERS.match(line)) >= 2


def _text_parts(message: Message):
    """Text parts in order, not descending into attached messages, skipping attachments."""
    if message.is_multipart():
        for part in message.get_payload() or []:
            if isinstance(part, Message) and part.get_content_maintype() != "message":
                yield from _text_parts(part)
        return
    disposition = _header(message, "Content-Disposition").lower()
    if message.get_content_maintype() == "text" and not disposition.startswith("attachment"):
        yield message


def _codec(charset: str | None, notices: list[str]) -> str | None:
    """The Python codec for a declared charset, if it is a text encoding one could mail.

    codecs.lookup() also knows bytes-to-bytes transforms (`zlib_codec`, `bz2_codec`,
    `base64_codec`), str-to-str ones (`rot13`) and Python's own escape formats; none
    is a charset, and the compressors turn a small message into gigabytes."""
    if not charset:
        return None
    name = _CHARSET_UPGRADES.get(charset.lower().strip(), charset.lower().strip())
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # unknown, or not even a name (NUL bytes)
        info = None
    if info is None or not _is_charset(info):
        notices.append(f"unknown charset {charset[:40]!r}; decoded best-effort")
        return None
    return info.name


_PYTHON_ONLY_CODECS = {"unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined"}


def _is_charset(info: codecs.CodecInfo) -> bool:
    text_encoding = getattr(info, "_is_text_encoding", True)
    return text_encoding and info.name.replace("_", "-") not in _PYTHON_ONLY_CODECS


def _decode(payload: bytes, charset: str | None, notices: list[str]) -> str:
    """Decode the part's bytes: its charset, else UTF-8, else windows-1252, with a notice."""
    candidates = [charset] if charset else []
    candidates += [c for c in ("utf-8", _FALLBACK_CHARSET) if c not in candidates]
    for position, name in enumerate(candidates):
        try:
            decoded = payload.decode(name)
        except UnicodeError:  # UnicodeDecodeError, or UTF-16/32 text without its BOM
            continue
        if position and charset:
            notices.append(f"part is not valid {charset}; decoded as {name}")
        elif position and not charset and name != "utf-8":
            notices.append(f"no charset declared; decoded as {name}")
        return decoded
    notices.append(f"part is not valid {charset or 'utf-8'}; undecodable bytes replaced")
    try:
        return payload.decode(charset or "utf-8", errors="replace")
    except UnicodeError:  # raised whatever `errors` says (a missing BOM)
        return payload.decode("utf-8", errors="replace")


def _quoted_printable(body: str) -> bytes:
    """Undo quoted-printable: `=XX` escapes and soft line breaks; stray `=` kept as is."""
    out = bytearray()
    for line in body.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        ending = line[len(content) :]
        soft = content.rstrip(" \t").endswith("=")
        if soft:
            content = content.rstrip(" \t")[:-1]
        i = 0
        while i < len(content):
            hex_pair = content[i + 1 : i + 3]
            if (
                content[i] == "="
                and len(hex_pair) == 2
                and all(c in "0123456789abcdefABCDEF" for c in hex_pair)
            ):
                out.append(int(hex_pair, 16))
                i += 3
                continue
            out.extend(content[i].encode("latin-1", errors="replace"))
            i += 1
        if ending and not soft:
            out.append(0x0A)
    return bytes(out)


def _base64(body: str) -> bytes:
    text = "".join(ch for ch in body if ch not in " \t\r\n")
    text = text[: len(text) - len(text) % 4]
    try:
        return binascii.a2b_base64(text.encode("ascii", errors="replace"))
    except binascii.Error as exc:
        raise MessageError(f"broken base64 body: {exc}") from None


_PARAMETER_HEADER = re.compile(rb"^(?:content-type|content-disposition)[ \t]*:", re.I | re.M)
# The standard library splits header parameters (`; charset=…; boundary=…`) with a
# quadratic loop: 400,000 `;` inside quotes take 92 s. Real ones are a few hundred bytes.
MAX_PARAMETER_HEADER_BYTES = 8192


def _check_parameter_headers(data: bytes) -> None:
    """Refuse a message (or part) whose Content-Type or Content-Disposition, with its
    folded lines, is longer than any real one, before the standard library parses it."""
    for match in _PARAMETER_HEADER.finditer(data):
        end = match.end()
        while True:
            newline = data.find(b"\n", end)
            if newline < 0 or data[newline + 1 : newline + 2] not in (b" ", b"\t"):
                end = len(data) if newline < 0 else newline
                break
            end = newline + 1
            if end - match.start() > MAX_PARAMETER_HEADER_BYTES:
                break
        if end - match.start() > MAX_PARAMETER_HEADER_BYTES:
            name = match.group().rstrip(b": \t").decode("ascii", "replace")
            raise MessageError(
                f"{name} header over {MAX_PARAMETER_HEADER_BYTES} bytes; not a real message"
            )


def read_message(data: bytes) -> MessageText:
    """The text to lint from a message's bytes, and its positions in the file."""
    _check_parameter_headers(data)
    raw = data.decode("latin-1")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    notices = [f"malformed message: {type(d).__name__}" for d in message.defects][:3]
    parts = list(_text_parts(message))
    plain = [p for p in parts if p.get_content_subtype() == "plain"]
    html = [p for p in parts if p.get_content_subtype() == "html"]
    if not plain and not html:
        raise MessageError("no text/plain or text/html part to check")
    part = (plain or html)[0]
    # The raw payload as parsed (bytes above 0x7f kept as surrogate escapes);
    # get_payload() would already have decoded an 8-bit body with its charset.
    body = getattr(part, "_payload", None)
    if not isinstance(body, str):
        raise MessageError("unreadable message body")
    body_raw = body.encode("ascii", "surrogateescape").decode("latin-1")
    start = raw.find(body_raw) if body_raw else -1
    if start < 0:
        notices.append("could not locate the body in the file; positions point at line 1")
        start = 0
    encoding = _header(part, "Content-Transfer-Encoding", "7bit").strip().lower()
    charset = _codec(part.get_content_charset(), notices)
    if encoding == "quoted-printable":
        payload = _quoted_printable(body_raw)
    elif encoding == "base64":
        payload = _base64(body_raw)
    else:
        payload = body_raw.encode("latin-1")
    text = _decode(payload, charset, notices)
    if encoding in ("quoted-printable", "base64"):
        first = raw.count("\n", 0, start) + 1
        last = first + text.count("\n") - (1 if text.endswith("\n") else 0)
        notices.append(
            f"{encoding} part decoded: lines {first}-{last} are its decoded text, "
            "not the encoded lines of the file"
        )
    # The decoded part stands in the file's place, so columns count its characters.
    original = raw[:start] + text + raw[start + len(body_raw) :]
    char_origin = list(range(start, start + len(text)))
    language = (_header(part, "Content-Language") or _header(message, "Content-Language")).strip()
    return MessageText(
        Derived(text, char_origin),
        original,
        part.get_content_subtype(),
        language.split(",")[0].split("-")[0].lower() or None,
        notices,
    )
