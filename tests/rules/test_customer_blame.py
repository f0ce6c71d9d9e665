"""customer-blame: positives and hard negatives in every language, with positions."""

import pytest
from helpers import rule_case_tests, rules_fired

from replylint import lint_text

RULE = "customer-blame"

FIRES = [
    ("en", "As I already told you, the refund was sent."),
    ("en", "You should have read the terms before ordering."),
    ("en", "Per my last email, the refund is processing."),
    ("en", "As clearly stated in our FAQ, sale items are final."),
    ("en", "Please stop submitting duplicate requests."),
    ("en", "You must have typed it wrong."),
    ("da", "Som jeg allerede har skrevet, er pengene sendt."),
    ("da", "Du burde have læst betingelserne."),
    ("da", "Det er din egen skyld."),
    ("sv", "Som jag redan har skrivit är pengarna skickade."),
    ("sv", "Du borde ha läst villkoren."),
    ("sv", "Fler ärenden gör det inte snabbare."),
    ("et", "Nagu ma juba ütlesin, on raha saadetud."),
    ("et", "Te oleksite pidanud tingimusi lugema."),
    ("et", "See on teie enda süü."),
    ("zh", "我已经跟您说过了，退款已经发出。"),
    ("zh", "这是您自己的问题。"),
    ("zh", "請不要重複提交工單。"),
    # Emphatic "we do advise … online": the customer should have looked.
    ("en", "Hi Maggie, we do advise our call charges online for when you need to contact us."),
    # session 17 probes: the cause laid on the customer's slip, said again, asked again,
    # duty set against what they did, disbelief, a duty refused, an accusation turned back
    ("zh", "退款迟迟没到账，是因为您提供的银行卡号有误。"),
    ("zh", "这次的延误，主要是因为您提交的材料一再出错。"),
    ("zh", "我再重申一遍，身份证复印件必须正反两面都有。"),
    ("zh", "之前电话里不是已经说好了吗，怎么又来问一遍？"),
    ("zh", "值机本来就该在起飞前办好，而不是到了机场才来问我们。"),
    ("zh", "這麼明顯的提示您都沒看到，我們也很無奈。"),
    ("en", "I'm not sure how you managed to order two sizes too small."),
    ("en", "Told you on the phone yesterday that the part's on backorder."),
    ("en", "It isn't our job to remind you to cancel your free trial."),
    ("en", "Contrary to what you seem to think, the wording leaves no room for doubt."),
    ("en", "Just to reiterate what my colleague has already explained to you twice, no."),
]

QUIET = [
    ("en", "You should have received an email by now."),
    ("en", "You should have access now."),
    ("en", "If you did not get it, please check your spam folder."),
    ("en", "You can find the steps in our FAQ. As you mentioned, the parcel was late."),
    ("en", "We made a mistake. I should have called you back."),
    ("da", "Du burde have modtaget en mail nu."),
    ("da", "Som du skriver, var pakken forsinket. Vi burde have ringet til dig."),
    ("sv", "Du borde ha fått ett mejl nu."),
    ("sv", "Som du skriver var paketet försenat."),
    ("et", "Te oleksite pidanud saama kinnituskirja."),
    ("et", "Nagu te mainisite, oli pakk hiljaks jäänud."),
    ("zh", "您应该已经收到邮件了。"),
    ("zh", "如您所说，包裹晚到了。"),
    ("en", "DM means direct message! You should have that option by clicking my face!"),
    ("en", "We advise checking our website for the latest opening hours."),
    # our own slip in a previous mail, agreeing with the customer, asking them to repeat
    ("en", "Our previous email gave the wrong return address; our apologies for the mix-up."),
    ("en", "Just to reiterate, your refund was issued this morning."),
    ("zh", "我在上一封邮件里漏写了取件地址，现补充如下，给您添麻烦了。"),
    ("zh", "您说得对，页面上的说明确实容易让人误解，我们会修改。"),
    ("zh", "您说的没错，合同里确实没有写明这项费用，我们会为您退还。"),
    ("zh", "请您再说一遍您的订单号，我帮您查询。"),
    ("zh", "如果当时我们能早点提醒您续费，就不会造成服务中断，非常抱歉。"),
    ("zh", "由于您填写的地址可能有误，麻烦您核对一下。"),
]


test_fires, test_quiet = rule_case_tests(RULE, FIRES, QUIET)


