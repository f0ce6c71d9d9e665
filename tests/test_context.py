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
    # Empathetic "oh no", "still down", "fed up", "rip-off": a problem acknowledged.
    ("en", "Oh, no! Please speak to a member of the flight crew."),
    ("en", "Nope, still down."),
    ("da", "Åh nej! Siden er stadig nede."),
    ("da", "Jeg er træt af at blive trukket for udstyr, jeg har returneret."),
    ("sv", "Oj nej! Sidan är fortfarande nere."),
    ("sv", "Det här är ju rena bluffen!"),
    ("et", "Oi ei! Leht on ikka veel maas."),
    ("et", "Mul on kõrini sellest, et mult raha võetakse."),
    ("zh", "哎呀，网站还是打不开。"),
    ("zh", "我真是受够了！"),
    # Chinese chasing messages: a bare 催件, "can't find the tracking", "so slow".
    ("zh", "这个件 催件"),
    ("zh", "为什么查不到物流"),
    ("zh", "东西怎么这么慢"),
    ("zh", "为什么那么久了还没充上的"),
    ("zh", "京东里怎么看不到我的两台电脑的订单呢"),
    ("zh", "我晕 但是我之前问客服有啊"),
    ("zh", "为什么是我个人原因呢 是工人不给安装"),
    ("zh", "我们站点预计会延期两到三天。"),
    # Status notices: servers going down, unstable service, back up again, postponed.
    ("da", "Vi oplever, at Microsofts servere går ned."),
    ("da", "Alle sites er oppe igen."),
    ("sv", "Servrarna gick ner i eftermiddags."),
    ("sv", "Vi måste tyvärr skjuta upp releasen."),
    ("et", "Kõik lehed on jälle üleval."),
    ("et", "Peame väljalaske kahjuks edasi lükkama."),
    ("en", "All sites are back up."),
    ("en", "We have to postpone the release."),
    ("zh", "所有站点已经恢复正常。"),
    ("zh", "网站运行不稳定。"),
    # Bounce and delivery notices.
    ("da", "Din e-mail kunne desværre ikke leveres til en eller flere modtagere."),
    ("sv", "Tyvärr kunde ditt mejl inte levereras till en eller flera mottagare."),
    ("et", "Lõpp-punkt keelati automaatselt pärast korduvaid edastamistõrkeid."),
    ("en", "Your email could not be delivered to one or more recipients."),
    ("zh", "安全验证未通过。"),
    # Forms the narrower patterns of this session must still catch.
    ("zh", "快递没到呢"),
    ("zh", "很遗憾，我们不得不取消您的订单。"),
    ("sv", "Jag är missnöjd med den dåliga servicen."),
    # "That doesn't sound right", rudeness, long queues, profanity at the company.
    ("en", "Hmm, that's odd. We'll get this passed on to our devs."),
    ("en", "I've been on hold for ages. Any help available?"),
    ("da", "Det lyder ikke rigtigt. Skriv til os med detaljerne."),
    ("da", "Jeg har ventet i evigheder i telefonen."),
    ("sv", "Personalen var riktigt otrevlig."),
    ("sv", "Jag har väntat i evigheter i telefonkön."),
    ("et", "Teenindaja oli väga ebaviisakas."),
    ("et", "Olin telefonil järjekorras juba tunde."),
    ("zh", "客服态度太差了。"),
    ("zh", "电话一直占线。"),
    ("en", "My account got charged for two orders we never placed."),
    ("en", "Stayed home all day for the delivery. 7pm... nothing. *sigh*"),
    # An acute accent typed as the apostrophe still splits the contraction.
    ("en", "Hey Lili, we\u00b4re aware and working on this."),
    ("sv", "Fönstret släpper in vatten när det regnar, och det ska det förstås inte göra."),
    ("sv", "Kontoutdraget innehöll en annan kunds uppgifter. Det är en allvarlig miss."),
    ("sv", "Rummet luktade rök trots att du hade bokat ett rökfritt rum."),
    ("sv", "Webbshoppen tog betalt men ordern skapades aldrig."),
    ("da", "Pizzaen kom kold og en halv time for sent, og sådan skal det ikke være."),
    ("da", "Udbetalingen gik til den gamle konto, selvom De havde opdateret kontonummeret."),
    ("da", "Jakken er aldrig blevet sendt fra lageret."),
    # plain paraphrases of a fault
    ("en", "The coffee machine you bought in March has stopped heating."),
    ("en", "Broadband in your area dropped out from 8 pm last night."),
    ("en", "Your insurance card came with your surname misspelt."),
    ("en", "We renewed your policy even though you'd asked us not to."),
    ("en", "You ordered a king-size duvet and what turned up was a single."),
    ("en", "Your parcel has been sitting at the Leeds depot since Tuesday without moving."),
    ("en", "The meter wasn't linked to your account properly."),
    ("et", "Tühistasime kahjuks sinu lennupileti ekslikult."),
    ("zh", "您说包裹收到时“已经破损”，我们已经为您补发。"),
    ("da", "Din pakke er blevet forsinket i julen, og den står stadig på terminalen."),
    ("da", "Skærmen gik i stykker under transporten."),
    ("da", "Du kom for sent, fordi toget var forsinket."),
    # the same words for a fault met
    ("en", "The app froze and you lost your work."),
    ("en", "The app crashes every time you save a large file."),
    ("en", "The website has been unavailable since this morning."),
    ("en", "Your parcel arrived late because the van broke down."),
    # near misses of the conditionals, names and durations in NEUTRAL: the problem is real
    ("da", "Dit fly bliver aflyst, og du får pengene tilbage."),
    ("da", "Er pakken stadig forsinket?"),
    ("en", "The charger was not in the box."),
    ("en", "Your refund has taken weeks, and I understand why you are upset."),
    ("en", "Your express parcel took two weeks to cross town."),
    ("en", "The Crash Reporter caught the crash that deleted your notes."),
    ("en", "Update: Delivery Problems At Our Leeds Depot"),  # a title-case heading
    # plain negation is no absence: a refused remedy, a problem put elsewhere
    ("en", "The upgrade fee can't be refunded once the handset has been dispatched."),
    ("da", "Vi kan ikke refundere beløbet."),
    ("et", "Tegemist ei ole süsteemi veaga, vaid kasutaja eksitusega."),
    ("sv", "Ingen av oss märkte felet i fakturan förrän i går."),
    ("zh", "包裹没有按时送达。"),
    ("en", "Nothing arrived at all, and I am sorry."),
    # verb-first, but no condition: the main clause after a fronted one, an imperative,
    # a dropped subject, an adverb
    ("da", "Da I ankom til hotellet, fandtes jeres booking ikke, fordi den var gået tabt."),
    ("da", "Opdater appen, så forsvinder fejlen."),
    ("da", "Har været inde og kigge på din ordre, og jakken er aldrig blevet sendt."),
    ("da", "Efter det gik pakken tabt hos fragtfirmaet."),
    ("sv", "Ditt tåg blev 20 minuter försenat, och du har rätt till ersättning."),
    ("sv", "Efter förseningen i går har vi bokat om dig."),
    # a possibility said of this customer's case, or of the past, is a problem met
    ("en", "Your parcel may be delayed by the strike."),
    ("en", "The courier could not deliver the parcel."),
    ("da", "Din pakke kan være blevet væk på terminalen."),
    ("sv", "Ditt paket kan ha skadats i terminalen."),
    ("et", "Teie pakk võib olla terminalis kaduma läinud."),
    ("zh", "预计会延期两天。"),
    ("zh", "您的包裹有时会在转运中心延误，这次我们很抱歉。"),
    # a generic person, a need, a possibility: near misses that still meet a problem
    ("en", "Anyone who was affected by the outage will get a refund."),
    ("en", "You will need to wait another week, I'm afraid."),
    ("sv", "Nu kan du äntligen logga in igen efter felet."),
    # a further problem to avoid has already happened; a "when" clause ends at its dash
    ("et", "Edasise hilinemise vältimiseks saatsime täna uue paki."),
    ("et", "Magustoit toodi alles siis, kui olite juba arve küsinud – see ei ole meie tase."),
    ("zh", "您说水果收到时“全都破损了”，我们马上补发。"),
    ("zh", "您的包裹没有按时送达，我们已经联系快递。"),
    ("zh", "系统出现故障，您的订单延误了。"),
    # a rule said of this customer's case, a failed delivery
    ("en", "The courier could not deliver your parcel today."),
    # a right of complaint named for a real fault; a fault denied only for the customer
    ("da", "Skærmen har døde pixels, og det er omfattet af reklamationsretten."),
    ("da", "Skærmen gik i stykker under transporten, og det er ikke en fejl fra din side."),
    # a complaint about this customer's case, not feedback as a kind
    ("en", "Your complaint about the late delivery has been passed to the depot manager."),
    ("sv", "Ditt klagomål om den försenade leveransen har skickats vidare till lagret."),
    # without it for days, a failure that does not mean a block
    ("en", "The water was turned off without any notice on Tuesday."),
    ("en", "The payment failed, and that doesn't mean your card is blocked."),
    ("en", 'You told us the parcel arrived "completely crushed", and we have sent a new one.'),
    ("en", "You were charged in error, and the money is on its way back."),
    ("da", "Vi har annulleret dit bord ved en fejl, og det er vi kede af."),
    ("da", "Skærmen har en fejl, som ikke kan rettes."),
    # session 17: an object after "har", an adverb before "har" after "och": no condition
    ("da", "Køleskabet, I fik leveret i lørdags, har en bule, som chaufføren burde have set."),
    ("sv", "Länken gick till en gammal e-postadress, och därför har du inte kommit in på kontot."),
    # after a verb of showing or a message noun, the quoted word is the message
    ("en", 'Your banking app now shows "Failed" next to the transfer.'),
    ("da", "Din netbank viser nu »Fejl« ud for overførslen."),
    ("et", "Teie pangaäpp näitab ülekande juures „Ebaõnnestus“."),
    ("sv", "Din bankapp visar nu ”Misslyckades” vid överföringen."),
    # the fault admitted in Swedish: "should of course not happen", "that is not how it should be"
    ("sv", "En telefon som slutar visa bild efter två veckor ska självklart inte hända."),
    ("sv", "Kartongen var öppnad när den kom fram, och så ska det inte vara."),
    ("sv", "Det här är inte den service vi vill ge."),
    # zh paraphrases: a train that did not run, charged twice, mixed up, told there was none
    ("zh", "您购买的列车当天因沿线施工没有开行，票款已全额退回。"),
    ("zh", "您6月的电费账单又算了一遍5月的用电量。"),
    ("zh", "您收到的两只鞋尺码不同，是打包时两只拿岔了。"),
    ("zh", "您按预订时间到了门店，却被告知没有可交付的车辆。"),
    ("zh", "您新买的洗衣机用了一周就不脱水了，这在保修范围内。"),
    # en paraphrases: an act left undone, left behind, left untouched, mixed up
    ("en", "It should have been assigned to a handler within five days."),
    ("en", "The third chair was left behind at our warehouse when the order was packed."),
    ("en", "Your claim sat untouched for six weeks after you sent the last documents."),
    ("en", "The CSV export was mixing up the character encoding of accented names."),
    # en paraphrases, and coverage of this customer's own problem
    ("en", "Your suitcase stayed behind in Frankfurt when you changed planes."),
    ("en", "Your flight SK412 to Oslo has been withdrawn from our schedule."),
    ("en", "The billing change affected a number of customers, including you."),
    ("en", "Your documents were received on 6 February but were never linked to your case."),
    ("en", "The warranty covers your broken screen, so the repair is free."),
    # sv paraphrases: not what was ordered, left with the neighbour, incomplete, not run;
    # and a warranty that covers this customer's screen
    ("sv", "I ditt paket låg ett par kängor i storlek 38, inte 41 som du beställde."),
    ("sv", "Budet ställde ditt paket hos grannen i stället för hos dig."),
    ("sv", "Ljudboken tar slut mitt i kapitel sju; filen från förlaget var inte komplett."),
    ("sv", "Avgången till Umeå den 3 maj kl. 17.40 genomförs inte."),
    ("sv", "Garantin täcker din trasiga skärm, så reparationen är gratis."),
    ("en", "Our records confirm that this service did not run that evening."),
    ("en", "Your leaving form wasn't processed at the front desk."),
    ("en", "You did return the book, but it was put back on the shelf without being checked in."),
    ("da", "Din bil stod ikke klar i går kl. 16, som vi havde lovet."),
    ("da", "Vores afgang til Split lørdag kl. 10.05 er taget ud af programmet."),
    ("da", "Vi modregnede 3.500 kr. i depositummet; det beløb skulle aldrig have været trukket."),
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
    # Offers of help and inquiry channels name problems without acknowledging one.
    ("en", "We are here 24/7 to assist you with any issues you may have."),
    ("en", "Questions or problems go to our service desk."),
    ("da", "Vi hjælper gerne med eventuelle problemer."),
    ("da", "I sommerferien er det vigtigt at problemer og henvendelser sker via servicedesk."),
    ("sv", "Vi hjälper gärna till med eventuella problem."),
    ("sv", "Frågor och problem skickas till supporten."),
    ("et", "Aitame hea meelega võimalike probleemide korral."),
    ("et", "Küsimuste ja probleemidega pöörduge klienditoe poole."),
    # Policy statements and questions that only look like failures in Chinese chat.
    ("zh", "不同款式是无法直接更换的哦，您可以选择退货重新下单。"),
    ("zh", "温馨提示：订单一旦取消是无法恢复的。"),
    ("zh", "非质量问题需要您承担运费。"),
    ("zh", "七天内有质量问题是包退的。"),
    ("zh", "最多帮您再延迟三天，可以延迟到下个月五号。"),
    ("zh", "您將不能使用您的帳號，您的資料將不再能被存取。"),
    # Lack of activity, "bad actors", a third party's appeal the reader decides on.
    ("da", "Grundet manglende nylig moderatoraktivitet kræver registrering nu godkendelse."),
    ("sv", "Registreringen kräver granskning för att stoppa potentiella dåliga aktörer."),
    ("et", "Võid modereeringu tagasi pööramiseks vaidlustuse rahuldada, või ka mitte."),
    ("en", "You can approve the appeal to reverse the moderation decision."),
    ("en", "Oh no worries, happy to help with your order."),
    # Policy: what a gift card "cannot" be used for is a rule, not a failure.
    ("da", "Gavekort kan ikke veksles til kontanter, men kan bruges på alle ordrer."),
    ("sv", "Presentkort kan inte växlas till kontanter men gäller för alla beställningar."),
    ("et", "Kinkekaarti ei saa rahaks vahetada, kuid seda saab kasutada kõigi tellimuste puhul."),
    ("zh", "礼品卡不能兑换现金，可以在任意订单中使用。"),
    ("zh", "您的订单已发货。有问题随时找我哦！"),
    # Planned maintenance: what "may occur" has not gone wrong.
    ("da", "Tirsdag er der servicevindue. Der kan forekomme lidt ustabil drift i 10-15 minutter."),
    ("sv", "På tisdag har vi underhåll. Det kan förekomma kortare avbrott under kvällen."),
    ("et", "Teisipäeval on hooldus. Hoolduse ajal võib esineda lühiajalisi katkestusi."),
    ("en", "Maintenance on Tuesday. Users may experience brief interruptions."),
    ("zh", "周二系统维护，维护期间可能会出现短暂中断。"),
    # terms and features, product pitches, prevention advised, a planned window, the
    # customer's own plans
    ("en", "The issue date on your policy is the day the cover was set up."),
    ("en", "The error bars in the chart show the 95% confidence interval."),
    ("en", "The problem sets for week three are now online."),
    ("en", "Use the Resolve issue button to close the ticket."),
    (
        "en",
        "Version 5 has a rebuilt editor, so random crashes when saving are a thing of the past.",
    ),
    ("en", "No more buffering: the new player loads in half the time."),
    ("en", "To stop your pipes freezing this winter, keep the heating on low."),
    ("en", "If you ever lose your card, you can freeze it in the app."),
    (
        "en",
        "Our servers are updated on Sunday night, so the website may be unavailable for a while.",
    ),
    ("en", "Your room is booked from Friday, and we've noted that you'll arrive late."),
    ("da", "For at undgå forsinkelser i julen anbefaler vi at sende pakker til udlandet tidligt."),
    ("da", "Med vores nye router er ustabilt wifi fortid."),
    ("da", "Den mest problemfrie løsning er at lade os flytte dit domæne."),
    ("da", "Fejlkode E24 på opvaskemaskinen betyder, at filteret trænger til en rengøring."),
    ("da", "Skulle noget gå i stykker inden for de første to år, er det dækket af garantien."),
    ("da", "Sker det, at en pakke bliver forsinket, får du automatisk en sms."),
    ("da", "Kommer du for sent til din holdtime, bliver pladsen givet videre efter fem minutter."),
    ("da", "Vil du rapportere en fejl i spillet, så tryk på tandhjulet og vælg Support."),
    ("da", "Refunderingen efter din afbestilling af rejsen er nu gennemført."),
    # a term in quotation marks, explained; a fault promised away; a cancellation asked for
    (
        "et",
        "Välismakse staatus „Ootel“ on tavaline ja tähendab, et makse liigub teise panga kaudu.",
    ),
    ("zh", "您看到的“订单异常”是指订单还在风控审核中，大额订单一般都会有这个步骤。"),
    ("en", '"Broken" in our reports simply means the link points to a page that is gone.'),
    ("zh", "全新升级的固件改善了连线机制，以后不用再担心影片看到一半突然断线。"),
    ("et", "Uue versiooniga jäävad hanguvad ekraanid ja ootamatud kokkujooksmised minevikku."),
    (
        "et",
        "Tühistasime lennupileti, nagu soovisid. Kuna ostsid paindliku pileti, saad raha tagasi.",
    ),
    ("en", "Your subscription has stopped, as you asked, and no further payments will be taken."),
    ("en", "We dropped off your parcel at the locker this morning."),
    ("en", "Your card has been linked to your account and is ready to use."),
    ("sv", "Vi har skapat ditt konto, och du kan logga in direkt."),
    ("da", "Jakken er blevet sendt fra lageret og er hos dig i morgen."),
    # a condition put by a verb first (Danish) or "in the event of", "unless": what may come
    ("da", "Bliver dit fly aflyst, dækker forsikringen hele beløbet."),
    ("da", "Opdager du en fejl på fakturaen, så skriv til os."),
    ("en", "In the unlikely event of a delay, we will email you."),
    ("en", "Your card will not be charged unless the payment fails."),
    # a thing in its place, a stated duration
    ("en", "The assembly instructions are in the box."),
    ("en", "Made-to-measure curtains take about three weeks."),
    # a name: a capitalised problem word inside a sentence, a menu path
    ("en", "You will find the Error Log under Settings > Diagnostics."),
    ("da", "Under Hjælp > Problemer finder du svar på de fleste spørgsmål."),
    ("sv", "Under Hjälp > Problem hittar du svar på de flesta frågor."),
    ("sv", "Kolla in vår nya bok Stora Problemboken i butiken."),
    ("et", "Menüüs Abi > Probleemid leiad vastused enamikule küsimustele."),
    # a problem said not to be there
    ("en", "No errors were recorded on your account this month."),
    ("en", "I checked the documents you uploaded and nothing is missing."),
    ("da", "Der var ingen mangler at udbedre ved eftersynet."),
    ("sv", "Vi hittade inga fel i fakturan."),
    ("et", "Kontrollisime arvet ja ühtegi viga ei leidnud."),
    ("zh", "我们检查了账单，没有任何错误。"),
    # what a sign does not mean, the problem two words on ("…设备出了故障")
    ("zh", "状态灯变黄并不代表设备出了故障。"),
    ("zh", "这个「问题回报」按钮主要是让玩家提供建议的，并不代表游戏出了状况。"),
    # a condition put verb-first with any verb, the problem its verb or after it
    ("da", "Mislykkes det, kan du altid tjekke ind ved skranken."),
    ("da", "Går maskinen i stykker inden for to år, reparerer vi den gratis."),
    ("da", "Du kan aflyse gratis indtil to timer før start; aflyser du senere, tæller det."),
    ("da", "Din cykel er klar efter kl. 16. Har du bemærket fejl, så skriv det gerne."),
    ("sv", "Blir ditt tåg mer än 20 minuter försenat har du rätt till ersättning."),
    ("sv", "Kommer paketet inte fram inom fem dagar, kontakta oss."),
    # a problem that may come, spoken of in general
    ("en", "Lost vouchers can be reissued from the voucher number."),
    ("en", "A payment can fail when there is not enough money in the account."),
    ("en", "Rail operators warn of delays next week because of engineering works."),
    ("da", "Under flytningen kan telefonen være uden forbindelse i op til en time."),
    ("da", "Regn med længere ventetid i telefonen op til jul."),
    ("sv", "Dra inte ur sladden, eftersom uppdateringen då kan misslyckas."),
    ("sv", "PostNord varnar för förseningar i hela landet under julveckan."),
    ("et", "Pühade eel arvestage telefonis pikema ootamisega."),
    ("zh", "春节期间快递偶尔会出现延误。"),
    ("en", "A formal complaint can be made through the form on our website."),
    # a generic person who may meet the problem
    ("en", "For anyone who has trouble with signal indoors, Wi-Fi Calling is free."),
    ("da", "Den, der har problemer med at logge ind, kan ringe til os."),
    ("sv", "Den som har problem med inloggningen kan ringa oss."),
    ("et", "Kes iganes jääb lennule hiljaks, saab piletit muuta tasu eest."),
    ("et", "Kõik, kellel on sisselogimisega probleeme, võivad meile helistada."),
    ("zh", "凡是收到破损商品的顾客都可以申请退换。"),
    # no need for it
    ("en", "You won't need to wait in all morning: the courier texts a one-hour window."),
    ("da", "Du behøver ikke vente på en tekniker."),
    ("sv", "Du slipper vänta i telefonkö."),
    ("et", "Tehnikut ei pea ootama, sest ruuter seadistub ise."),
    # a problem to avoid, a case put after its noun, an idiom, a label explained, "whether"
    ("et", "Kui soovite pikka ootamist vältida, broneerige aeg meie kodulehel."),
    ("et", "Puuduva näidu korral arvestame tarbimise eelmiste kuude keskmise järgi."),
    ("et", "Pole viga, dokumendid võite saata ka homme."),
    ("et", "„Ebaõnnestunud“ kuvatakse siis, kui kontol ei olnud piisavalt vahendeid."),
    ("et", "Seal näete, kas piirkonnas käivad hooldustööd või on ühendus katkenud."),
    # Chinese: a condition put by 如 or "even if", a problem said not to be there, a code
    # explained, someone else's fault, a quoted service name, what may come
    ("zh", "易碎物品如在运输途中发生损坏，只能在限额内赔偿。"),
    ("zh", "就算中途挑战失败，也能无限次重来。"),
    ("zh", "物流按目前进度预计周四送达，没有延误。"),
    ("zh", "这段等待是正常工期，并不是缺货。"),
    ("zh", "404表示找不到资源，500表示服务器端错误。"),
    ("zh", "近期有媒体报道其他机构的网银出现故障，我行系统运行正常。"),
    ("zh", "您勾选的“破损包赔”服务也同步生效。"),
    ("zh", "届时部分地勤服务或许会延迟，建议提早抵达机场。"),
    # a rule that a problem meets, said after it; a compound to avoid
    ("en", "Boarding closes at 10:40, and late passengers cannot be accepted at the gate."),
    ("en", "Bins put out late can't be picked up on a second round."),
    ("en", "Apply at least a week before departure to avoid last-minute trouble."),
    ("zh", "开考30分钟后迟到的考生不得入场。"),
    # Danish: whether, unless, a verb-first "Skulle …", what a thing is not, a fix named,
    # looking forward, avoiding a wait
    ("da", "Du vil gerne vide, om det giver problemer, at dit pas udløber i juni."),
    ("da", "Returfragten betaler du selv, medmindre varen er defekt."),
    ("da", "Skulle vejret ændre sig, så afgangen bliver aflyst, sender vi en sms."),
    ("da", "Den orange lampe er ikke en fejlmelding, men en påmindelse om filteret."),
    ("da", "Versionen indeholder en ny momsrapport og en række mindre fejlrettelser."),
    ("da", "Vi kan næsten ikke vente med at byde jer velkommen til Skagen."),
    ("da", "Vil du helst slippe for at vente ved kassen, er formiddagen bedst."),
    # complaints as a kind of feedback, even if, looking forward, a map named
    ("sv", "Du får gärna vara ärlig – både beröm och klagomål hjälper oss att bli bättre."),
    ("en", "Compliments and complaints both go through the same form."),
    ("da", "På hjemmesiden finder du formularen Ros og klager."),
    ("sv", "Även om anslutningen skulle bli försenad har han en vuxen från oss med sig."),
    ("sv", "Vi kan knappt vänta på att få se er ute på vattnet."),
    ("sv", "Vid ett eventuellt strömavbrott hittar du aktuell information på vår störningskarta."),
    # English: what it is not, no chance of it, done without it, "should a …", a question
    # about what to do, an idiom, a fee that is non-refundable
    ("en", "One last email may still arrive; that doesn't mean the request failed."),
    ("en", "A 429 is a rate limit rather than a server error."),
    ("en", "Your phone may show No service for an hour; that's expected, not a fault."),
    ("en", "The chef prepares your dishes separately, so there's no chance of a mix-up."),
    ("en", "The app lets you pay in cheques without waiting for the branch to reopen."),
    ("en", "Should a parcel be delayed by more than two days, the shipping is refunded."),
    ("en", "Thanks for asking what to do in a power cut."),
    ("en", "Photos like yours never fail to make our kitchen smile."),
    ("en", "Seat fees are non-refundable if you cancel the trip yourself."),
    # a quoted control named, an instruction to wait, a planned window
    ("en", "The 'Diagnose a problem' button in the app runs a quick health check."),
    ("en", "The Retry-After header tells your client how long to wait."),
    ("en", "Maintenance is on Sunday. During that window online banking will be unavailable."),
    # Danish: what it is not, nothing to fault, a name given, a control chosen by its
    # label, taking the trouble, a short wait as the rule, a cancellation agreed, a log
    ("da", "API'et svarer med statuskode 429, som er en beskyttelse og ikke en fejl."),
    ("da", "Mekanikeren fandt intet at udsætte på bremser, gear eller hjul."),
    ("da", "Fejlfinder er navnet på vores gratis diagnoseværktøj til routeren."),
    ("da", "I appen kan du nu trykke på 'Aflys møde', hvorefter alle deltagere får besked."),
    ("da", "Tak fordi du tog dig besværet med at sende oplysningerne så hurtigt."),
    ("da", "Ventetiden er som regel kortest om formiddagen."),
    ("da", "Som aftalt har vi annulleret jeres bord fredag og oprettet et nyt lørdag."),
    ("da", "Version 3.1 har en ny fejllog, som gør det lettere for os at hjælpe."),
    # unless, a warning, a lost card that can be blocked (said of no one)
    ("zh", "除非航班延误超过三小时，否则不予补偿。"),
    ("zh", "物流公司提醒延误的情况可能增加。"),
    ("da", "Et mistet kort kan spærres med det samme i appen."),
    ("en", "Lost cards can be frozen straight away in the app."),
    # session 17: verb-first conditions with an indefinite subject, after "og"/"och"
    ("da", "Bliver et fly mere end tre timer forsinket, har du ret til kompensation."),
    ("sv", "Blir ett tåg mer än en timme försenat har du rätt till ersättning."),
    ("da", "Alle modeller har to års garanti, og skulle maskinen gå i stykker, reparerer vi den."),
    ("da", "Opgørelsen kommer i juli, og har du betalt for meget, tilbagebetaler vi forskellen."),
    ("sv", "Alla modeller har två års garanti, och skulle maskinen gå sönder, lagar vi den."),
    # a risk, even negated; a warning given; something one may be spared
    ("da", "Regningen trækkes automatisk, så du ikke risikerer at komme for sent med en betaling."),
    ("da", "Fragtfirmaerne varsler generelt forsinkelser op til jul."),
    ("da", "Teknikeren kommer mellem kl. 8 og 12, så du slipper for ventetid hele dagen."),
    ("da", "På statussiden bliver eventuelle nedbrud vist med det samme."),
    # how one does it in general, a case of none, nothing missing, release notes
    ("da", "Du spurgte til, hvordan man klager over en afgørelse."),
    ("da", "Strømmen afbrydes onsdag, fordi vi skifter et kabelskab; der er ikke tale om en fejl."),
    ("sv", "Strömmen bryts på onsdag, men det är inte fråga om ett fel i nätet."),
    ("da", "Vi har alt, hvad vi skal bruge, så der mangler intet fra din side."),
    ("da", "Opdateringen indeholder rettelser af nogle småfejl, som brugere har meldt ind."),
    ("da", "Husk at aflæse måleren, for ved manglende aflæsning skønner vi dit forbrug."),
    # looking forward, a breakdown, an error page a site owner designs
    ("en", "Your suite is confirmed and we can't wait to welcome you both."),
    ("en", "Your annual statement is now online, broken down by month."),
    ("en", "You can design your own 404 error page from Site Settings."),
    # a capitalised problem word opening a quoted title after a noun is a name
    ("da", "Under punktet »Fejlmelding« kan du selv teste din forbindelse."),
    ("et", "Piletid etendusele „Kadunud poeg“ on teie e-postil."),
    ("sv", "Kursen ”Problemlösning i Excel” startar den 5 november."),
    ("en", 'Our board game "Lost Property" is back in stock this week.'),
    # idioms, waiting gladly or as advice, need not, nothing missing, as asked
    ("sv", "Det är aldrig fel att dubbelkolla! Ja, medlemskapet gäller på alla gym."),
    ("sv", "Kartongerna är numrerade, så du kan inte gå fel när du monterar."),
    ("sv", "Ingen fara – vi väntar gärna med leveransen tills du är hemma."),
    ("sv", "Vi har stängt i helgen, så det är bättre att vänta till måndag."),
    ("sv", "Du undrade hur man gör en reklamation av ett kortköp."),
    ("sv", "Säg till servitören, så att ingenting blir fel i köket."),
    ("da", "Det er aldrig forkert at dobbelttjekke, og ja, medlemskabet gælder overalt."),
    ("da", "Kassen er nummereret, så du kan ikke gå galt, når du samler den."),
    ("et", "Vana leping lõpeb ise, nii et midagi eraldi tühistama ei pea."),
    ("et", "Kontrollisime dokumendid üle ja midagi ei puudu."),
    ("et", "Külaliste arvu saate muuta, ilma et peaksite tühistamistasu maksma."),
    ("et", "Tühistasime teie tellimuse nr 77120 vastavalt teie palvele."),
    ("et", "Katlakivi eemaldamine aitab masinal aastaid tõrgeteta töötada."),
    # zh: not there, not one found, a condition after the subject, complaints as a request
    # a line takes, no trouble caused, a delay the customer asked for
    ("zh", "这款鞋目前库存充足，不存在缺货的情况。"),
    ("zh", "本周备份全部成功，未检测到任何异常或错误。"),
    ("zh", "订单状态显示“待处理”是正常的，并不表示有问题。"),
    ("zh", "社保卡如遗失或损坏，可持身份证到银行补办。"),
    ("zh", "市民热线受理各类咨询、求助、投诉和建议，24小时开通。"),
    ("zh", "换货来回的运费都由我们承担，不会给您添麻烦。"),
    ("zh", "按照您的要求，订单将延迟到8月3日再发出。"),
    # an expectation, not an act left undone
    ("en", "Your new card should have been delivered by now; if not, let us know."),
    # en: what a policy covers in general, any time it may happen, no need, none of them,
    # features named after problems
    ("en", "The two-year warranty covers any manufacturing defect, such as a faulty pump."),
    ("en", "Your home policy does cover accidental water damage up to £50,000."),
    ("en", "Whenever a journey arrives 15 minutes or more late, you can claim online."),
    ("en", "Were a pipe ever to burst, turn off the stopcock straight away."),
    ("en", "Mid-afternoon is quiet, so you won't have to wait for the squat racks."),
    ("en", "Your Golf passed its MOT; none of the usual failure points were flagged."),
    ("en", "Your Business Plus package includes 4G failover for when the line drops."),
    ("en", "Good news for readers: our branches stopped charging late fees last year."),
    ("en", "After that, missed calls go straight to voicemail."),
    ("en", 'Most teams keep "Build failed" alerts on and switch the rest off.'),
    # sv: occasions when it may happen, a threshold that opens a right, waiting as advice,
    # complaints handling, what a warranty covers, a refund for a parcel returned
    ("sv", "Knappen är tänkt för tillfällen då något krånglar."),
    ("sv", "Vid mer än tre timmars försening har du rätt till ersättning enligt EU:s regler."),
    ("sv", "I båda fallen räcker det att vänta en stund och skicka anropet igen."),
    ("sv", "Här kommer information om hur kommunens klagomålshantering fungerar."),
    ("sv", "Dina glasögon är klara, och bågarna har två års garanti mot fabrikationsfel."),
    ("sv", "Vi har tagit emot ditt returpaket, och återbetalningen på 798 kr är nu gjord."),
    # en: the rare case, any time, a situation named, people who may meet it, idioms,
    # products and appeals, a wait offered, none at all
    ("en", "In the rare case that a card payment fails abroad, you'll get a notification."),
    ("en", "Any time you spot a problem with a bill, you can query it online."),
    ("en", "In a power cut, you can call 105 free from any phone."),
    ("en", "For patients who have trouble getting to the pharmacy, we deliver for free."),
    ("en", "Anything in the flat that gets broken goes on the repairs list."),
    ("en", "Thanks for your RSVP. Better late than never, and a seat is still free."),
    ("en", "Your boots ship on 4 April; we think you'll find they're worth the wait."),
    ("en", "Sourdough is a bit of trial and error at first, so you'll take a guide home."),
    ("en", "The Boss DD-8 delay pedal is in stock at our Fitzroy store."),
    ("en", "Thank you for your generous gift of £50 to our winter appeal."),
    ("en", "You're welcome to wait in the customer lounge while we test it."),
    ("en", "Your first build on the new runners finished with 0 failed tests."),
    ("en", "Thank you for the review! 'Not a single complaint' made Gary's week."),
    ("en", "Mr Okoye will run a short problem-solving workshop for parents."),
    ("en", "Thanks for your email about the late submission policy."),
    # da: verb-first conditions with "opstår", "vil", "vi"; need not wait; not one; idioms
    ("da", "Opstår der en vandskade i lejligheden, skal du melde den til ejendomskontoret."),
    ("da", "Mangler vi oplysninger undervejs, kontakter sagsbehandleren Dem direkte."),
    ("da", "Vil du undgå at vente i kulden, kan du følge bussen live i appen."),
    ("da", "Vi sender den nye størrelse med det samme, så du skal altså ikke vente."),
    ("da", "Cremen har ikke givet anledning til en eneste klage i de tre år."),
    ("da", "Vi har modtaget lønsedlerne, og der mangler ikke noget fra jeres side."),
    ("da", "Til sart hud kan du ikke gå galt i byen med vores dagcreme."),
    ("da", "Svindlere sender ofte beskeder, der ligner vores til forveksling."),
    ("da", "Meld fravær i Aula; der er ingen grund til at sende en seddel med bagefter."),
]

