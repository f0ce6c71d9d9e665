"""Swedish concept frames: for each frame a realistic draft where its rule fires and a
near miss where it stays quiet (verb-second order, inserted words, pro-drop, Ni/du)."""

import pytest
from helpers import rules_fired

from replylint import lint_text

LANG = "sv"


def _draft(body: str) -> str:
    return f"Hej Anna,\n\n{body}\n\nVänliga hälsningar\nLisa"


def _reply_quoting(quoted: str) -> str:
    """A short neutral reply as .eml whose quoted customer message is `quoted`."""
    return (
        "From: Kundtjänst <support@butik.se>\nTo: Kund <kund@example.se>\n"
        "Subject: Re: Min order\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Hej,\n\nTack för ditt mejl. En ny vara skickas till dig i dag.\n\nMvh\nLisa\n\n"
        f"Den 3 mars 2025 skrev Kund <kund@example.se>:\n> {quoted}\n"
    )


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
    # round 9: customer-blame
    (
        "customer-blame",
        "Ni har slagit fel lösenord för många gånger, därför är kontot låst.",
        "Vi slog tyvärr fel nummer när vi försökte ringa dig.",
    ),
    (
        "customer-blame",
        "Som det tydligt och klart står i avtalet gäller bindningstiden i 24 månader.",
        "Vi har nu skrivit instruktionerna klart och tydligt på vår webbplats.",
    ),
    (
        "customer-blame",
        "Det framgår tydligt av villkoren för ditt abonnemang att avgiften gäller.",
        "Vi har gjort villkoren tydligare, så att det framgår vad som gäller.",
    ),
    (
        "customer-blame",
        "Att mejla samma fråga flera gånger gör inte att vi svarar fortare.",
        "Vi har fått fler ärenden än vanligt, men vi svarar så snabbt vi kan.",
    ),
    (
        "customer-blame",
        "Jag ser att du har ringt oss åtta gånger i dag om samma order.",
        "Jag ser att du har försökt ringa oss åtta gånger utan att komma fram.",
    ),
    (
        "customer-blame",
        "Vi vill uppmana dig att läsa avtalet noggrant nästa gång.",
        "Jag har läst igenom ditt ärende ordentligt, och du har rätt.",
    ),
    (
        "customer-blame",
        "Vår tekniker bedömer att det rör sig om ett handhavandefel.",
        "Vi har konstaterat att det inte handlar om något användarfel.",
    ),
    (
        "customer-blame",
        "Det är inte ett fabrikationsfel utan felaktig användning, så garantin gäller inte.",
        "Felet beror på felaktig hantering under transporten, så vi skickar en ny.",
    ),
    (
        "customer-blame",
        "Skadan har uppstått eftersom kaffebryggaren inte har rengjorts enligt bruksanvisningen.",
        "Om kaffebryggaren inte rengörs enligt bruksanvisningen kan den sluta fungera.",
    ),
    (
        "customer-blame",
        "Hade du läst mejlet vi skickade hade du vetat om avgiften.",
        "Hade vi läst ditt mejl tidigare hade vi kunnat hjälpa dig direkt.",
    ),
    (
        "customer-blame",
        "Ni borde ju ha avkalkat maskinen regelbundet.",
        "Du borde ha blivit kontaktad av oss i förra veckan, och det beklagar vi.",
    ),
    (
        "customer-blame",
        "Du hade behövt uppdatera appen innan du loggade in.",
        "Du är bara ett klick bort från att aktivera kontot.",
    ),
    (
        "customer-blame",
        "Spärren beror helt och hållet på att du själv angav koden för många gånger.",
        "Spärren beror inte på att du själv har gjort något, utan på ett fel hos oss.",
    ),
    (
        "customer-blame",
        "Skadan uppstod när du tappade telefonen i golvet.",
        "Skadan uppstod när vi tappade kartongen vid lastningen.",
    ),
    (
        "customer-blame",
        "Jag har redan svarat på den frågan.",
        "Jag har redan svarat på frågan från leverantören.",
    ),
    (
        "customer-blame",
        "Det är inte första gången du frågar om detta.",
        "Vi ber om ursäkt, det är inte första gången du behöver höra av dig om detta.",
    ),
    (
        "customer-blame",
        "Du hade själv kryssat i rutan för standardfrakt.",
        "Du kan själv kryssa i rutan för expressfrakt.",
    ),
    (
        "customer-blame",
        "Informationen finns tydligt angiven i din bokningsbekräftelse.",
        "Adressen var inte tydligt angiven på fraktsedeln, och det är vårt fel.",
    ),
    (
        "customer-blame",
        "Som det tydligt står i villkoren ersätts inte stöld av olåsta cyklar.",
        "Det framgår inte tydligt av villkoren för din försäkring, så vi ersätter skadan.",
    ),
    (
        "customer-blame",
        "Du skulle godkänna köpet i appen, men det gjorde du inte.",
        "Har jag gjort något fel? Nej, det gjorde du inte.",
    ),
    (
        "customer-blame",
        "Det hade du kunnat se själv i appen.",
        "Vi hade kunnat lösa det själva, och det borde vi ha gjort.",
    ),
    (
        "customer-blame",
        "Nästa gång rekommenderar jag att du läser villkoren innan du bokar.",
        "Tack för att du tog dig tid att läsa igenom avtalet noggrant.",
    ),
    (
        "customer-blame",
        "Vi tar inget ansvar för att du glömde att avboka.",
        "Vi kan inte ansvara för att paketet försvann hos PostNord, men vi hjälper dig.",
    ),
    # round 9: failure context
    (
        "missing-apology",
        "Ditt paket har skickats tillbaka till oss eftersom det inte hämtades ut.",
        "Returpaketet du skickade har kommit tillbaka till vårt lager.",
    ),
    (
        "missing-apology",
        "Tyvärr täcks skadan inte av garantin.",
        "Skadan täcks av garantin, så vi lagar den kostnadsfritt.",
    ),
    (
        "missing-apology",
        "Varan du beställde är slutsåld, så vi har makulerat ordern.",
        "Som du bad om har vi makulerat ordern.",
    ),
    # round 9: failure context, said with a verb or an amount between
    (
        "missing-apology",
        "Ditt köp på 899 kr hos Elgiganten nekades i morse.",
        "Om betalningen på 500 kr till butiken avvisas kan du välja faktura i stället.",
    ),
    (
        "missing-apology",
        "Vi har beslutat att avslå din begäran om ersättning.",
        "Vi har godkänt din retur och pengarna kommer inom fem dagar.",
    ),
    (
        "missing-apology",
        "Jag förstår att du är upprörd över beskedet.",
        "Om du har frågor om beskedet är du välkommen att ringa oss.",
    ),
    (
        "missing-apology",
        "Nätet låg nere i går kväll och är nu igång igen.",
        "Vänta tills modemet är igång igen och logga sedan in.",
    ),
    (
        "missing-apology",
        "Du kunde inte logga in i går på grund av ett fel hos oss.",
        "Ser du inte mejlet kan du logga in med BankID i stället.",
    ),
    (
        "missing-response-time",
        "Vi har gjort en efterlysning av paketet hos PostNord.",
        "Du kan själv göra en efterlysning av paketet hos PostNord.",
    ),
    (
        "missing-apology",
        "Leveransen blev tyvärr två dagar sen.",
        "Avgiften för sen avbokning är 200 kr enligt våra villkor.",
    ),
    (
        "missing-apology",
        "Jag förstår att du är förbannad över fakturan.",
        "Fakturan för maj är betald, tack!",
    ),
    # round 9: a promise after a verb-second particle verb
    (
        "missing-response-time",
        "Skicka en bild på skadan, så tar jag en närmare titt.",
        "Skicka en bild på skadan, så tar vi en titt på det inom två arbetsdagar.",
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


# ---------------------------------------------------------------- round 2 frames

# customer-blame: (fires, near miss)
BLAME_ROUND2 = [
    (
        "Jag upprepar: vi kan inte byta en vara som har använts.",
        "Jag upprepar gärna min ursäkt för förseningen.",
    ),
    (
        "För tredje gången: vi skickar inte till paketboxar.",
        "För tredje gången i rad har vi tyvärr skickat fel vara, och det ber vi om ursäkt för.",
    ),
    (
        "Det är tredje gången du frågar om samma sak.",
        "Vi ber om ursäkt, det är tredje gången du behöver höra av dig om detta.",
    ),
    (
        "Det har du redan fått svar på i mitt förra mejl.",
        "Har du redan fått svar från fraktbolaget?",
    ),
    (
        "Du informerades om avgiften redan när du bokade.",
        "Du informeras via sms när paketet har skickats.",
    ),
    (
        "Du godkände våra villkor när du gjorde beställningen.",
        "Om du inte godkänner de nya villkoren kan du säga upp avtalet.",
    ),
    (
        "Det är inte vårt fel att du angav fel adress.",
        "Det är inte ditt fel att paketet försvann, och vi skickar ett nytt.",
    ),
    (
        "Det är ditt eget ansvar att ange rätt leveransadress.",
        "Det är inte ditt ansvar att betala returfrakten.",
    ),
    (
        "Skadan har du orsakat själv genom att tappa telefonen.",
        "Du kan själv välja ett nytt leveransdatum under Mina sidor.",
    ),
    (
        "Du har skickat detta ärende fem gånger nu.",
        "Jag ser att du har försökt ringa oss flera gånger.",
    ),
    (
        "Du behöver inte skicka samma fråga flera gånger.",
        "Du behöver inte skicka fler bilder, vi har allt vi behöver.",
    ),
    # verb second splits 'hade kunnat'; a plain 'inte' elsewhere no longer vetoes 'om du hade läst'
    (
        "Det hade du kunnat undvika genom att läsa instruktionerna.",
        "Du hade kunnat få en rabattkod, så vi skickar en nu.",
    ),
    (
        "Om du hade läst villkoren skulle du veta att frakten inte återbetalas.",
        "Du har läst rätt, frakten återbetalas.",
    ),
    (
        "Ni har alltså inte läst mejlet vi skickade.",
        "Vi har inte hunnit läsa filen du skickade, men vi svarar i morgon.",
    ),
    (
        "Var god läs instruktionerna innan du kontaktar oss.",
        "Vi har läst ditt mejl och kontaktar dig i morgon.",
    ),
    (
        "Vi kan inte hjälpa till eftersom du har missat informationen i mejlet.",
        "Vi missade att du redan hade skickat kvittot.",
    ),
]

# failure context (missing-apology fires) and its near miss (quiet)
FAILURE_ROUND2 = [
    (
        "Tröjan hade ett hål i ärmen när den kom fram. En ny skickas i dag.",
        "Det fanns inga skador på kartongen när den kom fram.",
    ),
    (
        "Beställningen levererades utan laddaren. Den skickas i dag.",
        "Paketet kom fram utan problem.",
    ),
    (
        "Vi skickade bara en av de två lamporna. Den andra skickas i dag.",
        "Vi skickar resten av beställningen så fort den finns i lager, senast i morgon.",
    ),
    (
        "Vi glömde att skicka med kvittot i paketet. Här är det.",
        "Glöm inte att skicka med kvittot i paketet.",
    ),
    (
        "Du fick en faktura trots att du hade sagt upp abonnemanget. Den är makulerad.",
        "Vi debiterar ditt kort först när varan har skickats.",
    ),
    (
        "Ingen har hört av sig trots att vi lovade att ringa. Teknikern ringer i dag kl. 14.",
        "Ingen kostnad tillkommer för bytet.",
    ),
    (
        "Det har gått två veckor och inget har hänt med din beställning. Den skickas i dag.",
        "Inget paket behöver returneras.",
    ),
    (
        "Du fick en påminnelse fast du redan har betalat fakturan. Den är nu makulerad.",
        "Vi skickar en påminnelse om du inte har betalat fakturan.",
    ),
    (
        "Appen loggar ut dig hela tiden. En uppdatering kommer i dag kl. 15.",
        "Appen loggar ut dig automatiskt efter 30 minuter.",
    ),
]

FAILURE_CUES_ROUND2 = [
    "Din bokning har försvunnit ur systemet. Vi har lagt in den igen.",
    "Glaset var sprucket när det kom fram. Ett nytt skickas i dag.",
    "Appen kraschar när du öppnar kameran. En uppdatering kommer i dag kl. 15.",
    "Leveransen uteblev. Ett nytt bud kommer i dag kl. 15.",
    "Paketet blev liggande på terminalen i en vecka. Nu är det på väg.",
    "Sidan gick inte att nå under förmiddagen. Nu fungerar den igen.",
]

SINCERE_ROUND2 = [
    "Sorry för krånglet med leveransen!",
    "Tusen ursäkter för strulet!",
    "Jag är ledsen att du har fått vänta så länge.",
]

NON_APOLOGY_ROUND2 = [
    "Vi ber inte om ursäkt för vår policy.",
    "Ursäkta om det uppstått ett missförstånd.",
    "Vi beklagar att du har fått den uppfattningen.",
]

BREEZY_ROUND2 = [
    ("Vilken härlig dag det är idag!", "Vilken dag passar dig bäst för leveransen?"),
    ("Hoppas att du njuter av sommaren!", "Hoppas att ersättningen kommer fram snabbt."),
    ("Hur mår du idag?", "Hur fungerar det med den nya routern?"),
    ("Jättekul att du hörde av dig!", "Det är inte roligt att vänta på ett paket."),
    ("Spännande nyheter!", "Tack för ditt mejl."),
    ("Äntligen fredag!", "Tack för att du hörde av dig."),
]

FOLLOWUP_ROUND2 = [
    (
        "Ditt ärende ligger nu hos vår tekniska avdelning.",
        "Felet låg hos vår leverantör, och det är nu åtgärdat.",
    ),
    ("Jag har bett lagret att kontrollera saken.", "Du bad oss kontrollera lagret i förra veckan."),
    (
        "Vi har skickat en reklamation och väntar nu på svar från leverantören.",
        "Vi väntar på din bekräftelse innan vi skickar varan.",
    ),
    (
        "Ni får besked så snart vi har mer information.",
        "Du får svar på de flesta frågor i vår FAQ.",
    ),
    (
        "Jag har lämnat ärendet till reklamationsavdelningen.",
        "Vi har skickat paketet till dig i dag.",
    ),
    ("Du blir kontaktad av en handläggare.", "Vill du bli kontaktad av oss via sms?"),
    ("Vår tekniker tittar på det här.", "Vår tekniker tittade på det igår och allt fungerar."),
    (
        "Vi har startat en efterforskning av paketet hos PostNord.",
        "Vi har avslutat utredningen och återbetalat beloppet.",
    ),
    ("Ge mig lite tid så ska jag ta reda på det.", "Du ska ta med kvittot till butiken."),
    (
        "Svara med ditt ordernummer, så hjälper vi dig vidare.",
        "Vi hjälper dig så gott det går med frågor om fakturan.",
    ),
    (
        "Vi tog emot din retur den 3 mars och undersöker nu saken.",
        "Vi tog emot din retur den 3 mars och har nu återbetalat beloppet.",
    ),
    (
        "Så fort du har skickat kvittot tar vi tag i ärendet.",
        "Behöver du hjälp med något mer är det bara att höra av sig.",
    ),
    ("Vi kommer tillbaka till dig med ett svar.", "Vi har kommit fram till att beloppet stämmer."),
]

# concrete times that answer a promise, and times that commit to nothing
TIMED = [
    "Vi undersöker saken och återkommer under morgondagen.",
    "Vi undersöker saken och återkommer innan veckans slut.",
    "Jag undersöker saken och återkommer innan helgen.",
    "Vi undersöker saken och återkommer senare i dag.",
    "Handläggningen tar upp till fem arbetsdagar, och vi undersöker saken.",
]
UNTIMED = [
    "Paketet skulle ha levererats den 5 maj. Vi har startat en efterforskning.",
    "Beställningen gjordes den 12 juni. Vi undersöker vart paketet tagit vägen.",
    "Du har väntat i 3 veckor. Vi undersöker nu saken.",
    "Felet har funnits sedan i måndags. Vi undersöker det.",
    "Vi fick ditt mejl i morse kl. 8 och undersöker nu saken.",
]


@pytest.mark.parametrize("fires,quiet", BLAME_ROUND2)
def test_blame_frame_round2(fires, quiet):
    assert "customer-blame" in rules_fired(_draft(fires), LANG)
    assert "customer-blame" not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize("fires,quiet", FAILURE_ROUND2)
def test_failure_frame_round2(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG)
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize("text", FAILURE_CUES_ROUND2)
def test_failure_cues_round2(text):
    assert "missing-apology" in rules_fired(_draft(text), LANG)


@pytest.mark.parametrize("text", SINCERE_ROUND2)
def test_sincere_apology_round2(text):
    draft = _draft("Ditt paket har tyvärr blivit försenat. " + text)
    assert "missing-apology" not in rules_fired(draft, LANG)


@pytest.mark.parametrize("text", NON_APOLOGY_ROUND2)
def test_non_apology_round2(text):
    draft = _draft("Ditt paket har tyvärr blivit försenat. " + text)
    assert "missing-apology" in rules_fired(draft, LANG)


@pytest.mark.parametrize("fires,quiet", BREEZY_ROUND2)
def test_breezy_frame_round2(fires, quiet):
    problem = " Ditt paket har tyvärr blivit försenat. Vi ber om ursäkt och skickar det i dag."
    assert "breezy-opener" in rules_fired(_draft(fires + problem), LANG)
    assert "breezy-opener" not in rules_fired(_draft(quiet + problem), LANG)


@pytest.mark.parametrize("fires,quiet", FOLLOWUP_ROUND2)
def test_followup_frame_round2(fires, quiet):
    assert "missing-response-time" in rules_fired(_draft(fires), LANG)
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize("text", TIMED)
def test_concrete_time_round2(text):
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)


