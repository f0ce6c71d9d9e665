"""Cases issue 11 names: contractions, routine transactions, praise, exact spans,
context from a sincere apology, ordinal dates. Each fails without its mechanism."""

import pytest

from replylint import lint_text
from replylint.analysis import pipeline_for
from tests.helpers import rules_fired


@pytest.mark.parametrize(
    "text",
    [
        "You didn't read the instructions.",
        "You never read the email.",
        "You should've read the terms.",
        "You must've typed it wrong.",
    ],
)
def test_english_contractions_are_blame(text):
    assert "customer-blame" in rules_fired(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\nWe have processed your refund for the returned jacket.\nBest, Ann",
        "Hi Sam,\nI have cancelled your subscription as requested.\nBest, Ann",
        "Thank you for your order. It has shipped and arrives on Friday.",
    ],
)
def test_routine_transactions_are_neutral(text):
    assert "missing-apology" not in rules_fired(text, "en")


def test_passing_on_praise_promises_nothing():
    text = "Thanks for the kind words! I've passed them on to the team."
    assert "missing-response-time" not in rules_fired(text, "en")
    complaint = "Thanks for telling us. I've passed your complaint on to the team."
    assert "missing-response-time" in rules_fired(complaint, "en")


def _span(text: str, rule: str, lang: str) -> str:
    [finding] = [f for f in lint_text(text, lang=lang) if f.rule == rule]
    return text[finding.column - 1 : finding.end_column - 1]


def test_response_time_points_at_the_vague_time_else_the_whole_promise():
    vague = "Sorry for the wait. We'll get back to you as soon as possible."
    assert _span(vague, "missing-response-time", "en") == "as soon as possible"
    bare = "Sorry for the wait. We'll get back to you."
    assert _span(bare, "missing-response-time", "en") == "We'll get back to you"


def test_a_sincere_apology_puts_the_draft_in_failure_context():
    text = "Woohoo, thanks for writing in! We're really sorry about all this."
    assert "breezy-opener" in rules_fired(text, "en")
    assert "breezy-opener" not in rules_fired("Woohoo, thanks for writing in!", "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("et", "Pakk jõuab teieni 20. novembril."), ("da", "Pakken kommer den 3. marts.")],
)
def test_an_ordinal_date_does_not_end_a_sentence(lang, text):
    assert len(pipeline_for(lang).analyse(text).sentences) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("et", "Helistame teile homme kl. 14 tagasi. Tellimus nr. 1234 on teel."),
        ("en", "Charges of Rs. 1,240 were applied twice. It takes approx. three days."),
        ("sv", "Vi ringer om ca. 3 dagar. Order nr. 12 är försenad."),
        ("da", "Vi ringer ca. 3 dage efter. Det koster min. 40 kr."),
    ],
)
def test_an_abbreviation_before_a_number_or_lower_case_word_does_not_end_a_sentence(lang, text):
    assert len(pipeline_for(lang).analyse(text).sentences) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Du kan hente cyklen efter kl. 16. Har du spørgsmål, så ring."),
        ("da", "Vi ses d. 14. juni kl. 9.35. Det nye kort ligger i appen."),
        # a seat or a code keeps its dot too ("14A.")
        ("da", "De har stadig sæde 14A. Skulle De ønske en anden plads, så skriv."),
        ("sv", "Du sitter på plats 23C. Vill du byta plats går det bra i appen."),
        ("en", "Your locker is B12. Should you lose the key, ask at the desk."),
        ("et", "Teie koht on 7B. Kui soovite vahetada, kirjutage meile."),
    ],
)
def test_a_capital_after_a_number_with_its_full_stop_starts_a_sentence(lang, text):
    """The Danish tokenizer keeps an ordinal's dot on the number ("16."); a month after
    it stays in the sentence, a capital opens the next."""
    assert len(pipeline_for(lang).analyse(text).sentences) == 2


