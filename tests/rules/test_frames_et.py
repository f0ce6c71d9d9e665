"""Estonian concept frames: each frame fires in a realistic draft and stays quiet on its
near miss (free word order, pro-drop person endings, case forms)."""

import pytest
from helpers import rules_fired

BLAME = "customer-blame"
APOLOGY = "missing-apology"
TIME = "missing-response-time"

# (rule, draft where it fires, near miss where it stays quiet)
CASES = [
    # customer-blame: "nagu ma juba ütlesin" in its orders and pro-drop forms
    (
        BLAME,
        "Tere!\n\nNagu ütlesin juba eile, raha on teele saadetud.",
        "Tere!\n\nNagu te ütlesite, jõudis pakk kohale katkisena. Saadame uue.",
    ),
    (
        BLAME,
        "Tere, Mari!\n\nNagu varem mainitud, soodustooteid tagasi ei võeta.",
        "Tere, Mari!\n\nNagu te juba mainisite, oli pakk katki. Saadame uue homme.",
    ),
    (
        BLAME,
        "Tere!\n\nOlen teile juba selgitanud, et tasu ei tagastata.",
        "Tere!\n\nSelgitasin probleemi juba kullerile. Uus pakk jõuab homme.",
    ),
    (
        BLAME,
        "Tere!\n\nKirjutasime korduvalt, et kaup on lõppenud.",
        "Tere!\n\nKirjutasime kullerile eile ja täna hommikul uuesti. Pakk jõuab homme.",
    ),
    (
        BLAME,
        "Tere!\n\nNagu eelmises kirjas, on tellimus juba teele pandud.",
        "Tere!\n\nVastasime teie eelmisele kirjale täna hommikul. Pakk on teel.",
    ),
    (
        BLAME,
        "Tere!\n\nSelgitasin eelmises kirjas üksikasjalikult, miks tagasimakset ei tehta.",
        "Tere!\n\nEelmises kirjas mainitud tellimus saabus täna lattu.",
    ),
    (
        BLAME,
        "Tere!\n\nTe ilmselt ei lugenud kasutusjuhendit. Seade tuleb enne laadida.",
        "Tere!\n\nTe ei pea kogu juhendit läbi lugema: seade tuleb vaid enne laadida.",
    ),
    (
        BLAME,
        "Tere!\n\nTingimusi oleksite pidanud enne tellimist lugema.",
        "Tere!\n\nTe oleksite pidanud saama kinnituskirja. Saatsime selle uuesti.",
    ),
    (
        BLAME,
        "Tere!\n\nUnustasite tellimusele korteri numbri lisada.",
        "Tere!\n\nUnustasime teile arve saata. Saatsime selle nüüd.",
    ),
    (
        BLAME,
        "Tere!\n\nJätsite tagastusvormi täitmata, seega ei saa me raha tagastada.",
        "Tere!\n\nJätsime pakkimisel ühe toote saatmata. Saadame selle homme.",
    ),
    (
        BLAME,
        "Tere!\n\nViivitus tekkis üksnes teie enda hooletuse tõttu.",
        "Tere!\n\nSee ei ole kindlasti teie süü. Saadame uue toote homme.",
    ),
    (
        BLAME,
        "Tere!\n\nIlmselt sisestasite kaardi numbri valesti.",
        "Tere!\n\nSisestasime sildile kogemata vale aadressi. Uus pakk jõuab homme.",
    ),
    (
        BLAME,
        "Tere!\n\nTe kirjutasite oma e-posti aadressi valesti.",
        "Tere!\n\nTe kirjutasite meile vale suuruse kohta. Vahetame toote hea meelega.",
    ),
    (
        BLAME,
        "Tere!\n\nTarneaeg on tootelehel ju selgelt välja toodud.",
        "Tere!\n\nPalun kirjutage selgelt, milliseid tooteid soovite tagastada.",
    ),
    (
        BLAME,
        "Tere!\n\nNagu meie müügitingimustes kirjas, soodustooteid ei vahetata.",
        "Tere!\n\nMeie müügitingimustes on kirjas, et tagastamiseks on 14 päeva.",
    ),
    (
        BLAME,
        "Tere!\n\nKui oleksite juhendi läbi lugenud, teaksite seda.",
        "Tere!\n\nKui te olete juhendi läbi lugenud ja viga püsib, andke teada.",
    ),
    (
        BLAME,
        "Tere!\n\nJärgmine kord lugege tingimusi palun tähelepanelikumalt.",
        "Tere!\n\nLugesime teie kirja hoolikalt läbi. Raha on tagastatud.",
    ),
    (
        BLAME,
        "Tere!\n\nIga päev uue kirja saatmine ei kiirenda teie asja lahendamist.",
        "Tere!\n\nSaadame teile rohkem infot homme, kui pakk liikuma hakkab.",
    ),
    (
        BLAME,
        "Tere!\n\nPalun ärge saatke meile samal teemal rohkem kirju.",
        "Tere!\n\nÄrge saatke toodet enne tagasi, kui oleme tagastuse kinnitanud.",
    ),
    (
        BLAME,
        "Tere!\n\nPalun lõpetage meile iga päev helistamine.",
        "Tere!\n\nLõpetasime teile reklaamkirjade saatmise.",
    ),
    (
        BLAME,
        "Tere!\n\nKordan veel kord: soodustooteid tagasi ei võeta.",
        "Tere!\n\nKordame tellimuse andmed allpool üle.",
    ),
    (
        BLAME,
        "Tere!\n\nTellimust esitades nõustusite meie müügitingimustega.",
        "Tere!\n\nKui nõustute tingimustega, vajutage nuppu Edasi.",
    ),
    (
        BLAME,
        "Tere!\n\nTeie sisestatud aadress oli vale, seetõttu pakk tagastati.",
        "Tere!\n\nTeie tellimusele sisestasime kogemata vale aadressi.",
    ),
    # missing-apology: regret that owns the problem counts; a failure paraphrase needs one
    (
        APOLOGY,
        "Tere!\n\nTeie pakk on hilinenud. Meil on kahjuks laos ainult üks suurus.",
        "Tere!\n\nTeie pakk on hilinenud. Meil on sellest tõesti kahju.",
    ),
    (
        APOLOGY,
        "Tere!\n\nVabandame, et tundsite end halvasti koheldud.",
        "Tere!\n\nVabandame, et teie pakk jäi hiljaks.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTehnik kokkulepitud ajal kohale ei tulnudki. Uus aeg on reedel.",
        "Tere!\n\nTehnik tuli kokkulepitud ajal kohale. Aitäh tagasiside eest.",
    ),
    (
        APOLOGY,
        "Tere!\n\nRemondimehe visiit jäi toimumata. Uus aeg on reedel kell 10.",
        "Tere!\n\nRemondimehe visiit toimub homme kell 8.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTeie rong jäi tehnilise rikke tõttu ära. Pilet kehtib järgmisele.",
        "Tere!\n\nTeie rong jääb Tartus kümneks minutiks seisma.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTeie pakk toimetati kogemata naaberlinna pakiautomaati.",
        "Tere!\n\nPakki saab soovi korral suunata ka teise pakiautomaati.",
    ),
    (
        APOLOGY,
        "Tere!\n\nDiivan saabus terve nädal pärast lubatud kuupäeva.",
        "Tere!\n\nDiivan saabus lubatud kuupäeval. Loodame, et see meeldib.",
    ),
    (
        APOLOGY,
        "Tere!\n\nMeie süsteem võttis teie kaardilt makse kaks korda. Teine makse tagastati.",
        "Tere!\n\nKontrollisime teie makset kaks korda ja kõik on korras.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTegime tagasimakse kogemata valele kaardile.",
        "Tere!\n\nTegime tagastatud jope eest tagasimakse.",
    ),
    # missing-response-time: praise passed on is no follow-up; promises in any order
    (
        TIME,
        "Tere!\n\nEdastasin teie kaebuse meeskonnale.",
        "Tere!\n\nAitäh kiidusõnade eest! Edastasin need ka meeskonnale.",
    ),
    (
        TIME,
        "Tere!\n\nÜhendust võtame teiega esimesel võimalusel.",
        "Tere!\n\nVõtame arvesse teie ettepaneku.",
    ),
    (
        TIME,
        "Tere!\n\nTeada anname niipea, kui kuller vastab.",
        "Tere!\n\nAnname teile järgmise tellimuse pealt 10% allahindlust.",
    ),
    (
        TIME,
        "Tere!\n\nTuleme selle juurde tagasi, kui laost vastus saabub.",
        "Tere!\n\nTuleme täna kontorisse hiljem.",
    ),
    (
        TIME,
        "Tere!\n\nMeie tehnikud tegelevad juba probleemiga.",
        "Tere!\n\nTegelesime probleemiga eile ja see on lahendatud.",
    ),
    (
        TIME,
        "Tere!\n\nSelgitame välja, miks makse tagasi lükati.",
        "Tere!\n\nSelgitame allpool, kuidas parooli vahetada.",
    ),
    (TIME, "Tere!\n\nOotame kullerfirmalt vastust.", "Tere!\n\nOotame teie vastust."),
    (
        TIME,
        "Tere!\n\nSaadame teile täpsema info, kui tarnija kinnitab.",
        "Tere!\n\nSaatsime teile eile uue kaabli.",
    ),
    (
        TIME,
        "Tere!\n\nVastuse saate meilt niipea kui võimalik.",
        "Tere!\n\nUue parooli saate meilt e-postiga.",
    ),
    (
        TIME,
        "Tere!\n\nTeie kaebuse andsime edasi kvaliteediosakonnale.",
        "Tere!\n\nAndsime teile soodustuse.",
    ),
    (
        TIME,
        "Tere!\n\nTeie reklamatsioon on praegu menetluses.",
        "Tere!\n\nTeie pakk on järjekorras kolmas.",
    ),
    (
        TIME,
        "Tere!\n\nMeie tehnik helistab teile, kui varuosa on saabunud.",
        "Tere!\n\nKirjutame allpool, kuidas seadet lähtestada.",
    ),
    (
        APOLOGY,
        "Tere!\n\nKuller ei tulnud eile kokkulepitud ajal. Uus aeg on reedel.",
        "Tere!\n\nKuller ei tule laupäeviti, seega jõuab pakk esmaspäeval.",
    ),
    # concrete times look forward: a past weekday, today's past or opening hours are none
    (
        TIME,
        "Tere!\n\nSaime teie kirja kätte esmaspäeval. Uurime asja.",
        "Tere!\n\nUurime asja ja võtame teiega ühendust neljapäeval.",
    ),
    (
        TIME,
        "Tere!\n\nKuller helistas teile täna hommikul. Uurime asja.",
        "Tere!\n\nUurime asja ja anname täna õhtul teada.",
    ),
    (
        TIME,
        "Tere!\n\nUurime asja. Klienditugi on avatud tööpäevadel 9.00-17.00.",
        "Tere!\n\nUurime asja ja vastame teile enne 16.00.",
    ),
    # round 2: follow-ups asked of a third party, work in progress, answers to come
    (
        TIME,
        "Tere!\n\nKüsisin kullerfirmalt, kus teie pakk praegu asub.",
        "Tere!\n\nKüsisin kullerfirmalt ja nad kinnitasid, et pakk toimetati kohale.",
    ),
    (
        TIME,
        "Tere!\n\nOleme kullerile päringu teinud.",
        "Tere!\n\nOleme kullerile päringu teinud ja anname teada hiljemalt reedel.",
    ),
    (
        TIME,
        "Tere!\n\nMeie IT-osakond töötab vea parandamise kallal.",
        "Tere!\n\nTöötame esmaspäevast reedeni kella 9-17.",
    ),
    (
        TIME,
        "Tere!\n\nAmetlik vastus tuleb teile e-postiga.",
        "Tere!\n\nTellimuse kinnitus tuli teile e-postiga.",
    ),
    (
        TIME,
        "Tere!\n\nSaadame asendustoote teele kohe, kui see lattu jõuab.",
        "Tere!\n\nKui soovite, saadame asendustoote teele kohe.",
    ),
    (
        TIME,
        "Tere!\n\nKohe kui meil on uudiseid, kirjutame.",
        "Tere!\n\nKirjutame allpool, kuidas seadet lähtestada.",
    ),
    (
        TIME,
        "Tere!\n\nJätkame teie tagastuse menetlemisega, kui olete vormi täitnud.",
        "Tere!\n\nJätkake palun tellimusega tavapäraselt.",
    ),
    (
        TIME,
        "Tere!\n\nAnname endast parima, et teie pakk üles leida.",
        "Tere!\n\nAnname endast parima, et teid alati hästi teenindada.",
    ),
    (
        TIME,
        "Tere!\n\nTäpsema tarneaja saame öelda alles siis, kui tarnija on tellimuse kinnitanud.",
        "Tere!\n\nSaame kinnitada, et teie tellimus on teel.",
    ),
    (
        TIME,
        "Tere!\n\nLoodame peagi lahenduse leida.",
        "Tere!\n\nLoodame, et pakutud lahendus teile sobib.",
    ),
    (
        TIME,
        "Tere!\n\nVõtame teie pöördumise kohe menetlusse.",
        "Tere!\n\nVõtame teie ettepanekut arvesse.",
    ),
    (
        TIME,
        "Tere!\n\nRaha tagastamine võtab paraku veel aega.",
        "Tere!\n\nTagastusvormi täitmine ei võta palju aega.",
    ),
    (
        TIME,
        "Tere!\n\nMul on vaja kolleegiga nõu pidada, annan siis teada.",
        "Tere!\n\nKui soovite, uurime asja kullerfirmaga.",
    ),
    # round 2: times that commit and times that do not
    (
        TIME,
        "Tere!\n\nVastame teile mõne päeva jooksul.",
        "Tere!\n\nVastame teile tööpäeva lõpuks.",
    ),
    (
        TIME,
        "Tere!\n\nTagastusõigus kehtib 14 päeva. Vaatame teie tagastuse üle.",
        "Tere!\n\nVaatame teie tagastuse üle 14 päeva jooksul.",
    ),
    (
        TIME,
        "Tere!\n\nPakk on olnud teel juba 10 päeva. Uurime kullerfirmaga, mis juhtus.",
        "Tere!\n\nUurime kullerfirmaga, mis juhtus, ja vastame teile 2 tööpäeva jooksul.",
    ),
    (
        TIME,
        "Tere!\n\nKuller üritas pakki tuua neljapäeval kell 14.30. Uurime asja.",
        "Tere!\n\nUurime asja ja helistame teile neljapäeval kell 14.30.",
    ),
    (
        TIME,
        "Tere!\n\nUurime asja. Meie infotelefon vastab tööpäeviti kella 9-17.",
        "Tere!\n\nUurime asja ja meie tehnik helistab teile kella 17-ks.",
    ),
    (
        TIME,
        "Tere!\n\nUurime asja ja anname teada lähipäevil.",
        "Tere!\n\nUurime asja ja anname teada enne nädalavahetust.",
    ),
    (
        TIME,
        "Tere!\n\nSaadame teile uue kaabli.",
        "Tere!\n\nSaadame teile uue kaabli, mis jõuab kohale neljapäeval.",
    ),
    (
        TIME,
        "Tere!\n\nHoiame teid olukorra arenguga kursis.",
        "Tere!\n\nHoiame teie andmeid turvaliselt.",
    ),
    (
        TIME,
        "Tere!\n\nEdasistest sammudest teavitab teid meie kolleeg.",
        "Tere!\n\nKui soovite, teavitame teid uutest toodetest.",
    ),
    (
        TIME,
        "Tere!\n\nPalun olge veel veidi kannatlik.",
        "Tere!\n\nTäname kannatlikkuse eest, pakk on nüüd teel.",
    ),
    (
        TIME,
        "Tere!\n\nUurime asja. Kuller käib meie laos esmaspäeviti.",
        "Tere!\n\nUurime asja ja anname teada esmaspäeval.",
    ),
    (
        APOLOGY,
        "Tere!\n\nPakk on kahjuks hilinenud. Saadame selle homme.",
        "Tere!\n\nSori, et pakk nii kaua teel oli. Saadame selle homme.",
    ),
    (
        APOLOGY,
        "Tere!\n\nPakk jäi kahjuks kullerfirmas hiljaks. Saadame selle homme.",
        "Tere!\n\nKui pakk jääb hiljaks, andke meile teada.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTehnik ei tulnudki kokkulepitud ajal. Uus aeg on reedel.",
        "Tere!\n\nKuller ei tule pühapäeviti, seega jõuab pakk esmaspäeval.",
    ),
    # round 4: failure paraphrases (missing-apology needs the problem to be found)
    (
        APOLOGY,
        "Tere!\n\nTeie saadetis seisab juba viiendat päeva Tallinna terminalis kinni. Uurime.",
        "Tere!\n\nSaadetis on kinni teibitud ja läheb homme teele.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTagasimakse staatus ei ole nädala jooksul muutunud. Uurime asja.",
        "Tere!\n\nTellimuse staatus ei muutu enne, kui makse on laekunud.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTellitud musta kingapaari asemel saabus teile pruun. Saadame õige.",
        "Tere!\n\nTellitud kingade asemel võite valida ka kinkekaardi.",
    ),
    (
        APOLOGY,
        "Tere!\n\nMeie veebileht oli öösel kolm tundi maas. Nüüd töötab kõik.",
        "Tere!\n\nMeie veebileht on avatud ööpäevaringselt.",
    ),
    (
        APOLOGY,
        "Tere!\n\nServer kukkus eile õhtul kaks korda maha. Nüüd on see stabiilne.",
        "Tere!\n\nKui server maha kukub, saadame teile teate.",
    ),
    (
        APOLOGY,
        "Tere!\n\nMobiilirakendus ei olnud hommikul kättesaadav. Nüüd töötab.",
        "Tere!\n\nSee rakendus ei ole teie riigis kättesaadav.",
    ),
    (
        APOLOGY,
        "Tere!\n\nSaime teie kirja. Keegi ei teavitanud teid, et tarne lükkub.",
        "Tere!\n\nKeegi meie laost võtab teiega ühendust homme kell 10.",
    ),
    (
        APOLOGY,
        "Tere!\n\nVideokõne katkes meie serveri tõttu. Helistame homme kell 10 uuesti.",
        "Tere!\n\nKui videokõne katkeb, helistage meile tagasi.",
    ),
    # round 4: a problem word as a hypothesis, how to cancel or claim: no failure
    (
        APOLOGY,
        "Tere!\n\nMakse ebaõnnestus serveri tõrke tõttu. Proovige uuesti.",
        "Tere!\n\nMakse tõrgete korral võtke ühendust oma pangaga.",
    ),
    (
        APOLOGY,
        "Tere!\n\nPidime teie broneeringu kahjuks tühistama.",
        "Tere!\n\nBroneeringu saate tühistada iseteeninduses.",
    ),
    # round 4: apologies that are not sincere
    (
        APOLOGY,
        "Tere!\n\nPakk jõudis kohale katkisena. Vabandame, kui see tekitas ebamugavusi.",
        "Tere!\n\nPakk jõudis kohale katkisena. Vabandame! Kui soovite, saadame uue.",
    ),
    (
        APOLOGY,
        "Tere!\n\nTeie kaebus on läbi vaadatud. Meil pole millegi pärast vabandust paluda.",
        "Tere!\n\nTeie kaebus on läbi vaadatud. Palume veel kord vabandust.",
    ),
    (
        APOLOGY,
        "Tere!\n\nMeil on kahju, et te ei jäänud meie hinnanguga rahule. Kaebus on läbi vaadatud.",
        "Tere!\n\nMeil on kahju, et pakk jäi hiljaks. Kaebus on läbi vaadatud.",
    ),
    (
        APOLOGY,
        "Tere!\n\nPakk on hilinenud. Sori, et segan, aga mis on teie aadress?",
        "Tere!\n\nPakk on hilinenud. Sori, et pidite ootama.",
    ),
    # round 4: customer-blame
    (
        BLAME,
        "Tere!\n\nVaatasime logid üle: see on kasutaja eksitus, mitte süsteemi viga.",
        "Tere!\n\nVaatasime logid üle: tegemist ei ole kasutaja eksitusega.",
    ),
    (
        BLAME,
        "Tere!\n\nMakse tegemisel tegite kahjuks vea.",
        "Tere!\n\nMakse töötlemisel tegime kahjuks vea.",
    ),
    (
        BLAME,
        "Tere!\n\nTe eksisite kaardi andmete sisestamisel.",
        "Tere!\n\nKui eksisite kaardi andmetega, proovige uuesti.",
    ),
    (
        BLAME,
        "Tere!\n\nViga on kahjuks teie poolel.",
        "Tere!\n\nUurime, kas viga on meie või teie poolel.",
    ),
    (
        BLAME,
        "Tere!\n\nPidite enne tellimist suurustabelit kontrollima.",
        "Tere!\n\nVabandame, et pidite aadressi mitu korda kontrollima.",
    ),
    (
        BLAME,
        "Tere!\n\nEnne lepingu sõlmimist oleks pidanud tingimused läbi lugema.",
        "Tere!\n\nLadu oleks pidanud paki enne saatmist kontrollima.",
    ),
    (
        BLAME,
        "Tere!\n\nTe ise valisite tarneviisiks vale pakiautomaadi.",
        "Tere!\n\nKui valisite ise vale pakiautomaadi, saame selle muuta.",
    ),
    (
        BLAME,
        "Tere!\n\nHinnad on ju hinnakirjas kirjas.",
        "Tere!\n\nPakk on ju teel ja jõuab homme kell 12.",
    ),
    (
        BLAME,
        "Tere!\n\nNagu kodulehel selgelt näha, on tarne tasuline.",
        "Tere!\n\nJälgimisinfost on selgelt näha, et pakk on teel.",
    ),
    (
        BLAME,
        "Tere!\n\nSelle eest lasub vastutus ainult teil.",
        "Tere!\n\nSelle eest lasub vastutus kulleril, mitte teil.",
    ),
    (
        BLAME,
        "Tere!\n\nKorduvad meeldetuletused ei kiirenda menetlust.",
        "Tere!\n\nKorduvad tellimused saavad püsikliendi soodustuse.",
    ),
    # round 4: follow-ups
    (
        TIME,
        "Tere!\n\nMeie tehnikud vahetavad rikkis ruuteri välja.",
        "Tere!\n\nMeie tehnikud vahetavad ruuteri välja homme kell 10.",
    ),
    (
        TIME,
        "Tere!\n\nTeeme kõik, et teie tellimus võimalikult kiiresti kohale jõuaks.",
        "Tere!\n\nTeeme kõik, et teie ostukogemus oleks meeldiv.",
    ),
    (
        TIME,
        "Tere!\n\nRaha kanname tagasi pärast toote kontrollimist.",
        "Tere!\n\nRaha kandsime tagasi pärast toote kontrollimist.",
    ),
    (
        TIME,
        "Tere!\n\nHelistame teile uuesti, kui tehnik on vaba.",
        "Tere!\n\nHelistame teile uuesti reedel kell 9.",
    ),
    (
        TIME,
        "Tere!\n\nSaatke palun arve koopia, siis saame makse üle kontrollida.",
        "Tere!\n\nSaame kinnitada, et makse on üle kontrollitud.",
    ),
]

