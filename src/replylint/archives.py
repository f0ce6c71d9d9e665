"""Mail archives: an mbox file is read message by message, a Maildir is a directory
whose `cur/` and `new/` hold one message per file.

An mbox is streamed: one message is in memory at a time, and a message over the
size limit is counted past rather than held, so a sent-mail archive of any size
is checked in bounded memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# A "From " line opens a message at the start of the file or after a blank line
# (mutt, Thunderbird, git format-patch and Python's mailbox all write it so).
_FROM_LINE = b"From "
# mboxrd and mboxo writers quote body lines starting with "From " as ">From ".
_QUOTED_FROM = re.compile(rb"^>(>*From )")
_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*?)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_HEADER = re.compile(rb"^[!-9;-~]+:")
_HEAD_LIMIT = 64 * 1024


@dataclass
class ArchiveMessage:
    """One message of an archive: where it starts and what it holds."""

    index: int  # 1-based position in the archive
    line: int  # the archive line of its first header line
    data: bytes  # the message (empty when it was over the size limit)
    size: int  # its size in bytes, also when it was not kept
    message_id: str | None = None


def looks_like_mbox(head: bytes) -> bool:
    """A "From " line followed by a header line: an mbox (or a git format-patch file)."""
    if not head.startswith(_FROM_LINE):
        return False
    lines = head.split(b"\n", 2)
    return len(lines) > 1 and bool(_HEADER.match(lines[1]))


def message_id(head: bytes) -> str | None:
    """The Message-ID in a message's header block."""
    match = _MESSAGE_ID.search(head)
    return (match.group(1).decode("ascii", "replace") or None) if match else None


def read_mbox(lines: Iterable[bytes], max_bytes: int) -> Iterator[ArchiveMessage]:
    """The messages of an mbox given as its lines (a binary file iterates so)."""
    index = 0
    current: list[bytes] = []
    head: list[bytes] = []  # the header block, kept even for an oversized message
    in_head = True
    size = 0
    start = 0
    previous_blank = True

    def finish() -> ArchiveMessage:
        data = b"".join(current) if size <= max_bytes else b""
        # The blank line before the next "From " belongs to the archive, not the message.
        if data.endswith(b"\r\n\r\n"):
            data = data[:-2]
        elif data.endswith(b"\n\n"):
            data = data[:-1]
        return ArchiveMessage(index, start, data, size, message_id(b"".join(head)))

    for number, line in enumerate(lines, 1):
        if line.startswith(_FROM_LINE) and previous_blank:
            if index:
                yield finish()
            index += 1
            current, head, in_head, size, start = [], [], True, 0, number + 1
            previous_blank = False
            continue
        previous_blank = line in (b"\n", b"\r\n")
        if not index:
            continue  # text before the first "From " line is no message
        in_head = in_head and not previous_blank and size < _HEAD_LIMIT
        if in_head:
            head.append(line)
        size += len(line)
        if size <= max_bytes:
            current.append(_QUOTED_FROM.sub(rb"\1", line))
        else:
            current = []
    if index:
        yield finish()


def is_maildir(directory: Path) -> bool:
    """A Maildir (or Maildir++ folder): `cur` and `new` side by side."""
    return (directory / "cur").is_dir() and (directory / "new").is_dir()


def in_maildir(path: Path) -> bool:
    """A message file of a Maildir: it lies in `cur/` or `new/` of one."""
    return path.parent.name in ("cur", "new") and is_maildir(path.parent.parent)
