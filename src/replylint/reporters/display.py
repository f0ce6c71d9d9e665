"""Text from drafts and file names, made safe to show to a person.

A draft line or a file name can carry terminal escapes (OSC sequences set the
window title or make hyperlinks), bidirectional overrides (U+202E makes text read
backwards) and, on a GitHub Actions runner, a `::error …::` line that the runner
would take as a workflow command. Human-readable output passes every such string
through `shown()`: each control character becomes one visible character (the
Unicode control pictures, U+FFFD for C1 and bidi controls), so columns and caret
underlines stay where they were.
"""

from __future__ import annotations

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_TABLE: dict[int, int] = {code: 0x2400 + code for code in range(0x20) if code != 0x09}
_TABLE[0x7F] = 0x2421
_TABLE.update({code: 0xFFFD for code in range(0x80, 0xA0)})
_TABLE.update({ord(ch): 0xFFFD for ch in _BIDI_CONTROLS})
_TABLE.update({code: 0xFFFD for code in (0xFFFE, 0xFFFF)})
_RATIO = "\u2236"  # looks like ':' but no runner reads it as one


def shown(text: str) -> str:
    """`text` with every control, bidi and non-character as one visible character;
    lone surrogates (undecodable bytes of a file name) become U+FFFD."""
    text = text.translate(_TABLE)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def shown_line(text: str) -> str:
    """`shown(text)` for a string that starts an output line: a leading `::` (after
    spaces) is a GitHub Actions workflow command, so its first colon is swapped for
    a look-alike."""
    text = shown(text)
    stripped = text.lstrip()
    if stripped.startswith("::"):
        at = len(text) - len(stripped)
        text = text[:at] + _RATIO + text[at + 1 :]
    return text