# round 2: breezy openers in a failure reply (the problem follows the opener)
PROBLEM = " Teie pakk on kahjuks kullerfirmas kaotsi läinud. Vabandame!"
BREEZY = [
    ("Meil on teile suurepäraseid uudiseid!", "Kahjuks ei ole meil veel häid uudiseid."),
    ("Meil on rõõm teatada, et saame aidata.", "Meil on kahju teatada, et see juhtus."),
    ("Milline rõõm teilt jälle kuulda!", "Aitäh, et meile kirjutasite."),
    ("Väga tore, et meile kirjutasite!", "Täname, et meile kirjutasite."),
    ("Häid pühi!", "Head päeva!"),
    ("Ilusat päeva teile!", "Tere hommikust!"),
    ("Loodan, et päike paistab ka teie pool!", "Loodan, et saame teid aidata."),
    ("Päikeselisi tervitusi Tartust!", "Tervitused Tartust."),
    ("Kuidas teil läheb?", "Kuidas saame teid aidata?"),
    ("Milline ilus päev täna!", "Täname väga kirja eest."),
    ("Suurepärane küsimus!", "Teie küsimus on edastatud meie laole."),
    ("Loodan, et teil on olnud super nädal!", "Loodan, et saame teid kiiresti aidata."),
]


@pytest.mark.parametrize("opener,near_miss", BREEZY)
def test_breezy_frames_fire_in_the_opener_only(opener: str, near_miss: str) -> None:
    fires = f"Tere!\n\n{opener}{PROBLEM}"
    quiet = f"Tere!\n\n{near_miss}{PROBLEM}"
    assert "breezy-opener" in rules_fired(fires, "et", context="failure"), fires
    assert "breezy-opener" not in rules_fired(quiet, "et", context="failure"), quiet


