"""Danish concept frames: each frame's meaning fires in a realistic draft, and a natural
look-alike stays quiet (verb-second order, inserted words and inflection included).
Failure context is detected from the draft itself, so the failure frames are tested too."""

import pytest
from helpers import rules_fired

BLAME = "customer-blame"
APOLOGY = "missing-apology"
TIME = "missing-response-time"

FIRES = [
    # blame: condescension and repetition
    (BLAME, "Hej Ole,\n\nSom jeg skrev i går, kan beløbet ikke refunderes.\n\nMvh. Lise"),
    (BLAME, "Hej,\n\nSom allerede oplyst er ordren afsendt.\n\nVenlig hilsen\nKim"),
    (BLAME, "Hej Mads,\n\nDet har jeg allerede forklaret dig. Gavekortet er udløbet.\n\nMvh. Ida"),
    (BLAME, "Hej,\n\nVi har nu forklaret reglerne for returnering flere gange.\n\nMvh. Bo"),
    (BLAME, "Hej,\n\nI min tidligere mail skrev jeg, at gavekortet er udløbet.\n\nMvh. Ann"),
    (BLAME, "Hej,\n\nJeg henviser til min tidligere mail om returretten.\n\nMvh. Ann"),
    (BLAME, "Hej,\n\nLeveringstiden står meget tydeligt på produktsiden.\n\nMvh. Jens"),
    (BLAME, "Hej,\n\nSom beskrevet i vores handelsbetingelser kan udsalgsvarer ikke returneres."),
    # blame: accusation
    (BLAME, "Hej,\n\nDu har tydeligvis ikke læst vores vejledning.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet burde du have tjekket, inden du bestilte.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDu har desværre overset, at tilbuddet udløb i søndags.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nForsinkelsen er desværre helt din egen skyld.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nReturneringen blev afvist på grund af en fejl i din indtastning."),
    (BLAME, "Hej,\n\nVi har kigget på sagen. Fejlen ligger desværre hos dig.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDu har sikkert tastet et forkert kortnummer.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nHvis du havde fulgt vejledningen, var det ikke sket.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nHavde du læst betingelserne, ville du vide, at gebyret gælder."),
    (BLAME, "Hej,\n\nLæs vilkårene ordentligt igennem næste gang.\n\nMvh. Per"),
    # blame: scolding about repeated requests
    (BLAME, "Hej,\n\nDet går altså ikke hurtigere af, at du bliver ved med at skrive."),
    (BLAME, "Hej,\n\nGentagne henvendelser om den samme sag forsinker kun behandlingen."),
    (BLAME, "Hej,\n\nUndlad venligst at oprette nye sager om den samme ordre.\n\nMvh. Per"),
    # non-apology and failure paraphrases: a failure reply without a sincere apology
    (APOLOGY, "Hej,\n\nDet er vi kede af, at du har følt dig dårligt behandlet.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nPakken er stadig ikke nået frem. Den er nu efterlyst hos GLS."),
    (APOLOGY, "Hej,\n\nTeknikeren dukkede aldrig op i tirsdags. Vi har booket en ny tid."),
    (APOLOGY, "Hej,\n\nDin pakke er ved en fejl kørt til en helt anden by. Den er på vej."),
    (APOLOGY, "Hej,\n\nSofaen kom først en hel uge efter den lovede dato, ser jeg."),
    (APOLOGY, "Hej,\n\nVores system har trukket beløbet dobbelt. Det er nu refunderet."),
    # follow-ups without a time, in any word order
    (TIME, "Hej,\n\nTak for din mail. Det undersøger vi nu sammen med fragtfirmaet."),
    (TIME, "Hej,\n\nVi har fundet fejlen i din faktura. Den retter vi hurtigst muligt."),
    (TIME, "Hej,\n\nTak for din besked. Så snart vi ved mere, ringer vi til dig."),
    (TIME, "Hej,\n\nTak for din besked. Når der er nyt, opdaterer vi dig igen."),
    (TIME, "Hej,\n\nVi informerer dig, så snart teknikeren har været forbi."),
    (TIME, "Hej,\n\nTak for din mail. Vi giver besked, så snart pakken er fundet."),
    (TIME, "Hej,\n\nDu får svar fra vores tekniske afdeling hurtigst muligt."),
    (TIME, "Hej,\n\nDu hører nærmere fra mig, så snart jeg ved mere."),
    (TIME, "Hej,\n\nJeg har bedt lageret om at undersøge, hvad der er sket."),
    (TIME, "Hej,\n\nVi har kontaktet fragtfirmaet om din pakke."),
    (TIME, "Hej,\n\nVi har kontaktet leverandøren og afventer nu deres svar."),
    (TIME, "Hej,\n\nJeg har bragt din klage videre til vores ledelse."),
    (TIME, "Hej,\n\nVi melder snart en ny plan ud for migreringen."),
    (TIME, "Hej,\n\nJeg har sendt din sag til vores økonomiafdeling."),
    (TIME, "Hej,\n\nLogin virker ikke lige nu. Vores teknikere er i fuld gang."),
    (TIME, "Hej,\n\nVi håber at have en løsning klar snarest."),
    (TIME, "Hej,\n\nDin reklamation bliver behandlet hurtigst muligt."),
    # a past weekday, "i dag" or a waited duration is no time for the promise
    (TIME, "Hej,\n\nVi modtog din returnering mandag. Vi undersøger nu sagen."),
    (TIME, "Hej,\n\nVi har i dag sendt din sag videre til lageret."),
    (TIME, "Hej,\n\nDu har ventet i 5 dage. Vi undersøger nu, hvor pakken er."),
    # round 2: split particle verbs, elided subjects, passives, "no ETA", event-tied
    (TIME, "Hej,\n\nSend os dit ordrenummer, så kigger vi på det.\n\nMvh. Per"),
    (TIME, "Hej,\n\nNår vi har modtaget billederne, tager vi stilling til din reklamation."),
    (TIME, "Hej,\n\nVi mangler svar fra leverandøren, men skriver til dig, så snart vi har det."),
    (TIME, "Hej,\n\nVi beklager fejlen. Vi sender dig en ny faktura hurtigst muligt."),
    (TIME, "Hej,\n\nVi beklager fejlen. Du får pengene tilbage hurtigst muligt."),
    (TIME, "Hej,\n\nTak for din mail. Du vil blive kontaktet af en medarbejder."),
    (TIME, "Hej,\n\nVi kan desværre endnu ikke sige, hvornår systemet er oppe igen."),
    (TIME, "Hej,\n\nTak for din besked. Vi skal lige have undersøgt det nærmere."),
    (TIME, "Hej,\n\nVi har brug for lidt tid til at undersøge, hvad der er sket."),
    (TIME, "Hej,\n\nVi kontakter fragtfirmaet og hører, hvad der er sket."),
    (TIME, "Hej,\n\nTak for din besked. Vi skriver, når pakken er på vej."),
    (TIME, "Hej,\n\nDu skal bare vente, så ringer vi.\n\nMvh. Per"),
    (TIME, "Hej,\n\nVi venter på, at fragtfirmaet vender tilbage."),
    (TIME, "Hej,\n\nVi får en redegørelse fra leverandøren og vender så tilbage."),
    (TIME, "Hej,\n\nVi har fundet fejlen. Det finder vi ud af sammen med fragtfirmaet."),
    (TIME, "Hej,\n\nJeg fik ikke fat i dig i går kl. 15, så jeg prøver igen senere."),
    (TIME, "Hej,\n\nVi er nødt til at undersøge sagen nærmere, før vi kan give et svar."),
    (TIME, "Hej,\n\nVi er ved at se på sagen sammen med lageret."),
    (TIME, "Hej,\n\nVi har startet en undersøgelse hos PostNord."),
    (TIME, "Hej,\n\nDin sag ligger nu hos vores tekniske afdeling."),
    (TIME, "Hej,\n\nVi beklager. Fejlen er under udbedring."),
    (TIME, "Hej,\n\nVi beklager. Vi har givet din sag høj prioritet."),
    (TIME, "Hej,\n\nEn tekniker kommer ud til dig og ser på vaskemaskinen."),
    (TIME, "Hej,\n\nVi gør vores bedste for at finde en løsning."),
    (TIME, "Hej,\n\nJeg har sat en kollega på sagen."),
    # times that commit to nothing: rates, past experience, dated references, policies
    (TIME, "Hej,\n\nAftalen lover under en time nedetid om året. Vi afventer Microsofts svar."),
    (TIME, "Hej,\n\nVi har haft fire nedbrud på fra 10 min til 13 timer. Vi forsøger at løse det."),
    (TIME, "Hej,\n\nTak for din mail af 3. marts. Vi undersøger sagen og vender tilbage."),
    (TIME, "Hej,\n\nReturretten er 30 dage. Vi undersøger, om vi kan gøre en undtagelse."),
    (TIME, "Hej,\n\nDin ordre 4471-22 er forsinket. Vi giver besked, når vi hører fra GLS."),
]

