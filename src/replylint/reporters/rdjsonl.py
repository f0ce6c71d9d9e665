"""reviewdog's rdjsonl: one diagnostic per line, so pull requests get inline comments.

reviewdog counts columns in UTF-8 bytes; replylint's code-point columns are
converted with the source line.
"""

from __future__ import annotations

import json

from replylint.document import source_lines
from replylint.linter import FileResult
from replylint.reporters import render_all


def _byte_column(result: FileResult, lines: list[str], line: int, column: int) -> int:
    text = result.line_text(lines, line)
    if text is None:
        return column
    return len(text[: column - 1].encode("utf-8")) + 1


class RdjsonlReport:
    """One diagnostic line per finding or unreadable file, written as results arrive."""

    def add(self, result: FileResult) -> str:
        return "".join(line + "\n" for line in _diagnostics(result))

    def finish(self) -> str:
        return ""


def render_rdjsonl(results: list[FileResult], color: bool = False) -> str:
    return render_all(RdjsonlReport(), results)


def _diagnostics(result: FileResult) -> list[str]:
    """The diagnostics of one result, each one JSON line."""
    out: list[str] = []
    if result.error:
        # No range: a diagnostic about the whole file, so the failure is never hidden.
        diagnostic = {
            "message": f"replylint could not check this file: {result.error}",
            "location": {"path": result.path},
            "severity": "ERROR",
            "source": {"name": "replylint"},
            "code": {"value": "unreadable"},
        }
        return [json.dumps(diagnostic, ensure_ascii=False)]
    lines = source_lines(result.original)
    for f in result.findings:
        diagnostic = {
            "message": f.message + (f" {f.suggestion}" if f.suggestion else ""),
            "location": {
                "path": result.path,
                "range": {
                    "start": {
                        "line": f.line,
                        "column": _byte_column(result, lines, f.line, f.column),
                    },
                    "end": {
                        "line": f.end_line,
                        "column": _byte_column(result, lines, f.end_line, f.end_column),
                    },
                },
            },
            "severity": f.severity.value.upper(),
            "source": {"name": "replylint"},
            "code": {"value": f.rule},
        }
        out.append(json.dumps(diagnostic, ensure_ascii=False))
    return out
