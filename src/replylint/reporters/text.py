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
        where = f" ({result.member.label})" if result.member else ""
        for f in result.findings:
            head = (
                f"{path}:{f.line}:{f.column}: "
                f"{style(f.severity.value, fg=_SEVERITY_COLOURS[f.severity.value])} "
                f"[{f.rule}] {shown(f.message)}{shown(where)}"
            )
            out.append(head)
            source = result.line_text(lines, f.line)
            if source is not None:
                source = shown_line(source)
                end = f.end_column if f.end_line == f.line else len(source) + 1
                out.append(f"    {source}")
                out.append("    " + style(_underline(source, f.column, end), fg="cyan"))
            if f.suggestion:
                out.append(f"    = help: {shown(f.suggestion)}")
    if not quiet:
        out.append(style(summary_line(results), bold=True))
    return "".join(line + "\n" for line in out)


def render_concise(results: list[FileResult], color: bool = False, quiet: bool = False) -> str:
    """One line per finding (`path:line:col: severity [rule] message`), like ruff's concise."""
    out: list[str] = []
    for result in results:
        path = shown_line(result.path)
        if result.error:
            out.append(f"{path}: error: {shown(result.error)}")
            continue
        out.extend(
            f"{path}:{f.line}:{f.column}: {f.severity.value} [{f.rule}] {shown(f.message)}"
            for f in result.findings
        )
    if not quiet:
        out.append(summary_line(results))
    if color:
        out = [
            click.style(line, bold=True) if i == len(out) - 1 and not quiet else line
            for i, line in enumerate(out)
        ]
    return "".join(line + "\n" for line in out)


def summary_line(results: list[FileResult]) -> str:
    """`N findings in M files (K with findings)`, and how many could not be checked."""
    findings = sum(len(r.findings) for r in results)
    errors = sum(1 for r in results if r.error)
    files = sum(1 for r in results if r.member is None)
    with_findings = sum(1 for r in results if r.findings and r.member is None)
    summary = f"{findings} finding{'s' * (findings != 1)} in {files} file{'s' * (files != 1)}"
    if findings and files > 1:
        summary += f" ({with_findings} with findings)"
    messages = sum(r.messages or 0 for r in results)
    if any(r.messages is not None for r in results):
        summary += f" ({messages} archived message{'s' * (messages != 1)})"
    if errors:
        summary += f", {errors} could not be checked"
    return summary
