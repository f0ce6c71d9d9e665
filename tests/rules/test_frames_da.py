"""Danish concept frames: each frame's meaning fires in a realistic draft, and a natural
look-alike stays quiet (verb-second order, inserted words and inflection included).
Failure context is detected from the draft itself, so the failure frames are tested too."""

import pytest
from helpers import rules_fired

BLAME = "customer-blame"
APOLOGY = "missing-apology"
TIME = "missing-response-time"
BREEZY = "breezy-opener"

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
    (BLAME, "Hej,\n\nJeg har tidligere forklaret dig, at gavekortet er udløbet.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet fremgår klart af vores vilkår, at fragt ikke refunderes.\n\nMvh. Per"),
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
    (TIME, "Hej,\n\nVi beklager. Der kommer en opdatering her på siden, når vi ved mere."),
    (TIME, "Hej,\n\nDin reklamation er sendt til vurdering hos producenten."),
    (TIME, "Hej,\n\nLogin driller. Vores it-folk kigger på det."),
    (TIME, "Hej,\n\nVi beklager. Din pakke er efterlyst hos PostNord."),
    (TIME, "Hej,\n\nVi har en løbende dialog med fragtfirmaet om sagen."),
    # times in thanks, invitations, the customer's deadlines, absences and the past
    (TIME, "Hej,\n\nTak for din henvendelse i dag. Vi undersøger sagen og vender tilbage."),
    (
        TIME,
        "Hej,\n\nVi undersøger sagen. Du er også velkommen til at ringe til os mellem kl. 9 og 16.",
    ),
    (
        TIME,
        "Hej,\n\nVi har efterlyst pakken. Skriv igen, hvis den ikke er fremme inden fredag.",
    ),
    (TIME, "Hej,\n\nVi kigger på sagen. Du skal returnere varen senest 14 dage efter modtagelsen."),
    (TIME, "Hej,\n\nVi undersøger fejlen. Send venligst kvitteringen inden fredag."),
    (
        TIME,
        "Hej,\n\nJeg har sendt sagen videre til vores tekniker. Jeg er selv på ferie fra mandag.",
    ),
    (TIME, "Hej,\n\nMontøren skulle være kommet onsdag mellem 8 og 12. Vi undersøger sagen."),
    (TIME, "Hej,\n\nDin ordre nr. 55123 fra den 2. april er forsinket. Vi undersøger sagen."),
    (TIME, "Hej,\n\nSiden har været nede siden kl. 10. Vores teknikere arbejder på det."),
    # round 3: past events, policy periods
    (TIME, "Hej,\n\nVi undersøger sagen. Du henvendte dig til os i torsdags."),
    (TIME, "Hej,\n\nVi undersøger sagen. Fejlen opstod mandag kl. 14."),
    (TIME, "Hej,\n\nVi undersøger sagen. Du har 14 dages fortrydelsesret."),
    (TIME, "Hej,\n\nVi undersøger sagen. Abonnementet fornyes den 1. april."),
    # round 4: chatty joy at the customer's message, in a failure reply
    (BREEZY, "Kære fru Holm\n\nSkønt at høre fra Dem! Deres ur er desværre gået i stykker igen."),
    (BREEZY, "Hej,\n\nVildt fedt, at du skriver! Din pakke er desværre forsinket.\n\nMvh. Per"),
    (BREEZY, "Hej,\n\nSikke en skøn dag! Din pakke er desværre forsinket.\n\nMvh. Per"),
    # round 4: the reproach stays one when the refusal follows in the same clause
    (BLAME, "Hej,\n\nSom allerede oplyst kan vi ikke bytte udsalgsvarer.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nSom nævnt i min sidste mail kan vi ikke refundere fragten."),
    # round 4: formal address (De/Dem/Deres) as the accused subject
    (BLAME, "Kære fru Holm\n\nDe har indtastet postnummeret 8000 i stedet for 8200.\n\nMvh. Per"),
    (BLAME, "Kære hr. Lund\n\nDet burde De have kontrolleret, før De betalte.\n\nMvh. Per"),
    (BLAME, "Kære hr. Lund\n\nHavde De læst betingelserne, ville De kende gebyret."),
    (BLAME, "Kære fru Holm\n\nÅrsagen til fejlen ligger hos Dem selv.\n\nMvh. Per"),
    (BLAME, "Kære fru Holm\n\nDet har jeg allerede forklaret Dem to gange.\n\nMvh. Per"),
    (APOLOGY, "Kære hr. Lund\n\nVi er kede af, at De føler Dem dårligt behandlet.\n\nMvh. Per"),
    # round 4: failure paraphrases
    (APOLOGY, "Hej,\n\nDin forsendelse har ikke flyttet sig i sporingen siden fredag."),
    (APOLOGY, "Hej,\n\nReturpakken sidder fast i tolden i Padborg.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVi har vurderet sagen igen og fastholder vores afgørelse.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nRykkergebyret bliver derfor ikke frafaldet.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nEfter gårsdagens opdatering fungerer eksporten til Excel ikke."),
    # round 4: follow-ups
    (TIME, "Hej,\n\nSend os kontoudtoget, så går jeg posteringerne igennem."),
    (TIME, "Hej,\n\nVi får en montør til at kigge på døren.\n\nMvh. Per"),
    (TIME, "Hej,\n\nNår den gamle lampe er kommet retur, sender vi en ny."),
    (TIME, "Hej,\n\nVi har talt med lageret, men giver lyd, så snart vi hører mere."),
    (TIME, "Hej,\n\nTak for billederne. Jeg tager den derfra.\n\nMvh. Per"),
    (TIME, "Kære fru Holm\n\nVi holder Dem orienteret om sagen.\n\nMvh. Per"),
    (TIME, "Kære fru Holm\n\nVi ringer til Dem, når reservedelen er kommet.\n\nMvh. Per"),
    (TIME, "Hej,\n\nDu skal nok høre fra os, når fabrikken har svaret."),
    (TIME, "Hej,\n\nJeg har bedt chaufføren om at ringe til dig.\n\nMvh. Per"),
    (TIME, "Hej,\n\nJeg skal nok sørge for, at du får en kreditnota.\n\nMvh. Per"),
    (TIME, "Hej,\n\nRigtig god fredag! Vi undersøger sagen og vender tilbage.\n\nMvh. Per"),
    # round 4: more failure paraphrases and non-apologies
    (APOLOGY, "Hej,\n\nVi har trukket dig for marts, selvom du havde opsagt aftalen."),
    (APOLOGY, "Hej,\n\nDer gik desværre noget skævt med din bestilling.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVi har pakket en sort cykelhjelm i stedet for en hvid.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nBrugsanvisningen var ikke med i kassen.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVi har ikke overholdt fristen for din reparation.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nKøleskabet drypper fra bunden, skriver du.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nSkiftet til det nye abonnement er ikke trådt i kraft endnu i systemet."),
    (APOLOGY, "Hej,\n\nNetbanken var utilgængelig i næsten to timer i går.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nPakken er forsinket. Vi er kede af, at du ser sådan på det."),
    # round 5: meanings found with our own probe drafts
    (APOLOGY, "Hej,\n\nPakken er forsinket. Vi ser ingen grund til at beklage det."),
    (APOLOGY, "Hej,\n\nGebyret står fast. Jeg beklager, at du har misforstået vilkårene."),
    (APOLOGY, "Hej,\n\nEfter nedbruddet beklager vi, at du vælger at forlade os.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVi har desværre overset din returnering, men nu er den registreret."),
    (APOLOGY, "Hej,\n\nDer var en dyb ridse i lågen, kan jeg se på dine billeder."),
    (APOLOGY, "Hej,\n\nPakken kom retur, da buddet ikke kunne finde din opgang.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet var jo dig, der tastede det forkerte telefonnummer.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet er altså helt og aldeles din egen skyld.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDe har ikke overholdt fristen for at gøre indsigelse.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet skrev jeg jo til dig i sidste uge.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nVi har sagt det før: fragten refunderes ikke.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet har jeg gjort dig opmærksom på flere gange.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDu har åbenbart ikke læst vores svar fra i går.\n\nMvh. Per"),
    (BREEZY, "Hej Lise,\n\nHåber du nyder ferien! Din ordre er desværre forsinket.\n\nMvh. Per"),
    (BREEZY, "Hej,\n\nJeg håber, alt står vel til! Din ordre er desværre forsinket."),
    (BREEZY, "Hej,\n\nSikke en herlig besked at få! Din ordre er desværre forsinket."),
    (BREEZY, "Hej,\n\nVi er altid glade for at høre fra dig! Din ordre er desværre forsinket."),
    (BREEZY, "Hej,\n\nTillykke med det nye hus! Din ordre er desværre forsinket."),
    (TIME, "Hej,\n\nJeg lover at kigge på det, så snart jeg er tilbage.\n\nMvh. Per"),
    # round 6: formal address written with a capital (==De, ==Dem, ==Deres)
    (BLAME, "Kære fru Holm\n\nDet er desværre Deres egen fejl, at pakken kom retur.\n\nMvh. Per"),
    (BLAME, "Kære hr. Lund\n\nFejlen skyldes Deres egen indtastning af kortnummeret."),
    (BLAME, "Kære hr. Lund\n\nForsinkelsen skyldes en fejl fra Deres side.\n\nMvh. Per"),
    (BLAME, "Kære hr. Lund\n\nDet burde De have tænkt på, før De bestilte.\n\nMvh. Per"),
    (BLAME, "Kære hr. Lund\n\nDe må have tastet forkert, da De oprettede kontoen."),
    (BLAME, "Kære fru Holm\n\nFejlen ligger hos Dem og ikke hos os.\n\nMvh. Per"),
    (BLAME, "Kære hr. Lund\n\nVi beder Dem læse vilkårene grundigt, før De skriver igen."),
    (BLAME, "Kære hr. Lund\n\nDet burde De vide, når De har handlet hos os før."),
    (APOLOGY, "Kære fru Holm\n\nPakken er forsinket. Vi beklager, at De er utilfreds."),
    (TIME, "Kære hr. Lund\n\nDe får svar fra vores tekniske afdeling snarest.\n\nMvh. Per"),
    (TIME, "Kære fru Holm\n\nVi har kontaktet leverandøren og afventer deres svar."),
    # round 6: repetition, scolding and reading before writing to us
    (BLAME, "Hej,\n\nJeg må igen gøre dig opmærksom på, at returfristen er 14 dage."),
    (BLAME, "Hej,\n\nJeg henviser igen til mit svar fra i går.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nVi beder dig om ikke at oprette flere sager om det samme."),
    (BLAME, "Hej,\n\nSend venligst ikke flere mails om samme sag.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet er tredje gang, du skriver om det samme, og svaret er nej."),
    (BLAME, "Hej,\n\nDu har skrevet fem gange, og det går ikke hurtigere af den grund."),
    (BLAME, "Hej,\n\nLæs venligst manualen grundigt, før du begynder at skrive til os."),
    (BLAME, "Hej,\n\nDet fremgår med al tydelighed af ordrebekræftelsen.\n\nMvh. Per"),
    # round 6: failure paraphrases
    (APOLOGY, "Hej,\n\nVi har lavet en bommert med din bestilling, men den er rettet nu."),
    (APOLOGY, "Hej,\n\nDet har taget alt for lang tid at behandle din sag.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nIngen har ringet til dig som aftalt. Nu har du en ny tid."),
    (APOLOGY, "Hej,\n\nMontøren glemte at tilslutte opvaskemaskinen.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nDin henvendelse er faldet mellem to stole hos os.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVi har ikke svaret på din mail fra sidste uge.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVi har nu endelig refunderet beløbet for din returnering."),
    (APOLOGY, "Hej,\n\nMerbeløbet på fakturaen skyldes et gebyr for papirfaktura."),
    (APOLOGY, "Hej,\n\nPakken kom retur til os, uden at du fik besked.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVaren svarer ikke til beskrivelsen på hjemmesiden, skriver du."),
    (APOLOGY, "Hej,\n\nAppen lukker ned, hver gang du åbner den, kan jeg forstå."),
    (APOLOGY, "Hej,\n\nVores telefoner har ikke været til at komme igennem til i dag."),
    # round 6: follow-ups, openers, times
    (TIME, "Hej,\n\nDu får besked, når refusionen er gennemført.\n\nMvh. Per"),
    (TIME, "Hej,\n\nDu modtager en mail, så snart pakken er fundet.\n\nMvh. Per"),
    (TIME, "Hej,\n\nDen er landet hos vores tekniker, som kigger på den.\n\nMvh. Per"),
    (TIME, "Hej,\n\nVi har fået en fejlmelding og er ved at undersøge det."),
    (TIME, "Hej,\n\nVi har sat gang i en undersøgelse hos GLS.\n\nMvh. Per"),
    (TIME, "Hej,\n\nDin ordre fra 12/3 er forsinket. Vi undersøger sagen og vender tilbage."),
    (BREEZY, "Hej Jens,\n\nSolen skinner her hos os! Din pakke er desværre forsinket."),
    (BREEZY, "Hej Jens,\n\nSuper godt spørgsmål! Din pakke er desværre forsinket."),
    (BREEZY, "Hej Jens,\n\nHåber du får en skøn dag! Din pakke er desværre forsinket."),
    (BREEZY, "Hej Jens,\n\nVi er så glade for, at du har valgt os! Din pakke er forsinket."),
    # round 6: quoted complaints in the customer's own words put the reply in failure context
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Jeg fik en blå jakke, men jeg bestilte en sort."),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Det er simpelthen for dårligt.\n> Jens"),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Den skulle have været her i fredags."),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Jeg har ringet tre gange uden at få svar."),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Hvorfor har jeg ikke hørt noget fra jer?"),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Jeg fik aldrig den mail, I lovede."),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Jeg fik en regning, selvom jeg har opsagt."),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Medarbejderen var meget uvenlig."),
    (APOLOGY, "Hej Jens,\n\nVi sender en ny.\n\n> Sofaen har en plet på den ene pude."),
    # round 6: damage the customer caused, condescension, "not our problem"
    (BLAME, "Hej,\n\nMaskinen er gået i stykker, fordi du har overbelastet den.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDu har selv ødelagt telefonen ved at tabe den.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDu har brugt produktet forkert, og derfor dækker garantien ikke."),
    (BLAME, "Hej,\n\nDet er ikke en fejl ved produktet, men forkert brug.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet burde være indlysende, at varen ikke kan tåle vand.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet er ikke vores problem, at du har glemt din kode.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet må du selv finde ud af.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet er ikke vores ansvar, at du ikke var hjemme.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDu har misforstået vores tilbud.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nLæs nu vejledningen ordentligt igennem, før du bruger maskinen igen."),
    (BLAME, "Hej,\n\nDu har ikke læst brugsanvisningen grundigt, før du installerede den."),
    (APOLOGY, "Hej,\n\nVi kan ikke finde din pakke på lageret. Den er nu efterlyst."),
    (BREEZY, "Hej Jens,\n\nJeg håber, du har en dejlig dag! Din pakke er desværre forsinket."),
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
    # round 3: neutral recaps and helpful pointers to instructions
    (BLAME, "Hej,\n\nJeg har tidligere skrevet til dig om sagen, men her er en opdatering."),
    (BLAME, "Hej,\n\nSom jeg skrev til GLS i morges, skal pakken returneres til os."),
    (BLAME, "Hej,\n\nVejledningen beskriver tydeligt, hvordan du nulstiller routeren."),
    (BLAME, "Hej,\n\nLæs venligst vejledningen grundigt igennem, inden du monterer hylden."),
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
    (TIME, "Hej,\n\nHer følger en opdatering om de nye åbningstider."),
    (TIME, "Hej,\n\nDu kan sende varen til reparation med den vedlagte label."),
    (TIME, "Hej,\n\nFragtfirmaet undersøger altid skader på pakker over 500 kr."),
    (TIME, "Hej,\n\nPakken var efterlyst, men er nu fundet."),
    (TIME, "Hej,\n\nVi havde en dialog med fragtfirmaet, og pakken er nu leveret."),
    (TIME, "Hej,\n\nTak for din mail. Vi vender tilbage i dag."),
    (TIME, "Hej,\n\nVi undersøger sagen og ringer til dig mellem kl. 9 og 16."),
    (TIME, "Hej,\n\nVi undersøger sagen. Du skal nok få svar senest fredag."),
    (TIME, "Hej,\n\nVi undersøger sagen og sender kvitteringen inden fredag."),
    # round 3: deadlines named by part of the day, week or year
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage inden udgangen af ugen."),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage inden fyraften."),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage sidst på ugen."),
    (TIME, "Hej,\n\nVi undersøger sagen og ringer dig op om en halv time."),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage i uge 12."),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage hen over weekenden."),
    (BLAME, "Hej,\n\nJeg har ikke nævnt gebyret i min tidligere mail, beklager."),
    (BREEZY, "Hej,\n\nGodt, at pakken kom frem til sidst. Den var desværre forsinket."),
    # round 4: verb-first conditionals, planned service, formal thanks and greetings
    (BLAME, "Hej,\n\nHar du glemt din adgangskode, kan du nulstille den under Log ind."),
    (BLAME, "Hej,\n\nHar du tastet en forkert kode tre gange, spærres kortet i en time."),
    (BLAME, "Hej,\n\nDu skulle have været tilsluttet fibernettet i tirsdags. Undskyld."),
    (APOLOGY, "Hej,\n\nPrisen for et nyt kort er 150 kr., hvis det er mistet eller stjålet."),
    (APOLOGY, "Hej,\n\nTryk på knappen Bekræft to gange for at gemme ændringen."),
    (APOLOGY, "Hej,\n\nMens du venter på det nye kort, kan du bruge kortet i appen."),
    (APOLOGY, "Hej,\n\nEfter opdateringen behøver du ikke længere logge ind hver dag."),
    (APOLOGY, "Hej,\n\nVi har truffet afgørelse i din sag: du får fuld dækning."),
    (TIME, "Hej,\n\nBetalingen går igennem, så snart banken har godkendt den."),
    (TIME, "Hej,\n\nVi fik en tekniker til at se på den i går, og nu virker den igen."),
    (TIME, "Hej,\n\nVi sendte en ny oplader til dig i mandags.\n\nMvh. Per"),
    (TIME, "Hej,\n\nKlik på den vare, du vil bytte, og vælg en ny størrelse."),
    (TIME, "Hej,\n\nDet er den service, vi vil give alle vores kunder.\n\nMvh. Per"),
    (TIME, "Hej,\n\nBanken har sendt beløbet til den konto, du oplyste. Vi ringer i morgen."),
    # round 4: paperwork apart from the goods, refunds as asked, regret owning the fault
    (APOLOGY, "Hej,\n\nFakturaen er ikke med i pakken, men ligger under Mine ordrer."),
    (APOLOGY, "Hej,\n\nVi har modtaget din returpakke og refunderet beløbet.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nPakken blev forsinket. Det er beklageligt, og det er vores fejl."),
    (APOLOGY, "Hej,\n\nAppen er nu tilgængelig i Google Play.\n\nMvh. Per"),
    # round 5 near misses
    (APOLOGY, "Hej,\n\nVi kan ikke undskylde nok for rodet med din faktura.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nSorry for ventetiden! Din ordre er sendt nu.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nDu kan afbestille dit abonnement under Min konto.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet var os, der tastede det forkerte telefonnummer.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet er ikke din fejl, at pakken er forsinket. Vi beklager."),
    (BLAME, "Hej,\n\nJeg har sagt det videre til lageret, så de pakker i dag."),
    (BLAME, "Hej,\n\nJeg skrev i går til fragtfirmaet om din pakke.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nHvis du ikke kan overholde fristen, så skriv til os.\n\nMvh. Per"),
    (BREEZY, "Hej,\n\nJeg håber, vi kan løse det i dag. Din ordre er desværre forsinket."),
    (BREEZY, "Hej,\n\nVi beklager, at din ordre er forsinket. Håber du nyder weekenden!"),
    (TIME, "Hej,\n\nVi lover ikke at sende dig flere nyhedsbreve.\n\nMvh. Per"),
    # round 6: lower-case de, dem, deres are they, them, their
    (BLAME, "Hej,\n\nVi har talt med fragtfirmaet, og de burde have ringet på hos dig."),
    (BLAME, "Hej,\n\nChaufførerne har glemt at scanne pakken, og de har beklaget det. Undskyld."),
    (BLAME, "Hej,\n\nFragtfirmaet har undersøgt sagen, og fejlen ligger hos dem selv."),
    (BLAME, "Kære fru Holm\n\nDet er ikke Deres fejl, at pakken er forsinket. Vi beklager."),
    (BLAME, "Kære fru Holm\n\nDe burde have modtaget en ny kode nu.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nVi må have tastet et forkert postnummer. Det beklager vi."),
    (BLAME, "Hej,\n\nJeg forklarer det gerne igen, hvis noget er uklart.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet er tredje gang, du har måttet skrive til os, og det er vi kede af."),
    (BLAME, "Hej,\n\nSom nævnt i telefonen sender vi en ny vare i morgen.\n\nMvh. Per"),
    (APOLOGY, "Kære fru Holm\n\nVi beklager, at de har sendt Dem den forkerte vare."),
    (APOLOGY, "Hej,\n\nPakken er forsinket. Det gør os ondt, at vi ikke holdt, hvad vi lovede."),
    (APOLOGY, "Hej,\n\nDu kan ikke bruge rabatkoden sammen med andre tilbud.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nVi venter på, at du sender billederne, og så går vi i gang."),
    (APOLOGY, "Hej,\n\nSkriv endelig, hvis du har spørgsmål til din ordre.\n\nMvh. Per"),
    (APOLOGY, "Hej,\n\nPrisen på dit abonnement dækker fri tale og 20 GB data.\n\nMvh. Per"),
    (TIME, "Kære fru Holm\n\nVi afventer Deres svar, før vi går videre med sagen."),
    (TIME, "Hej,\n\nDu får en sms, når pakken er klar til afhentning.\n\nMvh. Per"),
    (TIME, "Hej,\n\nVi har talt med teknikeren, som kiggede på den i går.\n\nMvh. Per"),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage i starten af april."),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage inden sommerferien."),
    (TIME, "Hej,\n\nVi undersøger sagen og vender tilbage i slutningen af ugen."),
    (TIME, "Hej,\n\nVi undersøger sagen og ringer til dig ved middagstid."),
    (BREEZY, "Hej Jens,\n\nJeg håber, vi finder en god løsning i dag. Din pakke er forsinket."),
    (APOLOGY, "Hej Jens,\n\nJa, vi har den i str. M.\n\n> Har I jakken i medium?"),
    # round 6: how-to questions and the customer's own password are no failure
    (
        APOLOGY,
        "Hej Jens,\n\nSe Min konto.\n\n> Jeg kan ikke finde ud af at ændre min adresse.",
    ),
    (APOLOGY, "Hej Jens,\n\nKnappen sidder øverst.\n\n> Jeg kan ikke finde knappen til fakturaen."),
    (APOLOGY, "Hej Jens,\n\nDu kan nulstille koden her.\n\n> Jeg har glemt min adgangskode."),
    (
        APOLOGY,
        "Hej Jens,\n\nSe Indstillinger.\n\n> Jeg har et lille problem: hvordan skifter jeg sprog?",
    ),
    (APOLOGY, "Hej,\n\nHer er en vejledning til, hvordan du løser problemet med din router."),
    (APOLOGY, "Hej,\n\nDu kan ikke bestille mere end fem stk. ad gangen.\n\nMvh. Per"),
    (BREEZY, "Hej Jens,\n\nVi beklager, at din pakke er forsinket. Håber du får en god dag!"),
    (APOLOGY, "Hej,\n\nJeg bestilte en sofa i går, men vil gerne ændre farven, skriver du."),
    (APOLOGY, "Hej,\n\nDu får en slutregning, når abonnementet er opsagt.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nVi anbefaler, at du læser vejledningen grundigt, før du tager den i brug."),
    (BLAME, "Hej,\n\nGarantien dækker ikke skader, der skyldes forkert brug.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nMaskinen gik i stykker, fordi vi overbelastede den under testen. Undskyld."),
    (BLAME, "Hej,\n\nDu har selv valgt at opsige abonnementet, og det respekterer vi."),
    (BLAME, "Hej,\n\nDet er ikke noget problem, at koden er udløbet; vi sender en ny."),
    (BLAME, "Hej,\n\nDet er ikke din skyld, at du ikke kunne komme igennem. Undskyld."),
]


