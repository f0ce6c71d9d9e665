"""Check many inputs: walk paths, read each, lint it, never let one bad file stop the rest."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from replylint.linter import FileResult, lint_documents
from replylint.sources import SourceError, format_of, read_bytes, read_path
from replylint.walk import STDIN, walk


def check_one(
    shown: str,
    path: Path | None,
    stdin_format: str | None = None,
    template_globs: tuple[str, ...] = (),
    **options,
) -> FileResult:
    """Lint one input; any problem reading it becomes the result's one-line error."""
    try:
        if path is None:
            documents = read_bytes(sys.stdin.buffer.read(), STDIN, fmt=stdin_format)
        elif not path.exists():
            raise SourceError("no such file or directory")
        else:
            documents = read_path(path, shown, fmt=format_of(shown, template_globs))
    except SourceError as exc:
        return FileResult(path=shown, error=str(exc))
    except (ValueError, LookupError, RecursionError, MemoryError) as exc:
        # A reader bug must not cost the user the other files: report it as this file's error.
        return FileResult(path=shown, error=f"could not read: {type(exc).__name__}: {exc}")
    return lint_documents(documents, **options)


def check_paths(
    paths: Iterable[str], *, walk_options: dict | None = None, **options
) -> list[FileResult]:
    walk_options = walk_options or {}
    globs = walk_options.get("template_globs", ())
    return [
        check_one(shown, path, template_globs=globs, **options)
        for shown, path in walk(paths, **walk_options)
    ]