@pytest.mark.parametrize("text", UNTIMED)
def test_time_exception_round2(text):
    assert "missing-response-time" in rules_fired(_draft(text), LANG)


# ---------------------------------------------------------------- round 4

# "Ursäkta" with the trouble it apologises for.
APOLOGY_ROUND4 = [
    "Ursäkta krånglet med inloggningen, nu ska allt fungera.",
    "Ursäkta trasslet med de två leveranserna.",
    "Ursäkta förväxlingen av storlekarna, det var vårt misstag.",
]

# Regret made conditional (no "du"): no sincere apology, but the draft answers a complaint.
CONDITIONAL_REGRET = [
    "Om leveransen har dragit ut på tiden, så är det förstås tråkigt. Vi skickar en ny vara.",
    "Ifall beskeden har varit otydliga är det olyckligt. Här är en sammanfattning.",
]


@pytest.mark.parametrize("text", APOLOGY_ROUND4)
def test_sincere_apology_round4(text):
    draft = _draft("Din faktura blev dubbeldebiterad. " + text)
    assert "missing-apology" not in rules_fired(draft, LANG)


def test_ursakta_alone_is_no_apology():
    draft = _draft("Din faktura blev dubbeldebiterad. Ursäkta, men vilket kortnummer gäller det?")
    assert "missing-apology" in rules_fired(draft, LANG)


