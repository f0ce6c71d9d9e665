"""Check many inputs: walk paths, read each, lint it, never let one bad file stop the rest."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from replylint.linter import FileResult, lint_document
from replylint.sources import SUPPORTED_SUFFIXES, SourceError, read_bytes, read_path

STDIN = "-"


def walk(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """(shown path, filesystem path) for every input; directories recurse in sorted order."""
    for given in paths:
        if given == STDIN:
            yield STDIN, None
            continue
        path = Path(given)
        if path.is_dir():
            seen: set[Path] = set()
            for found in sorted(path.rglob("*")):
                if found.suffix.lower() in SUPPORTED_SUFFIXES and found.is_file():
                    real = found.resolve()
                    if real not in seen:
                        seen.add(real)
                        yield str(found), found
        else:
            yield given, path


def check_one(shown: str, path: Path | None, **options) -> FileResult:
    """Lint one input; any problem reading it becomes the result's one-line error."""
    try:
        if path is None:
            document = read_bytes(sys.stdin.buffer.read(), STDIN)
        elif not path.exists():
            raise SourceError("no such file or directory")
        else:
            document = read_path(path, shown)
    except SourceError as exc:
        return FileResult(path=shown, error=str(exc))
    return lint_document(document, **options)


def check_paths(paths: Iterable[str], **options) -> list[FileResult]:
    return [check_one(shown, path, **options) for shown, path in walk(paths)]