QUIET = [
    (BLAME, "Hej,\n\nSom du skriver, kom pakken en dag for sent. Det beklager vi."),
    (BLAME, "Hej,\n\nSom du tidligere har nævnt, var varen beskadiget. Vi beklager."),
    (BLAME, "Hej,\n\nJeg har allerede skrevet til fragtfirmaet om din pakke."),
    (BLAME, "Hej,\n\nVi har forsøgt at ringe til dig flere gange."),
    (BLAME, "Hej,\n\nTak for dit svar på min tidligere mail."),
    (BLAME, "Hej,\n\nSe vedhæftede faktura for din sidste bestilling."),
    (BLAME, "Hej,\n\nSkriv venligst tydeligt, hvilke varer du vil returnere."),
    (BLAME, "Hej,\n\nIfølge vores betingelser gælder returretten i 30 dage."),
    (BLAME, "Hej,\n\nHvis du ikke har set mailen, så tjek venligst dit spamfilter."),
    (BLAME, "Hej,\n\nDu burde have modtaget en ny kode nu."),
    (BLAME, "Hej,\n\nHar du glemt din adgangskode? Så kan du nulstille den her."),
    (BLAME, "Hej,\n\nTak fordi du tog ansvar for at give os besked."),
    (BLAME, "Hej,\n\nVi har fundet fejlen i din ordre og rettet den."),
    (BLAME, "Hej,\n\nDer er ikke sket nogen fejl fra din side."),
    (BLAME, "Hej,\n\nVi har desværre skrevet en forkert adresse på pakken. Undskyld."),
    (BLAME, "Hej,\n\nHvis du har kigget alle steder uden at finde den, så skriv til os."),
    (BLAME, "Hej,\n\nVi har læst din mail grundigt igennem."),
    (BLAME, "Hej,\n\nSend gerne flere billeder, så går det hurtigere for os at hjælpe."),
    (BLAME, "Hej,\n\nVi har stoppet forsendelsen og sender pengene retur i dag."),
    (BLAME, "Hej,\n\nDet kunne du ikke have vidst. Vi beklager forvirringen."),
    # apologies and look-alikes of failure
    (APOLOGY, "Hej,\n\nVi beklager, at du har måttet vente så længe på din pakke."),
    (APOLOGY, "Hej,\n\nVi er meget ærgerlige over, at din bestilling gik tabt."),
    (APOLOGY, "Hej,\n\nTeknikeren dukkede op til tiden i tirsdags, kan jeg se."),
    (APOLOGY, "Hej,\n\nSofaen kom på den lovede dato."),
    (APOLOGY, "Hej,\n\nBeløbet bliver ikke trukket, før varen er afsendt."),
    (APOLOGY, "Hej,\n\nDet er overhovedet ikke noget problem."),
    (APOLOGY, "Hej,\n\nVi har refunderet beløbet for den returnerede jakke."),
    # no pending follow-up, or one with a concrete time
    (TIME, "Hej,\n\nVi har undersøgt sagen, og pakken er fundet."),
    (TIME, "Hej,\n\nVi ringede til dig i går, men fik ikke fat i dig."),
    (TIME, "Hej,\n\nVi har opdateret din adresse i systemet."),
    (TIME, "Hej,\n\nVi informerer dig hermed om, at din konto er lukket."),
    (TIME, "Hej,\n\nHvis du får svar fra fragtfirmaet, må du gerne sende det til os."),
    (TIME, "Hej,\n\nVi glæder os til at høre fra dig."),
    (TIME, "Hej,\n\nJeg har bedt dig om at sende en kopi af kvitteringen."),
    (TIME, "Hej,\n\nVi har kontaktet dig flere gange uden at få svar."),
    (TIME, "Hej,\n\nVi afventer dit svar, før vi kan gå videre."),
    (TIME, "Hej,\n\nDu kan gå videre til betalingen nu."),
    (TIME, "Hej,\n\nTak for de pæne ord! Jeg har givet dem videre til holdet."),
    (TIME, "Hej,\n\nDu kan sende varen til os med den vedlagte label."),
    (TIME, "Hej,\n\nVi håber, at du bliver glad for din nye jakke."),
    (TIME, "Hej,\n\nDin reklamation er blevet behandlet, og pengene er sendt."),
    (TIME, "Hej,\n\nVi undersøger sagen og ringer til dig torsdag med en opdatering."),
    (TIME, "Hej,\n\nDu hører fra os efter 2-3 hverdage."),
    (TIME, "Hej,\n\nVi undersøger det og vender tilbage i løbet af i dag."),
    # round 2 near misses
    (TIME, "Hej,\n\nSom vi ser på billederne, er æsken beskadiget. Vi sender en ny i dag."),
    (TIME, "Hej,\n\nVi tager altid stilling til reklamationer ud fra købeloven."),
    (TIME, "Hej,\n\nDu logger ind og skriver din nye kode.\n\nMvh. Per"),
    (TIME, "Hej,\n\nVi sendte varen så hurtigt som muligt, og den er nu leveret."),
    (TIME, "Hej,\n\nHvis du ønsker at blive kontaktet, så skriv til os."),
    (TIME, "Hej,\n\nJeg kan ikke se, hvornår du bestilte varen. Send gerne kvitteringen."),
    (TIME, "Hej,\n\nVi skal have modtaget varen, før vi kan refundere."),
    (TIME, "Hej,\n\nDet kan tage lidt tid, før pakken er fremme."),
    (TIME, "Hej,\n\nVi kontakter kun fragtfirmaet ved skader over 500 kr."),
    (TIME, "Hej,\n\nVi skriver altid, når der er nyheder i butikken."),
    (TIME, "Hej,\n\nVi venter på, at du sender billederne."),
    (TIME, "Hej,\n\nVi får ofte spørgsmål om returnering. Se vores FAQ."),
    (TIME, "Hej,\n\nVi får ofte løst den slags problemer med en genstart."),
    (TIME, "Hej,\n\nVi har prøvet igen, og nu virker det."),
    (TIME, "Hej,\n\nDu er nødt til at tjekke dit spamfilter."),
    (TIME, "Hej,\n\nVi var ved at undersøge sagen, da pakken dukkede op."),
    (TIME, "Hej,\n\nHvis du vil, kan vi starte en undersøgelse hos PostNord."),
    (TIME, "Hej,\n\nDin sag lå hos vores tekniske afdeling, men er nu afsluttet."),
    (TIME, "Hej,\n\nDer opstod en fejl under behandling af din e-mail. Prøv igen."),
    (TIME, "Hej,\n\nSikkerhed har altid højeste prioritet hos os."),
    (TIME, "Hej,\n\nTeknikeren kom ud til dig i går og skiftede pumpen."),
    (TIME, "Hej,\n\nVi har gjort vores bedste, og pakken er nu leveret."),
    (TIME, "Hej,\n\nJeg har sat en kollega cc på mailen."),
    (TIME, "Hej,\n\nVi kigger gerne på det, hvis du sender et billede."),
    (TIME, "Hej,\n\nVi informerer dig hermed om, at din konto er lukket."),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage senest 12/3."),
]


@pytest.mark.parametrize("rule,text", FIRES)
def test_frame_fires(rule: str, text: str) -> None:
    assert rule in rules_fired(text, "da")


@pytest.mark.parametrize("rule,text", QUIET)
def test_frame_near_miss_quiet(rule: str, text: str) -> None:
    assert rule not in rules_fired(text, "da")