@pytest.mark.parametrize("text", CONDITIONAL_REGRET)
def test_conditional_regret_round4(text):
    assert "missing-apology" in rules_fired(_draft(text), LANG)


def test_conditional_regret_keeps_an_earlier_sincere_apology():
    text = "Vi beklagar förseningen, och om du vill kan vi skicka en ny vara i dag."
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


def test_verb_first_condition_is_no_acknowledged_problem():
    text = "Vill ni hellre ha fakturan skickad till en annan adress, kan ni ändra den i appen."
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


# Verb-first conditions and questions, and the customer's own cancelling, acknowledge
# no problem: neutral drafts.
NEUTRAL_ROUND4 = [
    "Har ni fått en skadad vara kan ni returnera den kostnadsfritt.",
    "Skulle något saknas i kartongen, kontakta oss med ordernumret.",
    "Saknar du någon del av monteringsanvisningen? Den finns som pdf på vår webbplats.",
    "Du kan avboka din tid fram till dagen innan utan kostnad.",
    "Tyvärr kan vi inte leverera till Åland, men paketet kan hämtas i Stockholm.",
]


@pytest.mark.parametrize("text", NEUTRAL_ROUND4)
def test_neutral_round4(text):
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


def test_repeat_scolding_followed_by_a_request_from_us():
    text = (
        "Tre mejl om samma order gör inte att den skickas snabbare, så vi ber dig "
        "att svara i den här tråden."
    )
    assert "customer-blame" in rules_fired(_draft(text), LANG)
    quiet = "Vi skickar fler uppdateringar om samma order så snart den har lämnat lagret."
    assert "customer-blame" not in rules_fired(_draft(quiet), LANG)


# (fires, quiet) follow-ups: published news, a message from us, a shared auxiliary, a third
# person who will act, an inserted partitive, "så tittar vi" before a modal.
FOLLOWUP_ROUND4 = [
    (
        "Vi publicerar en uppdatering på statussidan när felet är åtgärdat.",
        "Vi kan ge mer information om abonnemangen på telefon.",
    ),
    (
        "När reservdelen har kommit får ni även ett mejl från oss.",
        "Fick du ett mejl från oss i förra veckan?",
    ),
    (
        "Montören kommer att byta ut pumpen och återkomma med en offert.",
        "Du ska fylla i blanketten och kontakta oss om något saknas.",
    ),
    (
        "Han kommer att gå igenom fakturorna en gång till.",
        "De kommer att behöva ditt kvitto för att kunna byta varan.",
    ),
    (
        "Din reklamation har nu skickats vidare till en av våra mest erfarna handläggare.",
        "Vi har skickat paketet till dig med en av våra snabbaste transportörer.",
    ),
    (
        "Mejla oss kvittot, så kollar vi upp vad vi kan göra.",
        "Mejla oss kvittot, så kan vi hjälpa dig vidare.",
    ),
    (
        "Vi har pratat med leverantören i dag. Vi hör av oss när vi vet mer.",
        "Vi har pratat med leverantören. Vi hör av oss i dag före kl. 16.",
    ),
]


@pytest.mark.parametrize("fires,quiet", FOLLOWUP_ROUND4)
def test_followup_frame_round4(fires, quiet):
    assert "missing-response-time" in rules_fired(_draft(fires), LANG)
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)


# Concrete times: half hours, working weeks, larger number words, the end of the day,
# ordinal dates.
TIMED_ROUND4 = [
    "Vi undersöker felet och återkommer inom en halvtimme.",
    "Vi undersöker felet och återkommer innan arbetsdagens slut.",
    "Vi undersöker felet och återkommer i slutet av dagen.",
    "Vi undersöker felet och återkommer inom en arbetsvecka.",
    "Vi undersöker felet och återkommer inom trettio dagar.",
    "Vi undersöker felet och återkommer senast den 20:e.",
    "Vi undersöker felet och ringer dig den tredje april.",
]


@pytest.mark.parametrize("text", TIMED_ROUND4)
def test_concrete_time_round4(text):
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)


def test_slow_handling_is_failure_context():
    text = "Handläggningen av din ansökan har dragit ut på tiden. Beslutet kommer i veckan."
    assert "missing-apology" in rules_fired(_draft(text), LANG)


# ---------------------------------------------------------------- round 5: probe drafts
# (fires, quiet) per rule, from the round-5 probes: other verbs, word orders, registers.

APOLOGY_ROUND5 = [
    # sincere: the rule stays quiet in failure context
    "Vi ber om ursäkt för att du har behövt vänta så länge.",
    "Vi kan inte nog be om ursäkt för det här.",
    "Det är verkligen tråkigt att vi har orsakat dig så mycket besvär.",
    "Ursäkta att det har tagit sådan tid att svara.",
    "Vi ber om ursakt för förseningen.",
]
NON_APOLOGY_ROUND5 = [
    # not sincere: the rule fires in failure context
    "Jag beklagar om mitt förra svar uppfattades som otrevligt.",
    "Vi är ledsna att du valde att avboka resan.",
    "Vi har ingen anledning att be om ursäkt.",
    "Vi är ledsna att du inte är nöjd med vårt beslut.",
    "Sorry att jag stör igen, men har du kvittot?",
]


@pytest.mark.parametrize("text", APOLOGY_ROUND5)
def test_sincere_apology_round5(text):
    assert "missing-apology" not in rules_fired(_draft(text), LANG, context="failure")


@pytest.mark.parametrize("text", NON_APOLOGY_ROUND5)
def test_non_apology_round5(text):
    assert "missing-apology" in rules_fired(_draft(text), LANG, context="failure")


# (failure paraphrase, neutral look-alike): failure context found in the draft or not
FAILURE_ROUND5 = [
    ("Leveransen blev tre dagar sen. Den är nu framme.", "Det är för sent att ändra adressen nu."),
    (
        "Din bokning finns inte längre kvar i systemet.",
        "Om bokningen inte finns kvar kan du boka en ny tid.",
    ),
    (
        "Vi har inte kunnat leverera din soffa på utlovat datum.",
        "Din soffa levereras på utlovat datum.",
    ),
    (
        "Vi har sett att dina betalningar avvisades i går.",
        "Om betalningen avvisas kan du välja faktura i stället.",
    ),
    (
        "Vi har tittat på ditt konto och ser att det stängdes av i helgen av vårt system.",
        "Ditt konto har stängts av på grund av misstänkt aktivitet.",
    ),
    (
        "Vi skickade tyvärr två paket i stället för ett.",
        "Vi skickar gärna ett presentkort i stället för pengar om du vill.",
    ),
    (
        "Ditt paket har returnerats till oss av misstag.",
        "Om du har beställt två av misstag kan du returnera den ena.",
    ),
    (
        "Beloppet på fakturan var för högt.",
        "Om du tycker att priset är för högt kan du välja ett mindre paket.",
    ),
    (
        "Din order har makulerats av vårt system.",
        "Du kan ställa in aviseringar under Inställningar.",
    ),
    ("Din återbetalning har tyvärr inte gått igenom.", "Din återbetalning har nu gått igenom."),
    (
        "Hämtningen av din soffa blev tyvärr inte av.",
        "Du har rätt till full återbetalning om du ångrar köpet inom 14 dagar.",
    ),
]


@pytest.mark.parametrize("fires,quiet", FAILURE_ROUND5)
def test_failure_context_round5(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG)
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG)


BLAME_ROUND5 = [
    (
        "Som nämnts tidigare gäller garantin inte vid vattenskador.",
        "Som nämnts i annonsen ingår laddaren i priset.",
    ),
    (
        "Som tydligt framgår av våra villkor tar vi ut en avgift för sen avbokning.",
        "Villkoren för returer står på sidan Köpinformation.",
    ),
    (
        "Jag har sagt det förut: vi byter inte begagnade varor.",
        "Jag har redan meddelat lagret det, så paketet skickas i dag.",
    ),
    (
        "Jag har redan förklarat för dig att avgiften inte återbetalas.",
        "Vi borde ha meddelat dig tidigare att avgiften inte återbetalas.",
    ),
    (
        "Skadan har uppstått genom felaktig användning från din sida.",
        "Det finns inget fel från din sida, och vi skickar en ny laddare.",
    ),
    (
        "Vi har redan besvarat din fråga i vårt förra mejl.",
        "Tack för ditt förra mejl, vi har nu skickat ersättningen.",
    ),
    ("Återigen: vi återbetalar inte frakten.", "Återigen ber vi om ursäkt för förseningen."),
    ("Vi har förklarat detta i flera mejl nu.", "Vi har skickat dig flera mejl om leveransen."),
    (
        "Det är inte vårt problem att du missade leveransen.",
        "Det är inte ditt problem, det är vårt, och vi löser det i dag.",
    ),
    ("Du får skylla dig själv.", "Vi får skylla oss själva för den här missen."),
]


@pytest.mark.parametrize("fires,quiet", BLAME_ROUND5)
def test_blame_round5(fires, quiet):
    assert "customer-blame" in rules_fired(_draft(fires), LANG)
    assert "customer-blame" not in rules_fired(_draft(quiet), LANG)