@pytest.mark.parametrize("rule,text", FIRES)
def test_frame_fires(rule: str, text: str) -> None:
    assert rule in rules_fired(text, "da")


@pytest.mark.parametrize("rule,text", QUIET)
def test_frame_near_miss_quiet(rule: str, text: str) -> None:
    assert rule not in rules_fired(text, "da")


# round 7: breezy openers by meaning, and failure paraphrases that put a draft in failure
# context (a draft without an apology then misses one); each with its look-alike.
P7 = "Din pakke er desværre blevet forsinket hos fragtfirmaet."
FIRES_R7 = [
    (BREEZY, f"Hej Lone,\n\nGodt nyt! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nJeg har rigtig gode nyheder til dig! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nSuper! Så har vi alt, hvad vi skal bruge. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nJubiii, din sag er landet hos mig. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nTak for din skønne besked. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nTak for en super hyggelig snak i går. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nDejligt at du skrev til os. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nDet er altid en fornøjelse at høre fra dig. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nHvor er det godt at høre fra dig igen! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nUh, hvor spændende! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nHvordan går det? {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nJeg håber, at du har det rigtig godt. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nHåber din uge er skudt godt i gang! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nSå er det endelig fredag! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nGodt nytår! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nEn rigtig god morgen til dig! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nSolrige hilsner fra os alle her i Aarhus! {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nJeg glæder mig til at hjælpe dig med det her! {P7}\n\nMvh. Kim"),
    (BREEZY, "Hej,\n\nGodt nyt, vi har opkrævet dig to gange for samme ordre.\n\nMvh. Kim"),
    (APOLOGY, "Hej,\n\nToget blev indstillet på grund af sporarbejde. Du får billetprisen retur."),
    (APOLOGY, "Hej,\n\nVi kom desværre til at slette din profil. Den er gendannet nu."),
    (APOLOGY, "Hej,\n\nPakken har ligget på terminalen i Vejle siden mandag. Den køres ud i dag."),
    (APOLOGY, "Hej,\n\nForsendelsen står stadig som under transport. Vi har rykket GLS."),
    (APOLOGY, "Hej,\n\nVi lovede levering i tirsdags, men skabet kom først i dag."),
    (APOLOGY, "Hej,\n\nDit kort blev afvist, selvom der var penge nok. Vi har nulstillet det."),
    (APOLOGY, "Hej,\n\nDin bordreservation var ikke registreret, da I kom. I er velkomne igen."),
    (APOLOGY, "Hej,\n\nCyklen blev leveret uden pedaler. Pedalerne sendes i dag."),
    (
        APOLOGY,
        "Hej,\n\nOpdateringen har slettet dine indstillinger. Du kan hente dem under Gendan.",
    ),
    (APOLOGY, "Hej,\n\nDu blev stillet om tre gange uden at få hjælp. Jeg har overtaget sagen."),
    (APOLOGY, "Hej,\n\nDer gik tre uger, før du fik svar fra os. Her er svaret."),
    (APOLOGY, "Hej,\n\nDu blev lovet en opringning, som aldrig kom. Jeg ringer i morgen kl. 10."),
    (APOLOGY, "Hej,\n\nVi nåede ikke at ringe dig op i går. Jeg ringer i dag kl. 14."),
    (APOLOGY, "Hej,\n\nVi har ikke overholdt vores leveringsgaranti. Du får fragten retur."),
    (APOLOGY, "Hej,\n\nDet er meget uheldigt, at ordren er endt i Sverige. Den er på vej."),
    (APOLOGY, "Hej,\n\nDer er gået noget i ged med din bestilling. Den er lagt ind igen."),
    (
        APOLOGY,
        "Hej,\n\nDet er ikke den oplevelse, vi ønsker for vores kunder. Vi har talt med ham.",
    ),
    (APOLOGY, "Hej,\n\nDet lyder bestemt ikke rart. Vi sender en tekniker ud torsdag."),
    (
        APOLOGY,
        "Hej,\n\nVi er ved at undersøge, hvad der er sket med pakken. Du hører fra os i morgen.",
    ),
    (APOLOGY, "Hej,\n\nDu har fået en blå jakke i stedet for en sort. Den sorte er på vej."),
    (APOLOGY, "Hej,\n\nDu har fået en regning, selvom ordren var betalt. Regningen er slettet."),
    (APOLOGY, "Hej,\n\nPå grund af stor travlhed er svartiden længere end normalt. Her er svaret."),
]
QUIET_R7 = [
    (BREEZY, f"Hej,\n\nSuper ærgerligt, at det er gået sådan. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nJeg har desværre ingen gode nyheder endnu. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nTak for din detaljerede beskrivelse. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nGodt, at du skrev til os med det samme. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nWow, det lyder virkelig træls. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nPerfekt er det desværre ikke. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nHvordan går det med installationen af routeren? {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nReparationen tager desværre en god uge. {P7}\n\nMvh. Kim"),
    (BREEZY, f"Hej,\n\nVi beklager. {P7} Godt nyt: den er fundet!\n\nMvh. Kim"),
    (BREEZY, "Hej,\n\nGodt nyt! Din ordre er afsendt og er hos dig i morgen.\n\nMvh. Kim"),
    (APOLOGY, "Hej,\n\nFor at undgå misforståelser sender vi en oversigt over din ordre."),
    (APOLOGY, "Hej,\n\nVaren leveres uden batterier, så husk at købe dem med."),
    (APOLOGY, "Hej,\n\nDu kan smide emballagen ud i pap-containeren."),
    (APOLOGY, "Hej,\n\nTryk 2, så bliver du stillet om til en rådgiver."),
    (APOLOGY, "Hej,\n\nHvis dit kort bliver afvist, kan du betale med MobilePay."),
    (APOLOGY, "Hej,\n\nSystemet sletter automatisk dine gamle beskeder efter 90 dage."),
    (APOLOGY, "Hej,\n\nPakken ligger på terminalen og bliver kørt ud til dig i dag."),
    (APOLOGY, "Hej,\n\nDer gik kun en time, før teknikeren var hos dig, ser jeg."),
    (APOLOGY, "Hej,\n\nI sporingen kan du altid se, hvad der er sket med din pakke."),
    (
        APOLOGY,
        "Hej,\n\nDen 18. marts holder vi servicevindue, som kan medføre nedetid i 20 minutter.",
    ),
]


