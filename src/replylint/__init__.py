"""replylint: lint customer-support reply drafts before they are sent.

Importing this package is cheap: spaCy loads only when a draft is analysed.

    from replylint import lint_text, lint_path, lint_message
    for finding in lint_path("drafts/reply.eml"):
        print(finding.line, finding.column, finding.rule, finding.message)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from replylint.findings import Finding, Severity

if TYPE_CHECKING:
    from email.message import Message

    from replylint.config import Config

__version__ = "0.1.0"
__all__ = [
    "Finding",
    "Severity",
    "SourceError",
    "ConfigError",
    "UnsupportedLanguageError",
    "DISCOVER",
    "load_config",
    "lint_text",
    "lint_path",
    "lint_message",
    "__version__",
]


class UnsupportedLanguageError(ValueError):
    """`lang=` named a language replylint has no lexicon for."""


class _Discover:
    """The default `config` of lint_path: find the config as `replylint check` does."""

    def __repr__(self) -> str:
        return "DISCOVER"


DISCOVER = _Discover()


def __getattr__(name: str):
    """Exceptions and the config loader, imported on first use."""
    if name == "SourceError":
        from replylint.sources import SourceError

        return SourceError
    if name in ("ConfigError", "load_config"):
        from replylint import config

        return getattr(config, name)
    raise AttributeError(f"module 'replylint' has no attribute {name!r}")


def _lint(documents, lang, context, config, shown: str, fmt: str) -> list[Finding]:
    from replylint.config import Config
    from replylint.lexicon import LANGUAGES
    from replylint.runner import RunOptions, lint_with_settings

    if lang is not None and lang not in LANGUAGES:
        raise UnsupportedLanguageError(
            f"unsupported language {lang!r}: replylint reads {', '.join(LANGUAGES)}"
        )
    options = RunOptions(config=config or Config(), lang=lang, context=context)
    return lint_with_settings(documents, shown, fmt, options).findings


def lint_text(
    text: str,
    *,
    lang: str | None = None,
    context: str | None = None,
    config: Config | None = None,
    format: str = "text",  # noqa: A002 - mirrors --stdin-format
) -> list[Finding]:
    """Lint a draft given as a string (plain text unless `format` says eml/html/markdown/jinja).

    `lang` ('da', 'sv', 'et', 'zh', 'en') and `context` ('failure'/'neutral') skip
    detection; `config` is a replylint.config.Config (see `load_config`).
    Raises SourceError when the text cannot be read (e.g. invalid template syntax) and
    UnsupportedLanguageError for another `lang`.
    """
    from replylint.sources import read_bytes

    documents = read_bytes(text.encode("utf-8"), "<text>", fmt=format)
    return _lint(documents, lang, context, config, "<text>", format)


def lint_path(
    path: str | Path,
    *,
    lang: str | None = None,
    context: str | None = None,
    config: Config | None | _Discover = DISCOVER,
) -> list[Finding]:
    """Lint a draft file of any supported format; raises SourceError when it cannot be read.

    By default the config is found as `replylint check` finds it (the project's file
    from the draft's directory upwards, else the user-level file); `config=None` uses
    the defaults, a Config uses that one. Raises ConfigError for a broken config file.
    """
    from replylint.sources import format_of, read_path

    if isinstance(config, _Discover):
        from replylint.config import resolve_config

        config = resolve_config([str(path)])
    documents = read_path(Path(path))
    return _lint(documents, lang, context, config, str(path), format_of(str(path)) or "text")


def lint_message(
    message: Message,
    *,
    lang: str | None = None,
    context: str | None = None,
    config: Config | None = None,
) -> list[Finding]:
    """Lint an email.message.Message (as a mail client or hook holds it).

    Lines and columns refer to the message as `message.as_bytes()` serialises it.
    """
    from replylint.sources import read_bytes

    documents = read_bytes(message.as_bytes(), "<message>", fmt="eml")
    return _lint(documents, lang, context, config, "<message>", "eml")