@pytest.mark.parametrize("rule,fires,quiet", CASES)
def test_frame_fires_and_its_near_miss_stays_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(fires, "et"), fires
    assert rule not in rules_fired(quiet, "et"), quiet


def test_blame_frames_point_at_the_phrase() -> None:
    from replylint import lint_text

    text = "Tere!\n\nKui oleksite juhendi läbi lugenud, teaksite seda."
    (finding,) = [f for f in lint_text(text, lang="et") if f.rule == BLAME]
    assert finding.line == 3 and finding.column == 1


# round 5: probes written for generalisation (rule, fires, near miss, context)
ROUND5 = [
    # "juhul" conditions only as "juhul kui" / "sel juhul": "antud juhul" (in this case) does
    # not hedge an apology nor hide a failure
    (
        APOLOGY,
        "Tere!\n\nAntud juhul ei jõudnud pakk kohale, sest kuller eksis. Uus pakk jõuab homme.",
        "Tere!\n\nAntud juhul vabandame: viga oli meie laos. Uus pakk jõuab homme.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nVabandame, juhul kui tekkis segadus.",
        "Tere!\n\nAntud juhul palume vabandust: segadus tekkis meie süsteemis.",
        "failure",
    ),
    (
        APOLOGY,
        "Tere!\n\nKahjuks läks teie tellimus kaduma. Saadame uue homme.",
        "Tere!\n\nKahjustuse juhul võtke ühendust meie klienditoega.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nKuller ei toonud pakki kohale. Uus kohaletoimetamine on homme.",
        "Tere!\n\nPakend võib olla veidi mõlkis, see ei mõjuta toodet.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nKliendiportaal ei töötanud eile pärastlõunal. Nüüd on kõik korras.",
        "Tere!\n\nUus tarkvaraversioon parandab mitu väiksemat viga.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nKuller ei leidnud teie maja üles. Uus katse on homme.",
        "Tere!\n\nTeie kontol puudub võlgnevus. Järgmine arve tuleb 1. juunil.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nMeie süsteem arvestas teilt ekslikult topelttasu. Kanname vahe tagasi homme.",
        "Tere!\n\nTeie tagastus on kätte saadud. Tagasimakse tehti teie kaardile.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nKahjuks selgus, et teie tellitud jope on laost otsas. Raha kanname tagasi.",
        "Tere!\n\nKaebuse esitamiseks täitke palun vorm meie kodulehel.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nMe ei vabanda oma reeglite pärast.",
        "Tere!\n\nMe ei saa küllalt vabandada.",
        "failure",
    ),
    (
        APOLOGY,
        "Tere!\n\nVabandust, et ma segan, aga teie pakk on kadunud.",
        "Tere!\n\nVabandame, et pakk on kadunud.",
        "failure",
    ),
    # missing-response-time
    (
        TIME,
        "Tere!\n\nUurime, miks teie 12. märtsi tellimus hilineb, ja anname teada.",
        "Tere!\n\nUurime, miks tellimus hilineb, ja anname teada 12. märtsiks.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nTeie 3. mai makse kohta küsisime pangalt selgitust.",
        "Tere!\n\nTeie makse kohta küsisime pangalt selgitust, vastame 3. maiks.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nHelistame teile paari tunni pärast tagasi.",
        "Tere!\n\nHelistame teile tunni aja pärast tagasi.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nMeie tehnik tuleb seadet vaatama, kui aeg sobib.",
        "Tere!\n\nTeil tuleb seade enne tagastamist välja lülitada.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nRääkisin kulleriga ning ta toob paki uuesti.",
        "Tere!\n\nRääkisin kulleriga ning ta toob paki uuesti homme kella 12-ks.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nKorraldame teile uue kohaletoimetamise.",
        "Tere!\n\nKorraldame teile uue kohaletoimetamise reedeks.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nKonto taastamine on pooleli, kirjutame kui valmis.",
        "Tere!\n\nKonto taastamine on lõpetatud ja kõik töötab.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nVastame teie kirjale peagi.",
        "Tere!\n\nVastame kirjadele tavaliselt ühe tööpäeva jooksul.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nAnname teada, kui meie kontor on jälle avatud.",
        "Tere!\n\nAnname teada, et meie kontor on reedel suletud.",
        None,
    ),
    # customer-blame
    (
        BLAME,
        "Tere!\n\nKas te üldse lugesite mu eelmist kirja?",
        "Tere!\n\nTäname, et lugesite meie uudiskirja.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nTeil tulnuks enne maksmist tingimustega tutvuda.",
        "Tere!\n\nTe pidanuks kinnituskirja juba kätte saama.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nJätsid vormi täitmata.",
        "Tere!\n\nKuller jättis paki kätte toimetamata.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nTegemist on kasutajaveaga.",
        "Tere!\n\nTegemist ei ole kasutaja veaga.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nPalun süvenege meie vastusesse enne uue kirja saatmist.",
        "Tere!\n\nLugege juhendit ja vajadusel esitage uus tellimus.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nKui te oleksite õige aadressi märkinud, oleks pakk kohal.",
        "Tere!\n\nKui olete õige aadressi märkinud, jõuab pakk homme.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nPakk saadeti tagasi, sest te ei tulnud sellele õigel ajal järele.",
        "Tere!\n\nPakk saadeti tagasi, sest kuller ei tulnud õigel ajal.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nKõik vajalik on kinnituskirjas, tuleb lihtsalt lugeda.",
        "Tere!\n\nJuhendit saab lugeda ainult eesti keeles.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nVastutus õigete andmete eest on teil endal.",
        "Tere!\n\nVastutus paki eest on meil kuni selle kättetoimetamiseni.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nOlete meile samal teemal kirjutanud juba viis korda, see ei muuda midagi.",
        "Tere!\n\nSaatsite meile kaks kirja samal teemal, vastame mõlemale siin.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nNagu ma juba eelmises kirjas ütlesin, tagastusaeg on möödas.",
        "Tere!\n\nNagu eelmises kirjas lubasime, saatsime uue toote teele.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nNagu ma juba ütlesin, ei saa me tellimust muuta.",
        "Tere!\n\nNagu eile telefonis rääkisime, saadame uue seadme homme.",
        None,
    ),
]


