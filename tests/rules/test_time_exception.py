"""A past date or opening hours in the clause of a time make it no commitment
(time_exception): the follow-up still needs a time. A future time still counts."""

import pytest

from tests.helpers import rules_fired

RULE = "missing-response-time"

PAST = [
    ("en", "We received your parcel on the 2nd and are looking into it."),
    ("en", "Our 24/7 line is open, and we are looking into your case."),
    ("en", "Sorry it took 40 minutes on the line; a supervisor will call you back."),
    ("en", "Regarding the outage on 2 June, our operations centre will publish a report."),
    (
        "en",
        "I've asked accounts to fix your invoice for the March billing period and will forward it.",
    ),
    ("en", "Our lines are open Monday to Friday, and a caseworker will contact you once assigned."),
    ("da", "Vi modtog pakken den 2. marts, og vi undersøger sagen."),
    ("sv", "Vi tog emot paketet den 2 mars, och vi undersöker saken."),
    ("et", "Saime paki kätte 2. märtsil ja uurime asja."),
    ("zh", "我们昨天下午收到了您的包裹，正在为您核实。"),
    ("zh", "關於您反映的情況，我們會調閱當日的監控錄影，查明後再回覆您。"),
    ("zh", "这两个月多收的月租会一并退还，处理完毕后再以短信通知您。"),
    ("zh", "原定今天14:00结束的停机维护需要延长，恢复后我们会再通知您。"),
    ("zh", "您上期（9月份）的电费账单金额异常，我们已派员查看电表，查看后再向您说明。"),
    ("zh", "您3月12日下的那笔订单，我们正在和商家核对发货记录，核对完毕会给您答复。"),
]
FUTURE = [
    ("en", "We are looking into it and will reply by the 5th."),
    ("en", "You'll get a call from the workshop on Thursday to book the car in."),
    ("en", "The assessor will visit on Tuesday 8 October, and we'll confirm the slot by SMS."),
    ("da", "Vi undersøger sagen og svarer senest den 5. marts."),
    ("sv", "Vi undersöker saken och svarar senast den 5 mars."),
    ("et", "Uurime asja ja vastame hiljemalt 5. märtsiks."),
    ("zh", "我们正在为您核实，明天中午前给您回复。"),
    ("zh", "原定的维修已经完成，我们会在明天中午前给您回电。"),
    ("zh", "我们本来就会在周五前回复您。"),
]


@pytest.mark.parametrize(("lang", "text"), PAST)
def test_a_past_time_does_not_time_a_promise(lang, text):
    assert RULE in rules_fired(text, lang)


@pytest.mark.parametrize(("lang", "text"), FUTURE)
def test_a_future_time_still_does(lang, text):
    assert RULE not in rules_fired(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your refund was issued today.\nWe'll look into the missing parcel too."),
        ("da", "Din refusion blev sendt i dag.\nVi undersøger også den manglende pakke."),
        ("zh", "退款今天已经退回。\n丢失的包裹我们也会帮您查一下。"),
    ],
)
def test_a_time_before_the_promises_sentence_does_not_time_it(lang, text):
    # In e-mail style (a sentence per line); on one chat line the time still counts.
    assert RULE in rules_fired(text, lang)


# A time in a clause about something done (Cantonese 咗, 已再次 "already again") says
# when it happened, not when more comes; a time in the promise's own clause still counts.
@pytest.mark.parametrize(
    "text",
    [
        "睇到你話今晚張單送錯咗，收到嘅係一個素食套餐。我哋已經交咗俾餐廳跟進，會盡快再聯絡你。",
        "今天我們已再次催促財務部門優先處理，款項撥出後會第一時間通知您。",
    ],
)
def test_a_time_of_something_done_leaves_the_promise_untimed(text):
    assert "missing-response-time" in rules_fired(text, "zh", "failure")


@pytest.mark.parametrize(
    "text",
    [
        "我哋已經將個案交咗俾同事，聽日中午前會回覆你。",
        "今天我们已再次催促财务部门，明天中午前给您回复。",
    ],
)
def test_a_time_in_the_promise_clause_still_counts(text):
    assert "missing-response-time" not in rules_fired(text, "zh", "failure")
