"""GitHub Actions workflow commands: findings become annotations on the pull request."""

from __future__ import annotations

from replylint.linter import FileResult
from replylint.reporters import render_all
from replylint.reporters.display import shown


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReport:
    """One workflow command per finding or unreadable file, written as results arrive."""

    def add(self, result: FileResult) -> str:
        path = escape_property(shown(result.path))
        if result.error:
            return f"::error file={path},title=replylint::{escape_data(shown(result.error))}\n"
        out = []
        for f in result.findings:
            properties = (
                f"file={path},line={f.line},col={f.column},endLine={f.end_line},"
                f"endColumn={f.end_column},title={escape_property(f'replylint {f.rule}')}"
            )
            message = shown(f.message) + (f"\n{shown(f.suggestion)}" if f.suggestion else "")
            out.append(f"::{f.severity.value} {properties}::{escape_data(message)}\n")
        return "".join(out)

    def finish(self) -> str:
        return ""


def render_github(results: list[FileResult], color: bool = False) -> str:
    return render_all(GithubReport(), results)