def test_understanding_repeated_contact_is_no_blame():
    quiet = "Det är förståeligt att du har hört av dig flera gånger."
    assert "customer-blame" not in rules_fired(_draft(quiet), LANG)


# Breezy openers in every register (the problem follows in the next sentence) and plain
# openings that stay quiet.
BREEZY_ROUND5 = [
    "Glad midsommar! Vi har sett att din order har försenats.",
    "Ha en underbar dag! Vi har tittat på problemet med din router.",
    "Ha en strålande start på veckan! Din leverans har tyvärr försenats.",
    "Tjena! Hur har du det? Din order är tyvärr försenad.",
    "Tjabba! Läget? Vi har sett att din order har fastnat.",
    "Hur har helgen varit? Vi har tittat på din reklamation.",
    "Vi är så glada att du hörde av dig! Tyvärr saknas en vara i paketet.",
    "Vi blev jätteglada för ditt mejl! Din order har tyvärr försenats.",
    "Åh, vad glad jag blir av ditt mejl! Paketet har tyvärr kommit bort.",
    "Mysigt att höra från dig! Din order har tyvärr försenats.",
    "Hej! Härligt väder idag, va? Vi har sett att din order har försenats.",
    "Snart är det helg! Vi har tittat på din reklamation.",
    "Grattis på födelsedagen! Din present har tyvärr inte kommit fram.",
    "Hoppas att livet leker! Din beställning har tyvärr försenats.",
    "Hej och varmt välkommen till vår kundtjänst! Vi har tittat på din reklamation.",
    "Vilken fantastisk fråga! Vi har kollat på felet med din faktura.",
    "Det här kommer att göra dig glad! Vi har hittat orsaken till felet.",
    "Hoppas ni har haft en toppenhelg! Vi har tittat på felet.",
    "Hoppas att höstlovet har varit toppen! Din order har tyvärr försenats.",
    "Hoppas du mår bra! Din order har tyvärr försenats.",
]
PLAIN_OPENERS_ROUND5 = [
    "Tack för ditt mejl. Vi har sett att ditt paket är försenat.",
    "Vi har tyvärr inga goda nyheter ännu. Paketet är fortfarande försvunnet.",
    "Vad tråkigt att höra att paketet inte har kommit! Vi skickar ett nytt.",
    "Du är varmt välkommen att höra av dig igen. Din order har tyvärr försenats.",
    "Hoppas att ersättningen kommer fram snabbt. Paketet kom bort på vägen.",
    "Vi levererar snart, senast före helgen. Din order har tyvärr försenats.",
]


@pytest.mark.parametrize("text", BREEZY_ROUND5)
def test_breezy_round5(text):
    assert "breezy-opener" in rules_fired(_draft(text), LANG, context="failure")


@pytest.mark.parametrize("text", PLAIN_OPENERS_ROUND5)
def test_plain_opener_round5(text):
    assert "breezy-opener" not in rules_fired(_draft(text), LANG, context="failure")


def test_message_once_we_know_more_round5():
    fires = "Jag skickar ett mejl till dig när jag vet mer."
    quiet = "Jag skickade ett mejl till dig när jag fick svaret."
    assert "missing-response-time" in rules_fired(_draft(fires), LANG)
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)
    assert "missing-response-time" in rules_fired(
        _draft("Vi har bett fraktbolaget att efterforska paketet."), LANG
    )


# Round 6 probes: failure said indirectly (no apology: missing-apology fires once the draft
# itself is in failure context), with the neutral look-alike that must stay quiet.
FAILURE_ROUND6 = [
    (
        "Vi var tyvärr tvungna att avboka din tid på grund av sjukdom. Boka gärna en ny.",
        "Vi avbokar gärna din tid om du inte kan komma. Boka gärna en ny.",
    ),
    (
        "Installatören missade er tid i tisdags. Han kommer nu på fredag kl. 8.",
        "Om du missar din tid kan du boka en ny på webben.",
    ),
    (
        "Uppgraderingen i natt gick inte som planerat. Nu är allt i gång igen.",
        "Uppgraderingen i natt gick som planerat. Nu är allt i gång igen.",
    ),
    (
        "Tjänsten var otillgänglig i några timmar i går kväll.",
        "Tjänsten kommer att vara otillgänglig under det planerade underhållet på söndag.",
    ),
    (
        "Ordern står som obehandlad trots att det nu har gått tre veckor. Den skickas i dag.",
        "Trots att det har gått fort har vi packat allt noga. Ordern skickas i dag.",
    ),
    (
        "Paketet har stått som skickat i tio dagar. Vi skickar ett nytt.",
        "Paketet har legat hos ombudet i fjorton dagar och skickas nu tillbaka till oss.",
    ),
    (
        "Kaffebryggaren kom fram med en spricka i kannan. Vi skickar en ny kanna.",
        "Kaffebryggaren kom fram i går. Kannan tål diskmaskin.",
    ),
    (
        "I natt hade vi ett driftstopp mellan 02 och 05. Allt fungerar nu.",
        "I natt gör vi ett planerat byte av servrar. Allt fungerar som vanligt.",
    ),
    (
        "Du verkar ha blivit utelåst från ditt konto. Jag har låst upp det.",
        "Du kan logga in på ditt konto med BankID.",
    ),
    (
        "Du beställde en blå tröja men fick en röd. Rätt färg skickas i dag.",
        "Du beställde på måndagen men fick paketet redan på tisdagen.",
    ),
]


@pytest.mark.parametrize("fires,quiet", FAILURE_ROUND6)
def test_failure_round6(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG)
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG)


def test_customer_complaint_quoted_round6():
    for quoted in (
        "Det här är tredje gången jag skriver till er. Varför svarar ingen?",
        "Jag beställde en blå tröja men fick en röd.",
        "Paketet har stått som 'på väg' i tio dagar nu.",
    ):
        found = {f.rule for f in lint_text(_reply_quoting(quoted), lang=LANG, format="eml")}
        assert "missing-apology" in found, quoted
    quiet = {
        f.rule
        for f in lint_text(_reply_quoting("Kan jag ändra adressen?"), lang=LANG, format="eml")
    }
    assert "missing-apology" not in quiet


# Neutral drafts with problem words: policies, tips, negated delays, "du behöver inte vänta".
NEUTRAL_ROUND6 = [
    "Om appen inte fungerar efter uppdateringen, prova att starta om telefonen.",
    "För att undvika problem vid leveransen, se till att namnet står på dörren.",
    "Här är några tips för att lösa vanliga problem med inloggningen.",
    "Ditt paket är inte försenat, det kommer i tid på torsdag.",
    "Vi har öppet 9-17 på vardagar. Väntetiden i telefon är oftast kort.",
    "Du behöver inte vänta, du kan hämta paketet direkt.",
]


@pytest.mark.parametrize("text", NEUTRAL_ROUND6)
def test_neutral_round6(text):
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


# Non-apologies (missing-apology fires in failure context) and their sincere look-alikes.
NON_APOLOGY_ROUND6 = [
    (
        "Jag är ledsen, men så är våra regler.",
        "Jag är ledsen, men jag har goda nyheter: paketet är hittat.",
    ),
    (
        "Vi ber om ursäkt, men felet ligger hos fraktbolaget.",
        "Vi ber om ursäkt, felet låg hos oss och är nu rättat.",
    ),
    (
        "Jag ber om ursäkt om mitt förra svar var otydligt.",
        "Jag ber om ursäkt för mitt otydliga svar.",
    ),
    (
        "Vi beklagar ditt missnöje med beslutet.",
        "Vi beklagar förseningen och förstår din frustration.",
    ),
    (
        "Ursäkta att jag hör av mig igen, men vi behöver ditt kvitto.",
        "Ursäkta att du har fått vänta så länge på svar.",
    ),
    (
        "Ber om ursäkt för att jag tjatar, men kan du skicka en bild?",
        "Vi ber om ursäckt för förseningen.",
    ),
]


@pytest.mark.parametrize("fires,quiet", NON_APOLOGY_ROUND6)
def test_non_apology_round6(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG, context="failure")
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG, context="failure")


BLAME_ROUND6 = [
    (
        "Du valde själv standardfrakt när du beställde.",
        "Du kan själv välja leveranssätt i kassan.",
    ),
    (
        "Vänligen sluta skicka nya ärenden om samma sak, vi ber dig.",
        "Vi har slutat skicka pappersfakturor.",
    ),
    (
        "Det här har vi redan gått igenom med dig.",
        "Vi har gått igenom ditt ärende och skickar en ny vara.",
    ),
    (
        "Som jag redan har förklarat kan vi inte återbetala frakten.",
        "Som vi nämnde i telefon skickar vi en ny laddare i dag.",
    ),
    (
        "Som tydligt framgår av våra villkor tar vi ut en avgift.",
        "Som framgår av bifogat kvitto återbetalades 299 kr i går.",
    ),
    (
        "Som nämnts tidigare gäller garantin inte vid vattenskador.",
        "Som tidigare meddelats i vårt nyhetsbrev höjs priset den 1 maj.",
    ),
]


@pytest.mark.parametrize("fires,quiet", BLAME_ROUND6)
def test_blame_round6(fires, quiet):
    assert "customer-blame" in rules_fired(_draft(fires), LANG)
    assert "customer-blame" not in rules_fired(_draft(quiet), LANG)


def test_stop_sending_asked_by_us_is_blame_round6():
    text = "Vi ber dig att sluta skicka nya ärenden om samma sak."
    assert "customer-blame" in rules_fired(_draft(text), LANG)