@pytest.mark.parametrize("rule,fires,quiet,context", ROUND5)
def test_round5_probe_fires_and_its_look_alike_stays_quiet(
    rule: str, fires: str, quiet: str, context: str | None
) -> None:
    assert rule in rules_fired(fires, "et", context=context), fires
    assert rule not in rules_fired(quiet, "et", context=context), quiet


def test_regret_about_leaving_keeps_a_neutral_draft_neutral() -> None:
    from replylint import lint_text

    text = "Tere!\n\nMeil on kahju, et meie teenusest loobute. Teie leping lõpeb 31. mail."
    assert not lint_text(text, lang="et")
    assert "missing-apology" in rules_fired(text, "et", context="failure")


# round 6: meanings unseen writers use that the lexicon missed (rule, fires, quiet, context)
ROUND6 = [
    # failure context from the draft itself, so the missing apology is found
    (
        APOLOGY,
        "Tere!\n\nTeie kiri jäi meil kahjuks kaks nädalat vastuseta. Tellimus on nüüd teel.",
        "Tere!\n\nKui kiri jääb vastuseta, helistage meile. Tellimus on nüüd teel.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nKliendikaardi soodustus jäi teie ostult arvestamata. Kanname vahe homme tagasi.",
        "Tere!\n\nKliendikaardi soodustus arvestatakse kassas automaatselt.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nKuller kaotas teie paki teel terminali. Saadame uue homme.",
        "Tere!\n\nKui kaotasite tellimuse numbri, leiate selle kinnituskirjast.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nEksisime teie tellimuse komplekteerimisel. Õige toode on juba teel.",
        "Tere!\n\nKui eksisime, andke palun teada. Toode on juba teel.",
        None,
    ),
    (
        APOLOGY,
        "Tere!\n\nSaime alles nüüd teada, et kaup on laost otsas. Raha kanname homme tagasi.",
        "Tere!\n\nKui kaup on laost otsas, näete seda tootelehel.",
        None,
    ),
    # lecturing the customer about reading first
    (
        BLAME,
        "Tere!\n\nTe peaksite enne ostu tegemist tootekirjeldust lugema.",
        "Tere!\n\nSeadistuse kohta peaksite lugema juhendi kolmandat peatükki.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nSellele küsimusele olen teile juba vastanud.",
        "Tere!\n\nVastame teie küsimusele hiljemalt homme.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nKKK-s on see selgelt lahti seletatud.",
        "Tere!\n\nKKK-s on selgelt näha, kuidas parooli muuta.",
        None,
    ),
    # breezy: hoping the customer's week went well
    (
        "breezy-opener",
        "Tere!\n\nLoodan, et nädal on alanud hästi!\n\nTeie pakk hilines kolm päeva.",
        "Tere!\n\nLoodame, et pakk jõuab teieni nädala jooksul. Vabandame hilinemise pärast.",
        "failure",
    ),
    # "kirjutan siis": a follow-up tied to an event; the impersonal refund is a process
    (
        TIME,
        "Tere!\n\nOotan lao vastust ja kirjutan siis.",
        "Tere!\n\nRaha kantakse teie kontole tagasi.",
        None,
    ),
]


@pytest.mark.parametrize("rule,fires,quiet,context", ROUND6)
def test_round6_probe_fires_and_its_look_alike_stays_quiet(
    rule: str, fires: str, quiet: str, context: str | None
) -> None:
    assert rule in rules_fired(fires, "et", context=context), fires
    assert rule not in rules_fired(quiet, "et", context=context), quiet


# round 7: customer-blame in more wordings, self-blame and expectation look-alikes, times
# (rule, fires, quiet, context); each pair differs in the mechanism the frame reads
ROUND7 = [
    # a duty left undone: "jätsid ... tegemata", "teil jäi ... tasumata"
    (
        BLAME,
        "Tere!\n\nSa jätsid makse tähtaegselt tegemata ja tellimus tühistati.",
        "Tere!\n\nMe jätsime teie makse kogemata kinnitamata. Parandasime selle.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nTeil jäi arve õigel ajal tasumata, mistõttu lisandus viivis.",
        "Tere!\n\nKui teil jäi vorm täitmata, saate selle uuesti esitada.",
        None,
    ),
    # the customer's omission as the cause; "teie pakk ei tulnud" is our failure
    (
        BLAME,
        "Tere!\n\nKahjuks ei märkinud te korteri numbrit, nii et kuller ei leidnud teid.",
        "Tere!\n\nTe ei ole veel arvet tasunud, palun tehke seda kuu lõpuks.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nTe ei viitsinud isegi tellimuse numbrit lisada.",
        "Tere!\n\nTe ei teinud midagi valesti, viga oli meie süsteemis.",
        None,
    ),
    # should have: the adessive "teil" had to; "teile/teid oleks tulnud" is our duty
    (
        BLAME,
        "Tere!\n\nTeil oleks tulnud kahjustusest kohe kullerile teatada.",
        "Tere!\n\nTeid oleks tulnud muudatusest kohe teavitada. See on meie viga.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nTe oleksite pidanud olema ettevaatlikum parooli sisestamisel.",
        "Tere!\n\nTe oleksite pidanud olema teavitatud tarneaja muutusest.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nTe pidanuks enne maksmist aadressi üle kontrollima.",
        "Tere!\n\nTeil oleks pidanud olema võimalik tellimust kontol muuta. Uurime seda.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nOleksite tingimusi lugenud, teaksite, et tasu ei tagastata.",
        "Tere!\n\nKas olete tingimusi lugenud? Seal on tasu kirjas.",
        None,
    ),
    # the customer's own fault, conduct, carelessness, mistake; a colleague's slip is ours
    (
        BLAME,
        "Tere!\n\nKahju tekkis sinu enda tegevuse tõttu.",
        "Tere!\n\nMeie kolleeg unustas teie tellimuse edastada.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nIse olete selles süüdi.",
        "Tere!\n\nTe ei ole selles süüdi, viga tekkis meie laos.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nMe ei vastuta teie hooletuse eest.",
        "Tere!\n\nMe ei vastuta kulleri hooletuse eest, kuid aitame kahju hüvitada.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nSinu tehtud vea pärast ei saanud me makset kinnitada.",
        "Tere!\n\nSee ei olnud teie tehtud viga, vaid meie süsteemi tõrge.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nTundub, et ajasite kaks tellimust segi.",
        "Tere!\n\nTundub, et ajasime teie tellimused segi. Vabandame!",
        None,
    ),
    # repetition and condescension
    (
        BLAME,
        "Tere!\n\nÜtlesin seda juba eelmine kord: tarne võtab viis päeva.",
        "Tere!\n\nSelgitasin seda juba kullerile ja ootame tema vastust.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nPean teile jälle selgitama, et soodustooteid ei vahetata.",
        "Tere!\n\nPean teile kahjuks uuesti kirjutama, sest vajame lisainfot.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nKõik on meie kodulehel kirjas, tuleb vaid lugeda.",
        "Tere!\n\nJuhendit saab lugeda vaid eesti keeles.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nEdaspidi palun kontrollige aadress enne kinnitamist hoolikalt üle.",
        "Tere!\n\nJärgmine kord saate õige tarneviisi ise oma kontol valida.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nPalun olge edaspidi tähelepanelikum.",
        "Tere!\n\nMe oleksime võinud olla hoolikamad, vabandame.",
        None,
    ),
    (
        BLAME,
        "Tere!\n\nSa oled meile juba viis kirja saatnud, see ei muuda midagi.",
        "Tere!\n\nSaatsime teile kaks kirja, kuid need ei jõudnud kohale.",
        None,
    ),
    # sincere apologies whose verbs are no feelings: "jäite ilma", "kogesite probleeme"
    (
        APOLOGY,
        "Tere!\n\nVabandame, kui teile jäi mulje, et me ei hooli. Pakk on teel.",
        "Tere!\n\nVabandame, et jäite oma tellimusest ilma. Pakk on teel.",
        "failure",
    ),
    (
        APOLOGY,
        "Tere!\n\nVabandame, et te nii kogesite. Pakk on teel.",
        "Tere!\n\nVabandame, et kogesite meie e-poes makseprobleeme. Pakk on teel.",
        "failure",
    ),
    (
        APOLOGY,
        "Tere!\n\nVabandame, kui pakk hilines. Pakk on teel.",
        "Tere!\n\nVabandame, kui kauaks asi venis. Pakk on teel.",
        "failure",
    ),
    # a habit and a question promise nothing; concrete times in more forms
    (
        TIME,
        "Tere!\n\nSaadame teile uudiskirja.",
        "Tere!\n\nSaadame teile kord kuus uudiskirja.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nSaadame uue toote.",
        "Tere!\n\nKas saadame uue toote või kanname raha tagasi?",
        None,
    ),
    (
        TIME,
        "Tere!\n\nUurime asja ja anname vastuse lähiajal.",
        "Tere!\n\nUurime asja ja anname vastuse jaanuari lõpuks.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nKolleeg võtab teiega ühendust mõne aja pärast.",
        "Tere!\n\nKolleeg võtab teiega ühendust nädala teises pooles.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nHelistame teile tagasi.",
        "Tere!\n\nHelistame teile tagasi kella kolmeks.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nVastame teile esimesel võimalusel.",
        "Tere!\n\nVastame teile 24 h jooksul.",
        None,
    ),
    (
        TIME,
        "Tere!\n\nAnname teada, kui tarnija vastab.",
        "Tere!\n\nAnname teada hiljemalt 2025-06-03.",
        None,
    ),
]


