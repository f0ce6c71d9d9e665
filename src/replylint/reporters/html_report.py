"""A self-contained HTML report: every draft with its findings highlighted in place.

Rendered with Jinja2 and autoescaping, so whatever a draft contains (a
`<script>`, an `onerror=`) is shown as text, never run. No external assets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import jinja2

from replylint import __version__
from replylint.catalog import rule_catalog
from replylint.document import source_lines
from replylint.language import SUPPORTED
from replylint.linter import FileResult
from replylint.reporters.display import shown
from replylint.reporters.html_view import draft_view


@dataclass
class Segment:
    text: str
    mark: str | None = None  # "error" / "warning" when highlighted
    title: str = ""


def _line_segments(line: str, number: int, findings) -> list[Segment]:
    """Split one source line into plain and highlighted segments."""
    marks: list[tuple[str, str] | None] = [None] * len(line)
    for f in findings:
        if not f.line <= number <= f.end_line:
            continue
        start = f.column - 1 if f.line == number else 0
        end = f.end_column - 1 if f.end_line == number else len(line)
        for i in range(max(0, start), min(len(line), max(end, start + 1))):
            if marks[i] is None or f.severity.value == "error":
                marks[i] = (f.severity.value, f"[{f.rule}] {f.message}")
    segments: list[Segment] = []
    start = 0
    for i in range(1, len(line) + 1):  # one slice per run of equal marks: linear in the line
        if i == len(line) or marks[i] != marks[start]:
            kind, title = marks[start] if marks[start] else (None, "")
            segments.append(Segment(line[start:i], kind, title))
            start = i
    return segments


def _file_view(result: FileResult) -> dict:
    lines = [shown(line) for line in source_lines(result.original)] if not result.error else []
    return {
        "path": shown(result.path + (f" ({result.member.label})" if result.member else "")),
        "language": result.language,
        "context": result.context,
        "error": shown(result.error) if result.error else None,
        "notices": [shown(n) for n in result.notices],
        "findings": result.findings,
        "lines": [
            (n, _line_segments(text, n, result.findings))
            for n, text in enumerate(lines, 1 + result.line_offset)
        ],
    }


_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("replylint.reporters", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _report_file(result: FileResult) -> dict:
    """`_file_view` plus the draft as the customer reads it (html_view.py)."""
    view = _file_view(result)
    view["draft"] = draft_view(result)
    view["status"] = "findings" if result.findings else "error" if result.error else "clean"
    return view


def _rule_language_counts(results: list[FileResult]) -> dict:
    """Findings (not files) per rule and language, rules in catalogue order."""
    counts = Counter((f.rule, r.language or "unknown") for r in results for f in r.findings)
    order = list(rule_catalog())
    rules = sorted(
        {rule for rule, _ in counts},
        key=lambda rule: (order.index(rule) if rule in order else len(order), rule),
    )
    seen = {r.language or "unknown" for r in results if not r.error}
    languages = [lang for lang in (*SUPPORTED, "unknown") if lang in seen]
    return {
        "rules": rules,
        "languages": languages,
        "cells": {(rule, lang): counts[rule, lang] for rule in rules for lang in languages},
        "rule_totals": {rule: sum(counts[rule, lang] for lang in languages) for rule in rules},
        "language_totals": {lang: sum(counts[rule, lang] for rule in rules) for lang in languages},
    }


def render_html(results: list[FileResult], color: bool = False) -> str:
    findings = [f for r in results for f in r.findings]
    by_rule = Counter(f.rule for f in findings)
    checked = [r for r in results if not r.error]
    by_language = Counter(r.language or "unknown" for r in checked)
    flagged = Counter(r.language or "unknown" for r in checked if r.findings)
    template = _ENVIRONMENT.get_template("report.html.j2")
    return template.render(
        version=__version__,
        files=[_report_file(r) for r in results],
        total_findings=len(findings),
        files_with_findings=sum(1 for r in results if r.findings),
        errors=sum(1 for r in results if r.error),
        by_rule=sorted(by_rule.items()),
        by_language=[
            (lang, by_language[lang], flagged.get(lang, 0))
            for lang in (*SUPPORTED, "unknown")
            if lang in by_language
        ],
        by_severity=Counter(f.severity.value for f in findings),
        matrix=_rule_language_counts(results),
    )


class HtmlReport:
    """The HTML report shows every draft, so it holds every result (the runner keeps
    their text only when an HTML report is asked for) and renders at the end."""

    def __init__(self) -> None:
        self.results: list[FileResult] = []

    def add(self, result: FileResult) -> str:
        self.results.append(result)
        return ""

    def finish(self) -> str:
        return render_html(self.results)
