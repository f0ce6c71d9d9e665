"""Durations for max-response-time: read in every language, compared to the limit."""

from __future__ import annotations

import pytest

from replylint.durations import find_durations, parse_duration
from replylint.lexicon import load_builtin
from replylint.linter import lint_document
from replylint.sources.plain import read_plain_text


@pytest.mark.parametrize(
    ("lang", "text", "hours"),
    [
        ("da", "Vi vender tilbage inden for to arbejdsdage.", 48),
        ("da", "Du hører fra os inden for 24 timer.", 24),
        ("sv", "Vi återkommer inom tre dagar.", 72),
        ("sv", "Vi hör av oss inom en vecka.", 168),
        ("et", "Vastame kahe tööpäeva jooksul.", 48),
        ("et", "Vastame 24 tunni jooksul.", 24),
        ("zh", "我们会在二十四小时内回复。", 24),
        ("zh", "最晚三个工作日内答复您。", 72),
        ("en", "We will reply within 3 business days.", 72),
        ("en", "You'll hear from us within 48h.", 48),
        ("en", "It takes 2-3 days.", 72),
    ],
)
def test_durations_are_read_in_every_language(lang: str, text: str, hours: float) -> None:
    lexicon = load_builtin(lang)
    found = find_durations(text, lexicon.numbers, lexicon.units, chinese=lang == "zh")
    assert max(d.hours for _, _, d in found) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [("48h", 48), ("2 days", 48), ("2 business days", 48), ("1 week", 168), ("30 min", 0.5)],
)
def test_config_durations(text: str, hours: float) -> None:
    assert parse_duration(text).hours == hours


@pytest.mark.parametrize("text", ["soon", "2 months", "forever", ""])
def test_bad_config_durations(text: str) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Hej,\nVi undersøger sagen og vender tilbage inden for fem arbejdsdage.\n"),
        ("sv", "Hej,\nVi undersöker saken och återkommer inom fem dagar.\n"),
        ("et", "Tere,\nUurime asja ja võtame teiega ühendust viie tööpäeva jooksul.\n"),
        ("zh", "您好，\n我们正在为您查询，会在五天内给您回复。\n"),
        ("en", "Hi,\nWe are looking into it and will get back to you within 5 days.\n"),
        # The time that makes the promise timed, two sentences later, is the one judged.
        ("en", "Hi,\nWe are investigating. The cause is a database fault. Fixed within 5 days.\n"),
        ("da", "Hej,\nVi undersøger sagen. Fejlen ligger hos leverandøren. Svar inden fem dage.\n"),
    ],
)
def test_promise_longer_than_the_limit_is_reported(lang: str, text: str) -> None:
    def findings(limit: str):
        document = read_plain_text(text, "x.txt")
        result = lint_document(document, lang=lang, max_response_time=parse_duration(limit))
        return [f for f in result.findings if f.rule == "missing-response-time"]

    [too_long] = findings("48h")
    assert "longer than the team's maximum response time (48h)" in too_long.message
    assert findings("1 week") == []


_PROMISES = {
    "en": "Hi,\n\nWe are looking into it and will get back to you by {d}.\n\nBest,\nAl",
    "da": "Hej,\n\nVi undersøger sagen og vender tilbage senest {d}.\n\nHilsen\nPer",
    "sv": "Hej,\n\nVi undersöker saken och återkommer senast {d}.\n\nHälsningar\nEva",
    "et": "Tere!\n\nUurime asja ja anname teada hiljemalt {d}, kui midagi selgub.\n\nMari",
    "zh": "您好，我们正在核查，会在{d}前回复您。",
}


@pytest.mark.parametrize("lang", sorted(_PROMISES))
@pytest.mark.parametrize("date", ["2026-12-24", "24.12.2026", "24/12/2026", "2026/12/24"])
def test_a_numeric_date_is_a_deadline_in_every_language(lang, date):
    """Each tokenizer splits "2026-12-24" its own way; the date is found in the text."""
    from replylint import lint_text

    rules = [f.rule for f in lint_text(_PROMISES[lang].replace("{d}", date), lang=lang)]
    assert "missing-response-time" not in rules


@pytest.mark.parametrize("text", ["version 2.1.10", "call 12-34-5678", "2026-13-01", "3/4"])
def test_numbers_that_are_no_date_are_not_read_as_one(text):
    from replylint.numeric_dates import find_numeric_dates

    assert find_numeric_dates(text) == []


@pytest.mark.parametrize(("name", "fires"), [("case.due_date", False), ("case.owner", True)])
def test_a_jinja_placeholder_named_as_a_date_is_a_deadline(tmp_path, name, fires):
    from replylint import lint_path

    template = tmp_path / "reply.txt.j2"
    template.write_text(
        f"Hi {{{{ customer.name }}}},\n\nWe are looking into your case and will get back "
        f"to you by {{{{ {name} }}}}.\n\nBest,\n{{{{ agent }}}}\n",
        encoding="utf-8",
    )
    rules = [f.rule for f in lint_path(template, config=None)]
    assert ("missing-response-time" in rules) == fires