def test_an_abbreviation_before_a_capital_may_end_a_sentence():
    text = "Tellimus maksab 40 eurot jne. Palun kinnitage."
    assert len(pipeline_for("et").analyse(text).sentences) == 2


def test_an_estonian_clock_time_after_kl_times_the_promise():
    assert "missing-response-time" not in rules_fired("Helistame teile kl. 14 tagasi.", "et")


def test_a_quote_below_the_signature_is_still_the_customers_message():
    from replylint.sources.plain import read_plain_text

    text = (
        "Hi Ann,\nThe replacement ships today.\n-- \nBob, Support\n\n"
        "On Monday, Ann wrote:\n> My order arrived broken and nobody answers!\n"
    )
    document = read_plain_text(text, "r.txt")
    assert "arrived broken" in document.quoted and "arrived broken" not in document.signature
    assert "missing-apology" in rules_fired(text, "en")


@pytest.mark.parametrize(
    ("lang", "sincere", "not_sincere"),
    [
        (
            "et",
            "Teie pakk jäi kahjuks kaduma. Vabandame, kui kaua vastus aega võttis.",
            "Teie pakk jäi kahjuks kaduma. Vabandame, kui teile jäi selline mulje.",
        ),
        (
            "et",
            "Teie pakk jäi kahjuks kaduma. Me ei saa küllalt vabandada.",
            "Teie pakk jäi kahjuks kaduma. Me ei vabanda.",
        ),
        (
            "en",
            "Your parcel was lost. We can't apologise enough for this.",
            "Your parcel was lost. We don't apologise for this.",
        ),
        (
            "sv",
            "Ditt paket har tyvärr försvunnit. Vi kan inte nog be om ursäkt.",
            "Ditt paket har tyvärr försvunnit. Vi ber inte om ursäkt.",
        ),
        (
            "da",
            "Din pakke er desværre blevet væk. Vi kan ikke undskylde nok.",
            "Din pakke er desværre blevet væk. Vi undskylder ikke.",
        ),
    ],
)
def test_a_qualifier_exception_keeps_an_apology_sincere(lang, sincere, not_sincere):
    """'kui kaua' asks how long (no condition); 'can't apologise enough' is no refusal."""
    assert "missing-apology" not in rules_fired(sincere, lang)
    assert "missing-apology" in rules_fired(not_sincere, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Godmorgen og god fredag til dig 😄 Beklager, at pakken er forsinket."),
        ("en", "Happy Friday 🎉 Sorry your parcel is late."),
        ("sv", "Tack för att du hör av dig :) Vi har tittat på felet."),
        ("et", "Head reedet 😄 Kahjuks on teie pakk hilinenud."),
    ],
)
def test_an_emoji_space_and_capital_end_a_sentence(lang, text):
    """So a cheerful opener is judged on its own, not as part of the apology after it."""
    assert len(pipeline_for(lang).analyse(text).sentences) == 2


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("da", "Hej hej og godmorgen! ☀️ Din pakke er forsinket.", "Hej hej og godmorgen! ☀️"),
        ("en", "Morning! ❤️ Your parcel is delayed.", "Morning! ❤️"),
        ("sv", "God morgon ☀️ Ditt paket är försenat.", "God morgon ☀️"),
        ("zh", "亲，早上好☀️ 您的包裹延误了。", "亲，早上好☀️"),
    ],
)
def test_an_emoji_with_a_variation_selector_ends_a_sentence_as_a_bare_one_does(lang, text, first):
    """The tokenizer splits U+FE0F off "☀️"; it still belongs to the emoji."""
    assert pipeline_for(lang).analyse(text).sentences[0].text == first


