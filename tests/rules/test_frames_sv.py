"""Swedish concept frames: for each frame a realistic draft where its rule fires and a
near miss where it stays quiet (verb-second order, inserted words, pro-drop, Ni/du)."""

import pytest
from helpers import rules_fired

LANG = "sv"


def _draft(body: str) -> str:
    return f"Hej Anna,\n\n{body}\n\nVänliga hälsningar\nLisa"


# (rule, fires, near miss) per frame, in lexicon order.
CASES = [
    # customer-blame: condescension and repetition
    (
        "customer-blame",
        "Som jag redan har förklarat kan vi inte återbetala frakten.",
        "Som du skrev var kartongen skadad, så vi skickar en ny i dag.",
    ),
    (
        "customer-blame",
        "Jag har förklarat det här för dig flera gånger nu. Avgiften gäller.",
        "Vi har försökt ringa dig flera gånger utan att få svar.",
    ),
    (
        "customer-blame",
        "Det har jag ju redan sagt till dig. Bokningen kan inte flyttas.",
        "Jag har redan meddelat lagret att paketet ska skickas om.",
    ),
    (
        "customer-blame",
        "Detta framgick redan av mitt förra mejl. Ordern är skickad.",
        "Tack för ditt förra mejl, ordern är nu skickad.",
    ),
    (
        "customer-blame",
        "Som framgår av våra köpvillkor går reavaror inte att returnera.",
        "Du hittar stegen för retur i vår FAQ.",
    ),
    (
        "customer-blame",
        "Leveranstiden står tydligt angiven på produktsidan.",
        "På bilderna du skickade syns skadan tydligt, så vi ersätter varan.",
    ),
    # customer-blame: accusation
    (
        "customer-blame",
        "Villkoren har du uppenbarligen inte läst.",
        "Om du inte har sett mejlet, titta gärna i skräpposten.",
    ),
    (
        "customer-blame",
        "Det borde ni ha kontrollerat innan ni beställde.",
        "Du borde ha fått en bekräftelse via mejl vid det här laget.",
    ),
    (
        "customer-blame",
        "Hade du läst bekräftelsen hade du sett att leveransen var bokad till tisdag.",
        "Du har läst rätt, leveransen är bokad till tisdag.",
    ),
    (
        "customer-blame",
        "Tyvärr glömde du att fylla i portkoden i beställningen.",
        "Om du har glömt ditt lösenord kan du återställa det via länken.",
    ),
    (
        "customer-blame",
        "Förseningen beror helt på ditt eget slarv.",
        "Det var inte ditt fel, utan vårt.",
    ),
    (
        "customer-blame",
        "Felet ligger alltså helt hos dig och inte hos oss.",
        "Felet ligger hos oss och vi rättar det nu.",
    ),
    (
        "customer-blame",
        "Troligen har du angett fel kortnummer vid betalningen.",
        "Vi angav fel adress på fraktsedeln, och det är vårt misstag.",
    ),
    (
        "customer-blame",
        "Läs igenom instruktionerna ordentligt innan du hör av dig igen.",
        "Vi har läst ditt mejl noga.",
    ),
    # customer-blame: scolding about repeated requests
    (
        "customer-blame",
        "Att ringa oss tio gånger om dagen gör inte att det går fortare.",
        "Vi skickar fler uppdateringar så snart paketet rör på sig.",
    ),
    (
        "customer-blame",
        "Vänligen avstå från att skicka nya ärenden om samma beställning.",
        "Vi har slutat skicka pappersfakturor.",
    ),
    (
        "customer-blame",
        "Skapa inte flera ärenden om samma sak, det tar bara längre tid.",
        "Du behöver inte skicka fler bilder, vi har allt vi behöver.",
    ),
]

# Failure-context frames: the draft acknowledges a problem, so a missing apology is an error.
FAILURE = [
    (
        "Teknikern dök aldrig upp i tisdags. En ny tid är bokad till fredag kl. 8.",
        "Teknikern dök upp i tid i tisdags och installationen är klar.",
    ),
    (
        "Pengarna har du fortfarande inte fått tillbaka, ser jag. De betalas ut i dag.",
        "Du har fått koden via sms och kan logga in.",
    ),
    (
        "Ditt paket skickades av misstag till grannstaden. Det är nu på väg till dig.",
        "Du kan också hämta ditt paket hos ett annat ombud om du vill.",
    ),
    (
        "Soffan kom en hel vecka efter det utlovade datumet.",
        "Din soffa kom fram på det utlovade datumet.",
    ),
    (
        "Vårt system drog beloppet två gånger från ditt kort.",
        "Vi drar inga pengar förrän varan har skickats.",
    ),
    (
        "Sedan uppdateringen har appen inte fungerat alls.",
        "Appen fungerar nu som den ska.",
    ),
    (
        "Tyvärr ställdes ditt flyg till Malmö in på grund av stormen.",
        "Så här ställer du in språket under Inställningar.",
    ),
]

