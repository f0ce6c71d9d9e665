"""Reading input files without trusting them: regular files only, never more than a bound.

A path can name a FIFO (opening it blocks until a writer comes), a device
(`/dev/zero` never ends and reports size 0), or a symlink loop, and it can be
swapped for one of those between a directory walk and the read. So every file
replylint reads is opened without blocking, checked on the open descriptor (not
on the name), and read with a byte limit instead of trusting `st_size`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1 << 16


class UnreadableFile(Exception):
    """A file that cannot be read as a draft, config or template; str() is one line."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket)"
    return "not a regular file"


def over_limit(size: int | None, max_bytes: int) -> str:
    """The one-line refusal for an input larger than `max_bytes`."""
    if size is None:
        return f"file is over the {max_bytes}-byte limit (max-file-size)"
    return f"file is {size} bytes, over the {max_bytes}-byte limit (max-file-size)"


def reason(exc: OSError) -> str:
    """An OSError as the short sentence users know (`Permission denied`)."""
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return exc.strerror or str(exc)


def read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most `max_bytes` from a stream; UnreadableFile when there is more."""
    data = stream.read(max_bytes + 1)
    if data is None:
        data = b""
    if len(data) > max_bytes:
        raise UnreadableFile(over_limit(None, max_bytes))
    return data


def _open_regular_descriptor(path: Path | str) -> tuple[int, os.stat_result]:
    """A blocking descriptor of a regular file and its stat, else UnreadableFile. Opened
    without blocking and checked on the descriptor, so a FIFO is refused, never waited on."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise UnreadableFile(reason(exc)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(_kind(info.st_mode))
        os.set_blocking(descriptor, True)
    except OSError as exc:
        os.close(descriptor)
        raise UnreadableFile(reason(exc)) from None
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor, info


def read_regular(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, else UnreadableFile."""
    descriptor, info = _open_regular_descriptor(path)
    try:
        if info.st_size > max_bytes:
            raise UnreadableFile(over_limit(info.st_size, max_bytes))
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(descriptor, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise UnreadableFile(over_limit(None, max_bytes))
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFile(reason(exc)) from None
    finally:
        os.close(descriptor)


def open_regular(path: Path | str) -> BinaryIO:
    """A regular file opened for streaming (an mbox), else UnreadableFile."""
    descriptor, _ = _open_regular_descriptor(path)
    return os.fdopen(descriptor, "rb")


def read_regular_text(path: Path | str, max_bytes: int) -> str:
    """A regular file's text (UTF-8, a BOM allowed); UnicodeDecodeError as usual."""
    return read_regular(path, max_bytes).decode("utf-8-sig")


def file_kind(path: Path | str) -> str:
    """ "regular", "other" (directory, FIFO, device, socket) or "broken" (cannot be stat'ed:
    a dangling symlink, a symlink loop, no permission to look)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return "broken"
    return "regular" if stat.S_ISREG(mode) else "other"


def read_head(path: Path | str, size: int) -> bytes:
    """The first `size` bytes of a regular file; b"" for anything else or on any error.

    Opened without blocking and checked on the descriptor, so a FIFO swapped in after
    the walk looked at the name is not waited on."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return b""
        return os.read(descriptor, size)
    except OSError:
        return b""
    finally:
        os.close(descriptor)


def real_path(path: Path | str) -> Path:
    """The path with symlinks resolved as far as they go. `Path.resolve()` raises
    RuntimeError on a symlink loop before Python 3.13; a loop must be that one path's
    error (reported when it is read), not the end of the run."""
    return Path(os.path.realpath(path))
