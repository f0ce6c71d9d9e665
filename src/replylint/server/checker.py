"""Checking an open draft the way `replylint check` checks a file.

The server holds text, not files, so it reads the editor's buffer with the same
readers, finds the config the same way (from the file's directory upwards),
applies the same per-file sections, severities and suppressions through
`runner.lint_with_settings`, and keeps what it learned for hover and code actions.
Nothing here knows about the protocol: `app.py` turns these results into LSP.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from replylint.config import (
    CONTEXT_VALUES,
    FAIL_ON_VALUES,
    LANG_VALUES,
    SEVERITY_VALUES,
    Config,
    ConfigError,
    PerFile,
    find_config,
    load_config,
)
from replylint.findings import Finding

DEFAULT_DEBOUNCE_MS = 150
MAX_DEBOUNCE_MS = 5000

# Editors name a buffer's language; used when the file name does not say the format.
# "mail" (Vim and Neovim on mutt/aerc temp files) is sniffed: with headers it is a
# message, without them the body is plain text.
LANGUAGE_ID_FORMATS: dict[str, str | None] = {
    "plaintext": "text",
    "text": "text",
    "markdown": "markdown",
    "html": "html",
    "jinja": "jinja",
    "jinja2": "jinja",
    "jinja-html": "jinja",
    "jinja-md": "jinja",
    "htmldjango": "jinja",
    "eml": "eml",
    "email": None,
    "mail": None,
}


@dataclass(frozen=True)
class ClientSettings:
    """What an editor's settings may override: lang, context, severities and fail-on."""

    lang: str | None = None
    context: str | None = None
    severity: Mapping[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    debounce_ms: int = DEFAULT_DEBOUNCE_MS


def parse_client_settings(raw: object) -> tuple[ClientSettings, list[str]]:
    """Settings from initializationOptions or workspace/didChangeConfiguration.

    Accepts `{"replylint": {...}}` or the inner table itself, with config-file
    spellings (`fail-on`) or camelCase (`failOn`). A bad value is dropped and
    described, so one typo in an editor's settings does not silence the server.
    """
    from replylint.catalog import rule_catalog

    RULES_BY_ID = rule_catalog()  # noqa: N806 - the draft rules and the suppression checks
    problems: list[str] = []
    if isinstance(raw, Mapping) and isinstance(raw.get("replylint"), Mapping):
        raw = raw["replylint"]
    if raw is None or (isinstance(raw, Mapping) and not raw):
        return ClientSettings(), problems
    if not isinstance(raw, Mapping):
        return ClientSettings(), [f"replylint settings must be an object, not {raw!r}"]
    values: dict = {}

    def choice(key: str, allowed: tuple[str, ...], *spellings: str) -> str | None:
        for name in (key, *spellings):
            if name in raw:
                value = raw[name]
                if value in allowed:
                    return value
                problems.append(f"setting '{name}' must be one of {', '.join(allowed)}: {value!r}")
        return None

    lang = choice("lang", LANG_VALUES, "language")
    values["lang"] = None if lang == "auto" else lang
    context = choice("context", CONTEXT_VALUES)
    values["context"] = None if context == "auto" else context
    values["fail_on"] = choice("fail-on", FAIL_ON_VALUES, "failOn", "fail_on")
    severity = raw.get("severity", {})
    if isinstance(severity, Mapping):
        kept = {}
        for rule, level in severity.items():
            if rule not in RULES_BY_ID:
                problems.append(f"setting 'severity': unknown rule '{rule}'")
            elif level not in SEVERITY_VALUES:
                problems.append(f"setting 'severity.{rule}' must be error, warning or off")
            else:
                kept[rule] = level
        values["severity"] = kept
    else:
        problems.append("setting 'severity' must be an object of rule = error|warning|off")
    for name in ("debounce", "debounceMs", "debounce-ms"):
        if name in raw:
            value = raw[name]
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                values["debounce_ms"] = min(value, MAX_DEBOUNCE_MS)
            else:
                problems.append(f"setting '{name}' must be a number of milliseconds: {value!r}")
    return ClientSettings(**values), problems


@dataclass
class Checked:
    """One check of one version of a draft, kept for hover and code actions."""

    uri: str
    version: int | None
    text: str
    fmt: str
    language: str | None = None
    findings: list[Finding] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    error: str | None = None  # one line: why the draft could not be checked
    error_code: str | None = None  # read-error, config-error or internal-error
    fail_on: str = "warning"


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


class ConfigCache:
    """Config files parsed once and re-read when they change on disk.

    Each check looks the config up again (a few stat calls), so a config created,
    edited or removed while the editor is open takes effect on the next check
    even when the client does not report file changes.
    """

    def __init__(self) -> None:
        self._loaded: dict[Path, tuple[tuple, Config]] = {}

    def for_start(self, start: Path) -> Config:
        found = find_config(start)
        if found is None:
            return Config()
        key = (_stat_key(found),)
        cached = self._loaded.get(found)
        if cached is not None:
            extra_key = tuple(_stat_key(p) for p in cached[1].extra_lexicons)
            if cached[0] == (*key, extra_key):
                return cached[1]
            _forget_pipelines(cached[1].extra_lexicons)
        config = load_config(found)  # ConfigError names the file and line
        self._loaded[found] = ((*key, tuple(_stat_key(p) for p in config.extra_lexicons)), config)
        return config

    def clear(self) -> None:
        for _, config in self._loaded.values():
            _forget_pipelines(config.extra_lexicons)
        self._loaded.clear()


def _forget_pipelines(extra_lexicons: tuple[Path, ...]) -> None:
    """Drop pipelines built with an extra lexicon that has changed on disk.

    analysis keeps one pipeline per (language, extra lexicons) for the life of the
    process, which suits a CLI run; a server lives long enough to see a team's
    lexicon edited, so it evicts those entries and the next check rebuilds them.
    """
    if not extra_lexicons:
        return
    from replylint import analysis

    changed = set(extra_lexicons)
    for key in [k for k in analysis._PIPELINES if changed & set(k[1])]:
        del analysis._PIPELINES[key]


def _with_client_severity(config: Config, severity: Mapping[str, str]) -> Config:
    """The config with the editor's severities over the file's (per-file ones too)."""
    if not severity:
        return config
    base = {**config.base, "severity": {**config.base.get("severity", {}), **severity}}
    per_file = [
        PerFile(p.glob, {**p.settings, "severity": {**p.settings["severity"], **severity}})
        if "severity" in p.settings
        else p
        for p in config.per_file
    ]
    return dataclasses.replace(config, base=base, per_file=per_file)


def format_for(path: Path | None, uri: str, language_id: str | None, config: Config) -> str | None:
    """The reader for a buffer: its file name first (as `check` decides), then the
    editor's language id; None lets the reader sniff (a message is known by its headers)."""
    from replylint.sources import format_of

    name = str(path) if path is not None else uri.rsplit("/", 1)[-1]
    by_name = format_of(name, config.template_globs)
    if by_name is not None:
        return by_name
    return LANGUAGE_ID_FORMATS.get((language_id or "").lower())


def check_text(
    uri: str,
    version: int | None,
    text: str,
    *,
    path: Path | None,
    language_id: str | None,
    settings: ClientSettings,
    configs: ConfigCache,
    fallback_dir: Path | None = None,
) -> Checked:
    """Check one buffer; every problem becomes the result's one-line error, never an
    exception (the server must keep answering whatever it is sent)."""
    from replylint.lexicon import LexiconError
    from replylint.runner import RunOptions, lint_with_settings
    from replylint.sources import MAX_FILE_BYTES, SourceError, read_bytes

    checked = Checked(uri, version, text, fmt="text")
    try:
        start = path if path is not None else (fallback_dir or Path.cwd())
        config = configs.for_start(start)
    except ConfigError as exc:
        checked.error, checked.error_code = f"config: {exc}", "config-error"
        return checked
    checked.fail_on = settings.fail_on or config.fail_on or "warning"
    fmt = format_for(path, uri, language_id, config)
    shown = str(path) if path is not None else os.path.join(str(start), "untitled")
    try:
        data = text.encode("utf-8", "surrogatepass")
        documents = read_bytes(
            data, shown, fmt=fmt, fs_path=path, max_bytes=config.max_file_size or MAX_FILE_BYTES
        )
        checked.fmt = fmt or _sniffed(data)
        options = RunOptions(
            config=_with_client_severity(config, settings.severity),
            lang=settings.lang,
            context=settings.context,
        )
        result = lint_with_settings(documents, shown, checked.fmt, options)
    except SourceError as exc:
        checked.error, checked.error_code = str(exc), "read-error"
        return checked
    except LexiconError as exc:
        checked.error, checked.error_code = f"extra lexicon: {exc}", "config-error"
        return checked
    except Exception as exc:  # noqa: BLE001 - a bug on one buffer must not stop the server
        first_line = (str(exc).splitlines() or [""])[0][:200]
        checked.error = (
            f"internal error while checking ({type(exc).__name__}: {first_line}); please report it"
        )
        checked.error_code = "internal-error"
        return checked
    checked.language = result.language
    checked.findings = result.findings
    checked.notices = result.notices
    return checked


def _sniffed(data: bytes) -> str:
    from replylint.sources.email_message import looks_like_message

    return "eml" if looks_like_message(data) else "text"