@pytest.mark.parametrize("rule,text", FIRES_R7)
def test_round7_fires(rule: str, text: str) -> None:
    assert rule in rules_fired(text, "da")


@pytest.mark.parametrize("rule,text", QUIET_R7)
def test_round7_quiet(rule: str, text: str) -> None:
    assert rule not in rules_fired(text, "da")


def test_compensation_offered_as_a_gesture_is_failure_context():
    gesture = "Hej Sam,\n\nSom en gestus har vi sat 100 kr. ind på din konto.\n\nHilsen\nPer"
    assert APOLOGY in rules_fired(gesture, "da")
    praise = "Hej Sam,\n\nDet var en flot gestus af dig at skrive til os.\n\nHilsen\nPer"
    assert APOLOGY not in rules_fired(praise, "da")


# Round 8: mechanisms behind set-4 mistakes, each in several wordings of our own.
FIRES_R8 = [
    # outages named by what is gone (power, water, net) or by the break behind them
    (APOLOGY, "Hej,\n\nStrømmen er desværre gået i hele kvarteret. Vi arbejder på det."),
    (APOLOGY, "Hej,\n\nI nat gik internettet i hele området, og vi arbejder på sagen."),
    (APOLOGY, "Hej,\n\nEt kabelbrud ved Vestvej har afbrudt forbindelsen for 300 kunder."),
    (APOLOGY, "Hej,\n\nDer er en strømafbrydelse i dit område efter stormen."),
    # an update promised with a delivery time inside it is still a pending follow-up
    (TIME, "Hej,\n\nDu får en opdatering med ny leveringstid fra os, så snart vi kan.\n\nMvh."),
    # a time in a verb-first condition leaves the promise untimed
    (
        TIME,
        "Hej,\n\nVi undersøger sagen. Har du ikke fået pengene i morgen, så skriv igen.\n\nMvh.",
    ),
    # blame: what the customer did not get done, named as the cause
    (BLAME, "Hej,\n\nDu fik ikke betalt regningen til tiden, så der er lagt et gebyr på."),
    (BLAME, "Hej,\n\nDe fik ikke bekræftet bookingen, så tiden blev frigivet.\n\nMvh."),
    (BLAME, "Hej,\n\nOrdren blev annulleret, da du ikke reagerede på vores mails.\n\nMvh."),
    (BLAME, "Hej,\n\nRykkeren kom, fordi De ikke betalte fakturaen inden forfald."),
    # blame: the burden or the fault laid on the customer
    (BLAME, "Hej,\n\nDe er selv ansvarlig for, at adressen er korrekt.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nFejlen er helt din egen, og gebyret står ved magt.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nSkylden er alene Deres.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nMaskinen er tydeligvis blevet håndteret forkert.\n\nMvh. Per"),
    # blame: pointing back, "read it now", passive repetition
    (BLAME, "Hej,\n\nJævnfør vores mail af 12. maj er aftalen opsagt.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nLæs dog mailen en gang til.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nPrøv at læse svaret igen, så finder du det.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDet er blevet forklaret Dem flere gange.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDer er tidligere redegjort for dette.\n\nMvh. Per"),
    # blame: scolding about how often the customer writes
    (BLAME, "Hej,\n\nDe behøver ikke rykke os dagligt.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nVi beder Dem lade være med at ringe flere gange om dagen.\n\nMvh."),
    (BLAME, "Hej,\n\nVi har fået tre opkald fra Dem i dag, og det forsinker kun sagen."),
    (BLAME, "Hej,\n\nFlere henvendelser ændrer ikke på svaret.\n\nMvh. Per"),
    # blame: "det står jo i …", asked again and again, "du har jo selv accepteret", "som sagt"
    (BLAME, "Hej,\n\nDet fremgår jo af fakturaen, at gebyret er 50 kr.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nVi har gentagne gange bedt dig om at sende kvitteringen.\n\nMvh."),
    (BLAME, "Hej,\n\nDet er nu tredje gang, jeg forklarer Dem reglerne.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nDe har jo selv godkendt tilbuddet.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nHvis du bliver ved med at skrive, kommer du bagerst i køen.\n\nMvh."),
    (BLAME, "Hej,\n\nSom sagt: returfristen er udløbet.\n\nMvh. Per"),
    (BLAME, "Hej,\n\nJeg har nu besvaret det samme spørgsmål tre gange.\n\nMvh. Per"),
]

