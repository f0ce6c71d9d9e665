"""The pre-send hook: `replylint sendmail -- /usr/sbin/sendmail -oi -t`.

Mail clients pipe the outgoing message here instead of to sendmail. A clean
message goes on to the real sendmail byte for byte; a message with findings is
stopped with the reasons on stderr; nothing is ever lost: every message that is
not handed to sendmail successfully is also saved to a file whose path is printed.

Exit status: sendmail's own when the message was handed over, 65 (EX_DATAERR)
when findings stopped it, 75 (EX_TEMPFAIL) when replylint could not check it and
`--on-error refuse` is set, 69 (EX_UNAVAILABLE) when the sendmail command cannot
be run. mutt, neomutt and aerc keep a message in the compose screen on any
non-zero status.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

EX_DATAERR = 65
EX_UNAVAILABLE = 69
EX_TEMPFAIL = 75
SKIP_HEADER = re.compile(rb"^x-replylint[ \t]*:[ \t]*skip[ \t]*\r?$", re.IGNORECASE)


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


def default_save_dir() -> Path:
    if os.environ.get("REPLYLINT_SAVE_DIR"):
        return Path(os.environ["REPLYLINT_SAVE_DIR"])
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "replylint" / "unsent"


def save_message(data: bytes, directory: Path | None) -> Path | None:
    """Write the message where the sender can find it; None only if no place is writable."""
    name = time.strftime("%Y%m%d-%H%M%S-") + hashlib.sha256(data).hexdigest()[:10] + ".eml"
    for target in (directory or default_save_dir(), Path(tempfile.gettempdir()) / "replylint"):
        try:
            target.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target, prefix=".unsent-")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            final = target / name
            os.replace(temporary, final)
            return final
        except OSError:
            continue
    return None


def split_headers(data: bytes) -> tuple[bytes, bytes]:
    """(header block including its blank line, body); no blank line: all header."""
    match = re.search(rb"\r?\n\r?\n", data)
    if match is None:
        return data, b""
    return data[: match.end()], data[match.end() :]


def skip_requested(data: bytes) -> bool:
    if os.environ.get("REPLYLINT_SKIP", "").strip() not in ("", "0"):
        return True
    headers, _ = split_headers(data)
    return any(SKIP_HEADER.match(line) for line in headers.splitlines())


def without_skip_header(data: bytes) -> bytes:
    """The message with `X-Replylint: skip` (and its folded lines) removed from the header."""
    headers, body = split_headers(data)
    kept: list[bytes] = []
    dropping = False
    for line in headers.splitlines(keepends=True):
        if SKIP_HEADER.match(line.rstrip(b"\n")):
            dropping = True
            continue
        if dropping and line[:1] in (b" ", b"\t"):
            continue
        dropping = False
        kept.append(line)
    return b"".join(kept) + body


def _say(text: str) -> None:
    sys.stderr.write(text.rstrip("\n") + "\n")
    sys.stderr.flush()


def deliver(data: bytes, options: HookOptions) -> int:
    """Hand the bytes to the real sendmail; on failure keep a copy and say where."""
    try:
        completed = subprocess.run(options.command, input=data, check=False)
    except OSError as exc:
        saved = save_message(data, options.save_dir)
        _say(f"replylint: cannot run {options.command[0]!r}: {exc.strerror or exc}")
        _say(f"replylint: the message was NOT sent; saved to {saved}")
        return EX_UNAVAILABLE
    if completed.returncode != 0:
        saved = save_message(data, options.save_dir)
        _say(
            f"replylint: {options.command[0]} exited with {completed.returncode}; "
            f"a copy of the message is saved to {saved}"
        )
    return completed.returncode


def _check(data: bytes, options: HookOptions, config):
    """The message checked exactly as `replylint check` would check it."""
    from replylint.runner import RunOptions, lint_with_settings
    from replylint.sources import MAX_FILE_BYTES, read_bytes

    max_bytes = options.max_bytes or config.max_file_size or MAX_FILE_BYTES
    documents = read_bytes(data, "message", fmt="eml", max_bytes=max_bytes)
    run = RunOptions(
        config=config,
        lang=options.lang,
        context=options.context,
        select=options.select,
        ignore=options.ignore,
    )
    return lint_with_settings(documents, "message", "eml", run)


def _cannot_check(data: bytes, options: HookOptions, reason: str) -> int:
    """replylint itself failed: send unchecked, or keep the message (--on-error refuse)."""
    if options.on_error == "refuse":
        saved = save_message(data, options.save_dir)
        _say(f"replylint: could not check the message ({reason}); not sent.")
        _say(f"replylint: the message is saved to {saved}")
        return EX_TEMPFAIL
    _say(f"replylint: could not check the message ({reason}); sending it unchecked.")
    return deliver(data, options)


def run_hook(data: bytes, options: HookOptions) -> int:
    """Check the message and send it, or stop it; the exit status says which."""
    from replylint.findings import Severity

    if skip_requested(data):
        return deliver(without_skip_header(data), options)
    try:
        from replylint.config import ConfigError, resolve_config

        try:
            config = resolve_config(None, options.config_file, options.no_config)
        except ConfigError as exc:
            return _cannot_check(data, options, f"broken config: {exc}")
        result = _check(data, options, config)
    except Exception as exc:  # noqa: BLE001 - any failure of ours must not cost the message
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return _cannot_check(data, options, reason)
    fail_on = options.fail_on or config.fail_on or "warning"
    threshold = None if fail_on == "never" else Severity(fail_on).rank
    blocking = [f for f in result.findings if threshold and f.severity.rank >= threshold]
    if not blocking:
        return deliver(data, options)
    from replylint.reporters.text import render_text

    saved = save_message(data, options.save_dir)
    _say(f"replylint: message NOT sent: {len(blocking)} problem(s) in the draft.")
    _say(render_text([result], color=False, quiet=True))
    _say(
        "replylint: fix the draft and send again, or add the header 'X-Replylint: skip' "
        "(or set REPLYLINT_SKIP=1) to send it as it is."
    )
    _say(f"replylint: a copy of the message is saved to {saved}")
    return EX_DATAERR
