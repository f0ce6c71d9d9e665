"""Reporters only format results; one module per output format."""

from __future__ import annotations

from replylint.reporters.github import render_github
from replylint.reporters.html_report import render_html
from replylint.reporters.json_report import render_json
from replylint.reporters.junit import render_junit
from replylint.reporters.rdjsonl import render_rdjsonl
from replylint.reporters.sarif import render_sarif
from replylint.reporters.text import render_concise, render_text

REPORTERS = {
    "text": render_text,
    "concise": render_concise,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "junit": render_junit,
    "rdjsonl": render_rdjsonl,
    "html": render_html,
}
FORMAT_CHOICES = (*REPORTERS, "template")
