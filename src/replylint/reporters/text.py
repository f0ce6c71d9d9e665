"""Human-readable output: one line per finding, the source line, a caret underline."""

from __future__ import annotations

import unicodedata

import click

from replylint.document import source_lines
from replylint.linter import FileResult
from replylint.reporters import render_all
from replylint.reporters.display import shown, shown_line

_SEVERITY_COLOURS = {"error": "red", "warning": "yellow"}


def _display_width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _underline(line: str, column: int, end_column: int) -> str:
    before = line[: column - 1].replace("\t", " ")
    marked = line[column - 1 : end_column - 1] or " "
    return " " * _display_width(before) + "^" * max(1, _display_width(marked))


class TextReport:
    """Findings for people, written file by file. Everything taken from the input (file
    names, draft lines, messages quoting the draft) goes through `shown`, so it cannot
    drive the terminal or a CI runner."""

    def __init__(self, color: bool = False, quiet: bool = False) -> None:
        self.color, self.quiet = color, quiet
        self.summary = Summary()

    def style(self, text: str, **kw) -> str:
        return click.style(text, **kw) if self.color else text

    def add(self, result: FileResult) -> str:
        self.summary.add(result)
        style = self.style
        out: list[str] = []
        path = style(shown_line(result.path), bold=True)
        if result.error:
            return f"{path}: {style('error', fg='red')}: {shown(result.error)}\n"
        for notice in [] if self.quiet else result.notices:
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
        return "".join(line + "\n" for line in out)

    def finish(self) -> str:
        return "" if self.quiet else self.style(self.summary.line(), bold=True) + "\n"


class ConciseReport(TextReport):
    """One line per finding (`path:line:col: severity [rule] message`), like ruff's
    concise; only the summary line is styled."""

    def add(self, result: FileResult) -> str:
        self.summary.add(result)
        path = shown_line(result.path)
        if result.error:
            return f"{path}: error: {shown(result.error)}\n"
        return "".join(
            f"{path}:{f.line}:{f.column}: {f.severity.value} [{f.rule}] {shown(f.message)}\n"
            for f in result.findings
        )


def render_text(results: list[FileResult], color: bool = False, quiet: bool = False) -> str:
    """The text report of `results` at once (see TextReport)."""
    return render_all(TextReport(color, quiet), results)


def render_concise(results: list[FileResult], color: bool = False, quiet: bool = False) -> str:
    """The concise report of `results` at once (see ConciseReport)."""
    return render_all(ConciseReport(color, quiet), results)


class Summary:
    """The counts the summary line gives, kept as results go by."""

    def __init__(self) -> None:
        self.findings = self.errors = self.files = self.with_findings = self.messages = 0
        self.archives = False

    def add(self, r: FileResult) -> None:
        self.findings += len(r.findings)
        self.errors += bool(r.error)
        self.files += r.member is None
        self.with_findings += bool(r.findings) and r.member is None
        self.messages += r.messages or 0
        self.archives = self.archives or r.messages is not None

    def line(self) -> str:
        """`N findings in M files (K with findings)`, and how many could not be checked."""
        findings, files, messages = self.findings, self.files, self.messages
        summary = f"{findings} finding{'s' * (findings != 1)} in {files} file{'s' * (files != 1)}"
        if findings and files > 1:
            summary += f" ({self.with_findings} with findings)"
        if self.archives:
            summary += f" ({messages} archived message{'s' * (messages != 1)})"
        if self.errors:
            summary += f", {self.errors} could not be checked"
        return summary


def summary_line(results: list[FileResult]) -> str:
    """`N findings in M files (K with findings)`, and how many could not be checked."""
    summary = Summary()
    for result in results:
        summary.add(result)
    return summary.line()
