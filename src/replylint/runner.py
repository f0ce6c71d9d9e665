"""Check many inputs: walk paths, read each, lint it, never let one bad file stop the rest."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from replylint.config import Config
from replylint.findings import Finding, Severity
from replylint.linter import FileResult, lint_documents
from replylint.sources import MAX_FILE_BYTES, SourceError, format_of, read_bytes, read_path
from replylint.suppressions import apply_suppressions, find_suppressions
from replylint.walk import STDIN, walk


@dataclass
class RunOptions:
    """Command-line choices; None means "as the config (or the default) says"."""

    config: Config = field(default_factory=Config)
    lang: str | None = None
    context: str | None = None
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    stdin_format: str | None = None
    suppressions: bool = True
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    template_globs: tuple[str, ...] = ()
    respect_gitignore: bool = True

    @property
    def all_template_globs(self) -> tuple[str, ...]:
        return self.template_globs + self.config.template_globs


def _apply_severity(findings: list[Finding], severity: dict[str, str]) -> list[Finding]:
    adjusted = []
    for finding in findings:
        level = severity.get(finding.rule)
        if level == "off":
            continue
        if level in ("error", "warning"):
            finding = replace(finding, severity=Severity(level))
        adjusted.append(finding)
    return adjusted


def check_one(shown: str, path: Path | None, options: RunOptions | None = None) -> FileResult:
    """Lint one input; any problem reading it becomes the result's one-line error."""
    from replylint.rules import RULES_BY_ID

    options = options or RunOptions()
    config = options.config
    settings = config.settings_for(shown)
    fmt = options.stdin_format if path is None else format_of(shown, options.all_template_globs)
    max_bytes = config.max_file_size or MAX_FILE_BYTES
    try:
        if path is None:
            documents = read_bytes(sys.stdin.buffer.read(), STDIN, fmt=fmt, max_bytes=max_bytes)
        elif not path.exists():
            raise SourceError("no such file or directory")
        else:
            documents = read_path(path, shown, fmt=fmt, max_bytes=max_bytes)
    except SourceError as exc:
        return FileResult(path=shown, error=str(exc))
    except (ValueError, LookupError, RecursionError, MemoryError) as exc:
        # A reader bug must not cost the user the other files: report it as this file's error.
        return FileResult(path=shown, error=f"could not read: {type(exc).__name__}: {exc}")
    select = options.select if options.select is not None else settings.select
    result = lint_documents(
        documents,
        lang=options.lang or settings.lang,
        context=options.context or settings.context,
        select=select,
        ignore=options.ignore | settings.ignore,
        extra_lexicons=config.extra_lexicons,
        max_response_time=config.max_response_time,
    )
    result.findings = _apply_severity(result.findings, settings.severity)
    if options.suppressions:
        found = find_suppressions(result.original, fmt or format_of(shown) or "text")
        if found:
            result.findings = apply_suppressions(result.findings, found, set(RULES_BY_ID))
    return result


def inputs(paths: Iterable[str], options: RunOptions) -> list[tuple[str, Path | None]]:
    config = options.config
    return list(
        walk(
            paths,
            include=options.include or config.include,
            exclude=options.exclude + config.exclude,
            template_globs=options.all_template_globs,
            respect_gitignore=options.respect_gitignore,
        )
    )


def check_paths(
    paths: Iterable[str],
    options: RunOptions | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> list[FileResult]:
    options = options or RunOptions()
    found = inputs(paths, options)
    iterator = progress(found) if progress else found
    return [check_one(shown, path, options) for shown, path in iterator]
