"""Plain-text drafts: split the agent's words from quotes, forwards and signature.

Everything here is structural and language-independent; language-specific
sign-off blocks are trimmed later, once the language is known.
"""

from __future__ import annotations

import re

from replylint.document import Document, DraftBuilder
from replylint.sources.quote_headers import BANNER, is_attribution_line, is_outlook_header
from replylint.suppressions import is_marker_line

_SIGNATURE_DELIMITER = re.compile(r"^--[ \t]?$")


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _is_attribution(lines: list[str], index: int) -> bool:
    """A line ending in a colon followed by quoted lines ("On … wrote:", "Den … skrev:")."""
    stripped = lines[index].rstrip()
    if not stripped or stripped[-1] not in ":：" or _is_quoted(stripped):
        return False
    for following in lines[index + 1 :]:
        if following.strip():
            return _is_quoted(following)
    return False


def read_plain_text(text: str, path: str) -> Document:
    """Split a plain-text reply into draft, quoted context and signature."""
    lines = text.splitlines(keepends=True)
    builder = DraftBuilder()
    quoted: list[str] = []
    signature: list[str] = []
    offset = 0
    state = "draft"
    for index, raw in enumerate(lines):
        content = raw.rstrip("\r\n")
        if state == "draft" and _SIGNATURE_DELIMITER.match(content):
            state = "signature"
        elif state in ("draft", "signature") and (
            BANNER.match(content)
            or is_outlook_header(lines, index)
            or (is_attribution_line(content) and not _is_attribution(lines, index))
        ):
            state = "forwarded"  # a forward or quoted history, also below a signature
        if is_marker_line(content):
            pass  # a suppression marker: neither draft nor context
        elif state == "forwarded" or _is_quoted(content) or _is_attribution(lines, index):
            # Quotes stay the customer's words even below the agent's signature.
            quoted.append(content.lstrip().lstrip(">").strip() if _is_quoted(content) else content)
        elif state == "signature":
            signature.append(content)
        else:
            builder.add(content, offset)
        builder.add_synthetic("\n", offset + len(content))
        offset += len(raw)
    draft, origin = builder.build()
    return Document(
        path=path,
        original=text,
        draft=draft,
        origin=origin,
        quoted="\n".join(quoted),
        signature="\n".join(signature),
    )