@pytest.mark.parametrize("rule,fires,quiet,context", ROUND7)
def test_round7_probe_fires_and_its_look_alike_stays_quiet(
    rule: str, fires: str, quiet: str, context: str | None
) -> None:
    assert rule in rules_fired(fires, "et", context=context), fires
    assert rule not in rules_fired(quiet, "et", context=context), quiet


def test_round7_a_deadline_placeholder_in_a_template_is_a_concrete_time() -> None:
    from replylint import lint_text

    fires = "Tere, {{ name }}!\n\nUurime asja ja anname teile teada {{ when }}.\n"
    quiet = "Tere, {{ name }}!\n\nUurime asja ja anname teile teada hiljemalt {{ deadline }}.\n"
    assert TIME in {f.rule for f in lint_text(fires, lang="et", format="jinja")}
    assert TIME not in {f.rule for f in lint_text(quiet, lang="et", format="jinja")}


def _draft(body: str) -> str:
    return f"Tere!\n\n{body}\n\nLugupidamisega\nKlienditugi"


# round 8: failure paraphrases with no apology (missing-apology fires) next to their
# neutral look-alikes, then breezy and blame frames; all in wording of our own
ROUND8_FAILURE = [
    # "kui" that sets no condition leaves the problem acknowledged
    (
        "Kui kontrollisin teie tellimust, selgus, et pakk on kadunud. Saadame uue.",
        "Kui pakk on kadunud, andke meile teada.",
    ),
    (
        "Saan aru, kui tüütu on katkise tooli pärast ootama jääda. Uus tool tuleb reedel.",
        "Kui tool on katki, saatke meile pilt.",
    ),
    (
        "Kui soovite, saadame hilinenud paki asemel uue.",
        "Kui pakk hilineb, saadame uue.",
    ),
    # negated function verbs, unanswered, later than promised, dragged on
    (
        "Kinkekaart ei rakendunud kassas õigesti. Kanname summa tagasi.",
        "Kui kinkekaart ei rakendu, sisestage kood uuesti.",
    ),
    (
        "Teie kahele kirjale ei vastatud üle nädala. Vastan nüüd kõigele.",
        "Te ei vastanud meie kirjale, seega sulgesime pileti.",
    ),
    (
        "Remont võttis aega kauem, kui lubasime. Seade on valmis.",
        "Pühade ajal võib tarne võtta tavapärasest kauem aega.",
    ),
    (
        "Teie vaidluse lahendamine on kahjuks veninud. Otsus tuleb esmaspäeval.",
        "Kui menetlus venib, anname teile teada.",
    ),
    # cancelled events, sold out, postponed
    (
        "Homne joogatund jääb treeneri haiguse tõttu ära. Raha kantakse tagasi.",
        "Joogatund jääb meelde kauaks.",
    ),
    (
        "Tellitud jope sai laost otsa, nii et tühistasime tellimuse.",
        "Soodustooted võivad kiiresti otsa saada.",
    ),
    (
        "Diivani tarne lükkub tehase tõttu kahe nädala võrra edasi.",
        "Soovi korral saate tarne oma kontol edasi lükata.",
    ),
    # damage, admissions, not as described, duplicates, in vain, gone awry
    (
        "Nõudepesumasin lekib ja põrand sai märjaks. Saadame tehniku.",
        "Kui pakend on märg, tehke sellest pilt.",
    ),
    (
        "Nii ei tohiks see käia. Parandame arve.",
        "Te ei tohiks oma PIN-koodi kellelegi öelda.",
    ),
    (
        "Teenindaja käitumine poes ei olnud vastuvõetav.",
        "Mõlemad makseviisid on meile vastuvõetavad.",
    ),
    (
        "See ei ole see kogemus, mida me oma klientidele pakkuda tahame.",
        "Klienditeenindus ei ole pühapäeval avatud.",
    ),
    (
        "Saabunud kapp ei vasta tootekirjeldusele.",
        "Kapp vastab täpselt tootekirjeldusele.",
    ),
    (
        "Teile saadeti kaks korda sama arve. Teine arve on tühistatud.",
        "Uudiskirja saadame kaks korda kuus.",
    ),
    (
        "Olete terve nädala tulutult püüdnud meiega ühendust saada.",
        "Ärge muretsege asjatult, kõik on korras.",
    ),
    (
        "Meil läksid teie ja naabri tellimused laos segamini.",
        "Kõik läks hästi ja pakk on teel.",
    ),
    # long waits, promised times, records, slips, returns, broken promises
    (
        "Olete vastust oodanud juba kolm nädalat.",
        "Pakk on juba teel ja jõuab kahe päeva pärast.",
    ),
    (
        "Me ei teavitanud teid hinnamuutusest õigel ajal.",
        "Kui arve ei ole tähtajaks tasutud, saadame meeldetuletuse.",
    ),
    (
        "Raha võeti kaardilt maha, kuid broneeringut ei tekkinud.",
        "Broneering ei ole kinnitatud enne, kui makse laekub.",
    ),
    (
        "Me ei leia teie tellimust oma süsteemist.",
        "Kui te ei leia tellimuse numbrit, vaadake kinnituskirja.",
    ),
    (
        "Laos juhtus eksitus ja pakki pandi vale värv.",
        "Kui teie poolt juhtus eksitus, muudame aadressi.",
    ),
    (
        "Võtsime teie kaardilt ekslikult kuutasu.",
        "Kui te maksite kogemata kaks korda, kanname raha tagasi.",
    ),
    (
        "Kuller ei leidnud ust ja pakk saadeti tagasi saatjale.",
        "Kui pakk saadetakse tagasi lattu, võtame teiega ühendust.",
    ),
    (
        "Kolleeg lubas teile eile helistada, aga kahjuks ta seda ei teinud.",
        "Kolleeg lubas teile helistada ja teeb seda homme kell kümme.",
    ),
    (
        "Kahjuks juhtus nii, et teie kiri jäi postkasti kaduma.",
        "Õnneks ei juhtunud midagi hullu ja pakk on terve.",
    ),
    (
        "Õnnetu juhuse tõttu läks teie pakk teise linna.",
        "Kui juhtub õnnetus, helistage 112.",
    ),
    (
        "Infotelefoni järjekord oli eile ebatavaliselt pikk.",
        "Esmaspäeviti võivad järjekorrad olla pikad.",
    ),
    (
        "Meie ladu saatis teile kasutatud kohvimasina.",
        "Meie poest saab osta ka kasutatud kohvimasinaid.",
    ),
    (
        "Olete meile helistanud juba kolm korda.",
        "Helistage meile kaks korda nädalas, kui soovite.",
    ),
    (
        "Kahjuks ei edastatud teie tellimust kullerile.",
        "Teie tellimuse andmeid ei jagata kolmandatele osapooltele.",
    ),
    (
        "Mõistan, et teie kogemus meie e-poega ei olnud meeldiv.",
        "Loodame, et teie kogemus meie e-poega oli meeldiv.",
    ),
    # remedies and good news that presuppose a failure
    (
        "Vesi on teie tänaval nüüdseks taastatud.",
        "Parooli saate taastada lingilt „Unustasin parooli“.",
    ),
    (
        "Saadame teile asendustoote juba homme.",
        "Soovi korral saate toote 30 päeva jooksul uue vastu vahetada.",
    ),
    (
        "Tõstsime teie laua broneeringu ümber reedele.",
        "Teie soovil tõstsime broneeringu ümber reedele.",
    ),
    (
        "Parandasime teie veebruari arve ja saatsime uue.",
        "Teie palvel parandasime arvel ettevõtte nime.",
    ),
    (
        "Uurime kullerfirmalt, mis teie saadetisega juhtus.",
        "Mis juhtub, kui tühistan tellimuse?",
    ),
    (
        "Mõistan teie pahameelt, sest pidite mitu korda helistama.",
        "Mõistame, et soovite tellimust muuta.",
    ),
    (
        "See olukord on kindlasti tülikas.",
        "Kui teave tundub ebameeldiv, võite uudiskirjast loobuda.",
    ),
    (
        "Kurtsite, et kuller oli ebaviisakas.",
        "Kui soovite, saate kaebuse esitada kodulehel.",
    ),
    (
        "Tehnik pidi tulema eile kella kaheks.",
        "Te pidite kauba eest maksma kättesaamisel.",
    ),
    (
        "Teie avaldus on menetluses olnud kaks kuud.",
        "Avalduse menetlus kestab tavaliselt kaks nädalat.",
    ),
    (
        "Arvel on teenused, mida te ei tellinud.",
        "Lisateenuseid, mida te tellinud ei ole, me arvele ei lisa.",
    ),
    (
        "Äpp jupsis eile õhtul ja makse jäi toppama.",
        "Kui midagi läheb sassi, kirjutage meile.",
    ),
    (
        "Pakk on teel nii kaua olnud, sest kuller on haige.",
        "Võid lehel olla nii kaua, kui soovid.",
    ),
    (
        "Meie paigaldaja unustas teie aja kalendrisse panna.",
        "Ärge unustage tšekki alles hoida.",
    ),
    (
        "Teie ühendus peaks nüüd jälle töötama.",
        "Taaskäivitage ruuter ja see peaks uuesti töötama.",
    ),
    (
        "Meie tehnik sai vea kõrvaldatud ja kõik on korras.",
        "Uus versioon sisaldab mitmeid parandusi.",
    ),
    (
        "Hea uudis: teie pakk on leitud ja jõuab homme.",
        "Kui te pakki ei leia, kirjutage meile.",
    ),
    (
        "Vahetasime teie elektriarvesti välja.",
        "Soovi korral saate toote 14 päeva jooksul välja vahetada.",
    ),
    (
        "Teie pilet on annulleeritud, sest makse jäi rippuma.",
        "Teie soovil on pilet annulleeritud.",
    ),
    (
        "Teie sülearvuti on remondist tagasi.",
        "Kui seade vajab hooldust, viige see hooldusesse.",
    ),
    (
        "Meie e-pood oli hooldustööde tõttu eile kaks tundi maas.",
        "Hooldustööde tõttu on e-pood pühapäeval kell 2–4 kättesaamatu.",
    ),
]


