"""Reporters only format results; one module per output format, imported when used."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

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


class TemplateReportError(Exception):
    """The user's report template could not be read or rendered; one line."""


REPORTERS: Mapping[str, Callable[..., str]] = _Reporters()
FORMAT_CHOICES = (*REPORTERS, "template")
