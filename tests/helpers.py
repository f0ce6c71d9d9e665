"""Small helpers shared by the tests."""

from __future__ import annotations

from replylint import lint_text


def rules_fired(text: str, lang: str, context: str | None = None) -> set[str]:
    return {f.rule for f in lint_text(text, lang=lang, context=context)}