def test_an_emoji_inside_a_sentence_does_not_end_it():
    assert len(pipeline_for("en").analyse("Thanks 🙏 we will check it today.").sentences) == 1


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("sv", "Hej! 🌞 Vi har sett att din leverans är försenad.", "Hej! 🌞"),
        ("zh", "您好！😊 您的包裹延误了。", "您好！😊"),
        ("zh", "早上好呀！😊您的订单延误了。", "早上好呀！😊"),
        ("zh", "早上好呀！☀️😊您的订单延误了。", "早上好呀！☀️😊"),
        ("et", "Tere! 🌞 Teie pakk on hilinenud.", "Tere! 🌞"),
    ],
)
def test_an_emoji_after_a_full_stop_belongs_to_the_sentence_before(lang, text, first):
    assert pipeline_for(lang).analyse(text).sentences[0].text == first


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "周末愉快呀～您反映的故障我们在看。"),
        ("zh", "亲，祝您周末愉快，您的包裹延误了。"),
        ("en", "Hope you are having a fantastic week, unfortunately your parcel is delayed."),
        ("da", "Håber du har en dejlig dag, desværre er din pakke forsinket."),
        ("sv", "Hoppas du har en härlig dag, tyvärr är ditt paket försenat."),
        ("et", "Loodan, et teil on tore päev, kahjuks on teie pakk hilinenud."),
    ],
)
def test_cheer_in_an_earlier_clause_than_the_problem_is_breezy(lang, text):
    """Chat runs the greeting and the problem into one sentence: the cheer still comes
    before the problem is owned."""
    assert "breezy-opener" in rules_fired(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "很抱歉您的包裹延误了，祝您周末愉快。"),
        ("en", "Sorry your parcel is delayed, have a lovely weekend."),
    ],
)
def test_cheer_after_the_problem_is_owned_is_not_an_opener(lang, text):
    assert "breezy-opener" not in rules_fired(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hi Sam,\n\nMany thanks for your email!!\n\nYour parcel is delayed.\n"
            "We will be in touch.\nTom\n",
        ),
        (
            "et",
            "Tere Sam,\n\nAitäh kirja eest!!\n\nTeie pakk on hilinenud.\nAnname teada.\nTom\n",
        ),
        ("zh", "您好，\n\n祝您周末愉快！\n\n您的包裹延误了。\n我们会尽快回复。\n小美\n"),
    ],
)
def test_a_sign_off_line_below_the_greeting_alone_is_the_draft_not_its_signature(lang, text):
    assert {"breezy-opener", "missing-apology"} <= rules_fired(text, lang)


def test_a_sign_off_after_the_body_still_starts_the_signature():
    text = (
        "Hi Sam,\n\nWe're sorry your parcel is delayed; it now arrives on Friday.\n\n"
        "Many thanks for your patience!!\nTom\n"
    )
    assert rules_fired(text, "en") == set()


@pytest.mark.parametrize(
    ("lang", "quoted", "own"),
    [
        (
            "da",
            'Hej Lone,\n\nDu skrev: „I har jo ikke læst min mail", og det forstår jeg godt. '
            "Vi har nu sendt en ny pakke.\n\nVenlig hilsen\nPer",
            "Hej Lone,\n\nI har jo ikke læst min mail, og det forstår jeg godt.\n\n"
            "Venlig hilsen\nPer",
        ),
        (
            "sv",
            "Hej,\n\nDu skrev ”du har inte läst villkoren” i ditt mejl, och vi har nu gått "
            "igenom ärendet.\n\nHälsningar\nEva",
            "Hej,\n\nDu har inte läst villkoren, så avgiften gäller.\n\nHälsningar\nEva",
        ),
        (
            "et",
            'Tere!\n\nTe kirjutasite, et „te ei lugenud mu kirja" – vaatasime asja üle.\n\n'
            "Lugupidamisega\nMari",
            "Tere!\n\nTe ei lugenud mu kirja, seepärast tasu jääb.\n\nLugupidamisega\nMari",
        ),
        (
            "en",
            'Hi Sam,\n\nThe app showed "You failed to verify your card" when you paid; that '
            "text was wrong.\n\nBest,\nAl",
            "Hi Sam,\n\nYou failed to verify your card when you paid.\n\nBest,\nAl",
        ),
        (
            "zh",
            "您好，您说“是你没看清楚说明”，我们已为您处理。",
            "您好，是你没看清楚说明，我们已为您处理。",
        ),
    ],
)
def test_blame_words_the_draft_quotes_are_not_the_agents(lang, quoted, own):
    """RULES.md: blame-words the customer wrote are not the agent's blame, also when the
    agent quotes them inside a sentence."""
    assert "customer-blame" not in rules_fired(quoted, lang)
    assert "customer-blame" in rules_fired(own, lang)