@pytest.mark.parametrize("fires,quiet", ROUND8_FAILURE)
def test_round8_failure_paraphrase_needs_an_apology_and_its_look_alike_stays_neutral(
    fires: str, quiet: str
) -> None:
    assert APOLOGY in rules_fired(_draft(fires), "et"), fires
    assert APOLOGY not in rules_fired(_draft(quiet), "et"), quiet


ROUND8_BLAME = [
    (
        "Palun lõpetage samal teemal uute kirjade saatmine.",
        "Palun lõpetage seadme kasutamine, kuni uus osa on kohal.",
    ),
    (
        "Vastutus paki õigeaegse väljavõtmise eest lasub saajal.",
        "Vastutus paki eest on kuni kättetoimetamiseni meil.",
    ),
    (
        "Tuletame veel kord meelde, et sooduskood kehtis reedeni.",
        "Tuletame meelde, et teie tellimus ootab pakiautomaadis.",
    ),
    (
        "Olen seda teile juba kaks korda selgitanud.",
        "Oleme juba alustanud parandustöödega.",
    ),
    (
        "Saapad läksid katki, sest te kasutasite neid vastupidiselt juhistele.",
        "Kui kasutate saapaid juhiste vastaselt, garantii ei kehti.",
    ),
    (
        "Te ise valisite tellimusel kohaletoimetamise kuupäeva.",
        "Saate ise valida, millisele aadressile pakk saadetakse.",
    ),
    (
        "See on juba neljas kiri samal teemal.",
        "Saadame teile juba teise paki, sest esimene jäi teele kinni.",
    ),
    (
        "Miks te ei lugenud tingimusi enne tellimist?",
        "Miks pakk ei jõudnud, seda uurime kullerilt.",
    ),
    (
        "Pidevad meeldetuletused ei kiirenda teie pileti käsitlemist.",
        "Saadame teile meeldetuletuse päev enne tähtaega.",
    ),
]


@pytest.mark.parametrize("fires,quiet", ROUND8_BLAME)
def test_round8_blame_frame_fires_and_its_look_alike_stays_quiet(fires: str, quiet: str) -> None:
    assert BLAME in rules_fired(_draft(fires), "et"), fires
    assert BLAME not in rules_fired(_draft(quiet), "et"), quiet


def test_round8_blame_look_alikes_about_our_side_stay_quiet() -> None:
    # someone else wrote it wrong; our own previous mail corrected; a relative clause
    for quiet in (
        "Teie nimi oli meie süsteemi valesti kirjutatud, parandasime selle.",
        "Meie eelmises kirjas oli vale kuupäev, õige on 12. mai.",
        "Arvel on kõned, mida te ei teinud, ja need eemaldatakse.",
    ):
        assert BLAME not in rules_fired(_draft(quiet), "et"), quiet


def test_round8_lucky_opener_is_breezy_and_an_offer_after_an_apology_keeps_it_sincere() -> None:
    breezy = "Tere!\n\nTeil veab – saatsime uue telefoni juba teele! 😊\n\nMari"
    plain = "Tere!\n\nSaatsime uue telefoni teele.\n\nMari"
    assert "breezy-opener" in rules_fired(breezy, "et", context="failure")
    assert "breezy-opener" not in rules_fired(plain, "et", context="failure")
    sincere = _draft("Vabandame hilinemise pärast ja kui teil on küsimusi, kirjutage.")
    assert APOLOGY not in rules_fired(sincere, "et")


def test_how_annoying_understood_and_amends_made_are_failure_context():
    """'kui' right before the feeling is 'how', not 'if'; making amends owns a problem."""
    wrap = "Tere!\n\n{}\n\nLugupidamisega\nMari"
    for fires in (
        "Mõistan täiesti, kui frustreeriv see teie jaoks on. Palusin laol saata täna uue.",
        "Heastamiseks lisasime teie kontole 10 euro suuruse krediidi.",
    ):
        assert "missing-apology" in rules_fired(wrap.format(fires), "et"), fires
    for quiet in (
        "Mõistan, kui soovite tellimust muuta. Muudame selle.",
        "Saan aru, kui see on teile tüütu, siis võite tellimuse tühistada.",
    ):
        assert "missing-apology" not in rules_fired(wrap.format(quiet), "et"), quiet


# round 9: (rule, draft where it fires, look-alike where it stays quiet); the drafts are
# wrapped in a failure reply by _draft
ROUND9 = [
    (
        BLAME,
        "Ilmselt olete paroolid omavahel segi ajanud.",
        "Kui olete koodid segi ajanud, saate tellida uue koodi.",
    ),
    (
        BLAME,
        "Tundub, et oled kuupäevad sassi ajanud.",
        "Kuller on pakid segi ajanud, vabandame.",
    ),
    (
        BLAME,
        "Probleem on teie enda põhjustatud.",
        "Oleme selle vea ise tekitanud ja parandame selle, vabandame.",
    ),
    (
        BLAME,
        "Oled selle olukorra ise tekitanud.",
        "Te ei ole seda olukorda ise tekitanud.",
    ),
    (
        BLAME,
        "Tegemist on kliendi enda eksimusega.",
        "Tegemist ei ole kasutaja enda veaga.",
    ),
    (
        BLAME,
        "See on kasutaja oma viga.",
        "Kasutaja enda andmeid saab muuta seadetes.",
    ),
    (
        BLAME,
        "Unustasid ilmselt tellimuse kinnitada.",
        "Kui unustasid parooli, saad selle lähtestada.",
    ),
    (
        BLAME,
        "Oled unustanud parooli uuendada.",
        "Kullerid unustasid paki autosse, vabandame.",
    ),
    (
        BLAME,
        "Palun sisesta seekord õige kood.",
        "Seekord saate sooduskoodi kasutada.",
    ),
    (
        BLAME,
        "Seekord kontrollige aadress hoolikalt üle.",
        "Seekord kontrollisime aadressi hoolikalt üle.",
    ),
    (
        BLAME,
        "Te ise kinnitasite tellimuse, nii et me ei saa seda muuta.",
        "Nagu te ise kinnitasite, on pakk nüüd kohal.",
    ),
    (
        TIME,
        "Kahetseme, et kaart ei tööta. Saada meile pilt, siis väljastame sulle uue kaardi.",
        "Kahetseme, et kaart ei tööta. Väljastasime sulle uue kaardi, see jõuab homme.",
    ),
    (
        TIME,
        "Kahetseme, et leping oli vigane. Palun täitke vorm, seejärel koostame uue lepingu.",
        "Kahetseme, et leping oli vigane. Täitke vorm, koostame uue lepingu kahe päeva jooksul.",
    ),
    (
        TIME,
        "Teie reklamatsioon on praegu menetluses.",
        "Tellimust saab tühistada seni, kuni see on ootel.",
    ),
    (
        BLAME,
        "Te rikkusite seadme ise ära, kui korpuse avasite.",
        "Kas olete seadme ise ära rikkunud või tuli see katkisena?",
    ),
    (
        BLAME,
        "Me ei vastuta teie enda tekitatud kahjude eest.",
        "See kahjustus ei ole teie tekitatud, vaid tekkis transpordil.",
    ),
    (
        BLAME,
        "Oleksid võinud ise enne tellimist mõelda.",
        "Oleksite võinud meilt ka hüvitist küsida.",
    ),
    (
        BLAME,
        "Paistab, et te ei oska rakendust kasutada.",
        "Me ei oska seda viga seletada.",
    ),
    (
        BLAME,
        "Ütlesin juba, et see ei ole võimalik.",
        "Mainisin juba kolleegile, et pakk on katki.",
    ),
    (
        BLAME,
        "Probleem on teie seadmes, mitte meie teenuses.",
        "Viga on meie poolel, mitte teie.",
    ),
    (
        BLAME,
        "See info on ju tootelehel olemas.",
        "Teie tellimus on ju meie süsteemis olemas.",
    ),
    (
        BLAME,
        "Peaksite olema tähelepanelikum.",
        "Me peaksime olema tähelepanelikumad, vabandame.",
    ),
    (
        BLAME,
        "Te ei kuulanud tehniku juhiseid.",
        "Kui te ei kuulanud salvestust, saatke meile kiri.",
    ),
]


def test_round9_a_problem_inside_a_kui_clause_stays_conditional() -> None:
    """An offer after "kui" ("kui teil tekib ...") does not free a problem in that clause."""
    assert APOLOGY not in rules_fired(_draft("Kui teil tekib probleeme, andke meile teada."), "et")
    late = "Kui teil on küsimusi, andke teada; teie tellimus on kahjuks hilinenud."
    assert APOLOGY in rules_fired(_draft(late), "et")


def test_round9_good_news_in_one_word_is_a_breezy_opener() -> None:
    for breezy in (
        "Tere!\n\nRõõmuuudis: kadunud pakk on leitud.\n\nKaur",
        "Tere!\n\nMeil on teile rõõmusõnum: viga on parandatud.\n\nKaur",
    ):
        assert "breezy-opener" in rules_fired(breezy, "et", context="failure"), breezy
    later = "Tere!\n\nVabandame rikke pärast. Rõõmusõnum on see, et kõik töötab.\n\nKaur"
    assert "breezy-opener" not in rules_fired(later, "et", context="failure")


def test_round9_more_cheerful_openers_and_a_rule_of_the_process() -> None:
    wrap = "Tere!\n\n{}\n\nTeie pakk on kahjuks hilinenud.\n\nMari"
    for breezy in (
        "Hei! Mis teoksil?",
        "Loodetavasti naudite kevadet!",
        "Head nädalavahetuse algust!",
        "Milline tore üllatus – kiri teilt!",
    ):
        assert "breezy-opener" in rules_fired(wrap.format(breezy), "et", "failure"), breezy
    for plain in ("Mis on teie tellimuse number?", "Sain teie kirja kätte."):
        assert "breezy-opener" not in rules_fired(wrap.format(plain), "et", "failure"), plain
    policy = _draft("Raha kantakse tagasi alles pärast seda, kui toode on üle vaadatud.")
    assert TIME not in rules_fired(policy, "et")
    promise = _draft("Kanname raha tagasi alles siis, kui kaup on laos.")
    assert TIME in rules_fired(promise, "et")