@pytest.mark.parametrize(
    "text",
    [
        "Soliga hälsningar från oss på kundtjänst! Vi har tittat på ditt ärende.",
        "God morgon och välkommen till en ny vecka! Din order är försenad.",
    ],
)
def test_breezy_round6(text):
    assert "breezy-opener" in rules_fired(text, LANG, context="failure")


# Round 6, second probe set: the company says what went wrong in its own words.
FAILURE_ROUND6_OWN_WORDS = [
    (
        "Vi ser att du har varit utan el sedan i fredags. En montör är på väg.",
        "Under reparationen kan du låna en bil av oss, så du inte blir utan.",
    ),
    (
        "Det här borde inte ha hänt. Vi har skickat en ny vara.",
        "Det här har hänt: vi har skickat en ny vara som du bad om.",
    ),
    (
        "Du har helt rätt, vi borde ha meddelat dig om ändringen.",
        "Vi borde ha fler varianter av tröjan till hösten, håll utkik!",
    ),
    (
        "Vi har inte levt upp till det vi lovade. Frakten är återbetald.",
        "Vi har levt upp till alla krav i certifieringen.",
    ),
    (
        "Det var fel av oss att stänga ditt ärende utan att höra av oss.",
        "Det var klokt av dig att höra av dig.",
    ),
    (
        "Bokningen registrerades aldrig i vårt system. Jag har lagt in den nu.",
        "Bokningen registrerades i vårt system i går.",
    ),
    (
        "Din beställning har tyvärr inte gått iväg ännu.",
        "Din beställning har gått iväg och kommer fram på fredag.",
    ),
    (
        "Vi har haft långa svarstider den senaste tiden.",
        "Våra svarstider är korta på förmiddagen.",
    ),
    (
        "Det verkar ha blivit ett missförstånd kring din bokning. Jag har rättat den.",
        "För att undvika missförstånd skickar jag bokningen skriftligt.",
    ),
]


@pytest.mark.parametrize("fires,quiet", FAILURE_ROUND6_OWN_WORDS)
def test_failure_round6_own_words(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG)
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG)


def test_not_sent_yet_but_on_plan_is_neutral_round6():
    text = "Paketet har inte lämnat lagret än, men det skickas enligt plan i morgon."
    assert "missing-apology" not in rules_fired(_draft(text), LANG)


def test_without_contacting_is_no_promise_round6():
    text = "Ärendet stängdes utan att vi hörde av oss. Det var fel av oss."
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)


# Round 7: cheerful openers in a failure reply (own probes), and their quiet look-alikes.
BREEZY_ROUND7 = [
    # a cheer word opening its clause
    (
        "Toppen! Ditt paket har tyvärr blivit försenat. Vi ber om ursäkt.",
        "Det var inte toppen att paketet blev försenat. Vi ber om ursäkt.",
    ),
    (
        "Kanon, tack för bilderna! Lampan har gått sönder, och det beklagar vi.",
        "Tack för bilderna. Lampan har gått sönder, och det beklagar vi.",
    ),
    # weak words only with "!"
    (
        "Perfekt! Vi har tittat på din felaktiga faktura och ber om ursäkt.",
        "Vi har tittat på din felaktiga faktura och ber om ursäkt. Perfekt passform är viktigt.",
    ),
    # cheery thanks for the message
    (
        "Tack för ditt trevliga mejl. Din order har tyvärr fastnat, förlåt för det.",
        "Tack för ditt vänliga mejl. Din order har tyvärr fastnat, förlåt för det.",
    ),
    (
        "Jättetack för ditt mejl! Vi har debiterat dig två gånger och ber om ursäkt.",
        "Tack för ditt mejl. Vi har debiterat dig två gånger och ber om ursäkt.",
    ),
    # warm greetings from the team, "välkommen till familjen", "länge sedan sist"
    (
        "Varma hälsningar från oss alla här på kundservice! Din vara är trasig, förlåt.",
        "Hälsningar från oss på kundservice. Din vara är trasig, förlåt.",
    ),
    (
        "Välkommen till familjen! Appen har tyvärr inte fungerat, vi ber om ursäkt.",
        "Appen har tyvärr inte fungerat, vi ber om ursäkt. Välkommen att ringa oss.",
    ),
    (
        "Länge sedan sist! Ditt paket har tyvärr kommit bort. Vi ber om ursäkt.",
        "Ditt paket har tyvärr kommit bort. Vi ber om ursäkt.",
    ),
    # joy and chat words
    (
        "Det gläder oss att du hör av dig! Fakturan var fel, och vi ber om ursäkt.",
        "Bra att du hörde av dig. Fakturan var fel, och vi ber om ursäkt.",
    ),
    (
        "Hoppsan! Här har din bokning avbokats av misstag. Förlåt!",
        "Din bokning har avbokats av misstag. Förlåt! Kul att vi kunde lösa det.",
    ),
    (
        "Super att du hörde av dig! Ditt kort drogs två gånger, det beklagar vi.",
        "Ditt kort drogs två gånger, det beklagar vi. Super att du hörde av dig!",
    ),
]


@pytest.mark.parametrize("fires,quiet", BREEZY_ROUND7)
def test_breezy_round7(fires, quiet):
    assert "breezy-opener" in rules_fired(_draft(fires), LANG)
    assert "breezy-opener" not in rules_fired(_draft(quiet), LANG)


def test_breezy_in_markdown_and_jinja_round7():
    md = "**Goda nyheter!** 🎉\n\nDitt paket har tyvärr försenats. Vi ber om ursäkt.\n\nMvh Lisa"
    assert "breezy-opener" in {f.rule for f in lint_text(md, lang=LANG, format="markdown")}
    j2 = (
        "{% if kund.vip %}Hej {{ kund.namn }}, toppen att du hör av dig!{% else %}Hej,"
        "{% endif %}\n\nDitt paket har tyvärr blivit försenat. Vi ber om ursäkt.\n\nMvh\nLisa"
    )
    assert "breezy-opener" in {f.rule for f in lint_text(j2, lang=LANG, format="jinja")}


# Round 7: failure told in other words (own probes) and neutral look-alikes.
FAILURE_ROUND7 = [
    (
        "Ditt lösenord återställdes utan att du hade bett om det, på grund av ett fel hos oss.",
        "Du frågade om det går att hämta i butik: det går bra.",
    ),
    (
        "Din order står fortfarande som under behandling.",
        "Din order har skickats och är inte längre under behandling.",
    ),
    (
        "Paketet har inte kommit, fast du beställde det för tre veckor sedan.",
        "Du beställde för tre veckor sedan, och paketet levererades i går.",
    ),
    (
        "Du har helt rätt i att varan inte motsvarar beskrivningen på hemsidan.",
        "Varan motsvarar beskrivningen på hemsidan.",
    ),
    (
        "Du har debiterats för en tjänst du redan hade sagt upp.",
        "Har du redan betalat fakturan kan du bortse från påminnelsen.",
    ),
    (
        "Du har fått en blå tröja i stället för den svarta du beställde.",
        "Vi byter gärna till en svart tröja i stället för den blå du beställde.",
    ),
    (
        "Hotellrummet var inte städat när ni kom fram.",
        "Hotellrummet är städat och klart när ni kommer.",
    ),
    (
        "Ditt paket har returnerats till oss utan att ha aviserats.",
        "Du kan avboka tiden utan att meddela oss i förväg.",
    ),
    (
        "Gardinerna krympte redan i första tvätten.",
        "Om gardinerna krymper i tvätten kan du reklamera dem.",
    ),
    (
        "Hörlurarna fungerar bara på ena sidan.",
        "Hörlurarna fungerar på båda sidor igen efter uppdateringen.",
    ),
    (
        "Beställningen kom fram först efter två veckor.",
        "Beställningen kom fram efter två dagar, som utlovat.",
    ),
    (
        "Det tog nästan en månad innan du fick svar.",
        "Vi svarar normalt inom två dagar.",
    ),
    (
        "Du har fått två fakturor för samma månad.",
        "Du kan dela upp beloppet på två fakturor om du vill.",
    ),
    (
        "Tvättmaskinen har slutat centrifugera.",
        "Tvättmaskinen slutar centrifugera när programmet är klart.",
    ),
    (
        "Vi ser att din rabatt inte drogs av i kassan.",
        "Rabatten dras inte av förrän i kassan.",
    ),
    (
        "Handläggaren glömde att skicka beslutet till dig.",
        "Handläggaren skickar beslutet till dig.",
    ),
    (
        "Jag förstår att det har varit jobbigt att vara utan telefon.",
        "Jag förstår att det kan vara jobbigt att välja modell.",
    ),
    (
        "Vi har sett att din bokning inte syns i vårt system.",
        "Din bokning syns inte i systemet förrän betalningen är klar.",
    ),
    (
        "Din order har tyvärr hamnat mellan stolarna.",
        "Vi ser till att din order skickas i dag.",
    ),
    (
        "Vi ser att du har ringt flera gånger utan att komma fram.",
        "Du kan hämta paketet utan att få något sms.",
    ),
    (
        "Det visade sig att adressetiketten hade trillat av under transporten.",
        "Etiketten sitter fast och trillar inte av.",
    ),
    (
        "Ditt abonnemang förnyades trots att du hade sagt upp det.",
        "Trots att du har sagt upp abonnemanget kan du använda tjänsten månaden ut.",
    ),
    (
        "Bilen du hyrde var smutsig när du hämtade den.",
        "Bilen du hyrde är tvättad och tankad.",
    ),
    (
        "Skärmen har en död pixel i mitten.",
        "Skärmen har en upplösning på 4K.",
    ),
    (
        "Kursen du anmälde dig till ställdes in med kort varsel.",
        "Kursen du anmälde dig till startar den 4 mars.",
    ),
]