def test_blame_around_a_quoted_title_is_still_blame():
    text = 'Hi Sam,\n\nPlease read the "Returns" section carefully before you send it.\n\nAl'
    assert "customer-blame" in rules_fired(text, "en")


def test_a_quotation_ends_with_its_paragraph():
    from replylint.inline_quotes import quoted_spans

    text = 'He said "no.\n\nYou failed to read it, and «this» was all.'
    spans = quoted_spans(text)
    assert [text[s:e] for s, e in spans] == ["this"]


def test_an_unclosed_mark_gives_up_and_later_quotations_still_count():
    """A mark left open for more than MAX_QUOTE_CHARS opens nothing; the scan goes on."""
    from replylint.inline_quotes import MAX_QUOTE_CHARS, quoted_spans

    text = 'Order 5" screen ' + "x" * MAX_QUOTE_CHARS + ' and you wrote “never read” here."'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["never read"]
    mixed = "Du skrev „vi har ikke læst den“ og »send den igen«, og 「沒有收到」."
    assert [mixed[s:e] for s, e in quoted_spans(mixed)] == [
        "vi har ikke læst den",
        "send den igen",
        "沒有收到",
    ]


@pytest.mark.parametrize(
    ("lang", "smiley", "plain"),
    [
        ("da", "Hej Anna ^_^ Vi har sendt pakken i dag.", "Hej Anna, vi har sendt pakken i dag."),
        ("sv", "Hej Anna (: Vi har skickat paketet.", "Hej Anna, vi har skickat paketet."),
        ("et", "Tere, Mari ^_^ Saatsime paki täna teele.", "Tere, Mari, saatsime paki täna teele."),
        ("en", "Hi Sam (: We sent the parcel today.", "Hi Sam, we sent the parcel today."),
    ],
)
def test_a_typed_smiley_before_a_capital_ends_the_sentence(lang, smiley, plain) -> None:
    """As an emoji does: the cheer and the news are two sentences (openers count them)."""
    from replylint.analysis import pipeline_for

    assert len(pipeline_for(lang).analyse(smiley).sentences) == 2
    assert len(pipeline_for(lang).analyse(plain).sentences) == 1


@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        # 要是 "if" inside 主要是 "mainly is", 需要是 "needs to be": no condition
        ("这次发货晚了，主要是因为仓库系统升级。", "conditional", []),
        ("您需要是会员才能参加这个活动。", "conditional", []),
        # 若 "if" inside 若干 "several"
        ("若干天后您会收到确认邮件。", "conditional", []),
        # a real 要是 still opens one
        ("要是包裹明天还没到，请联系我们。", "conditional", ["要是"]),
    ],
)
def test_a_chinese_match_does_not_cut_through_an_unbroken_word(text, category, found):
    analysis = pipeline_for("zh").analyse(text)
    assert [text[m.start_char : m.end_char] for m in analysis.of(category)] == found


def test_chinese_blame_after_mainly_is_not_read_as_a_condition():
    """主要是因为您… lays the cause on the customer; 要是 inside 主要 vetoed the frame."""
    result = lint_text("这次的延误，主要是因为您提交的材料一再出错。", lang="zh", context="failure")
    assert "customer-blame" in {f.rule for f in result}
