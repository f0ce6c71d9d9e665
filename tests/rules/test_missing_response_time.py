"""missing-response-time: positives and hard negatives in every language."""

from helpers import rule_case_tests

from replylint import lint_text

RULE = "missing-response-time"

FIRES = [
    ("en", "We're looking into it and will get back to you soon."),
    ("en", "I have passed this on to our billing team."),
    ("en", "DM us your email address and we'll look into it."),
    ("en", "We'll let you know as soon as we hear from the courier."),
    ("da", "Vi undersøger sagen og vender tilbage hurtigst muligt."),
    ("da", "Jeg har videresendt din sag til vores tekniske afdeling."),
    ("sv", "Vi undersöker saken och återkommer så snart som möjligt."),
    ("sv", "Vi hör av oss när vi vet mer."),
    ("et", "Uurime asja ja võtame teiega esimesel võimalusel ühendust."),
    ("et", "Edastasin teie pöördumise tehnilisele osakonnale."),
    ("zh", "我们正在为您查询，会尽快给您回复。"),
    ("zh", "已為您反饋給快遞公司，稍後回覆您。"),
    ("en", "The next available agent will be with you as soon as possible."),
    ("en", "Someone from our team will contact you."),
]

QUIET = [
    ("en", "We're looking into it and will get back to you within 24 hours."),
    ("en", "We'll update you by Friday."),
    ("en", "Please DM us so we can look into this."),
    ("en", "The refund has been issued. Let us know if it hasn't arrived by Thursday."),
    ("en", "Your parcel will arrive tomorrow by noon."),
    ("da", "Vi undersøger sagen og vender tilbage inden for to arbejdsdage."),
    ("da", "Vi svarer senest fredag."),
    ("sv", "Vi undersöker saken och återkommer inom tre arbetsdagar."),
    ("sv", "Skicka ordernumret så att vi kan undersöka saken."),
    ("et", "Uurime asja ja võtame teiega ühendust kahe tööpäeva jooksul."),
    ("et", "Vastame hiljemalt reedel."),
    ("zh", "我们正在为您查询，会在24小时内给您回复。"),
    ("zh", "请提供订单号，以便我们为您查询。"),
    # Statements about the future that promise no follow-up.
    ("en", "Your password will not be changed."),
    ("en", "Only people who are already following you will see your posts."),
    ("en", "Add our address to your contact list to improve deliverability."),
    ("da", "Du skal prøve igen eller kontakte en medarbejder."),
    ("da", "Vi har problemer med at kontakte dig via e-mail."),
    ("da", "Kun dine følgere vil kunne se dine indlæg."),
    ("sv", "Endast personer som följer dig kommer att se dina inlägg."),
    ("sv", "Du måste försöka igen eller kontakta personalen."),
]


test_fires, test_quiet = rule_case_tests(RULE, FIRES, QUIET)


def test_message_names_the_vague_word():
    (finding,) = [
        f for f in lint_text("We will get back to you soon.", lang="en") if f.rule == RULE
    ]
    assert "'soon' is not a time" in finding.message