@pytest.mark.parametrize("fires,quiet", FAILURE_ROUND7)
def test_failure_round7(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG)
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG)


def test_unlocked_account_is_neutral_round7():
    assert "missing-apology" not in rules_fired(_draft("Ditt konto låstes upp i dag."), LANG)


def test_quoted_symptoms_round7():
    for quoted in (
        "Skärmen har en pixel som lyser vitt hela tiden.",
        "Det är tredje gången som jag hör av mig om samma sak.",
        "Hörlurarna fungerar bara på ena sidan.",
    ):
        found = {f.rule for f in lint_text(_reply_quoting(quoted), lang=LANG, format="eml")}
        assert "missing-apology" in found, quoted


def test_past_hearing_and_workplace_are_no_promise_round7():
    for text in (
        "Jag heter Lisa och arbetar på kundtjänst. Din order skickas i dag.",
        "Ingen hörde av sig när tekniken strulade. Nu fungerar allt igen.",
        "Det är frustrerande att behöva höra av sig flera gånger. Felet är nu rättat.",
    ):
        assert "missing-response-time" not in rules_fired(_draft(text), LANG), text


def test_customers_who_wrote_in_are_no_scolding_round7():
    text = "Flera kunder har hört av sig om att deras mejl inte har kommit fram i dag."
    assert "customer-blame" not in rules_fired(_draft(text), LANG)


def test_your_own_fault_survives_a_negation_in_what_the_fault_was():
    """A negation next to the fault takes it back; one inside the 'att' clause that
    says what the fault was does not (unless_near)."""
    assert "customer-blame" in rules_fired(
        _draft("Det är ditt eget fel att paketet inte hämtades ut."), LANG
    )
    for quiet in ("Det var verkligen inte ditt fel.", "Det är inte alls ditt eget fel."):
        assert "customer-blame" not in rules_fired(_draft(quiet), LANG), quiet


def test_compensation_offered_as_a_gesture_is_failure_context():
    gesture = "Hej Sam,\n\nSom en gest har vi satt in 100 kr på ditt konto.\n\nHälsningar\nEva"
    assert "missing-apology" in rules_fired(gesture, LANG)
    praise = "Hej Sam,\n\nDet var en fin gest av dig att skriva till oss.\n\nHälsningar\nEva"
    assert "missing-apology" not in rules_fired(praise, LANG)


@pytest.mark.parametrize(
    ("fires", "quiet"),
    [
        (
            "När du har skickat kvittot går vi vidare med reklamationen.",
            "Vi gick vidare med reklamationen i förra veckan och har ersatt varan.",
        ),
        (
            "Du får ett mejl när paketet har lämnat lagret.",
            "Du får ett kvitto via mejl när du har betalat.",
        ),
        (
            "Ni får en ny spårningslänk så snart försändelsen är registrerad.",
            "Du fick ett mejl när paketet skickades.",
        ),
        (
            "Vi skickar en uppdatering när felet är åtgärdat.",
            "Vi skickade ett sms till dig när paketet lämnade lagret.",
        ),
        (
            "Nästa uppdatering kommer så snart vi vet mer.",
            "Nästa uppdatering av appen släpps i vår.",
        ),
        (
            "Ditt ärende har lämnats över till vår tekniska support.",
            "Vår tekniska support har redan löst felet.",
        ),
    ],
)
def test_followup_round8(fires, quiet):
    assert "missing-response-time" in rules_fired(_draft(fires), LANG)
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)


def test_next_update_with_a_time_in_words_times_the_draft_round8():
    text = (
        "Våra tekniker arbetar med att rätta felet.\n\nUnder tiden kan du:\n\n"
        "* logga in via webben,\n* ringa oss.\n\n"
        "Nästa lägesuppdatering publicerar vi på driftsidan senast klockan tre i eftermiddag."
    )
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)


def test_past_date_after_since_is_no_commitment_round8():
    text = (
        "Vi har sedan den 2 april väntat på leverantören, men inget besked har kommit. "
        "Så fort vi vet mer återkommer vi till dig."
    )
    assert "missing-response-time" in rules_fired(_draft(text), LANG)


@pytest.mark.parametrize(
    ("fires", "quiet"),
    [
        (
            "Problemet beror helt enkelt på att du aldrig bekräftade din e-postadress.",
            "Det beror inte på att du har gjort något fel, utan på ett fel hos oss.",
        ),
        (
            "Orsaken är att ni inte uppdaterade appen.",
            "Orsaken är att vi inte hade fått betalningen från banken.",
        ),
    ],
)
def test_blame_round8(fires, quiet):
    assert "customer-blame" in rules_fired(_draft(fires), LANG)
    assert "customer-blame" not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize(
    ("fires", "quiet"),
    [
        (
            "Jag förstår att du reagerade på avgiften på din senaste faktura.",
            "Om du reagerar på något belopp på fakturan kan du höra av dig.",
        ),
        (
            "Fattar att det är surt att inte kunna logga in.",
            "Fattar att det kan vara surt att välja mellan två modeller.",
        ),
    ],
)
def test_failure_round8(fires, quiet):
    assert "missing-apology" in rules_fired(_draft(fires), LANG)
    assert "missing-apology" not in rules_fired(_draft(quiet), LANG)


@pytest.mark.parametrize(
    ("fires", "quiet"),
    [
        ("Svar kommer så snart som möjligt.", "Svaret kom i går, och allt är nu klart."),
        (
            "Så snart vi har fått tillbaka varan betalar vi tillbaka pengarna.",
            "När vi fick tillbaka varan betalade vi tillbaka pengarna.",
        ),
        ("Felet ska vara åtgärdat så snart som möjligt.", "Felet är åtgärdat och allt fungerar."),
        ("Vi räknar med att ha en lösning inom kort.", "Vi hoppas att du fick svar på din fråga."),
        ("Vi tar en titt på det här.", "Vi tog en titt på routern och den fungerar nu."),
    ],
)
def test_followup_more_round8(fires, quiet):
    assert "missing-response-time" in rules_fired(_draft(fires), LANG)
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)


PROMISE = "Vi undersöker vad som har hänt och återkommer till dig."


@pytest.mark.parametrize(
    "other",
    [
        "Returen ankom till vårt lager den 20 mars.",
        "Paketet var på väg till dig på måndagen.",
        "Hör av dig om paketet inte har kommit fram på fredag.",
        "Ditt nya paket beräknas komma fram på torsdag.",
        "Erbjudandet gäller till och med den 31 maj.",
        "Vår chatt är öppen till klockan 22.",
    ],
)
def test_times_that_answer_something_else_round8(other):
    for text in (f"{other} {PROMISE}", f"{PROMISE} {other}"):
        assert "missing-response-time" in rules_fired(_draft(text), LANG), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi undersöker saken och återkommer efter lunch.",
        "Vi återkommer till dig innan dagen är slut.",
        "Vi undersöker det som hände och återkommer senast i morgon.",
        "Du hör från oss den fjärde mars.",
        "Vi undersöker saken. Hör av dig om du inte har fått svar från oss på fredag.",
    ],
)
def test_timed_promises_stay_quiet_round8(text):
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)


@pytest.mark.parametrize(
    ("fires", "quiet"),
    [
        (
            "Jag hör med lagret vad som har hänt.",
            "Jag pratade med lagret i går, och paketet är skickat.",
        ),
        ("En tekniker kommer att besöka dig.", "Teknikern kom ut i går och bytte mätaren."),
        ("Vi låter dig veta när vi vet mer.", "Vi låter dig välja leveranssätt själv."),
        ("Du hålls informerad om hur ärendet går.", "Du kan hålla dig informerad via appen."),
        (
            "En efterlysning är gjord hos PostNord.",
            "Efterlysningen är avslutad och paketet hittat.",
        ),
        ("Ni kommer att bli kontaktade av vår partner.", "Vill du bli kontaktad av oss via sms?"),
    ],
)
def test_followup_wordings_round8(fires, quiet):
    assert "missing-response-time" in rules_fired(_draft(fires), LANG)
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)


def test_dated_record_is_no_commitment_round8():
    for text in (
        "Tack för ditt mejl den 12 mars. Vi tittar på ärendet och hör av oss.",
        "Din order från den 3 maj är försenad. Vi har kontaktat leverantören och väntar på svar.",
    ):
        assert "missing-response-time" in rules_fired(_draft(text), LANG), text
    quiet = "Vi svarar på ditt mejl senast den 12 mars."
    assert "missing-response-time" not in rules_fired(_draft(quiet), LANG)


