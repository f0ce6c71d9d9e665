"""Human-readable output: one line per finding, the source line, a caret underline."""

from __future__ import annotations

import unicodedata

import click

from replylint.document import source_lines
from replylint.linter import FileResult
from replylint.reporters.display import shown, shown_line

_SEVERITY_COLOURS = {"error": "red", "warning": "yellow"}


def _display_width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _underline(line: str, column: int, end_column: int) -> str:
    before = line[: column - 1].replace("\t", " ")
    marked = line[column - 1 : end_column - 1] or " "
    return " " * _display_width(before) + "^" * max(1, _display_width(marked))


def render_text(results: list[FileResult], color: bool = False, quiet: bool = False) -> str:
    """Findings for people. Everything taken from the input (file names, draft lines,
    messages quoting the draft) goes through `shown`, so it cannot drive the terminal
    or a CI runner."""

    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if color else text

    out: list[str] = []
    for result in results:
        path = style(shown_line(result.path), bold=True)
        if result.error:
            out.append(f"{path}: {style('error', fg='red')}: {shown(result.error)}")
            continue
        for notice in [] if quiet else result.notices:
            out.append(f"{path}: note: {shown(notice)}")
        lines = source_lines(result.original)
        for f in result.findings:
            head = (
                f"{path}:{f.line}:{f.column}: "
                f"{style(f.severity.value, fg=_SEVERITY_COLOURS[f.severity.value])} "
                f"[{f.rule}] {shown(f.message)}"
            )
            out.append(head)
            if 0 < f.line <= len(lines):
                source = shown_line(lines[f.line - 1])
                end = f.end_column if f.end_line == f.line else len(source) + 1
                out.append(f"    {source}")
                out.append("    " + style(_underline(source, f.column, end), fg="cyan"))
            if f.suggestion:
                out.append(f"    = help: {shown(f.suggestion)}")
    findings = sum(len(r.findings) for r in results)
    errors = sum(1 for r in results if r.error)
    files = len(results)
    summary = f"{findings} finding{'s' * (findings != 1)} in {files} file{'s' * (files != 1)}"
    if errors:
        summary += f", {errors} could not be checked"
    if not quiet:
        out.append(style(summary, bold=True))
    return "\n".join(out) + "\n"
