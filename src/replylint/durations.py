"""Durations for `max-response-time`: "48h", "2 days", "2 business days", "1 week".

A business day counts as a day: a promise of "3 working days" is longer than a
limit of "2 days". Months and years are not response times and are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNIT_HOURS = {
    "minute": 1 / 60,
    "hour": 1.0,
    "day": 24.0,
    "business_day": 24.0,
    "week": 168.0,
}
_CONFIG_UNITS = {
    "m": "minute",
    "min": "minute",
    "mins": "minute",
    "minute": "minute",
    "minutes": "minute",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "hour": "hour",
    "hours": "hour",
    "d": "day",
    "day": "day",
    "days": "day",
    "bd": "business_day",
    "business day": "business_day",
    "business days": "business_day",
    "working day": "business_day",
    "working days": "business_day",
    "w": "week",
    "wk": "week",
    "week": "week",
    "weeks": "week",
}
_CONFIG_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z ]+?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Duration:
    hours: float
    text: str = ""

    def __str__(self) -> str:
        return self.text or f"{self.hours:g}h"


def parse_duration(text: str) -> Duration | None:
    """A duration written in a config file, or None."""
    match = _CONFIG_DURATION.match(text)
    if not match:
        return None
    unit = _CONFIG_UNITS.get(" ".join(match.group(2).lower().split()))
    if unit is None:
        return None
    return Duration(float(match.group(1)) * UNIT_HOURS[unit], text.strip())


_TOKEN = re.compile(r"\d+(?:[.,]\d+)?[^\W\d_]*|[^\W\d_]+(?:-[^\W\d_]+)*")
_GLUED = re.compile(r"^(\d+(?:[.,]\d+)?)([^\W\d_]+)$")


def _unit(word: str, units: dict[str, str]) -> str | None:
    """The unit a word names; two words joined by "_" only match a two-word key."""
    if word in units:
        return units[word]
    for key, unit in units.items():
        if key.endswith("*") and word.startswith(key[:-1]) and key.count("_") == word.count("_"):
            return unit
    return None


def _number(word: str, numbers: dict[str, float]) -> float | None:
    if word in numbers:
        return numbers[word]
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def _chinese_number(text: str, numbers: dict[str, float]) -> float | None:
    """二十四 = 24, 十二 = 12, 两 = 2, 三 = 3 (digits as well)."""
    try:
        return float(text)
    except ValueError:
        pass
    total, current = 0.0, 0.0
    for ch in text:
        value = numbers.get(ch)
        if value is None:
            return None
        if value == 10:
            total += (current or 1) * 10
            current = 0
        else:
            current = value
    return total + current


def find_durations(
    text: str, numbers: dict[str, float], units: dict[str, str], chinese: bool = False
) -> list[tuple[int, int, Duration]]:
    """(start, end, duration) of every "<number> <unit>" in text, e.g. "to arbejdsdage"."""
    if chinese:
        return _find_chinese(text, numbers, units)
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    found = []
    for i, (start, end, word) in enumerate(tokens):
        glued = _GLUED.match(word)
        if glued and _unit(glued.group(2), units):
            value = _number(glued.group(1), numbers)
            unit = _unit(glued.group(2), units)
            if value is not None and unit:
                found.append((start, end, Duration(value * UNIT_HOURS[unit], text[start:end])))
            continue
        value = _number(word, numbers)
        if value is None:
            continue
        for j in (i + 1, i + 2):
            if j >= len(tokens):
                break
            candidates = [tokens[j][2]]
            if j + 1 < len(tokens):
                candidates.insert(0, f"{tokens[j][2]}_{tokens[j + 1][2]}")
            unit = next((u for c in candidates if (u := _unit(c, units))), None)
            if unit:
                last = (
                    tokens[j + 1][1]
                    if candidates[0].count("_") and _unit(candidates[0], units)
                    else tokens[j][1]
                )
                found.append((start, last, Duration(value * UNIT_HOURS[unit], text[start:last])))
                break
            if _number(tokens[j][2], numbers) is not None:
                break  # a range "2-3 days": the upper bound is read on its own
    return found


def _find_chinese(text: str, numbers: dict[str, float], units: dict[str, str]):
    numerals = "".join(re.escape(k) for k in numbers if len(k) == 1)
    unit_words = "|".join(sorted((re.escape(k) for k in units), key=len, reverse=True))
    pattern = re.compile(rf"(\d+(?:\.\d+)?|[{numerals}]+)\s*个?\s*({unit_words})")
    found = []
    for match in pattern.finditer(text):
        value = _chinese_number(match.group(1), numbers)
        if value is not None:
            hours = value * UNIT_HOURS[units[match.group(2)]]
            found.append((match.start(), match.end(), Duration(hours, match.group(0))))
    return found
