"""Language identification: short greetings, scripts, unsupported languages, determinism."""

import pytest

from replylint.language import detect_language
from replylint.linter import language_markers

CASES = [
    ("da", "Hej Jens,\nTak for din mail. Vi kigger på det."),
    ("da", "Hej Jens,\nVi beklager ventetiden. Din pakke er nu sendt, og du kan følge den her."),
    ("sv", "Hej Anna,\nTack för ditt mejl. Vi tittar på det."),
    (
        "sv",
        "Hej Anna,\nVi ber om ursäkt för förseningen. Ditt paket är nu skickat och kan spåras här.",
    ),
    ("et", "Tere Mari,\nTäname kirja eest. Vaatame selle üle."),
    (
        "et",
        "Tere, Mari!\nVabandame hilinemise pärast. Teie pakk on nüüd teel ja jõuab homme kohale.",
    ),
    ("en", "Hi John,\nThanks for your email. We're looking into it."),
    ("zh", "对不起！"),
    ("zh", "您好，對不起，您的包裹延誤了。"),
]


@pytest.mark.parametrize("expected,text", CASES)
def test_detects_supported_languages(expected, text):
    assert detect_language(text, language_markers()).lang == expected


def test_unsupported_language_is_named():
    text = (
        "Sehr geehrte Frau Müller,\n"
        "vielen Dank für Ihre Nachricht. Wir prüfen den Vorgang und melden uns."
    )
    guess = detect_language(text, language_markers())
    assert guess.lang is None and guess.found == "de"
    assert "'de' is not supported" in guess.notice


def test_japanese_is_not_mistaken_for_chinese():
    guess = detect_language(
        "お問い合わせありがとうございます。確認いたします。", language_markers()
    )
    assert guess.lang is None and guess.found == "ja"


def test_detection_is_deterministic():
    text = "Hej, tak for din mail. Vi ser på sagen og vender tilbage hurtigst muligt."
    results = {detect_language(text, language_markers()).lang for _ in range(5)}
    assert results == {"da"}
