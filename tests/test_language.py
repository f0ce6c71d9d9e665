"""Language identification: short greetings, scripts, unsupported languages, determinism."""

import pytest

from replylint.language import detect_language
from replylint.linter import language_alphabets, language_markers

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


@pytest.mark.parametrize(
    "text",
    [
        "您好，歡迎成為我們的一員～你的「月卡・不限堂數」方案已經開通，明天起就可以預約課程。",
        "您好，我们的新品「幸福の味」礼盒已经上架，欢迎选购。订单将在三个工作日内发货。",
        "您好，感謝您的來信。您訂購的咖啡豆ー深焙款ー已經出貨，預計週五送達。",
    ],
)
def test_chinese_with_a_borrowed_kana_mark_is_chinese(text):
    """The middle dot and long-vowel mark are katakana code points Chinese text uses,
    and a slogan may borrow a の: neither makes a Chinese draft Japanese."""
    assert detect_language(text, language_markers()).lang == "zh"


def test_short_japanese_is_still_japanese():
    guess = detect_language("確認中です。", language_markers())
    assert guess.lang is None and guess.found == "ja"


def test_detection_is_deterministic():
    text = "Hej, tak for din mail. Vi ser på sagen og vender tilbage hurtigst muligt."
    results = {detect_language(text, language_markers()).lang for _ in range(5)}
    assert results == {"da"}


# Letters beyond a-z decide drafts that marker words leave open or get wrong: æ/ø are
# Danish only, õ Estonian only. Names ("Søren", alone or after a greeting) do not count.
ALPHABET_CASES = [
    (
        "da",
        "Sikkerhedsbekræftelse mislykkedes.\n\n"
        "Sikkerhedsbekræftelse mislykkedes. Blokeres cookies?",
    ),
    ("et", "Uus turvavõti on lisatud\n\nKontole on lisatud järgnev turvavõti"),
    (
        "da",
        "Adgangskodenulstilling\n\nDu har anmodet om en ny adgangskode. Har du ikke anmodet "
        "om dette, så ignorér denne e-mail. Din adgangskode skiftes først, når en ny er "
        "oprettet vha. linket ovenfor.",
    ),
    (
        "en",
        "Hi Søren,\nThanks for your patience. Your order has shipped today and should "
        "arrive on Friday.\n\nBest regards,\nBjörn Ødegård",
    ),
    ("en", "Thanks for your patience, Søren. Your order has shipped and arrives on Friday."),
]


@pytest.mark.parametrize("expected,text", ALPHABET_CASES)
def test_alphabet_decides_what_marker_words_leave_open(expected, text):
    assert detect_language(text, language_markers(), language_alphabets()).lang == expected


def test_without_alphabets_the_short_drafts_stay_undetermined_or_wrong():
    """The cases above need the letters: marker words alone do not get them right."""
    wrong = [
        text
        for expected, text in ALPHABET_CASES[:3]
        if detect_language(text, language_markers()).lang != expected
    ]
    assert len(wrong) == 3


def test_a_long_draft_is_judged_on_its_beginning():
    """Detection reads the first DETECT_CHARS characters: the same answer, bounded cost."""
    from replylint.language import DETECT_CHARS

    danish = "Hej Anna, tak for din besked. Vi kigger på sagen og vender tilbage.\n"
    english = "Thank you for your message, we will look into it and get back to you.\n"
    text = english * 900 + danish * 9000
    assert len(english * 900) > DETECT_CHARS
    guess = detect_language(text, language_markers(), language_alphabets())
    assert guess.lang == "en"
