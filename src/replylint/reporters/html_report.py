"""A self-contained HTML report: every draft with its findings highlighted in place.

Rendered with Jinja2 and autoescaping, so whatever a draft contains (a
`<script>`, an `onerror=`) is shown as text, never run. No external assets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import jinja2

from replylint import __version__
from replylint.document import source_lines
from replylint.linter import FileResult
from replylint.reporters.display import shown


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
        "path": shown(result.path),
        "language": result.language,
        "context": result.context,
        "error": shown(result.error) if result.error else None,
        "notices": [shown(n) for n in result.notices],
        "findings": result.findings,
        "lines": [(n, _line_segments(text, n, result.findings)) for n, text in enumerate(lines, 1)],
    }


_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("replylint.reporters", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(results: list[FileResult], color: bool = False) -> str:
    findings = [f for r in results for f in r.findings]
    by_rule = Counter(f.rule for f in findings)
    by_language = Counter(r.language or "unknown" for r in results if not r.error)
    template = _ENVIRONMENT.get_template("report.html.j2")
    return template.render(
        version=__version__,
        files=[_file_view(r) for r in results],
        total_findings=len(findings),
        errors=sum(1 for r in results if r.error),
        by_rule=sorted(by_rule.items()),
        by_language=sorted(by_language.items()),
        by_severity=Counter(f.severity.value for f in findings),
    )
