"""The pre-send hook: `replylint sendmail -- /usr/sbin/sendmail -oi -t`.

Mail clients pipe the outgoing message here instead of to sendmail. A clean
message goes on to the real sendmail byte for byte; a message with findings is
stopped with the reasons on stderr; nothing is ever lost: every message that is
not handed to sendmail successfully is also saved to a file whose path is printed.

Exit status: sendmail's own when the message was handed over, 65 (EX_DATAERR)
when findings stopped it, 75 (EX_TEMPFAIL) when replylint could not check it and
`--on-error refuse` is set, 69 (EX_UNAVAILABLE) when the sendmail command cannot
be run, 75 too when sendmail hangs past `--timeout` or exits 0 without reading the
whole message. mutt, neomutt and aerc keep a message in the compose screen on any
non-zero status.

The message is spooled to a file first and sendmail reads that file as its standard
input: killed at any moment, this wrapper can never hand sendmail a truncated
message (sendmail sees all of it or nothing), and however large the message, only
the part that is checked is held in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

EX_DATAERR = 65
EX_UNAVAILABLE = 69
EX_TEMPFAIL = 75
DEFAULT_TIMEOUT = 600.0  # seconds; a big attachment over a slow link takes minutes
SKIP_VALUES = ("1", "true", "yes", "on", "skip")
NO_SKIP_VALUES = ("", "0", "false", "no", "off")
_HEADER_FIELD = re.compile(rb"^[!-9;-~]+[ \t]*:")
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_CHUNK = 1 << 16


@dataclass
class HookOptions:
    command: list[str]
    fail_on: str | None = None  # None: the config's fail-on, else "warning"
    config_file: Path | None = None
    no_config: bool = False
    on_error: str = "send"  # or "refuse"
    save_dir: Path | None = None
    lang: str | None = None
    context: str | None = None
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    max_bytes: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT


def default_save_dir() -> Path:
    if os.environ.get("REPLYLINT_SAVE_DIR"):
        return Path(os.environ["REPLYLINT_SAVE_DIR"])
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "replylint" / "unsent"


def _places(directory: Path | None) -> list[Path]:
    return [directory or default_save_dir(), Path(tempfile.gettempdir()) / "replylint"]


def _write_chunks(handle: BinaryIO, chunks) -> int:
    total = 0
    for chunk in chunks:
        handle.write(chunk)
        total += len(chunk)
    handle.flush()
    os.fsync(handle.fileno())
    return total


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(_CHUNK):
            yield chunk


def save_message(data: bytes | Path, directory: Path | None) -> Path | None:
    """Write the message (bytes, or a spooled file) where the sender can find it; None
    only if no place is writable. A copy that cannot be written whole is removed."""
    digest = hashlib.sha256()
    for chunk in _file_chunks(data) if isinstance(data, Path) else [data]:
        digest.update(chunk)
    name = time.strftime("%Y%m%d-%H%M%S-") + digest.hexdigest()[:10] + ".eml"
    for target in _places(directory):
        temporary = None
        try:
            target.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target, prefix=".unsent-")
            with os.fdopen(handle, "wb") as out:
                _write_chunks(out, _file_chunks(data) if isinstance(data, Path) else [data])
            final = target / name
            os.replace(temporary, final)
            return final
        except OSError:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            continue
    return None


def _saved_note(saved: Path | None) -> str:
    if saved is None:
        return (
            "no copy could be saved (no writable directory; is the disk full?): "
            "your mail client still has the message"
        )
    return f"a copy of the message is saved to {saved}"


class Spool:
    """The message in a private file: sendmail reads it whole; replylint reads its head."""

    def __init__(self, path: Path, size: int) -> None:
        self.path, self.size = path, size

    @classmethod
    def from_stream(cls, stream: BinaryIO | None, directory: Path | None) -> Spool:
        """Copy the stream to a spool file (OSError when no place can take all of it)."""
        chunks = iter(lambda: stream.read(_CHUNK), b"") if stream is not None else iter(())
        return cls._write(chunks, directory)

    @classmethod
    def from_bytes(cls, data: bytes, directory: Path | None) -> Spool:
        return cls._write([data], directory)

    @classmethod
    def _write(cls, chunks, directory: Path | None) -> Spool:
        chunks = iter(chunks)
        error: OSError | None = None
        for target in _places(directory):
            try:
                target.mkdir(parents=True, exist_ok=True)
                handle, name = tempfile.mkstemp(dir=target, prefix=".spool-")
            except OSError as exc:
                error = exc
                continue
            try:
                with os.fdopen(handle, "wb") as out:
                    size = _write_chunks(out, chunks)
                return cls(Path(name), size)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(name)
                raise  # the stream is partly consumed: another place cannot get all of it
        raise error or OSError("no writable directory for the spool file")

    def head(self, size: int) -> bytes:
        with self.path.open("rb") as source:
            return source.read(size)

    def without_skip_header(self, directory: Path | None) -> Spool:
        head = self.head(_HEADER_LIMIT)
        headers, _ = split_headers(head)
        kept = without_skip_header(headers)

        def chunks():
            yield kept
            with self.path.open("rb") as source:
                source.seek(len(headers))
                while chunk := source.read(_CHUNK):
                    yield chunk

        return Spool._write(chunks(), directory)

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


_HEADER_LIMIT = 1024 * 1024  # header blocks longer than this are not looked into


def _lines(data: bytes) -> Iterator[bytes]:
    """Lines with their endings, each of CRLF, LF and a lone CR ending one (as the
    e-mail parser counts them)."""
    return (m.group() for m in _LINE.finditer(data))


def split_headers(data: bytes) -> tuple[bytes, bytes]:
    """(header block including its blank line, body). The block ends at the first empty
    line, whatever its line ending, or at the first line that is neither a header field
    nor a continuation (the e-mail parser starts the body there too)."""
    end = 0
    for line in _lines(data):
        if line in (b"\r\n", b"\n", b"\r"):
            return data[: end + len(line)], data[end + len(line) :]
        if not (_HEADER_FIELD.match(line) or (end and line[:1] in (b" ", b"\t"))):
            break
        end += len(line)
    return data[:end], data[end:]


def _fields(headers: bytes) -> Iterator[tuple[bytes, bytes, list[bytes]]]:
    """(lower-case name, unfolded value, raw lines) for each header field."""
    current: list[bytes] = []
    for line in _lines(headers):
        if line[:1] in (b" ", b"\t") and current:
            current.append(line)
            continue
        if current:
            yield _field(current)
        current = [line]
    if current:
        yield _field(current)


def _field(lines: list[bytes]) -> tuple[bytes, bytes, list[bytes]]:
    unfolded = b" ".join(line.strip(b"\r\n") for line in lines)
    name, _, value = unfolded.partition(b":")
    return name.strip().lower(), b" ".join(value.split()), lines


def _is_skip(name: bytes, value: bytes) -> bool:
    return name == b"x-replylint" and value.lower() == b"skip"


def _env_skip() -> bool:
    value = os.environ.get("REPLYLINT_SKIP", "").strip().lower()
    if value in SKIP_VALUES:
        return True
    if value not in NO_SKIP_VALUES:
        _say(f"replylint: REPLYLINT_SKIP={value!r} is not 1/true/yes or 0/false/no; not skipping")
    return False


def skip_requested(data: bytes) -> bool:
    """REPLYLINT_SKIP set to a true value, or an `X-Replylint: skip` field (folded or not)."""
    if _env_skip():
        return True
    headers, _ = split_headers(data)
    return any(_is_skip(name, value) for name, value, _ in _fields(headers))


def without_skip_header(data: bytes) -> bytes:
    """The message with `X-Replylint: skip` (and its folded lines) removed from the header."""
    headers, body = split_headers(data)
    kept = [b"".join(lines) for name, value, lines in _fields(headers) if not _is_skip(name, value)]
    return b"".join(kept) + body


def _say(text: str) -> None:
    """A line on stderr; never fails, so a closed stderr cannot cost the message."""
    with contextlib.suppress(Exception):
        sys.stderr.write(text.rstrip("\n") + "\n")
        sys.stderr.flush()


def deliver(spool: Spool, options: HookOptions, copy: Spool | None = None) -> int:
    """Hand the spooled message to the real sendmail as its standard input; on any
    failure keep a copy (of `copy`, the message as the sender wrote it) and say where."""
    keep = copy or spool
    with spool.path.open("rb") as stdin:
        try:
            completed = subprocess.run(
                options.command, stdin=stdin, check=False, timeout=options.timeout or None
            )
        except subprocess.TimeoutExpired:
            saved = save_message(keep.path, options.save_dir)
            _say(
                f"replylint: {options.command[0]} did not finish within {options.timeout:g} s "
                f"and was stopped; the message may not have been sent; {_saved_note(saved)}"
            )
            return EX_TEMPFAIL
        except (OSError, ValueError) as exc:
            saved = save_message(keep.path, options.save_dir)
            reason = getattr(exc, "strerror", None) or exc
            _say(f"replylint: cannot run {options.command[0]!r}: {reason}")
            _say(f"replylint: the message was NOT sent; {_saved_note(saved)}")
            return EX_UNAVAILABLE
        read = os.lseek(stdin.fileno(), 0, os.SEEK_CUR)  # the offset sendmail left
    if completed.returncode != 0:
        saved = save_message(keep.path, options.save_dir)
        _say(
            f"replylint: {options.command[0]} exited with {completed.returncode}; "
            f"{_saved_note(saved)}"
        )
        return completed.returncode
    if read < spool.size:
        saved = save_message(keep.path, options.save_dir)
        _say(
            f"replylint: {options.command[0]} exited 0 but read only {read} of {spool.size} "
            f"bytes: the message may have been sent truncated; {_saved_note(saved)}"
        )
        return EX_TEMPFAIL
    return 0


def _check(data: bytes, options: HookOptions, config):
    """The message checked exactly as `replylint check` would check it."""
    from replylint.runner import RunOptions, lint_with_settings
    from replylint.sources import read_bytes

    documents = read_bytes(data, "message", fmt="eml", max_bytes=_max_bytes(options, config))
    run = RunOptions(
        config=config,
        lang=options.lang,
        context=options.context,
        select=options.select,
        ignore=options.ignore,
    )
    return lint_with_settings(documents, "message", "eml", run)


def _cannot_check(spool: Spool, options: HookOptions, reason: str) -> int:
    """replylint itself failed: send unchecked, or keep the message (--on-error refuse)."""
    if options.on_error == "refuse":
        saved = save_message(spool.path, options.save_dir)
        _say(f"replylint: could not check the message ({reason}); not sent.")
        _say(f"replylint: {_saved_note(saved)}")
        return EX_TEMPFAIL
    _say(f"replylint: could not check the message ({reason}); sending it unchecked.")
    return deliver(spool, options)


def _max_bytes(options: HookOptions, config) -> int:
    from replylint.sources import MAX_FILE_BYTES

    return options.max_bytes or (config.max_file_size if config else None) or MAX_FILE_BYTES


def run_hook(data: bytes, options: HookOptions) -> int:
    """Check the message and send it, or stop it; the exit status says which."""
    try:
        spool = Spool.from_bytes(data, options.save_dir)
    except OSError as exc:
        _say(f"replylint: cannot spool the message ({exc.strerror or exc}); NOT sent")
        return EX_TEMPFAIL
    return run_hook_spooled(spool, options)


def run_hook_stream(stream: BinaryIO | None, options: HookOptions) -> int:
    """`run_hook` for the message on a stream (the mail client's pipe)."""
    try:
        spool = Spool.from_stream(stream, options.save_dir)
    except OSError as exc:
        _say(
            f"replylint: cannot spool the message ({exc.strerror or exc}); NOT sent, "
            "your mail client still has it"
        )
        return EX_TEMPFAIL
    return run_hook_spooled(spool, options)


def run_hook_spooled(spool: Spool, options: HookOptions) -> int:
    try:
        return _run(spool, options)
    finally:
        spool.remove()


def _run(spool: Spool, options: HookOptions) -> int:
    from replylint.findings import Severity

    head = spool.head(_HEADER_LIMIT)
    if skip_requested(head):
        stripped = spool.without_skip_header(options.save_dir)
        try:
            return deliver(stripped, options, copy=spool)
        finally:
            stripped.remove()
    try:
        from replylint.config import ConfigError, resolve_config

        try:
            config = resolve_config(None, options.config_file, options.no_config)
        except ConfigError as exc:
            return _cannot_check(spool, options, f"broken config: {exc}")
        limit = _max_bytes(options, config)
        if spool.size > limit:
            raise ValueError(
                f"message is {spool.size} bytes, over the {limit}-byte limit (max-file-size)"
            )
        result = _check(spool.head(limit), options, config)
    except Exception as exc:  # noqa: BLE001 - any failure of ours must not cost the message
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return _cannot_check(spool, options, reason)
    fail_on = options.fail_on or config.fail_on or "warning"
    threshold = None if fail_on == "never" else Severity(fail_on).rank
    blocking = [f for f in result.findings if threshold and f.severity.rank >= threshold]
    if not blocking:
        return deliver(spool, options)
    from replylint.reporters.text import render_text

    saved = save_message(spool.path, options.save_dir)
    _say(f"replylint: message NOT sent: {len(blocking)} problem(s) in the draft.")
    _say(render_text([result], color=False, quiet=True))
    _say(
        "replylint: fix the draft and send again, or add the header 'X-Replylint: skip' "
        "(or set REPLYLINT_SKIP=1) to send it as it is."
    )
    _say(f"replylint: {_saved_note(saved)}")
    return EX_DATAERR
