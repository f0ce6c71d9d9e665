"""Failure context: real problems count; look-alikes and offers of help do not."""

import pytest

from replylint import lint_text
from replylint.analysis import pipeline_for
from replylint.context import detect_context
from replylint.placeholders import mask_numeric_placeholders


def context_of(text: str, lang: str, quoted: str = "") -> str:
    pipeline = pipeline_for(lang)
    quoted_analysis = pipeline.analyse(quoted) if quoted else None
    return detect_context(pipeline.analyse(text), quoted_analysis, None).kind


FAILURE = [
    ("en", "Your parcel has been delayed at the depot."),
    ("en", "The appeal you submitted has been approved."),
    ("da", "Din pakke er desværre blevet forsinket."),
    ("da", "Appellen af kontoadvarslen er blevet godkendt."),
    ("sv", "Betalningen misslyckades i går."),
    ("sv", "Överklagandet du skickade in har godkänts."),
    ("et", "Teie pakk on kahjuks hilinenud."),
    ("et", "Teie vaidlustus on rahuldatud."),
    ("zh", "我们的系统出现了故障。"),
    ("zh", "您遞交的申訴已獲批准。"),
    ("zh", "此件从早上到现在没有更新信息。"),
]

NEUTRAL = [
    # Look-alikes: "without problems", failed sign-in alerts, "not until", policy limits.
    ("en", "Your file was imported without any problems."),
    ("en", "Failed second factor authentication. Here are the details of the sign-in attempt."),
    ("en", "You cannot access most features until your account is approved."),
    ("da", "Din fil blev importeret uden problemer."),
    ("da", "Du kan ikke bruge de fleste funktioner, før din konto er godkendt."),
    ("da", "Mener du, at dette er en fejl, kan du skrive til os."),
    ("sv", "Din fil importerades utan problem."),
    ("sv", "Ditt lösenord ändras inte förrän du öppnar länken."),
    ("sv", "Anser du att detta är ett fel kan du skriva till oss."),
    ("et", "Soovitame viivitamata parooli vahetada."),
    ("et", "Fail imporditi probleemideta."),
    ("zh", "您的文件已导入，没有问题。"),
    ("zh", "在您的帐户获批之前，您无法使用大部分功能。"),
    ("zh", "麻烦您提供一下订单号。"),
    # 问题 alone is "question"; a refund or return the customer asks for is a request.
    ("zh", "亲爱的，您的问题已经收到，马上为您查询。"),
    ("zh", "这边可以为您办理退款，请提供订单号。"),
]


@pytest.mark.parametrize(("lang", "text"), FAILURE)
def test_problem_puts_reply_in_failure_context(lang: str, text: str) -> None:
    assert context_of(text, lang) == "failure"


@pytest.mark.parametrize(("lang", "text"), NEUTRAL)
def test_look_alikes_stay_neutral(lang: str, text: str) -> None:
    assert context_of(text, lang) == "neutral"


def test_customer_own_slip_in_quote_is_not_a_failure() -> None:
    assert context_of("您先尝试在订单上修改一下呢", "zh", quoted="我电话填错了怎么办") == "neutral"
    assert context_of("您先尝试在订单上修改一下呢", "zh", quoted="你们发错货了") == "failure"


def test_sentence_start_anchor_only_matches_at_sentence_start() -> None:
    """Verb-first conditionals: 'Mener du, ...' is 'if you think'; mid-sentence it is not."""
    assert context_of("Mener du, at dette er en fejl, kan du skrive til os.", "da") == "neutral"
    assert context_of("Hvad mener du om, at der er en fejl i fakturaen?", "da") == "failure"
    assert context_of("Anser du att detta är ett fel kan du skriva till oss.", "sv") == "neutral"
    assert context_of("Vad anser du om att det blev fel på fakturan?", "sv") == "failure"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("within %{hours} hours", "within 00000000 hours"),
        ("inden for {{ days }} dage", "inden for 0000000000 dage"),
        ("在[数字x]小时内", "在00000小时内"),
        ("Hi %{name}, welcome to %{instance}", "Hi %{name}, welcome to %{instance}"),
    ],
)
def test_numeric_placeholders_read_as_numbers(text: str, masked: str) -> None:
    assert mask_numeric_placeholders(text) == masked
    assert len(mask_numeric_placeholders(text)) == len(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We are looking into it and will get back to you within %{hours} hours."),
        ("da", "Vi undersøger sagen og vender tilbage inden for {{ days }} dage."),
        ("zh", "我们正在为您查询，会在[数字x]小时内给您回复。"),
        ("sv", "Vi undersöker saken och återkommer inom %{days} dagar."),
        ("et", "Uurime asja ja võtame teiega ühendust {{ hours }} tunni jooksul."),
    ],
)
def test_placeholder_duration_is_a_concrete_time(lang: str, text: str) -> None:
    assert "missing-response-time" not in {f.rule for f in lint_text(text, lang=lang)}


def test_short_draft_takes_its_language_from_content_language_or_the_quote() -> None:
    from replylint.linter import lint_documents
    from replylint.sources import read_bytes

    headers = b"From: a@example.se\nTo: b@example.se\nSubject: Re: x\n"
    short = b"\nHej!\n\nOK.\n"
    hinted = headers + b"Content-Language: sv\nContent-Type: text/plain; charset=utf-8\n" + short
    assert lint_documents(read_bytes(hinted, "m.eml")).language == "sv"
    assert lint_documents(read_bytes(headers + short, "m.eml")).language is None
    quoted = (
        "Hej!\n\nOK.\n\nDen 3 juni 2024 kl 10:12 skrev Anna <a@example.se>:\n"
        "> Mitt paket har fortfarande inte kommit och ingen svarar på mina mejl.\n"
    )
    assert lint_documents(read_bytes(quoted.encode(), "r.txt")).language == "sv"
