"""Reporters only format results; one module per output format, imported when used."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the linter imports spaCy; a reporter's user has it loaded already
    from replylint.linter import FileResult

_WHERE = {
    "text": ("text", "render_text"),
    "concise": ("text", "render_concise"),
    "json": ("json_report", "render_json"),
    "sarif": ("sarif", "render_sarif"),
    "github": ("github", "render_github"),
    "junit": ("junit", "render_junit"),
    "rdjsonl": ("rdjsonl", "render_rdjsonl"),
    "html": ("html_report", "render_html"),
}


class _Reporters(Mapping[str, Callable[..., str]]):
    """Format name -> render function; a reporter's module (Jinja2 for html, XML for
    junit) is imported only when a run asks for that format."""

    def __getitem__(self, name: str) -> Callable[..., str]:
        module, function = _WHERE[name]
        return getattr(importlib.import_module(f"replylint.reporters.{module}"), function)

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


# Reports written while the run goes on: a result's text as soon as it arrives (or, for
# a format whose head depends on every result, the little the report will show of it).
_STREAMING = {
    "text": ("text", "TextReport"),
    "concise": ("text", "ConciseReport"),
    "json": ("json_report", "JsonReport"),
    "sarif": ("sarif", "SarifReport"),
    "github": ("github", "GithubReport"),
    "junit": ("junit", "JunitReport"),
    "rdjsonl": ("rdjsonl", "RdjsonlReport"),
    "html": ("html_report", "HtmlReport"),
}


class StreamingReport(Protocol):
    """A report fed one result at a time, so a run need not hold every result: `add`
    gives the text that can be written now, `finish` the rest."""

    def add(self, result: FileResult) -> str: ...

    def finish(self) -> str: ...


def streaming_report(name: str, **options) -> StreamingReport:
    """The streaming form of format `name` (the same bytes as its render function)."""
    module, cls = _STREAMING[name]
    return getattr(importlib.import_module(f"replylint.reporters.{module}"), cls)(**options)


def render_all(report: StreamingReport, results: Iterable[FileResult]) -> str:
    """A whole report at once, from its streaming form."""
    return "".join(report.add(result) for result in results) + report.finish()


class TemplateReportError(Exception):
    """The user's report template could not be read or rendered; one line."""


REPORTERS: Mapping[str, Callable[..., str]] = _Reporters()
FORMAT_CHOICES = (*REPORTERS, "template")
