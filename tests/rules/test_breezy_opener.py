"""breezy-opener: positives and hard negatives in every language."""

import pytest
from helpers import rule_case_tests

RULE = "breezy-opener"

FIRES = [
    ("en", "Great news! We looked into your missing parcel."),
    ("en", "Hi Sam,\nHope you're having a fantastic day! Your order was lost in transit."),
    ("en", "Hi Sam,\nThanks so much for reaching out!! 😊 Your refund failed."),
    ("en", "Happy Monday! Sorry to hear the app crashed."),
    ("da", "Hej Jens,\nHvor dejligt at høre fra dig! Din pakke er desværre forsinket."),
    ("da", "Hej Jens,\nTusind tak for din mail! Vi har kigget på den manglende pakke."),
    ("sv", "Hej Anna,\nTack så mycket för ditt mejl! 😊 Ditt paket är försenat."),
    ("sv", "Hej Anna,\nGoda nyheter! Vi har tittat på ditt saknade paket."),
    ("et", "Tere, Mari!\nLoodan, et teil on tore päev! Teie pakk on hilinenud."),
    ("et", "Tere!\nHead uudised! Vaatasime teie kadunud paki üle."),
    ("zh", "亲，您好呀～😊\n您的包裹丢失了，我们来看看。"),
    ("zh", "好消息！您的包裹延误了。"),
    # Chat utterances separated by spaces: the cheerful one opens the reply.
    ("zh", "亲爱哒 好消息 您的退款延迟了 需要财务受理"),
    # Chirpy slogans and small talk before the problem is dealt with.
    (
        "en",
        "If you need help, we're just an @ away!\n\n> My Xbox keeps crashing.\n",
    ),
    ("da", "Vi er altid kun en besked væk!\n\n> Min pakke er forsinket.\n"),
    ("sv", "Vi är alltid bara ett meddelande bort!\n\n> Mitt paket är försenat.\n"),
    ("et", "Oleme alati vaid ühe sõnumi kaugusel!\n\n> Minu pakk on hilinenud.\n"),
    ("zh", "快递小哥正在快马加鞭呢 小妹帮您催一下\n\n> 到现在还没有派送\n"),
    ("zh", "请您喝杯水稍作休息，我现在看下您的问题\n\n> 包裹里少了一件商品\n"),
    # delight at the contact, the day's weather or mood, a wish for the day (a probe by a
    # writer who never read the lexicon)
    ("en", "Splendid to hear from you, sir! The late pension payment is something I'll check."),
    ("en", "What a delight to receive your letter! I am sorry the kitchen fitting has overrun."),
    ("en", "Thrilled to be helping you today! Sorry the ATM swallowed your bank card."),
    ("en", "Hello!! Isn't it a glorious Tuesday? Your order was shipped to the wrong country."),
    ("en", "Wishing you a splendid Thursday! We noticed the outage hit your line too."),
    ("en", "Hello, you wonderful person! I'm so sorry your gift card didn't work."),
]

QUIET = [
    ("en", "Hi Sam,\nThank you for your email. I'm sorry your parcel has not arrived."),
    ("en", "Hey Georgia!\nI'm sorry the app crashed. A fix is out now."),
    ("en", "Hi Sam,\nWe're so sorry your order was lost! Great news: we found it."),
    ("en", "Great news! Your order has shipped."),
    ("da", "Hej Anna!\nTak for din henvendelse. Vi beklager, at pakken er forsinket."),
    ("da", "Hej Jens,\nVi beklager fejlen. Gode nyheder: pakken er fundet!"),
    ("sv", "Hej Anna!\nTack för ditt mejl. Vi ber om ursäkt för förseningen."),
    ("sv", "Hej Anna,\nVi ber om ursäkt för förseningen. Ha en trevlig helg!"),
    ("et", "Tere, Mari!\nTäname pöördumise eest. Vabandame, et pakk hilines."),
    ("et", "Tere, Mari!\nHead uudised! Teie tellimus on teel."),
    ("zh", "您好！\n非常抱歉，您的包裹还没有送到。"),
    ("zh", "您好！感谢您的来信。您的包裹延误了，非常抱歉。"),
    # A cheerful wish closing the draft is a sign-off, not an opener.
    ("zh", "需要财务和银行受理哦。祝您今天心情愉快！\n\n> 没到账呢\n"),
    ("en", "Hi Sam,\nThe bank needs 3-5 working days. Happy Friday!\n\n> My refund is late!\n"),
    ("da", "Hej Jens,\nBanken skal bruge tre hverdage. God weekend!\n\n> Min refusion mangler!\n"),
    (
        "sv",
        "Hej Anna,\nBanken behöver tre arbetsdagar. Trevlig helg!\n\n> Min återbetalning saknas!\n",
    ),
    (
        "et",
        "Tere, Mari!\nPank vajab kolm tööpäeva. Ilusat nädalavahetust!\n\n> Raha pole tulnud!\n",
    ),
    # Chat utterances separated by spaces: the closing wish is a third sentence.
    ("zh", "需要财务和银行受理哦 三到五个工作日到账 祝您:开心工作，快乐生活\n\n> 没到账呢\n"),
    ("en", "I'm sorry your order was shipped to the wrong country. Have a glorious Tuesday!"),
    ("en", "Sorry about the outage on your line. Wishing you a splendid weekend."),
]


