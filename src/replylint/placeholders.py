"""Numeric placeholders: "within %{hours} hours" states a concrete time.

Templates and masked data exports put placeholders where numbers go
(`%{count}`, `{{ days }}`, `#{hours}`, `[数字x]`). Matching sees them as a run
of digits of the same length, so positions stay exact and "<num> hours" matches.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(
    r"%\{[^{}\n]{1,40}\}|\{\{[^{}\n]{1,80}\}\}|#\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,12}\]"
)
_NUMERIC_NAME = re.compile(
    r"数字|数量|天数|金额|\b(?:n|num|number|count|amount|qty|quantity|days?|hours?|minutes?|weeks?"
    r"|months?|timer|dage|dagar|timmar|tundi|päeva)\b",
    re.IGNORECASE,
)


def mask_numeric_placeholders(text: str) -> str:
    """The text with every numeric-looking placeholder replaced by zeros of the same length."""
    if "{" not in text and "[" not in text:
        return text

    def zeros(match: re.Match[str]) -> str:
        inner = match.group(0)
        return "0" * len(inner) if looks_numeric(inner) else inner

    return _PLACEHOLDER.sub(zeros, text)


def looks_numeric(name: str) -> bool:
    """A placeholder's expression names a number ("days", "count", "order.hours")."""
    return bool(_NUMERIC_NAME.search(_spaced(name)))


_DATE_NAME = re.compile(
    r"日期|截止|\b(?:date|dates|deadline|due|eta|frist|fristen|datum|dato|tähtaeg|kuupäev)\b",
    re.IGNORECASE,
)
DATE_STAND_IN = "2000-01-01"  # a numeric date: every language reads it as a deadline


def looks_like_date(name: str) -> bool:
    """A placeholder's expression names a date ("deadline", "order.due_date", "eta"): the
    customer receives a concrete date there."""
    return bool(_DATE_NAME.search(_spaced(name)))


def _spaced(name: str) -> str:
    """A placeholder's expression with _ and . as spaces ("order.due_date" -> words)."""
    return re.sub(r"[_.]", " ", name)