# failure_exception frames: routine or negated look-alikes keep the draft neutral.
NEUTRAL = [
    "Det fanns inga fel på vår sida, och koden är nu skickad till dig.",
    "Vi har inte hittat något fel på vår sida. Koden är nu skickad till dig.",
    "Vi har återbetalat beloppet för den returnerade jackan.",
    "Jag har avslutat ditt abonnemang som du bad om.",
]

APOLOGIES = [
    # sincere (missing-apology quiet) / failure reply without one (fires)
    "Paketet är försenat, och vi ber å hela teamets vägnar om ursäkt för det.",
    "Ursäkta det sena svaret. Paketet är försenat men kommer fram i morgon.",
    "Ta emot våra uppriktiga ursäkter för det inträffade. Paketet var försenat.",
]

NON_APOLOGIES = [
    "Vi beklagar att du tycker att vår service har varit bristfällig.",
    "Vi är ledsna att du blev så missnöjd med leveransen.",
    "Vi beklagar att behöva meddela att kursen är inställd.",
]


@pytest.mark.parametrize("rule,fires,quiet", CASES)
def test_blame_frame(rule, fires, quiet):
    assert rule in rules_fired(_draft(fires), LANG)
    assert rule not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize("fires,quiet", FAILURE)
def test_failure_frame(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG)
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize("text", NEUTRAL)
def test_failure_exception_frame(text):
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


def test_failure_exception_frames_have_near_misses():
    assert "missing-apology" in rules_fired(_draft("Felet på vår sida har nu åtgärdats."), LANG)
    wrong_card = _draft("Vi har tyvärr återbetalat till fel kort.")
    assert "missing-apology" in rules_fired(wrong_card, LANG)


@pytest.mark.parametrize("text", APOLOGIES)
def test_apology_frame(text):
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


def test_apology_frames_near_misses():
    # 'Du bad om en kopia' is no apology; 'Ursäkta, men …' excuses nothing.
    assert "missing-apology" in rules_fired(
        _draft("Paketet är försenat. Du bad om en kopia av kvittot, den kommer här."), LANG
    )
    assert "missing-apology" in rules_fired(
        _draft("Ursäkta, men paketet är försenat hos fraktbolaget."), LANG
    )


@pytest.mark.parametrize("text", NON_APOLOGIES)
def test_non_apology_frame(text):
    assert "missing-apology" in rules_fired(_draft(text), LANG)


def test_non_apology_near_miss_keeps_the_sincere_apology():
    text = "Vi beklagar förseningen och förstår att du tycker att det är frustrerande."
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


def test_breezy_frames():
    problem = " Vi har tittat på ditt trasiga paket och skickar ett nytt i dag."
    for opener in ("Hoppas att du har haft en riktigt skön helg!", "Hoppas allt står bra till!"):
        assert "breezy-opener" in rules_fired(_draft(opener + problem), LANG)
    quiet = "Hoppas att ersättningspaketet kommer fram utan problem." + problem
    assert "breezy-opener" not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize(
    "fires,quiet",
    [
        (
            "Ditt ärende har jag nu skickat vidare till vår tekniska avdelning.",
            "Vår tekniska avdelning har redan åtgärdat felet, så allt fungerar nu.",
        ),
        ("Så fort vi vet mer hör vi av oss.", "Hör av dig om du har fler frågor."),
        (
            "Just nu undersöker vi vad som har hänt med din beställning.",
            "Vi undersöker gärna saken om du skickar ordernumret.",
        ),
        ("När vi vet mer kontaktar vi dig igen.", "Kontakta oss om du har fler frågor."),
    ],
)
def test_followup_frame(fires, quiet):
    assert "missing-response-time" in rules_fired(_draft(fires), LANG)
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)


def test_followup_frame_is_satisfied_by_a_concrete_time():
    text = "Ditt ärende har jag skickat vidare till ekonomiavdelningen. Du får svar inom två dagar."
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)


def test_praise_passed_on_is_no_pending_follow_up():
    text = "Tack för de fina orden! Jag har skickat dem vidare till teamet."
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)
    complaint = "Jag har skickat ditt klagomål vidare till teamet."
    assert "missing-response-time" in rules_fired(_draft(complaint), LANG)
