"""Reporters only format results; one module per output format."""

from __future__ import annotations

from replylint.reporters.json_report import render_json
from replylint.reporters.text import render_text

REPORTERS = {"text": render_text, "json": render_json}