# round 10: (rule, fires, near miss) per class
ROUND10 = [
    # customer-blame: a particle verb is no telling; reviewing a record is no telling
    (
        "customer-blame",
        "Som jag redan har skrivit till dig gäller avgiften även för avbokningar.",
        "Vi har stängt av tjänsten som du sa upp i mars, och avgiften är borttagen.",
    ),
    (
        "customer-blame",
        "Jag har sagt det till dig flera gånger nu: avgiften gäller.",
        "Jag har gått igenom din faktura flera gånger och hittar inga fel.",
    ),
    (
        "customer-blame",
        "Precis som vi skrev tidigare kan biljetten inte bytas.",
        "Vi har gått igenom ärendet som ni skickade in i går.",
    ),
    (
        "customer-blame",
        "Det har jag ju redan sagt till dig.",
        "Vi har redan sagt upp avtalet åt dig, så du behöver inte göra något.",
    ),
    # customer-blame: "should have" with a passive supine names what was owed
    (
        "customer-blame",
        "Det borde du ha kontrollerat innan du skickade tillbaka varan.",
        "Du har rätt i att pengarna borde ha betalats ut förra veckan.",
    ),
    (
        "customer-blame",
        "Du borde ha läst villkoren innan du bokade.",
        "Du borde ha informerats om avgiften innan du bokade, och det är vårt fel.",
    ),
    # failure context: a rule about consent, a negated general promise
    (
        "missing-apology",
        "Vi har tyvärr debiterat ditt kort utan att fråga dig först.",
        "Staketet får inte sättas upp närmare gränsen än en meter utan grannens medgivande.",
    ),
    (
        "missing-apology",
        "Abonnemanget förlängdes utan ditt godkännande.",
        "Vi förlänger aldrig ett abonnemang utan ditt godkännande.",
    ),
    # failure context: the negation governs a modal or an infinitive, not the arrival
    (
        "missing-apology",
        "Beloppet har du fortfarande inte fått tillbaka.",
        "Eftersom skorna levererades i mars kan de inte längre bytas.",
    ),
    (
        "missing-apology",
        "Ordern har tyvärr inte skickats än.",
        "Det går inte att ändra adressen efter att ordern har skickats.",
    ),
    # failure context: the company had to call something off
    (
        "missing-apology",
        "Vi har tyvärr fått ställa in morgondagens spinningpass.",
        "Du kan själv avboka passet i appen fram till en timme innan.",
    ),
    (
        "missing-apology",
        "Tyvärr fick vi flytta din tid hos tandläkaren till nästa vecka.",
        "Ibland får vi flytta tider när en tandläkare blir sjuk.",
    ),
    (
        "missing-apology",
        "Konserten på lördag är tyvärr avlyst.",
        "Konserten på lördag blir av som planerat.",
    ),
    # failure context: a wait longer than it should be
    (
        "missing-apology",
        "Just nu är väntetiden i telefon ovanligt lång.",
        "Under julhandeln kan väntetiden i telefon bli längre än vanligt.",
    ),
    (
        "missing-apology",
        "Leveranstiden har blivit längre än utlovat.",
        "Leveranstiden är inte längre än normalt, varan kommer på fredag.",
    ),
    # failure context: the customer's things or data lost
    (
        "missing-apology",
        "Efter uppdateringen har dina sparade inställningar försvunnit.",
        "Spara en kopia innan uppdateringen så att du inte förlorar dina inställningar.",
    ),
    (
        "missing-apology",
        "Vi ser att bonuspoängen på ditt konto har nollställts.",
        "Dina poäng har tagits bort på din begäran, som du bad om.",
    ),
    # failure context: the customer reported a fault
    (
        "missing-apology",
        "Tack för din felanmälan om tv-boxen.",
        "Du kan felanmäla tv-boxen direkt i vår app.",
    ),
    # neutral: what may happen in general, what a step avoids
    (
        "missing-apology",
        "I förmiddags uppstod det fördröjningar i betalningarna.",
        "Vid många samtidiga köp kan det uppstå fördröjningar i betalningarna.",
    ),
    (
        "missing-apology",
        "Tyvärr har din cykel skadats under frakten.",
        "Packa cykeln väl för att undvika att den blir skadad under frakten.",
    ),
    # neutral: glad the customer's own problem has gone
    (
        "missing-apology",
        "Skrivaren fungerar igen efter felet i går.",
        "Kul att höra att skrivaren fungerar igen!",
    ),
    # neutral: how a refund is made, told in general
    (
        "missing-apology",
        "Vi återbetalar avgiften eftersom vi drog den av misstag.",
        "Återbetalningen brukar synas på kontot inom tre bankdagar.",
    ),
    # missing-response-time: a retry promised after the customer's next message
    (
        "missing-response-time",
        "Mejla oss ett nytt foto på kvittot, så gör vi ett nytt försök med återbetalningen.",
        "Vi gjorde ett nytt försök med återbetalningen i morse, och nu är den klar.",
    ),
    (
        "missing-response-time",
        "Bekräfta din adress, så skickar vi om paketet.",
        "Vi skickade om paketet i går, och det är nu på väg.",
    ),
    # missing-response-time: "följa med" and keeping oneself updated are no promise
    (
        "missing-response-time",
        "Vi ska följa upp ärendet med lagret.",
        "Kryssa i vilka bilagor som ska följa med mejlet.",
    ),
    (
        "missing-response-time",
        "Vi kommer att hålla dig uppdaterad om reparationen.",
        "Det är viktigt att hålla dig uppdaterad om de nya reglerna, som finns på vår webbplats.",
    ),
    # missing-response-time: a time that names a trip or round-the-clock availability
    (
        "missing-response-time",
        "Jag kollar om det finns platser kvar på tåget kl. 7.40 och återkommer till dig.",
        "Jag kollar om det finns platser kvar och återkommer till dig senast kl. 16.",
    ),
    (
        "missing-response-time",
        "Vi felsöker ledningen och meddelar dig när felet är hittat. Jouren nås dygnet runt.",
        "Vi felsöker ledningen och meddelar dig senast i morgon kl. 12.",
    ),
    (
        "missing-response-time",
        "Ni har varit utan vatten sedan rörbrottet i morse. Vi meddelar er när det är lagat.",
        "Vi lagar röret och meddelar er senast i morgon bitti kl. 8.",
    ),
    # missing-response-time: money on its way is an estimate, not a reply time; "samma dag"
    # after a date is a deadline
    (
        "missing-response-time",
        "Vi hör av oss när paketet har lämnat lagret. Vill du hellre avbryta köpet betalar vi "
        "tillbaka beloppet inom tre bankdagar.",
        "Vi hör av oss senast på fredag. Vill du hellre avbryta köpet betalar vi tillbaka "
        "beloppet inom tre bankdagar.",
    ),
    (
        "missing-response-time",
        "Pengarna betalas ut senast den 3 mars, och jag mejlar dig en bekräftelse när allt "
        "är klart.",
        "Pengarna betalas ut senast den 3 mars, och jag mejlar dig en bekräftelse senast "
        "samma dag.",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Vi behandlar din ansökan och återkommer inom tio bankdagar.",
        "Du får ett besked från oss inom 14 kalenderdagar.",
    ],
)
def test_bank_and_calendar_days_are_times_round10(text):
    assert "missing-response-time" not in rules_fired(_draft(text), LANG)