QUIET_R8 = [
    # the customer's own past wait, with "hørte" looking back, is no promise
    (TIME, "Hej,\n\nUndskyld, at der gik en uge, før du hørte fra mig. Koden er nu nulstillet."),
    (TIME, "Hej,\n\nVi beklager, at du ikke hørte fra os i går. Sagen er nu løst.\n\nMvh."),
    # planned maintenance downtime is no failure
    (APOLOGY, "Hej,\n\nPå tirsdag kl. 22 holder vi servicevindue med nedetid i 20 minutter."),
    # the update's content names a delivery time; the update itself is timed
    (TIME, "Hej,\n\nDu modtager en opdatering med ny leveringstid inden for et døgn.\n\nMvh."),
    (TIME, "Hej,\n\nVi sender dig besked om nyt leveringstidspunkt senest fredag.\n\nMvh."),
    # a time the condition holds does not void the promise's own time in the next clause
    (TIME, "Hej,\n\nHar du tid, ringer vi til dig i morgen kl. 10 med en status.\n\nMvh."),
    (
        TIME,
        "Hej,\n\nMener du, at beløbet er forkert, kan du klage, og så bliver klagen behandlet "
        "inden for 10 arbejdsdage.",
    ),
    # blame look-alikes: our side as the cause, a condition, something still pending
    (BLAME, "Hej,\n\nDu fik ikke betalt, fordi vores betalingsside var nede. Det beklager vi."),
    (BLAME, "Hej,\n\nVi kan se, at du ikke har fået returneret pakken endnu. Her er en label."),
    (BLAME, "Hej,\n\nHar du ikke fået betalt, kan du gøre det via linket.\n\nMvh."),
    (BLAME, "Hej,\n\nPakken kom retur, fordi chaufføren ikke kunne finde adressen."),
    (BLAME, "Hej,\n\nBetalingen gik ikke igennem, fordi du ikke kunne logge ind.\n\nMvh."),
    (BLAME, "Hej,\n\nVi har selv ansvaret for, at pakken kommer frem.\n\nMvh."),
    (BLAME, "Hej,\n\nValget er helt dit eget. Fejlen er ikke din.\n\nMvh."),
    (BLAME, "Hej,\n\nHylden er blevet samlet forkert af vores montør.\n\nMvh."),
    (BLAME, "Hej,\n\nHvis varen er blevet brugt forkert, dækker garantien ikke.\n\nMvh."),
    (BLAME, "Hej,\n\nJf. vores aftale i telefonen sender vi en ny vare.\n\nMvh."),
    (BLAME, "Hej,\n\nLæs mere om returret her. Læs gerne guiden igen.\n\nMvh."),
    (BLAME, "Hej,\n\nLæs din mail fra os igen, hvis koden ikke virker.\n\nMvh."),
    (BLAME, "Hej,\n\nFragtfirmaet er blevet orienteret flere gange.\n\nMvh."),
    (BLAME, "Hej,\n\nDu behøver ikke sende billedet flere gange, vi har det.\n\nMvh."),
    (BLAME, "Hej,\n\nVi stopper med at sende flere rykkere til dig.\n\nMvh."),
    (BLAME, "Hej,\n\nVi har fået 300 henvendelser om nedbruddet, så svartiden er længere."),
    (BLAME, "Hej,\n\nDet står ikke i ordrebekræftelsen, og det er vores fejl.\n\nMvh."),
    (BLAME, "Hej,\n\nVi har flere gange bedt fragtfirmaet om at ringe til dig.\n\nMvh."),
    (BLAME, "Hej,\n\nDet er ikke første gang, vi har problemer med fragtfirmaet.\n\nMvh."),
    (BLAME, "Hej,\n\nDu har selv valgt levering til pakkeshop, og den er nu fremme."),
    (BLAME, "Hej,\n\nEn ny mail sender ikke din sag bagerst i køen, så skriv endelig."),
    (BLAME, "Hej,\n\nSom sagt i telefonen sender vi en ny vare i dag.\n\nMvh."),
    (BLAME, "Hej,\n\nVi har svaret på din klage i en separat mail.\n\nMvh."),
]