def test_reported_at_the_phrase():
    findings = lint_text("Hello,\nthanks. As I already told you, it shipped.", lang="en")
    blame = [f for f in findings if f.rule == RULE]
    assert [(f.line, f.column, f.end_line, f.end_column) for f in blame] == [(2, 9, 2, 26)]


def test_blame_in_quoted_customer_text_is_not_reported():
    text = "Hi,\nThanks for writing.\n\n> As I already told you, you failed to ship it!\n"
    assert RULE not in rules_fired(text, "en")


def test_position_counts_code_points_in_chinese():
    findings = [f for f in lint_text("您好！这是您自己的问题。", lang="zh") if f.rule == RULE]
    # 您 好 ！ 这 are columns 1-4; the phrase starts at 是, column 5.
    assert (findings[0].line, findings[0].column) == (1, 5)


# "This could have been avoided if you had ...": the customer's omission, whatever the
# omitted act; advice on avoiding it next time, or the company's own omission, is none.
_AVOIDABLE_IF_YOU_HAD = [
    ("en", "This could easily have been avoided if you had updated your card details."),
    ("da", "Det kunne sagtens have været undgået, hvis du havde opdateret dine kortoplysninger."),
    ("sv", "Det hade lätt kunnat undvikas om du hade uppdaterat dina kortuppgifter."),
    ("et", "Seda oleks saanud vältida, kui oleksite oma kaardiandmeid uuendanud."),
    ("zh", "如果您及时更新了银行卡信息，这个问题本来完全可以避免。"),
]
_AVOIDING_IT_NEXT_TIME = [
    ("en", "If you'd like to avoid this in future, you can turn on auto top-up."),
    ("en", "This could have been avoided if we had checked the address ourselves."),
    ("da", "Det kunne have været undgået, hvis vi havde tjekket adressen selv."),
    ("sv", "Om du vill undvika det i framtiden kan du aktivera autogiro."),
    ("et", "Kui soovite seda edaspidi vältida, lülitage sisse automaatmakse."),
    ("zh", "如果您想避免这种情况，可以开启自动续费提醒。"),
]


@pytest.mark.parametrize(("lang", "text"), _AVOIDABLE_IF_YOU_HAD)
def test_avoidable_if_you_had_is_blame(lang, text):
    assert "customer-blame" in rules_fired(text, lang)


@pytest.mark.parametrize(("lang", "text"), _AVOIDING_IT_NEXT_TIME)
def test_advice_on_avoiding_it_is_not_blame(lang, text):
    assert "customer-blame" not in rules_fired(text, lang)


# Told to take more care next time, the customer is talked down to; the company promising
# more care, a third party who should have taken it, or a safety note is no blame.
_TAKE_MORE_CARE = [
    ("en", "In future, please take more care when entering your details."),
    ("da", "Fremover bedes du være mere omhyggelig, når du indtaster dine oplysninger."),
    ("da", "Vær venligst mere opmærksom på vejledningen næste gang."),
    ("sv", "I fortsättningen ber vi dig vara noggrannare när du fyller i dina uppgifter."),
    ("et", "Palun olge edaspidi andmete sisestamisel hoolikam."),
    ("zh", "以后填写信息时请您多加注意。"),
]
_CARE_THAT_IS_NO_BLAME = [
    ("en", "We will take more care with the packaging in future."),
    ("da", "Vi vil være mere omhyggelige med emballagen fremover."),
    ("da", "Chaufføren burde have været mere forsigtig med din pakke."),
    ("sv", "Vi ska vara noggrannare med förpackningen framöver."),
    ("sv", "Var försiktig när du öppnar förpackningen."),
    ("et", "Me oleksime võinud olla hoolikamad, vabandame."),
    ("zh", "以后我们在打包时会多加注意。"),
    ("zh", "天气转凉，请您多注意身体。"),
]


@pytest.mark.parametrize(("lang", "text"), _TAKE_MORE_CARE)
def test_told_to_take_more_care_is_blame(lang, text):
    assert "customer-blame" in rules_fired(text, lang)


@pytest.mark.parametrize(("lang", "text"), _CARE_THAT_IS_NO_BLAME)
def test_care_promised_or_wished_is_not_blame(lang, text):
    assert "customer-blame" not in rules_fired(text, lang)


def test_a_degree_adverb_inside_a_phrase_keeps_it_blame():
    """'As was made perfectly clear' is 'as was made clear' with an intensifier inside."""
    text = "As was made perfectly clear at checkout, sale items cannot be returned."
    assert "customer-blame" in rules_fired(text, "en")
