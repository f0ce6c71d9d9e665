"""Readers turn an input (file, stdin) into a Document; one module per format."""

from __future__ import annotations

from pathlib import Path

from replylint.document import Document
from replylint.sources.plain import read_plain_text

SUPPORTED_SUFFIXES = (".txt",)

# Large enough for any real reply, small enough that a stray log file does not
# stall a pre-send hook.
MAX_FILE_BYTES = 5 * 1024 * 1024


class SourceError(Exception):
    """An input that cannot be checked; the message is one line naming the problem."""


def decode_text(data: bytes) -> str:
    """Decode a draft's bytes as UTF-8 (a BOM is allowed) or raise SourceError."""
    if b"\x00" in data:
        raise SourceError("binary data (NUL bytes), not a text draft")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None


def read_bytes(data: bytes, path: str) -> Document:
    """Build a Document from raw bytes of a plain-text draft."""
    if len(data) > MAX_FILE_BYTES:
        raise SourceError(f"file is {len(data)} bytes, over the {MAX_FILE_BYTES}-byte limit")
    text = decode_text(data)
    if not text.strip():
        raise SourceError("empty draft: nothing to check")
    return read_plain_text(text, path)


def read_path(path: Path, shown_as: str | None = None) -> Document:
    """Read a draft file from disk."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None
    return read_bytes(data, shown_as or str(path))