# A customer's own words that are no complaint: questions, their own slips, conditions.
NEUTRAL_QUOTES = [
    ("zh", "现在能不能退货"),
    ("zh", "然后我只要买的新的东西因为不满99元我需要运费吗"),
    ("zh", "已经付款请检查发货的物品不要有瑕疵"),
    ("zh", "请问刚才京东给我打电话我没接到，我的手表维修有问题吗"),
    ("zh", "纠纷申请在哪里 我没找到"),
]

# The customer complained, then said it works now: nothing is wrong any more.
RESOLVED_QUOTES = [
    ("en", "The app kept crashing. I got it to work after reinstalling, it's working now."),
    ("en", "The app crashed all morning, but it's working again."),
    ("da", "Appen gik ned hele tiden, men jeg fik det til at virke efter en genstart."),
    ("sv", "Appen kraschade hela tiden. Vet inte vad felet var, men det fungerar nu."),
    ("et", "Rakendus ei töötanud. Ei tea, mis viga oli, aga nüüd töötab jälle."),
    ("zh", "那为什么订单状态还没变 看到了，已经变了"),
]

# Resolution before the complaint does not cancel it.
STILL_BROKEN_QUOTES = [
    ("en", "It was working fine again yesterday, but today the app crashes on start."),
    ("da", "Det virkede fint igen i går, men i dag virker appen ikke."),
    ("sv", "Det fungerade igen i går, men i dag fungerar appen inte."),
    ("et", "Eile töötas jälle, aga täna rakendus ei tööta."),
    ("zh", "昨天已经好了，今天又打不开了"),
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


def test_short_html_draft_takes_its_language_from_the_html_lang_attribute() -> None:
    """<html lang="sv-SE"> says what Content-Language says, in a mail or a template."""
    from replylint.linter import lint_documents
    from replylint.sources import read_bytes

    page = '<!DOCTYPE html><html lang="{}"><body><p>Hej!</p><p>OK.</p></body></html>'
    assert lint_documents(read_bytes(page.format("sv-SE").encode(), "r.html")).language == "sv"
    assert lint_documents(read_bytes(page.format("").encode(), "r.html")).language is None
    mail = (
        "From: a@example.se\nTo: b@example.se\nSubject: Re: x\n"
        "Content-Type: text/html; charset=utf-8\n\n" + page.format("sv")
    )
    assert lint_documents(read_bytes(mail.encode(), "m.eml")).language == "sv"


@pytest.mark.parametrize(("lang", "quote"), NEUTRAL_QUOTES)
def test_customer_questions_and_conditions_are_no_complaint(lang: str, quote: str) -> None:
    assert context_of("好的亲，请提供订单号。", lang, quote) == "neutral"


@pytest.mark.parametrize(("lang", "quote"), RESOLVED_QUOTES)
def test_quote_that_says_it_works_now_is_no_failure(lang: str, quote: str) -> None:
    assert context_of(_ANSWER[lang], lang, quote) == "neutral"


@pytest.mark.parametrize(("lang", "quote"), STILL_BROKEN_QUOTES)
def test_resolution_before_the_complaint_does_not_cancel_it(lang: str, quote: str) -> None:
    assert context_of(_ANSWER[lang], lang, quote) == "failure"


_ANSWER = {
    "en": "Thanks for the update.",
    "da": "Tak for opdateringen.",
    "sv": "Tack för uppdateringen.",
    "et": "Täname teid.",
    "zh": "好的，感谢您的反馈。",
}


# Telling the customer they need not apologise answers their courtesy, not a complaint;
# the company refusing to apologise still answers one.
_NO_NEED_TO_APOLOGISE = [
    ("en", "Hi Sam, you don't need to apologise at all. Your new card is on its way."),
    ("en", "No need to apologise, Sam. Your new card is on its way."),
    ("da", "Hej Sam, du skal slet ikke undskylde. Dit nye kort er på vej."),
    ("sv", "Hej Sam, du behöver inte be om ursäkt. Ditt nya kort är på väg."),
    ("et", "Tere, Sam! Te ei pea üldse vabandama. Uus kaart on teel."),
    ("zh", "您不用跟我们道歉。新卡已经寄出了。"),
    ("zh", "不必道歉，新卡已經寄出了。"),
]
_REFUSED_APOLOGY = [
    ("en", "We will not apologise for our policy. Your card is on its way."),
    ("da", "Vi vil ikke undskylde for vores politik. Dit kort er på vej."),
    ("sv", "Vi tänker inte be om ursäkt för vår policy. Ditt kort är på väg."),
    ("et", "Meil ei ole selles asjas millegi pärast vabandada. Kaart on teel."),
    ("zh", "我们不会为政策道歉。新卡已经寄出了。"),
]


@pytest.mark.parametrize(("lang", "text"), _NO_NEED_TO_APOLOGISE)
def test_no_need_to_apologise_is_neither_apology_nor_problem(lang: str, text: str) -> None:
    assert context_of(text, lang) == "neutral"
    assert "missing-apology" not in {f.rule for f in lint_text(text, lang=lang)}


@pytest.mark.parametrize(("lang", "text"), _REFUSED_APOLOGY)
def test_a_refused_apology_still_answers_a_complaint(lang: str, text: str) -> None:
    assert context_of(text, lang) == "failure"


# Regret that the customer leaves is a farewell in a routine cancellation; regret at what
# happened to their order owns a problem.
_FAREWELL = [
    (
        "en",
        "Hi Sam, your subscription has been cancelled as requested. We're sorry to see you "
        "go, and you're welcome back any time.",
    ),
    (
        "da",
        "Hej Sam, dit abonnement er opsagt. Vi er kede af at se dig gå, men du er altid "
        "velkommen tilbage.",
    ),
    (
        "sv",
        "Hej Sam, ditt abonnemang är uppsagt. Vi är ledsna att se dig lämna oss, men du är "
        "alltid välkommen tillbaka.",
    ),
    (
        "et",
        "Tere, Sam! Teie leping on lõpetatud. Meil on kahju, et lahkute, aga olete alati "
        "oodatud tagasi.",
    ),
    ("zh", "您好，您的会员已按您的要求取消。很遗憾看到您离开，欢迎您随时回来。"),
]
_REGRET_AT_A_PROBLEM = [
    ("en", "We're sorry to see your parcel arrive damaged."),
    ("da", "Vi er kede af at se, at pakken kom frem i stykker."),
    ("sv", "Vi är ledsna att se att paketet kom fram trasigt."),
    ("et", "Meil on kahju, et pakk jõudis kohale katkisena."),
    ("zh", "很遗憾看到您的包裹损坏了。"),
]


@pytest.mark.parametrize(("lang", "text"), _FAREWELL)
def test_sorry_to_see_you_go_is_a_farewell(lang: str, text: str) -> None:
    assert context_of(text, lang) == "neutral"


@pytest.mark.parametrize(("lang", "text"), _REGRET_AT_A_PROBLEM)
def test_regret_at_what_happened_still_owns_a_problem(lang: str, text: str) -> None:
    assert context_of(text, lang) == "failure"


# 反映 in a reply introduces what the customer reported, a complaint; offered as a
# channel ("您可以向我们反映") it is not one.
@pytest.mark.parametrize(
    "text",
    [
        "您好，关于您反映的307路公车未进站停靠一事，我们已转交营运部调查。",
        "您好，您反映本月账单多出了128元流量费。经查询，系统计费无误。",
        "您好，關於您上週反映的帳單金額，我們已經核對過了，費用正確。",
    ],
)
def test_what_the_customer_reported_is_a_complaint(text: str) -> None:
    assert context_of(text, "zh") == "failure"


@pytest.mark.parametrize(
    "text",
    ["您好，您可以在App里直接向我们反映意见。", "如您对新功能有任何建议，欢迎随时向我们反映。"],
)
def test_a_channel_to_report_is_no_complaint(text: str) -> None:
    assert context_of(text, "zh") == "neutral"


def test_credit_as_finance_is_no_remedy() -> None:
    """A credit file or credit report is finance talk; a credit for a late delivery is a
    remedy for a problem."""
    applying = (
        "Hi Sam, thanks for applying. Please note that this may involve a soft search on "
        "your credit file. You'll hear from us within two working days."
    )
    assert context_of(applying, "en") == "neutral"
    remedy = "Hi Sam, we've added a credit of £10 to your account for the late delivery."
    assert context_of(remedy, "en") == "failure"


# A customer asking what happens if something goes wrong has had nothing go wrong yet.
HYPOTHETICAL_QUOTES = [
    (
        "en",
        "What happens if my parcel is late? Can I still track it?",
        "My parcel is late and nobody has told me why.",
    ),
    (
        "da",
        "Hvad sker der, hvis min pakke bliver forsinket?",
        "Min pakke er forsinket, og ingen har sagt hvorfor.",
    ),
    (
        "sv",
        "Vad händer om mitt paket blir försenat? Kan jag spåra det?",
        "Mitt paket är försenat och ingen har hört av sig.",
    ),
    (
        "et",
        "Mis juhtub, kui mu pakk hilineb?",
        "Mu pakk on hilinenud ja keegi pole ühendust võtnud.",
    ),
    ("zh", "如果快递延误了，你们怎么赔偿？", "我的快递已经延误三天了，也没人通知我。"),
]


@pytest.mark.parametrize(("lang", "hypothetical", "real"), HYPOTHETICAL_QUOTES)
def test_a_quoted_what_if_question_is_no_complaint(lang: str, hypothetical: str, real: str) -> None:
    assert context_of(_ANSWER[lang], lang, hypothetical) == "neutral"
    assert context_of(_ANSWER[lang], lang, real) == "failure"


# What only a customer writes about a problem ("I'm still waiting", "even though I paid")
# makes a quoted message a complaint; in the agent's own words it is no acknowledgement, and
# a customer's plain question stays neutral.
COMPLAINT_QUOTES = [
    (
        "en",
        "I've sent three emails about my passport and heard absolutely nothing.",
        "I've sent three emails about my passport. Which one should I follow?",
    ),
    (
        "en",
        "My son's lunch account shows a negative balance even though I topped it up.",
        "My son's lunch account shows a balance of £4. How do I top it up?",
    ),
    ("da", "Jeg har aldrig bestilt det abonnement.", "Jeg vil gerne bestille det abonnement."),
    ("sv", "Jag har aldrig tecknat det abonnemanget.", "Jag vill teckna det abonnemanget."),
    ("et", "Ma pole seda teenust kunagi tellinud.", "Ma soovin seda teenust tellida."),
    ("zh", "我选的明明是月付，结果扣了一整年。", "我选的是月付，请问每月几号扣款？"),
]


@pytest.mark.parametrize(("lang", "complaint", "question"), COMPLAINT_QUOTES)
def test_what_only_a_customer_writes_makes_the_quote_a_complaint(
    lang: str, complaint: str, question: str
) -> None:
    assert context_of(_ANSWER[lang], lang, complaint) == "failure"
    assert context_of(_ANSWER[lang], lang, question) == "neutral"


def test_even_if_after_an_apology_keeps_it_sincere() -> None:
    """Swedish "även om" opens a condition for failure context, but after an apology it
    concedes: the apology stays sincere (a qualifier_exception)."""
    text = (
        "Jag ber om ursäkt för att vi inte svarade på två veckor, även om vi fortfarande "
        "inte kan bevilja någon återbetalning."
    )
    assert "missing-apology" not in {f.rule for f in lint_text(text, lang="sv", context="failure")}