@pytest.mark.parametrize("rule,text", FIRES_R8)
def test_round8_fires(rule: str, text: str) -> None:
    assert rule in rules_fired(text, "da")


@pytest.mark.parametrize("rule,text", QUIET_R8)
def test_round8_quiet(rule: str, text: str) -> None:
    assert rule not in rules_fired(text, "da")


# Round 9: mechanisms behind set-6 mistakes, each a wording of our own with a look-alike
# that must stay quiet: (rule, fires, near miss).
CASES = [
    # the answer repeated curtly: "kan kun/blot gentage", "Jeg gentager: …"
    (
        BLAME,
        "Hej,\n\nJeg kan blot gentage vores svar: gavekortet er udløbet.\n\nMvh. Per",
        "Hej,\n\nJeg kan kun gentage min undskyldning for ventetiden.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nVi må desværre bare gentage, at fragten ikke refunderes.\n\nMvh. Per",
        "Hej,\n\nDu kan gentage bestillingen via linket i mailen.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nJeg gentager: returfristen er udløbet.\n\nMvh. Per",
        "Hej,\n\nJeg gentager gerne ordrenummeret for dig: 48213.\n\nMvh. Per",
    ),
    # the customer's slip in the passive, set on their side
    (
        BLAME,
        "Hej,\n\nDer er desværre tastet et forkert postnummer fra Deres side.\n\nMvh. Per",
        "Hej,\n\nDer er desværre tastet et forkert postnummer fra vores side.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nKontonummeret er blevet indtastet forkert af dig.\n\nMvh. Per",
        "Hej,\n\nHvis der er indtastet et forkert nummer af dig, retter vi det gratis.",
    ),
    (
        BLAME,
        "Hej,\n\nBeløbet er overført til en forkert konto fra din side.\n\nMvh. Per",
        "Hej,\n\nTjek venligst, om der er tastet et forkert nummer på din side.\n\nMvh. Per",
    ),
    # the burden laid on the customer, with words between subject and "ansvar"
    (
        BLAME,
        "Hej,\n\nDet ansvar må du desværre selv bære.\n\nMvh. Per",
        "Hej,\n\nDu kan selv bestemme, om din partner skal have ansvaret for kontoen.",
    ),
    (
        BLAME,
        "Hej,\n\nDu må altså selv tage det fulde ansvar for forsinkelsen.\n\nMvh. Per",
        "Hej,\n\nSelv om du har ansvaret for kontoen, kan din partner også logge ind.",
    ),
    # what the customer did not report or hand in, named as the cause
    (
        BLAME,
        "Hej,\n\nRegningen er skønnet, da du ikke indberettede din aflæsning.\n\nMvh. Per",
        "Hej,\n\nDu kan indberette din måleraflæsning på vores hjemmeside.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDu fik ikke afleveret nøglen til tiden, så der er lagt et gebyr på.",
        "Hej,\n\nVi fik ikke indberettet din aflæsning, fordi vores system var nede.",
    ),
    # despite our reminders
    (
        BLAME,
        "Hej,\n\nGebyret er pålagt, selvom du har modtaget to påmindelser fra os.",
        "Hej,\n\nVi beklager, at du har fået en påmindelse, selvom regningen er betalt.",
    ),
    (
        BLAME,
        "Hej,\n\nAftalen er opsagt, på trods af at vi har sendt dig flere rykkere.",
        "Hej,\n\nSelvom du ikke har fået nogen påmindelse, er beløbet trukket. Det beklager vi.",
    ),
    (
        BLAME,
        "Hej,\n\nTrods gentagne påmindelser har vi ikke modtaget din betaling.",
        "Hej,\n\nSelvom du har slået påmindelser til, er der ikke kommet nogen.",
    ),
    # "burde have haft": the expected arrival, not blame (unless "haft styr på")
    (
        BLAME,
        "Hej,\n\nDu burde have haft bedre styr på din adgangskode.\n\nMvh. Per",
        "Hej,\n\nKortet blev sendt i maj, så du burde have haft det for længst. Det er jeg ked af.",
    ),
    # the customer's information, wrong, with the verb in a relative clause
    (
        BLAME,
        "Hej,\n\nDet kontonummer, du har opgivet, er desværre ugyldigt.\n\nMvh. Per",
        "Hej,\n\nDu skrev, at kontonummeret på fakturaen var forkert.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDen adresse, De angav, var ufuldstændig.\n\nMvh. Per",
        "Hej,\n\nDen adresse, du oplyste, var ikke forkert; fejlen var vores.\n\nMvh. Per",
    ),
    # wrong said as "not the right one"
    (
        BLAME,
        "Hej,\n\nDu har ikke valgt den rigtige størrelse ved bestillingen.\n\nMvh. Per",
        "Hej,\n\nDu har ikke fået den rigtige vare, og det beklager vi.\n\nMvh. Per",
    ),
    # the counterfactual reproach
    (
        BLAME,
        "Hej,\n\nHvis du havde meldt flytning i tide, var regningen ikke kommet.",
        "Hej,\n\nHvis du havde fået pakken til tiden, var det aldrig sket. Undskyld.",
    ),
    (
        BLAME,
        "Hej,\n\nHavde De blot ringet i tide, kunne vi have nået det.\n\nMvh. Per",
        "Hej,\n\nHvis du bare sender os et billede, ordner vi resten.\n\nMvh. Per",
    ),
    # the customer's failure to notice or understand
    (
        BLAME,
        "Hej,\n\nDu har åbenbart ikke forstået vores vilkår.\n\nMvh. Per",
        "Hej,\n\nHvis du ikke har forstået vejledningen, ringer vi dig gerne op.",
    ),
    # chasing and calling too often scolded
    (
        BLAME,
        "Hej,\n\nDet nytter ikke at rykke for svar.\n\nMvh. Per",
        "Hej,\n\nDet nytter ikke at rykke fragtfirmaet, så det gør vi for dig.",
    ),
    (
        BLAME,
        "Hej,\n\nDu skal ikke ringe hver dag.\n\nMvh. Per",
        "Hej,\n\nDu skal ikke betale noget for den nye vare.\n\nMvh. Per",
    ),
    # "it cannot be said more clearly", "we have been very clear"
    (
        BLAME,
        "Hej,\n\nDet kan ikke siges tydeligere.\n\nMvh. Per",
        "Hej,\n\nVi har opdateret siden, så det står tydeligere, hvad fragten koster.",
    ),
    (
        BLAME,
        "Hej,\n\nVi har været meget tydelige omkring returreglerne.\n\nMvh. Per",
        "Hej,\n\nVi har ikke været tydelige nok om reglerne, og det beklager vi.",
    ),
    (
        BLAME,
        "Hej,\n\nDet har vi allerede været igennem.\n\nMvh. Per",
        "Hej,\n\nDet har vi allerede drøftet internt, og vi sender en ny vare.",
    ),
    # the fault pushed away from us
    (
        BLAME,
        "Hej,\n\nDet er ikke os, der har lavet fejlen.\n\nMvh. Per",
        "Hej,\n\nFejlen ligger ikke hos os, men hos fragtfirmaet.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nVi kan ikke gøre for, at du ikke var hjemme.\n\nMvh. Per",
        "Hej,\n\nVi kan ikke gøre for meget for at hjælpe dig.\n\nMvh. Per",
    ),
    # duties, carelessness and breaches laid on the customer
    (
        BLAME,
        "Hej,\n\nDet påhviler dig at oplyse en korrekt leveringsadresse.\n\nMvh. Per",
        "Hej,\n\nDet påhviler os at sikre, at pakken kommer frem.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDet er din opgave at holde øje med din konto.\n\nMvh. Per",
        "Hej,\n\nDet er ikke din opgave at holde øje med pakken; det gør vi.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDe var tydeligvis uopmærksom, da De bestilte.\n\nMvh. Per",
        "Hej,\n\nVi var uopmærksomme, da vi pakkede din ordre.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDu har desværre været lidt for hurtig på tasterne.\n\nMvh. Per",
        "Hej,\n\nDu får svar lidt hurtigere, hvis du vedhæfter kvitteringen.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDe har overtrådt vores regler for brug af rabatkoder.\n\nMvh. Per",
        "Hej,\n\nDu har ikke overtrådt nogen regler, og kontoen er åbnet igen.",
    ),
    (
        BLAME,
        "Hej,\n\nDu har ikke betalt til tiden, og derfor er aftalen ophævet.\n\nMvh. Per",
        "Hej,\n\nDu har ikke fået betalt til tiden, fordi vores betalingsside var nede.",
    ),
    (
        BLAME,
        "Hej,\n\nVi gør dig igen opmærksom på, at fristen er udløbet.\n\nMvh. Per",
        "Hej,\n\nVi vil gerne igen gøre opmærksom på vores nye åbningstider.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDu har opgivet et forkert telefonnummer.\n\nMvh. Per",
        "Hej,\n\nVi har opgivet et forkert telefonnummer til fragtfirmaet.\n\nMvh. Per",
    ),
    # policy costs and reassurance are no blame
    (
        BLAME,
        "Hej,\n\nTrods gentagne påmindelser har vi stadig ikke modtaget din betaling.",
        "Hej,\n\nSelvom du har fået en påmindelse, kan du stadig betale uden gebyr.",
    ),
    (
        BLAME,
        "Hej,\n\nAnsvaret påhviler Dem, da De selv valgte at fravælge forsikringen.",
        "Hej,\n\nBemærk, at returfragten påhviler kunden.\n\nMvh. Per",
    ),
    # remorse owns the problem (the draft then has its apology)
    (
        APOLOGY,
        "Hej,\n\nDin pakke er forsinket. Vi har sendt den igen i dag.\n\nMvh. Per",
        "Hej,\n\nDin pakke er forsinket, og det er vi ærligt talt flove over.\n\nMvh. Per",
    ),
    (
        APOLOGY,
        "Hej,\n\nDin pakke er forsinket. Du skal ikke være flov over at spørge.\n\nMvh. Per",
        "Hej,\n\nDin pakke er forsinket. Det er vi bestemt ikke stolte af.\n\nMvh. Per",
    ),
    # joy at reading the customer's message is chatty
    (
        BREEZY,
        "Hej,\n\nHvor var det dejligt at læse din besked! Din pakke er desværre forsinket.",
        "Hej,\n\nVi har læst din besked. Din pakke er desværre forsinket.\n\nMvh. Per",
    ),
    # goods that wait for the customer are no delay
    (
        APOLOGY,
        "Hej,\n\nDu har ventet på din pakke i to uger. Den er sendt nu.\n\nMvh. Per",
        "Hej,\n\nDin pakke ligger og venter på dig i pakkeshoppen.\n\nMvh. Per",
    ),
    # "hænger" of a picture on the wall is no hang-up, so a neutral mail stays neutral
    (
        APOLOGY,
        "Hej,\n\nAppen hænger, hver gang du åbner kurven. Vi har sendt en rettelse ud.",
        "Hej,\n\nDin plakat er sendt. Del et billede, når den hænger på væggen!",
    ),
    (
        APOLOGY,
        "Hej,\n\nSkærmen hænger ved opstart. Vi sender dig en ny i dag.\n\nMvh. Per",
        "Hej,\n\nDin jakke hænger klar til dig i butikken.\n\nMvh. Per",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", CASES)
def test_round9_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "da")
    assert rule not in rules_fired(quiet, "da")


# Round 10: classes behind set-7/8 mistakes, each a wording of our own with a look-alike
# that must stay quiet: (rule, fires, near miss). Most are neutral readings of failure words.
ROUND10 = [
    # a delay named as a risk or consequence, not one that happened
    (
        APOLOGY,
        "Hej,\n\nDin pakke er blevet forsinket i tolden. Den kommer i morgen.\n\nMvh. Per",
        "Hej,\n\nSkriv ordrenummeret på pakken, ellers kan det forsinke din retur.\n\nMvh. Per",
    ),
    # trouble that may come, in general
    (
        APOLOGY,
        "Hej,\n\nDer har været forsinkelser på alle pakker i denne uge.\n\nMvh. Per",
        "Hej,\n\nForsinkelser må påregnes i juleperioden, så bestil i god tid.\n\nMvh. Per",
    ),
    # work announced in advance is a notice; work that overran is a failure
    (
        APOLOGY,
        "Kære kunde\n\nInternettet var afbrudt i seks timer, fordi arbejdet på masten trak ud.",
        "Kære kunde\n\nPå grund af planlagt vedligeholdelse vil netbanken være lukket natten"
        " til søndag.",
    ),
    # a rule about what can be refunded, in any word order
    (
        APOLOGY,
        "Hej,\n\nVi refunderer fragten, fordi pakken kom for sent.\n\nMvh. Per",
        "Hej,\n\nUbrugte billetter kan som udgangspunkt refunderes indtil dagen før.\n\nMvh. Per",
    ),
    # the customer owning the mistake in the quoted mail; the agent owning one stays failure
    (
        APOLOGY,
        "Hej,\n\nDet var min fejl, og jeg har rettet adressen nu.\n\nMvh. Per",
        "Hej,\n\nOpsigelsen er en måned.\n\nMvh. Per\n\n> Jeg opsagde for sent, og det er helt min"
        " egen fejl. Kan jeg stadig nå at få pengene tilbage?",
    ),
    # regret made conditional answers a complaint without owning it
    (
        APOLOGY,
        "Hej,\n\nVi beklager, hvis leveringen ikke levede op til dine forventninger.\n\nMvh. Per",
        "Hej,\n\nUndskyld, hvis jeg har misforstået dit spørgsmål. Du kan bytte jakken i butikken.",
    ),
    # a verb-first condition is no acknowledgement
    (
        APOLOGY,
        "Hej,\n\nKoden er desværre ikke kommet frem, så vi sender en ny.\n\nMvh. Per",
        "Hej,\n\nVi har sendt en ny kode. Har du ikke modtaget den, så tjek dit spamfilter.",
    ),
    # "væk" is lost only after være/blive; "knus" is a hug
    (
        APOLOGY,
        "Hej,\n\nDit kort er desværre blevet væk i posten. Vi sender et nyt.\n\nMvh. Per",
        "Hej,\n\nGavekortet er sendt, så nu kan du give det væk til hvem du vil.\n\nMvh. Per",
    ),
    (
        APOLOGY,
        "Hej,\n\nFlere glas var knust, da pakken kom frem. Vi sender nye.\n\nMvh. Per",
        "Hej,\n\nTak for din bestilling. Den bliver sendt i morgen.\n\nKnus og kram fra\nButikken",
    ),
    # "gå ned" of a service in any form; of a price it is no outage
    (
        APOLOGY,
        "Hej,\n\nVi er ved at finde ud af, hvad der fik systemet til at gå ned.\n\nMvh. Per",
        "Hej,\n\nPrisen på dit bredbånd går ned med 50 kr. fra 1. maj.\n\nMvh. Per",
    ),
    # a request not to send is no "does not send"
    (
        APOLOGY,
        "Hej,\n\nVi kan se, at formularen desværre ikke sender din besked videre.\n\nMvh. Per",
        "Hej,\n\nHusk ikke at sende originalen, en kopi er nok.\n\nMvh. Per",
    ),
    # repeated requests counted, said to change nothing
    (
        BLAME,
        "Hej,\n\nDu har sendt fire mails om den samme pakke i dag, og det gør ikke sagen"
        " hurtigere.",
        "Hej,\n\nVi har samlet dine to mails i én sag, så det går hurtigere.\n\nMvh. Per",
    ),
    # "should have done it" with the deed as a pronoun
    (
        BLAME,
        "Hej,\n\nDet skulle du have gjort, før du tog varen i brug.\n\nMvh. Per",
        "Hej,\n\nDet skulle vi have gjort, før vi sendte varen. Undskyld.\n\nMvh. Per",
    ),
    # the customer's act, done wrongly
    (
        BLAME,
        "Hej,\n\nDe har ikke tilsluttet kablet korrekt, og derfor virker routeren ikke.",
        "Hej,\n\nHvis du ikke har tilsluttet kablet korrekt, så prøv igen med vejledningen.",
    ),
    # "siden" the page is no "since", so a report promised there keeps its time
    (
        TIME,
        "Hej,\n\nPakken har ligget på terminalen siden mandag. Vi undersøger, hvad der er sket.",
        "Hej,\n\nVi undersøger nedbruddet og lægger en rapport her på siden senest fredag.",
    ),
    # the time of a cancelled appointment commits to nothing
    (
        TIME,
        "Hej,\n\nDin tid på fredag er desværre aflyst. Vi ringer, når lægen er tilbage.",
        "Hej,\n\nDin tid er desværre aflyst. Vi ringer senest fredag med en ny tid.\n\nMvh. Per",
    ),
]


ROUND11 = [
    # present "der går N dage, før" is a normal processing time; past "der gik" is a delay
    (
        APOLOGY,
        "Hej,\n\nDer gik tre uger, før du fik svar fra os.\n\nMvh. Per",
        "Hej,\n\nDer går normalt 3-5 hverdage, før pengene står på din konto.\n\nMvh. Per",
    ),
    # someone not bothering to open a mail is no defect that "does not open"
    (
        APOLOGY,
        "Hej,\n\nAppen kan ikke åbne på din telefon efter opdateringen.\n\nMvh. Per",
        "Hej,\n\nFakturaen lå i min sidste mail, som du ikke har gidet åbne.\n\nMvh. Per",
    ),
    # a refused apology with words between "ikke noget" and "at undskylde"
    (
        APOLOGY,
        "Hej,\n\nDu er blevet trukket for maj. Der er ikke noget for os at undskylde her.",
        "Hej,\n\nDu er blevet trukket for maj ved en fejl. Det vil vi gerne undskylde.",
    ),
    # "gide" said of the customer reproaches; "Gider du …?" only asks
    (
        BLAME,
        "Hej,\n\nHvis du havde gidet at kigge i appen, havde du set det.\n\nMvh. Per",
        "Hej,\n\nGider du sende et billede af skaden?\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nSvaret stod i min mail, som du åbenbart ikke har gidet læse.\n\nMvh. Per",
        "Hej,\n\nSvaret står i min mail fra i går, som du kan læse i appen.\n\nMvh. Per",
    ),
    # session 16: the speaker far from "more requests do not make it faster" vetoes nothing
    (
        BLAME,
        "Hej,\n\nVi skal gøre opmærksom på, at flere henvendelser ikke får sagen til at gå "
        "hurtigere.\n\nMvh. Per",
        "Hej,\n\nVi sender flere billeder, så det går hurtigere for teknikeren.\n\nMvh. Per",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", ROUND10 + ROUND11)
def test_round10_and_11_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "da")
    assert rule not in rules_fired(quiet, "da")


# A probe by a writer who never read the lexicon: idioms that put the fault on the
# customer, talking down, "never sent from your side", a counterfactual, repeated
# requests that move nothing.
PROBE = [
    (
        BLAME,
        "Hej,\n\nDet kan du ærlig talt kun takke dig selv for.\n\nMvh. Per",
        "Hej,\n\nDu kan takke din kollega for tippet om rabatkoden.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDen her må du tage på din egen kappe, vi har gjort alt efter bogen.\n\nMvh. Per",
        "Hej,\n\nVi har gjort alt efter bogen, og pakken er nu på vej til dig.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nAnsvaret for den forsinkede indbetaling er udelukkende dit.\n\nMvh. Per",
        "Hej,\n\nValget af leveringsdag er udelukkende dit, og vi retter os efter det.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nDet skulle ellers ikke kunne misforstås: holdet starter kl. 17.\n\nMvh. Per",
        "Hej,\n\nHoldet starter kl. 17, og vi glæder os til at se dig.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nLæser du overhovedet de beskeder, vi sender? Koden stod i sms'en.\n\nMvh. Per",
        "Hej,\n\nKoden står i den sms, vi sendte i formiddags.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nHvor mange gange skal jeg sige det? Vi har ikke dit kort.\n\nMvh. Per",
        "Hej,\n\nHvor mange kort skal vi bestille til dig? Vi sender dem i dag.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Kære Hans Hansen\n\nDer blev aldrig indsendt en skadesanmeldelse fra Deres side.\n\n"
        "Mvh. Per",
        "Kære Hans Hansen\n\nDer blev aldrig sendt en bekræftelse fra vores side, og det "
        "beklager vi.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nHvis du brugte programmet rigtigt, ville det her slet ikke ske.\n\nMvh. Per",
        "Hej,\n\nHvis du bruger programmet rigtigt, kan du gemme filerne automatisk.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nFlere henvendelser får ikke din sag til at rykke sig en millimeter.\n\nMvh. Per",
        "Hej,\n\nDin sag er begyndt at rykke sig, og vi vender tilbage i morgen.\n\nMvh. Per",
    ),
    (
        BLAME,
        "Hej,\n\nEn backup inden opdateringen havde været en god idé.\n\nMvh. Per",
        "Hej,\n\nDet er en god idé at tage en backup inden opdateringen.\n\nMvh. Per",
    ),
]


PROBE += [
    # a call or a message tied to an event, not a time
    (
        TIME,
        "Hej,\n\nMin kollega ringer dig op, når hun er tilbage.\n\nMvh. Per",
        "Hej,\n\nMin kollega ringer dig op i morgen før kl. 12.\n\nMvh. Per",
    ),
    (
        TIME,
        "Hej,\n\nJeg skal have en godkendelse, og derefter får du en bekræftelse.\n\nMvh. Per",
        "Hej,\n\nDu får en bekræftelse fra mig senest fredag.\n\nMvh. Per",
    ),
    (
        TIME,
        "Hej,\n\nJeg har bestilt et opkald til dig fra en af vores rådgivere.\n\nMvh. Per",
        "Hej,\n\nJeg har bestilt en ny router til dig, og den er allerede sendt.\n\nMvh. Per",
    ),
    (
        TIME,
        "Kære Hans\n\nDer vil blive taget kontakt til Dem om det videre forløb.\n\nMvh. Per",
        "Kære Hans\n\nDer vil blive taget kontakt til Dem inden for to hverdage.\n\nMvh. Per",
    ),
    (
        TIME,
        "Hej,\n\nViceværten kigger forbi og ser på lyset i kælderen.\n\nMvh. Per",
        "Hej,\n\nViceværten kigger forbi på torsdag og ser på lyset i kælderen.\n\nMvh. Per",
    ),
]


_FAILED = "Hej,\n\nDin refusion er desværre forsinket. "
_END = "\n\nMvh. Per"
PROBE += [
    # regret about the customer's verdict, perception or choice; an apology refused or asked
    # for; the customer's own regret; 'undskyld' before a question (each beside a sincere one)
    (
        APOLOGY,
        _FAILED + "Vi har sendt sagen videre til bogholderiet." + _END,
        _FAILED + "Det ærgrer mig, at vi ikke opdagede det før." + _END,
    ),
    (
        APOLOGY,
        _FAILED
        + "Vi beklager, at du ikke er tilfreds med vores svar, men afgørelsen står fast."
        + _END,
        _FAILED + "Vi beklager, at vores svar ikke var godt nok, og vi ser på sagen igen." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Vi beklager, at du har opfattet vores opkrævning som urimelig." + _END,
        _FAILED + "Vi beklager, at vores opkrævning var forkert." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Vi beklager, at du har valgt at skrive til pressen om det." + _END,
        _FAILED + "Vi beklager, at vi har ladet dig vente så længe." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Det er ikke os, der skal sige undskyld for det." + _END,
        _FAILED + "Det er os, der skal sige undskyld for det." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Vi har intet at sige undskyld for." + _END,
        _FAILED + "Vi har en del at sige undskyld for her." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Vi mener ikke, at en undskyldning er berettiget." + _END,
        _FAILED + "Vi skylder dig en undskyldning for forsinkelsen." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Du beder om en undskyldning fra banken, og den besked er givet videre." + _END,
        _FAILED + "Undskyld, at banken ikke gav dig besked." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Du skriver, at du er ked af din tone i telefonen." + _END,
        _FAILED + "Vi er kede af, at vi ikke ringede tilbage." + _END,
    ),
    (
        APOLOGY,
        _FAILED + "Undskyld, må jeg spørge, hvilket kontonummer det drejer sig om?" + _END,
        _FAILED + "Undskyld, at vi ikke svarede før." + _END,
    ),
]


PROBE += [
    # blame: the cause put on what the customer did, a guessed slip, talking down, the answer
    # held up as given before, terms they signed, repeated requests scolded
    (
        BLAME,
        "Hej Ole,\n\n"
        + "At beløbet blev trukket to gange, skyldes, at du trykkede to gange på knappen."
        + _END,
        "Hej Ole,\n\n"
        + "At beløbet blev trukket to gange, skyldes en fejl i vores betalingssystem."
        + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Du har simpelthen ikke betalt regningen til tiden." + _END,
        "Hej Ole,\n\n" + "Du har betalt regningen, og den er nu registreret." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Mon ikke du har tastet et ciffer forkert i kontonummeret?" + _END,
        "Hej Ole,\n\n"
        + "Mon ikke vi har tastet et ciffer forkert i kontonummeret? Jeg tjekker det."
        + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Problemet ligger i, hvordan du bruger appen." + _END,
        "Hej Ole,\n\n" + "Problemet ligger i den seneste opdatering af appen." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Det er jo ikke os, der har ændret indstillingerne, vel?" + _END,
        "Hej Ole,\n\n"
        + "Det er os, der har ændret indstillingerne, og vi sætter dem tilbage."
        + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Læs venligst instruktionerne ordentligt, før du skriver igen." + _END,
        "Hej Ole,\n\n"
        + "Instruktionerne ligger i pakken, og du er velkommen til at skrive igen."
        + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Jeg forklarer det, så det er til at forstå, også for dig." + _END,
        "Hej Ole,\n\n" + "Jeg forklarer det her trin for trin." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Det har jeg jo svaret på før." + _END,
        "Hej Ole,\n\n" + "Det har jeg ikke fået svar på endnu." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Som det fremgik af mit seneste svar, kan beløbet ikke refunderes." + _END,
        "Hej Ole,\n\n" + "Beløbet bliver refunderet, og det fremgår af dit kontoudtog." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Der er intet nyt, så jeg henviser bare til min sidste mail." + _END,
        "Hej Ole,\n\n" + "Der er intet nyt endnu, men jeg skriver, så snart der er." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n"
        + "Ifølge de vilkår, du selv har skrevet under på, kan aftalen ikke opsiges."
        + _END,
        "Hej Ole,\n\n" + "Ifølge vilkårene kan aftalen opsiges med en måneds varsel." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Køen er den samme, og det laver du ikke om på ved at ringe igen." + _END,
        "Hej Ole,\n\n" + "Køen er kort i dag, så ring gerne igen." + _END,
    ),
    (
        BLAME,
        "Hej Ole,\n\n" + "Vi beder dig nøjes med én sag fremover." + _END,
        "Hej Ole,\n\n" + "Vi har samlet dine spørgsmål i én sag, så du får ét svar." + _END,
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", PROBE)
def test_probe_fires_and_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "da")
    assert rule not in rules_fired(quiet, "da")