# Round 11: classes, not drafts (tuned on set 9, checked for transfer on set 10's figures)
ROUND11 = [
    # failure context: "inställd på" a setting is no cancellation; the neuter "inställt" is one
    (
        "missing-apology",
        "Tyvärr är kursen inställd på grund av sjukdom.",
        "Kontrollera att klockan i telefonen är inställd på automatisk tid.",
    ),
    (
        "missing-apology",
        "Ditt flyg till Luleå är inställt på kort varsel.",
        "Se till att språket i appen är inställt på svenska.",
    ),
    # a possibility in a how-to is no failure
    (
        "missing-apology",
        "Din telefon har saknat täckning sedan i fredags.",
        "Under flytten kan telefonen sakna täckning en kort stund, det är helt normalt.",
    ),
    (
        "missing-apology",
        "Sidan var nere hela förmiddagen.",
        "Sidan kan vara nere en kort stund under uppdateringen.",
    ),
    # planned unavailability announced with its window
    (
        "missing-apology",
        "Internetbanken gick inte att använda i går kväll.",
        "Internetbanken går inte att använda natten mot söndag, när vi uppgraderar systemen.",
    ),
    (
        "missing-apology",
        "I går gick det inte att logga in på flera timmar.",
        "Under servicefönstret går det inte att logga in, men kortbetalningar fungerar som "
        "vanligt.",
    ),
    # inconvenience that may follow is no problem that happened
    (
        "missing-apology",
        "Fakturan blev fel och har orsakat dig besvär.",
        "Ursäkta besväret det kan innebära om du hade tänkt handla just då.",
    ),
    (
        "missing-apology",
        "Vi har haft störningar i nätet hela veckan.",
        "Vi uppgraderar nätet på söndag och ber om förståelse för eventuella störningar.",
    ),
    # regret made conditional by "om" right after it
    (
        "missing-apology",
        "Vi är ledsna om besöket inte levde upp till dina förväntningar.",
        "Vi är ledsna att besöket inte levde upp till dina förväntningar.",
    ),
    (
        "missing-apology",
        "Tyvärr dröjde beskedet. Vi beklagar om det har orsakat besvär.",
        "Tyvärr dröjde beskedet. Vi beklagar att det har orsakat besvär.",
    ),
    # a refused apology: nothing to apologise for
    (
        "missing-apology",
        "Tack för ditt klagomål. Vi anser inte att det finns något att be om ursäkt för.",
        "Tack för ditt klagomål. Det finns all anledning att be om ursäkt, och det gör vi.",
    ),
    (
        "missing-apology",
        "Tack för ditt klagomål. Vi har ingenting att beklaga i det här fallet.",
        "Tack för ditt klagomål. Vi beklagar verkligen det som hände i butiken.",
    ),
    # bothering the customer with one more thing is trivial
    (
        "missing-apology",
        "Tyvärr kom paketet bort. Ursäkta att jag besvärar dig med en sak till: vilken adress "
        "gäller?",
        "Tyvärr kom paketet bort. Ursäkta att det har blivit så mycket besvär för dig.",
    ),
    (
        "missing-apology",
        "Tyvärr kom paketet bort. Förlåt att jag besvärar dig igen, men vi behöver kvittot.",
        "Tyvärr kom paketet bort. Förlåt att vi har besvärat dig med så mycket strul.",
    ),
    (
        "missing-apology",
        "Under uppdateringen fungerade inte appen alls.",
        "Under uppdateringen är appen inte tillgänglig, men kortbetalningar fungerar.",
    ),
    (
        "missing-apology",
        "Sidan var nere mellan klockan 10 och 12 i går.",
        "Vi har planerat underhåll i natt, och sidan kommer att vara nere mellan 01 och 03.",
    ),
    # in case of problems, and an FAQ heading asked as a question
    (
        "missing-apology",
        "Vi har problem med inloggningen sedan i morse.",
        "Vid problem med inloggningen kan du ringa oss.",
    ),
    (
        "missing-apology",
        "Du fick fel kod i sms:et.",
        "Fel lösenord? Klicka på Glömt lösenord.",
    ),
    # conditional: "om jag", "i så fall"; regret for the customer's view, also with "sorry"
    (
        "missing-apology",
        "Tack för ditt klagomål. Förlåt om jag var otydlig i telefon.",
        "Tack för ditt klagomål. Förlåt att jag var otydlig i telefon.",
    ),
    (
        "missing-apology",
        "Tack för ditt klagomål. Vi beklagar i så fall det inträffade.",
        "Tack för ditt klagomål. Vi beklagar verkligen det inträffade.",
    ),
    (
        "missing-apology",
        "Tack för ditt klagomål. Sorry att du tycker så.",
        "Tack för ditt klagomål. Sorry att det tog så lång tid.",
    ),
    (
        "missing-apology",
        "Tack för ditt klagomål. Vi är ledsna att du ser det på det sättet.",
        "Tack för ditt klagomål. Vi är ledsna att du fick vänta på det sättet.",
    ),
    # missing-response-time: "ger dig besked" is a follow-up; a document sent on when they have time
    (
        "missing-response-time",
        "Jag kollar med produktteamet om det finns i planeringen och ger dig besked längre fram.",
        "Här ger jag dig besked om att din ansökan är godkänd.",
    ),
    (
        "missing-response-time",
        "Ekonomiavdelningen tar fram kopiorna och skickar dem till dig så fort de hinner.",
        "Ekonomiavdelningen tog fram kopiorna och skickade dem till dig så fort de hann.",
    ),
    # customer-blame: the fault put on the customer ("det får du stå för själv")
    (
        "customer-blame",
        "Du skickade inte tillbaka skorna i tid, och det får du stå för själv.",
        "Du står själv för returfrakten enligt villkoren.",
    ),
    (
        "customer-blame",
        "Returen kom för sent. Det får du själv ta ansvar för.",
        "Returen kom fram. Du får själv välja om du vill ha pengarna eller ett presentkort.",
    ),
    # asking for forbearance is an apology
    (
        "missing-apology",
        "Tyvärr har svaret dröjt, men nu har vi svar åt dig.",
        "Ha överseende med att svaret har dröjt, men nu har vi svar åt dig.",
    ),
]


@pytest.mark.parametrize(("rule", "fires", "quiet"), ROUND10 + ROUND11)
def test_round10_and_11(rule, fires, quiet):
    assert rule in rules_fired(_draft(fires), LANG)
    assert rule not in rules_fired(_draft(quiet), LANG)


# A probe by a writer who never read the lexicon: a telling tied to an event, announced in
# the passive, contact taken by someone else; times said as "24 h", a range of days, an
# ordinal day, the month's last day, the next working day.
TIME = "missing-response-time"
PROBE_RT = [
    (
        TIME,
        "Bilen står kvar hos oss. Vi ringer när växellådan är på plats.",
        "Bilen står kvar hos oss. Vi ringer i morgon förmiddag när växellådan är på plats.",
    ),
    (
        TIME,
        "Gruppavdelningen bekräftar bokningen per mejl så fort de hunnit titta på den.",
        "Systemet skickar automatiskt ett mejl när betalningen har gått igenom.",
    ),
    (
        TIME,
        "Beslut om ersättning meddelas dig skriftligen per post.",
        "Beslut om ersättning meddelas dig skriftligen senast den tjugonde.",
    ),
    (
        TIME,
        "Er synpunkt kommer att besvaras av ansvarig handläggare.",
        "Er synpunkt kommer att besvaras av ansvarig handläggare inom 24 h.",
    ),
    (
        TIME,
        "Ärendet ligger hos andra linjens support, som tar kontakt med dig.",
        "Ärendet ligger hos andra linjens support, som tar kontakt med dig nästkommande vardag.",
    ),
    (
        TIME,
        "Vi undersöker saken och hör av oss.",
        "Vi undersöker saken, och inom två–tre arbetsdagar får du ett samtal från oss.",
    ),
    (
        TIME,
        "Fakturan krediteras, och du får en bekräftelse från mig när det är klart.",
        "Fakturan krediteras, och du får en bekräftelse från mig före den sista oktober.",
    ),
    (
        TIME,
        "Vi rekommenderar att du kontaktar banken. Vi hör av oss när vi vet mer.",
        "Vi rekommenderar att du uppdaterar appen så snart som möjligt.",
    ),
]


BLAME = "customer-blame"
# A probe by a writer who never read the lexicon: the fault the customer's own in an idiom,
# and talking down.
PROBE_BLAME = [
    (
        BLAME,
        "Förseningen är helt självförvållad eftersom ni lämnade fel leveransadress.",
        "Förseningen är vårt fel, eftersom vi skrev fel leveransadress på etiketten.",
    ),
    (
        BLAME,
        "Vi har felsökt datorn, och felet sitter mellan stolen och tangentbordet.",
        "Vi har felsökt datorn, och felet sitter i nätaggregatet.",
    ),
    (
        BLAME,
        "Paketet kom tillbaka eftersom du aldrig brydde dig om att hämta ut det.",
        "Paketet kom tillbaka eftersom ombudet stängde innan du hann hämta ut det.",
    ),
    (
        BLAME,
        "Har du ens läst instruktionen som följde med routern?",
        "Har du hittat instruktionen som följde med routern?",
    ),
    (
        BLAME,
        "Hur många gånger ska jag behöva säga att vi inte har ert lösenord?",
        "Hur många gånger har du försökt logga in i dag?",
    ),
    (
        BLAME,
        "Det framgick med all önskvärd tydlighet av vårt mejl att avgiften inte återbetalas.",
        "Vi borde ha skrivit tydligare i vårt mejl att avgiften inte återbetalas.",
    ),
    (
        BLAME,
        "Du behöver inte påminna oss varannan dag, det går inte fortare för det.",
        "Påminn oss gärna om du inte har fått svar på fredag.",
    ),
]


PROBE_BLAME += [
    # the cause put on what the customer never did; talking down; scolding about
    # duplicates; the customer's own question and reassurance stay quiet
    (
        BLAME,
        "Att ersättningen dröjer beror på att ni aldrig skickade in kvittona.",
        "Att ersättningen dröjer beror på att vi inte har fått svar från försäkringsbolaget.",
    ),
    (
        BLAME,
        "Kontot stängdes för att du bröt mot reglerna, och det vet du.",
        "Kontot stängdes för att någon annan loggade in från ett okänt land.",
    ),
    (
        BLAME,
        "Villkoren är skrivna på vanlig svenska.",
        "Villkoren finns nu också på engelska.",
    ),
    (
        BLAME,
        "Läs mejlet en gång till, så förstår du säkert.",
        "Mejlet förklarar stegen, så förstår du hur det går till.",
    ),
    (
        BLAME,
        "Läs instruktionen ord för ord den här gången.",
        "Instruktionen finns i paketet.",
    ),
    (
        BLAME,
        "Svaret finns i vår FAQ, som du kanske borde titta i innan du mejlar oss.",
        "Svaret finns i vår FAQ, och du är alltid välkommen att mejla oss.",
    ),
    (
        BLAME,
        "Hade du tagit dig tid att läsa informationen hade du sluppit avgiften.",
        "Tack för att du tog dig tid att läsa informationen.",
    ),
    (
        BLAME,
        "Vi ber dig att inte skicka in fler ärenden om samma sak.",
        "Vi har slagit ihop dina ärenden om samma sak, så du får ett samlat svar.",
    ),
    (
        BLAME,
        "Ytterligare dubbletter av ärendet kommer att stängas utan svar.",
        "Dubbletterna av ärendet har vi slagit ihop åt dig.",
    ),
    (
        BLAME,
        "Du borde ha läst villkoren bättre.",
        "Du undrar om du borde ha läst villkoren bättre, men felet var vårt.",
    ),
    (
        BLAME,
        "Att paketet kom fel är ditt eget fel.",
        "Det ligger inget ansvar på dig här.",
    ),
]


@pytest.mark.parametrize(("rule", "fires", "quiet"), PROBE_RT + PROBE_BLAME)
def test_probe_fires_and_its_look_alike_is_quiet(rule, fires, quiet):
    assert rule in rules_fired(_draft(fires), LANG)
    assert rule not in rules_fired(_draft(quiet), LANG)