test_fires, test_quiet = rule_case_tests(RULE, FIRES, QUIET)


def test_a_title_line_naming_the_problem_does_not_end_the_opener() -> None:
    """A heading above the draft ("# 订单延误说明", "<h2>Order delay</h2>") is a subject:
    the cheerful greeting below it still opens the reply; a sentence that owns the
    problem first still does."""
    from replylint import lint_text

    def fired(text: str, fmt: str, lang: str) -> bool:
        found = lint_text(text, lang=lang, context="failure", format=fmt)
        return RULE in {f.rule for f in found}

    assert fired(
        "# 关于订单延误的说明\n\n亲，您好呀～😊\n\n您的订单延误了，非常抱歉。\n", "markdown", "zh"
    )
    assert fired("<h2>Order delay</h2>\n<p>Happy Monday! Your order is late.</p>\n", "html", "en")
    assert not fired("您的订单延误了，非常抱歉。\n\n祝您周末愉快～😊\n", "text", "zh")
    assert not fired(
        "# 关于订单延误的说明\n\n您好，\n\n您的订单延误了，非常抱歉。\n", "markdown", "zh"
    )


# A title that names the problem, then a cheerful greeting (fires) or a plain one (quiet).
TITLED = {
    "da": (
        "# Forsinket levering\n\nHej Anna! Hvor dejligt at høre fra dig! 😊\n\n"
        "Din pakke er desværre forsinket, og det beklager vi.\n",
        "# Forsinket levering\n\nHej Anna,\n\nDin pakke er desværre forsinket, og det "
        "beklager vi.\n",
    ),
    "sv": (
        "# Försenad leverans\n\nHej Anna! Tack så mycket för ditt mejl! 😊\n\n"
        "Ditt paket är tyvärr försenat, och det beklagar vi.\n",
        "# Försenad leverans\n\nHej Anna,\n\nDitt paket är tyvärr försenat, och det beklagar vi.\n",
    ),
    "et": (
        "# Hilinenud tarne\n\nTere, Mari! Loodan, et teil on tore päev! 😊\n\n"
        "Teie pakk on kahjuks hilinenud, vabandame.\n",
        "# Hilinenud tarne\n\nTere, Mari!\n\nTeie pakk on kahjuks hilinenud, vabandame.\n",
    ),
}


@pytest.mark.parametrize("lang", sorted(TITLED))
def test_a_title_line_does_not_end_the_opener_in_every_language(lang: str) -> None:
    from replylint import lint_text

    cheerful, plain = TITLED[lang]
    fired = {f.rule for f in lint_text(cheerful, lang=lang, context="failure", format="markdown")}
    quiet = {f.rule for f in lint_text(plain, lang=lang, context="failure", format="markdown")}
    assert RULE in fired and RULE not in quiet


# Smileys typed as text are cheer in an opener: the ones the list gained too.
SMILEY_OPENERS = {
    "da": "Hej Anna =D\n\nDin pakke er desværre forsinket, og det beklager vi.",
    "sv": "Hej Anna ^_^\n\nDitt paket är tyvärr försenat, och det beklagar vi.",
    "et": "Tere, Mari :]\n\nTeie pakk on kahjuks hilinenud, vabandame.",
    "zh": "亲，您好 (:\n\n您的订单延误了，非常抱歉。",
    "en": "Hi Sam =D\n\nYour parcel is late, and we are sorry.",
}


@pytest.mark.parametrize("lang", sorted(SMILEY_OPENERS))
def test_a_typed_smiley_in_the_opener_is_breezy(lang: str) -> None:
    from replylint import lint_text

    text = SMILEY_OPENERS[lang]
    assert RULE in {f.rule for f in lint_text(text, lang=lang, context="failure")}
    plain = text.split("\n", 1)[0].rsplit(" ", 1)[0] + "\n" + text.split("\n", 1)[1]
    assert RULE not in {f.rule for f in lint_text(plain, lang=lang, context="failure")}