ROUND9_INFORMAL_BLAME = [
    ("Valisid kassas vale tarneviisi.", "Kullerid valisid vale marsruudi, vabandame."),
    ("Sa kirjutasid oma e-posti aadressi valesti.", "Te kirjutasite meile vale suuruse kohta."),
    ("Sa polnud tellimust vormistades piisavalt hoolikas.", "Me ei olnud piisavalt hoolikad."),
    ("Sa said tingimustest valesti aru.", "Kuller sai aadressist valesti aru, vabandame."),
    ("Ilmselgelt ei saanud te juhendist aru.", "Ilmselt ei saanud te meie kirja kätte."),
    ("See on sinu enda viga.", "See ei ole sinu viga."),
    (
        "Tellimus jäi pooleli, sest te ei vajutanud kinnitusnuppu.",
        "Tellimus jäi pooleli, sest makselink ei avanenud.",
    ),
]


def test_round9_they_did_it_wrong_is_no_blame() -> None:
    quiet = _draft("Nad sisestasid teie aadressi kogemata valesti, vabandame.")
    assert BLAME not in rules_fired(quiet, "et")


ROUND9_FAILURE = [
    ("Ekraanil on sügav kriim.", "Pakime vaasid mullkilesse, et need ei saaks kriime."),
    ("Teie päring jäi meil unarusse.", "Teie päring on meil käsil."),
    ("Saadetud suurus ei olnud see, mille tellisite.", "Kas see on toode, mille tellisite?"),
    ("Ootan juba kolm nädalat oma raha.", "Ootame juba teie vastust."),
    ("See on juba neljas kord, kui sama asja küsin.", "See on juba teine kord, kui tellite."),
    ("Miks keegi mulle ei vasta?", "Keegi meie meeskonnast vastab teile homme."),
    ("Raha pole laekunud, kuigi lubasite selle eilseks.", "Lubasime sooduskoodi, see on kontol."),
    ("Teie tellimuses on viga.", "Ootame huviga teie järgmist tellimust!"),
]


def test_round9_a_remedy_verb_needs_a_remedy_and_a_rule_period_is_no_failure() -> None:
    assert TIME in rules_fired(_draft("Saatke foto, siis vormistame teile asendustoote."), "et")
    for quiet in ("Arve väljastame pärast kauba väljastamist.", "Kinnituse koostame automaatselt."):
        assert TIME not in rules_fired(_draft(quiet), "et"), quiet
    neutral = _draft("Tellimusi saab muuta seni, kuni need on ootel.")
    assert APOLOGY not in rules_fired(neutral, "et")


def test_round9_others_in_the_plural_and_we_ourselves_are_not_the_customer() -> None:
    for quiet in (
        "Kasutajad unustasid tihti paroole, seetõttu lisasime lähtestamise nupu.",
        "Vastutame ise tekitatud kahjude eest.",
        "Kirjutasime juba eile, et pakk on teele pandud, ja see jõuab homme.",
    ):
        assert BLAME not in rules_fired(_draft(quiet), "et"), quiet
    for neutral in (
        "Teie enda soovil tühistasime tellimuse.",
        "Tellimuse tühistasite ise, seega raha kantakse tagasi.",
    ):
        assert APOLOGY not in rules_fired(_draft(neutral), "et"), neutral


# Round 9's probes, the blame with the subject only in the verb ending, and the failure
# paraphrases (needing an apology) in one test.
ROUND9_ALL = (
    ROUND9
    + [(BLAME, fires, quiet) for fires, quiet in ROUND9_INFORMAL_BLAME]
    + [(APOLOGY, fires, quiet) for fires, quiet in ROUND9_FAILURE]
)


@pytest.mark.parametrize("rule,fires,quiet", ROUND9_ALL)
def test_round9_probe_fires_and_its_look_alike_stays_quiet(
    rule: str, fires: str, quiet: str
) -> None:
    assert rule in rules_fired(_draft(fires), "et"), fires
    assert rule not in rules_fired(_draft(quiet), "et"), quiet


# round 10: (rule, draft where it fires, near miss where it stays quiet), in wording of
# our own: crashes whatever crashes, a rule stated with "ei saa", a credit note as a
# how-to step, "no faster" about duplicate tickets, the necessitive "tuleb juurde lisada"
# and a past participle beside a promised deadline
ROUND10 = [
    # a crash or a freeze is a failure; converging requests and a condition are not
    (
        APOLOGY,
        "Eksport PDF-i jookseb iga kord kokku, kui aruandes on üle 500 rea.",
        "Kõik pöördumised jooksevad kokku ühte postkasti.",
    ),
    (
        APOLOGY,
        "Programm jooksis eile õhtul kokku ja sinu muudatused jäid salvestamata.",
        "Kui programm peaks kokku jooksma, salvestage fail uuesti.",
    ),
    (
        APOLOGY,
        "Äpp hangub iga kord, kui avad seaded.",
        "Kui rakendus hangub, taaskäivitage telefon.",
    ),
    # "ei saa" + an impersonal infinitive is a rule; a person who cannot, now, or cannot
    # get in stays a problem
    (
        APOLOGY,
        "Kahjuks ei saa rakendusse sisse logida, tehnikud tegelevad sellega kahe tunni jooksul.",
        "Digi-ID-d ei saa pikendada – tuleb esitada uus taotlus.",
    ),
    (
        APOLOGY,
        "Praegu ei saa tellimusi esitada, tehnikud tegelevad sellega kahe tunni jooksul.",
        "Saadetud arvet ei saa kustutada, selle asemel tuleb teha kreeditarve.",
    ),
    (
        APOLOGY,
        "Sa ei saa oma kontot kasutada, mõistan.",
        "Kinkekaarti ei saa rahaks vahetada ega teisele kontole üle kanda.",
    ),
    (
        APOLOGY,
        "Sa ei saa praegu kontot teisele isikule üle anda, uurime asja kahe päeva jooksul.",
        "Kontot ei saa teisele isikule üle anda.",
    ),
    # a problem only prevented or ruled out is none; "such errors in future" looks back on one
    (
        APOLOGY,
        "Et selliseid vigu edaspidi vältida, täiendasime süsteemi.",
        "Selleks et vältida vigu, kontrollige andmed enne saatmist üle.",
    ),
    (
        APOLOGY,
        "Viga ei tohiks enam korduda, parandasime süsteemi.",
        "Probleeme ei tohiks tekkida, kui järgite juhendit.",
    ),
    # a credit note someone issued corrects a bill; one the customer is told to make does not
    (
        APOLOGY,
        "Koostasime teie arve kohta kreeditarve ja summa jõuab kontole kolme päeva jooksul.",
        "Selle asemel tuleb koostada kreeditarve: avage arve ja vajutage „Koosta kreeditarve“.",
    ),
    (
        APOLOGY,
        "Kreeditarve on koostatud ja summa jõuab kontole kolme päeva jooksul.",
        "Arve parandamiseks tuleb koostada kreeditarve.",
    ),
    # a refund that does not move is stuck; "not faster" is about duplicate tickets
    (
        APOLOGY,
        "Teie tagasimakse ei liigu juba nädal aega.",
        "Korduvad piletid ei aita, asi ei liigu nende pärast kiiremini.",
    ),
    # coming back to it is a follow-up; "tuleb juurde lisada / tagasi saata" is a must
    (
        TIME,
        "Tehnik tuleb teie juurde tagasi seadet parandama.",
        "Taotlusele tuleb juurde lisada ka naabrite nõusolek.",
    ),
    # a past date voids a time; a participle ("makstud summa") beside our promise does not
    (
        TIME,
        "Makstud summa kandsime tagasi 3. mail ja uurime, miks see pole laekunud.",
        "Topelt makstud summa kanname teie kontole tagasi hiljemalt 5. aprilliks.",
    ),
]


ROUND11 = [
    # "puudutama" (to concern) is no "puudu" (missing)
    (
        APOLOGY,
        "Pakist on üks toode puudu, saadame selle teile kahe päeva jooksul.",
        "Kuna küsimus puudutab teie arvet, suunasime selle raamatupidamisele.",
    ),
    # a product limit said with "kasutada ei saa" is a rule; someone who cannot now is not
    (
        APOLOGY,
        "Te ei saa praegu rakendust kasutada, tehnikud tegelevad sellega kahe tunni jooksul.",
        "Kell ühildub ainult Androidiga ning iPhone'iga seda kasutada ei saa.",
    ),
    # "ilma …-ta ei saa" states a requirement
    (
        APOLOGY,
        "Praegu ei saa te ilma paroolita sisse logida, sest süsteemis on viga.",
        "Ilma selle dokumendita ei saa me kindlustussummat täpselt arvutada.",
    ),
    # a double charge said as two identical payments
    (
        APOLOGY,
        "Teie kaardilt on tehtud kaks ühesugust makset summas 24,90 €.",
        "Teie kaardilt on tehtud üks makse summas 24,90 €.",
    ),
    # empathy first, then the apology, is sincere; an apology for the feeling is not
    (
        APOLOGY,
        "Vabandame, et olete pahane. Teie diivani tarne on venima läinud.",
        "Teil on õigus olla pahane ja palun teilt vabandust. Diivani tarne on venima läinud.",
    ),
    (
        APOLOGY,
        "Vabandame, et tundsite end halvasti koheldud. Pakk jäi hiljaks.",
        "Mõistan, et tundsite end halvasti koheldud, ja vabandame. Pakk jäi hiljaks.",
    ),
    # "sorry to have to bother you again" is the writer's courtesy, not an apology
    (
        APOLOGY,
        "Vabandust, et pean teid veel kord tülitama. Teilt võeti makse kaks korda.",
        "Vabandame, et teilt võeti makse kaks korda.",
    ),
    # an interrupted act and this late answer itself are nothing pending
    (
        TIME,
        "Teie arve tasumine on veel pooleli, anname teada, kui see on lõpetatud.",
        "Teie arve tasumine jäi eile õhtul pooleli. Rike on kõrvaldatud, vabandame.",
    ),
    (
        TIME,
        "Vabandan, vastus jõuab teieni peagi.",
        "Vabandan, et vastus teieni alles nüüd jõuab. Parandasime arve ära.",
    ),
    (
        TIME,
        "Vabandame, vastame teile hiljem.",
        "Vabandame, et vastame alles nüüd. Parandasime arve ära.",
    ),
    # a cancellation the customer asks for is a routine request; one we had to make is not
    (
        APOLOGY,
        "Kahjuks pidime teie tellimuse tühistama, raha kanname tagasi kolme päeva jooksul.",
        "Soovin oma tellimuse tühistada, kuna leidsin sobivama toote.",
    ),
    (
        APOLOGY,
        "Kahjuks tühistati teie tellimus laoseisu tõttu.",
        "Palun tühistage minu tellimus nr 1234.",
    ),
    # "pole probleemi" is "no worries"; a problem not found yet is still a problem
    (
        APOLOGY,
        "Me ei ole probleemi põhjust veel leidnud, uurime edasi kahe päeva jooksul.",
        "Pole probleemi, vahetame toote meelsasti poes kohapeal.",
    ),
    (
        APOLOGY,
        "Makseprobleem on tekkinud meie süsteemis.",
        "Ei mingit muret, aitame hea meelega.",
    ),
    # "viibima" with a person ending is being somewhere; a parcel that "viibib" is late
    (
        APOLOGY,
        "Teie pakk viibib tollis juba nädal aega.",
        "Viibin puhkusel kuni 5. maini, kiireloomuliste küsimustega pöörduge kolleegi poole.",
    ),
    # a formula is no "vale" (wrong)
    (
        APOLOGY,
        "Arvutasime hinna vale valemiga ja saatsime teile vale arve.",
        "Hinna arvutamise valem on kirjas meie kodulehel.",
    ),
    # a refund by the policy, counted from the goods' arrival, is routine
    (
        APOLOGY,
        "Raha tagastame teile, sest toode oli vigane.",
        "Raha tagastame 14 päeva jooksul pärast kauba laekumist.",
    ),
    # "kurb kuulda" is "sorry to hear"; said about the customer's mood it is a non-apology
    (
        APOLOGY,
        "Kurb kuulda, et olete pahane. Teie pakk jäi hiljaks.",
        "Kurb kuulda, et teie pakk jäi hiljaks.",
    ),
    # the customer's care in a counterfactual is blame; our own or the courier's is not
    (
        BLAME,
        "Kui oleksite tähelepanelikum olnud, oleks see välditud.",
        "Kui oleksime olnud hoolikamad, poleks seda juhtunud.",
    ),
    (
        BLAME,
        "Veel kord üle korrates: raha tagastatakse 14 päeva jooksul.",
        "Korrates tellimust valige sama suurus.",
    ),
    # a routine document, link or code sent is no follow-up; a replacement to come is one
    (
        TIME,
        "Saadame teile uue kaabli.",
        "Tellimuse kinnituse saadame teile e-postiga.",
    ),
    (
        TIME,
        "Vahetame toote ümber ja saadame uue.",
        "Lisaks saadame teile 10% sooduskoodi: KEVAD10.",
    ),
    # charged anyway after the customer cancelled is a billing error
    (
        APOLOGY,
        "Tühistasite tellimuse ja sellest hoolimata võeti teie kaardilt kuumakse 9,99 €.",
        "Tühistasite tellimuse ja viimane kuumakse võeti teie kaardilt 1. märtsil.",
    ),
]


@pytest.mark.parametrize("rule,fires,quiet", ROUND10 + ROUND11)
def test_round10_and_11_probe_fires_and_its_look_alike_stays_quiet(
    rule: str, fires: str, quiet: str
) -> None:
    assert rule in rules_fired(_draft(fires), "et"), fires
    assert rule not in rules_fired(_draft(quiet), "et"), quiet


def test_round11_weekend_small_talk_is_a_breezy_opener() -> None:
    problem = " Teie arvel oli viga, mille parandasime. Vabandame."
    for opener in ("Kuidas nädalavahetus möödus?", "Loodetavasti said nädalavahetusel puhata."):
        assert "breezy-opener" in rules_fired(_draft(opener + problem), "et"), opener
    for quiet in (
        "Kuidas tellimus kohale jõudis, näete jälgimislehelt.",
        "Loodetavasti saite juhendist abi.",
    ):
        assert "breezy-opener" not in rules_fired(_draft(quiet + problem), "et"), quiet


# A probe by a writer who never read the lexicon: the fault the customer's own in an
# idiom, talking down, the earlier mail to be read again, documents that said it clearly,
# a guessed slip, repeated requests that only slow things down.
PROBE_BLAME = [
    (
        BLAME,
        "Et sa lennu maha magasid, on ikka sinu enda mure, mitte lennufirma oma.",
        "Lennu ümberbroneerimise teeme sinu eest ise, see pole sinu mure.",
    ),
    (
        BLAME,
        "Siin saate süüdistada ainult iseennast.",
        "Siin saate valida ainult ise sobiva kuupäeva.",
    ),
    (
        BLAME,
        "Meie tehnik tuvastas, et rike on tekkinud vale käsitsemise tõttu.",
        "Meie tehnik tuvastas, et rike on tekkinud tehase vea tõttu.",
    ),
    (
        BLAME,
        "See on tegelikult väga lihtne, sellega saaks hakkama ka laps.",
        "See on tegelikult väga lihtne ja võtab vaid paar minutit.",
    ),
    (
        BLAME,
        "Vastus on eelmises meilis olemas, lugege see palun uuesti läbi.",
        "Vaatasime teie eelmise meili uuesti läbi ja leidsime vea.",
    ),
    (
        BLAME,
        "KKK-s on see sõnaselgelt lahti kirjutatud: liikmesust külmutada ei saa.",
        "Kirjutame selle KKK-sse edaspidi sõnaselgelt lahti.",
    ),
    (
        BLAME,
        "Ju te toksisite parooli valesti, sest meie poolel on kõik korras.",
        "Kui parool sai valesti sisestatud, saate selle lehel uuesti seada.",
    ),
    (
        BLAME,
        "Mida rohkem pileteid te avate, seda kauem meil nende läbitöötamiseks kulub.",
        "Mida varem pileti avate, seda kiiremini saame aidata.",
    ),
]


# A probe by a writer who never read the lexicon: a call, a message or news promised in
# the first person present (the future) and tied to an event; deadlines by a period's end.
PROBE_TIME = [
    (
        TIME,
        "Arvuti on diagnostikas. Helistame, kui meister on vea leidnud.",
        "Arvuti on diagnostikas. Helistame homme enne lõunat, kui meister on vea leidnud.",
    ),
    (
        TIME,
        "Teatame Teile kohe, kui mobiilsideühendus Teie piirkonnas taastub.",
        "Teatame Teile hiljemalt reedel, kas mobiilsideühendus on taastunud.",
    ),
    (
        TIME,
        "Kui tehnik on rikke üle vaadanud, saadame teile hinnapakkumise.",
        "Tühistamine on tehtud. Süsteem saadab sulle kinnituse e-postile.",
    ),
    (
        TIME,
        "Raamatupidamine koostab kreeditarve ja saadab selle teile pärast kinnitamist.",
        "Raamatupidamine koostab kreeditarve ja saadab selle teile enne kuu lõppu.",
    ),
    (
        TIME,
        "Pöördumine on meil olemas. Vastuse saad, kui uurimine on tehtud.",
        "Pöördumine on meil olemas. Vastuse saad kaks-kolm päeva pärast.",
    ),
    (
        TIME,
        "Serveriprobleem on arendajate laual. Uuendusi jagame Discordi kanalis.",
        "Serveriprobleem on lahendatud ja kõik töötab jälle.",
    ),
]


PROBE_TIME += [
    # a habit or the system is no pending case; more information promised is
    (
        TIME,
        "Räägin kullerfirmaga ja annan sulle siis lisainfot.",
        "Meie paigaldajad võtavad enne iga külastust kliendiga telefoni teel ühendust.",
    ),
    (
        TIME,
        "Puudumise põhjuse uurime välja ja teavitame teid.",
        "Kui õpilane tunnist puudub, saadab kooli infosüsteem vanemale teate.",
    ),
]


PROBE_TIME += [
    # a routine document arrives by itself; a decision still to come is pending
    (
        TIME,
        "Lõplik vastus tuleb teile e-postiga, kui tarnija on vastanud.",
        "Broneeringu kinnitus tuleb e-kirjaga kohe pärast makset.",
    ),
    (
        TIME,
        "Raamatupidamise otsus jõuab teieni, kui kontroll on tehtud.",
        "Uuendus jõuab teie rakendusse automaatselt.",
    ),
    # what goes back to its sender is the parcel's way, not news for the customer
    (
        TIME,
        "Saadame paki teile uuesti teele, kui see lattu tagasi jõuab.",
        "Pakk ootab automaadis, seejärel saadetakse see saatjale tagasi.",
    ),
    # passed on and already answered; passed on and still waiting
    (
        TIME,
        "Edastasin teie küsimuse laole, aga nad pole veel vastanud.",
        "Edastasin küsimuse tehnikutele ja nad on juba kinnitanud, et viga on parandatud.",
    ),
    (
        TIME,
        "Kui saate näidu kätte, arvutame tarbimise ümber.",
        "Arvutasime arve ümber ja saatsime selle teile.",
    ),
    # a confirmation tied to the repair is news still to come; a routine one is not
    (
        TIME,
        "Niipea kui ühendus on taastatud, saadame teile SMS-iga kinnituse.",
        "Tellimuse kinnituse saadame teile SMS-iga.",
    ),
]


@pytest.mark.parametrize(("rule", "fires", "quiet"), PROBE_BLAME + PROBE_TIME)
def test_probe_fires_and_its_look_alike_is_quiet(rule: str, fires: str, quiet: str) -> None:
    assert rule in rules_fired(_draft(fires), "et")
    assert rule not in rules_fired(_draft(quiet), "et")
