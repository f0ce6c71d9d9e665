"""missing-response-time: positives and hard negatives in every language."""

import pytest
from helpers import rule_case_tests, rules_fired

from replylint import lint_text

RULE = "missing-response-time"

FIRES = [
    ("en", "We're looking into it and will get back to you soon."),
    ("en", "I have passed this on to our billing team."),
    ("en", "DM us your email address and we'll look into it."),
    ("en", "We'll let you know as soon as we hear from the courier."),
    ("da", "Vi undersøger sagen og vender tilbage hurtigst muligt."),
    ("da", "Pakken er forsinket. Når vi ved mere, vender vi tilbage til dig."),  # verb-second
    ("da", "Jeg har videresendt din sag til vores tekniske afdeling."),
    ("sv", "Vi undersöker saken och återkommer så snart som möjligt."),
    ("sv", "Vi hör av oss när vi vet mer."),
    ("et", "Uurime asja ja võtame teiega esimesel võimalusel ühendust."),
    ("et", "Edastasin teie pöördumise tehnilisele osakonnale."),
    ("zh", "我们正在为您查询，会尽快给您回复。"),
    ("zh", "已為您反饋給快遞公司，稍後回覆您。"),
    ("en", "The next available agent will be with you as soon as possible."),
    ("en", "Someone from our team will contact you."),
    # Coordinated, subjectless and in-progress forms of a pending follow-up.
    (
        "da",
        "Vi oplever problemer med login. Vi er i gang med at undersøge sagen og vender tilbage.",
    ),
    ("zh", "包裹少发了一件商品，非常抱歉。已经请仓库核对记录，等仓库回复后再通知您。"),
    ("zh", "已为您升级处理，请您耐心等待。"),
    ("zh", "您的包裹延误了，已经帮您升级了。"),
    # Chinese chat follow-ups: 与您联系, 为您反馈, 等待审核, 修改后通知您, 第一时间处理.
    ("zh", "这边联系我们仓库主动与您联系哈"),
    ("zh", "小妹会竭尽全力为您反馈商家解决的"),
    ("zh", "商家已收到您的取消申请，正在等待商家审核，请您耐心等待。"),
    ("zh", "您方便留下电话吗 修改后小妹通知您"),
    ("zh", "已经通知站点负责查询处理 咱们第一时间处理亲爱的"),
    ("zh", "这边看到已经退回了 会尽快退款的呢"),
    ("zh", "如果您没接到，会在之后再次给您回电的"),
    ("en", "Thanks for confirming. Our team will give it a look and reach out shortly."),
    ("en", "Oh no! One moment as I take a look."),
    ("en", "Which version are you running? We'll see what we can suggest."),
    ("en", "Our team is aware of this and looking into making those episodes available ASAP!"),
    ("en", "Thanks so much, and you should hear back from us soon."),
    ("en", "Your parcel is late. Our team is working on it."),
    # Status-page wording: "we'll update when we know more", "we're trying", "in contact".
    (
        "da",
        "Mange hjemmesider fejler. Vi er igang med at undersøge og opdaterer så snart vi har nyt.",
    ),
    ("da", "Microsoft kører et script, som gør at siderne fejler. Vi er i kontakt med dem."),
    ("sv", "Många webbplatser är nere. Vi uppdaterar sidan så snart vi vet mer."),
    ("sv", "Inloggningen fungerar inte. Vi håller på att undersöka saken."),
    ("et", "Paljud lehed on maas. Uuendame lehte, kui teame rohkem."),
    ("et", "Makse ebaõnnestus. Oleme pangaga ühenduses."),
    ("en", "The app is down for some users. We are in contact with our hosting provider."),
    ("zh", "您的包裹延误了，我们已与快递公司联系。"),
    # A staff review still to come, with no time: moderation and approval notices.
    ("en", "Your post will remain hidden until a staff member reviews it."),
    ("en", "Once you confirm your e-mail address, we will review your application."),
    ("da", "Din ansøgning afventer gennemgang af vores personale. Dette kan tage noget tid."),
    ("da", "Når du har bekræftet adressen, gennemgås din ansøgning."),
    ("sv", "Ditt inlägg förblir dolt tills personalen kan granska det."),
    ("sv", "När du har bekräftat din e-postadress kommer vi att granska din ansökan."),
    ("et", "Sinu taotlus ootab meie meeskonna läbivaatamist. See võib võtta aega."),
    ("zh", "在确认邮箱地址之后，我们会审核你的申请。"),
    ("zh", "管理員將會很快審查此決定。"),
    # A dateline is when the notice was written, not when more comes.
    ("da", "15/1 kl. 9.30 Alle sites er nede\nVi er i gang med at løse det."),
    ("en", "15 Jan 09:30 All sites are down\nWe are working on a fix."),
    ("da", "Vi har indsnævret problemet, så vi forhåbentligt snart har en løsning."),
    ("da", "Man kan ikke logge ind. Vi har meldt fejlen vedrørende Adgangsplatformen til DBC."),
    ("da", "Fejlen vil blive rettet hurtigst muligt i en kommende release."),
    ("sv", "Vi har ringat in felet och har förhoppningsvis snart en lösning."),
    ("et", "Leidsime vea põhjuse. Loodetavasti on meil peagi lahendus olemas."),
    ("en", "We're aware of the bug, hopefully it gets resolved asap."),
    ("zh", "网站打不开，我们正在排查，希望尽快解决。"),
    ("sv", "15/1 kl. 9.30 Alla sidor är nere\nVi håller på att undersöka saken."),
    ("et", "15.01 kell 9.30 Kõik lehed on maas\nPüüame viga parandada."),
    ("zh", "1月15日 9:30 所有站点无法访问\n我们正在排查原因。"),
    ("zh", "您的订单还没有发货，这边会为您处理"),
    # a notice, a report, a decision or a message back with the outcome
    ("en", "The sync bug is with our developers. Once a fix is out, we'll post a notice."),
    (
        "en",
        "Thanks for the logs! I'll run them past our backend folks and ping you with the result.",
    ),
    ("en", "Your appeal is being considered, and the decision will be sent to you by post."),
    ("en", "Just reply with a photo of the damage and we'll see about a replacement."),
    # news promised to all, in an announcement, when it is known
    ("zh", "具体的开服时间我们稍后会在官方公告里更新。"),
    ("zh", "技術團隊正在排查原因，修復後我們會第一時間在App首頁發布公告。"),
    # a further talk, a formal answer, someone to get in touch, word still to come
    ("zh", "我们将在适当的时候就赔偿方案与您进一步沟通。"),
    ("zh", "我司将不日就此事给予正式书面答复，敬请留意。"),
    ("da", "Din sag er sat i kø hos supportteamet, og en medarbejder vil tage kontakt til dig."),
    ("da", "Vi forventer at kunne give dig nærmere besked inden for kort tid."),
]

QUIET = [
    ("en", "We're looking into it and will get back to you within 24 hours."),
    ("en", "We'll update you by Friday."),
    ("en", "Please DM us so we can look into this."),
    ("en", "The refund has been issued. Let us know if it hasn't arrived by Thursday."),
    ("en", "Your parcel will arrive tomorrow by noon."),
    ("da", "Vi undersøger sagen og vender tilbage inden for to arbejdsdage."),
    ("da", "Vi svarer senest fredag."),
    # "om"/"inden"/"efter" + a number word: each alone is a time, not only "inden for".
    ("da", "Vi undersøger sagen og vender tilbage om to dage."),
    ("da", "Vi undersøger sagen og svarer inden fem dage."),
    ("sv", "Vi undersöker saken och återkommer inom tre arbetsdagar."),
    ("sv", "Skicka ordernumret så att vi kan undersöka saken."),
    ("et", "Uurime asja ja võtame teiega ühendust kahe tööpäeva jooksul."),
    ("et", "Vastame hiljemalt reedel."),
    ("zh", "我们正在为您查询，会在24小时内给您回复。"),
    ("zh", "请提供订单号，以便我们为您查询。"),
    ("zh", "修复后我们会第一时间在App首页发布公告，预计今晚8点前完成。"),
    ("zh", "新版本已经发布，欢迎随时更新。"),
    # Statements about the future that promise no follow-up.
    ("en", "Your password will not be changed."),
    ("en", "Only people who are already following you will see your posts."),
    ("en", "Add our address to your contact list to improve deliverability."),
    ("da", "Du skal prøve igen eller kontakte en medarbejder."),
    ("da", "Vi har problemer med at kontakte dig via e-mail."),
    ("da", "Kun dine følgere vil kunne se dine indlæg."),
    ("sv", "Endast personer som följer dig kommer att se dina inlägg."),
    ("sv", "Du måste försöka igen eller kontakta personalen."),
    # An ETA two sentences after the promise, or "~10 minutes", is a concrete time.
    (
        "da",
        "Alle sites er nede. Vi er i gang med at undersøge. Problemet er databasen. "
        "Vi forventer at sites er oppe igen om ~10 minutter.",
    ),
    (
        "en",
        "We are investigating. The cause is a database fault. "
        "Service should be back within 2 hours.",
    ),
    ("sv", "Vi undersöker felet. Orsaken är databasen. Sidorna är uppe igen inom 30 minuter."),
    ("et", "Uurime viga. Põhjus on andmebaasis. Lehed töötavad jälle 30 minuti jooksul."),
    ("zh", "我们正在排查。原因是数据库故障。预计30分钟内恢复。"),
    ("zh", "您的订单预计明天送达您手中 快递小哥正在快马加鞭呢 小妹这边帮您催一下哦"),
    # Look-alikes: things that work, bounced mail, processing errors, offers, upgrades.
    ("en", "I can see it's working on my end. Can you clear your cache and see if that helps?"),
    ("en", "Can you make sure your email address is valid and working?"),
    ("en", "If you ever need anything else, just shout and we'll come running."),
    ("en", "Once you have confirmed your account, we will send you some more information."),
    ("da", "Vores sidste e-mails til dig er alle vendt tilbage som ikke leveret."),
    ("da", "Der opstod en fejl under behandling af din e-mail, og den blev ikke sendt."),
    ("da", "Når du har bekræftet din konto, vil vi give dig nogle yderligere oplysninger."),
    ("zh", "非常抱歉，妹子这边帮您申请售后维修可以吗？"),
    ("zh", "如果确实有这种情况，亲到时要提供质量问题的照片，这边会处理"),
    ("zh", "我这边帮您查看您的上一份售后单时发现也是需要您自行寄回商品的。"),
    ("zh", "亲亲这个我们已全面升级电子发票，现在只开具电子发票。"),
    ("zh", "专员会为您核实情况，专员会在24小时时效内联系您。"),
    ("en", "Your application will be reviewed within two business days."),
    # "Tomorrow" opening the draft is a commitment, not a dateline.
    ("zh", "明天帮您问一下哦"),
    # Done, offered, negated, or timed: no pending follow-up without a time.
    ("zh", "小妹刚刚已经帮您提交过了，您可以在纠纷记录里查看。"),
    ("zh", "实在是抱歉 那这边为您申请售后 您看可以吗"),
    ("zh", "重复提交也不会加快处理。"),  # 不会: nothing is promised
    ("en", "If you could DM your booking reference we can take a look into this."),
    ("en", "You should hear back from us within 48 hours."),
    ("zh", "抱歉，我们无法通过电子邮件与您联系。请确认您的邮件地址有效。"),
    ("zh", "已经为您提交了交易纠纷，辛苦您耐心等待商家48h内处理您的问题。"),
    ("zh", "果果正在为您积极查询 目前到了杭州分拣中心 预计下午是可以送到的"),
    ("en", "Tomorrow we'll call the courier and get back to you."),
    ("da", "Din ansøgning afventer gennemgang og behandles inden for to hverdage."),
    # the end of the week is a deadline; a date between 已 and 将 is done
    ("da", "Vi giver dig besked inden udgangen af ugen."),
    ("zh", "我们已于3月2日将发票寄出，快递单号已发送到您的手机。"),
    ("zh", "我們已於昨天下午四點將您的投訴轉交主管，主管亦已親自致電向您說明情況。"),
]


test_fires, test_quiet = rule_case_tests(RULE, FIRES, QUIET)


def test_message_names_the_vague_word():
    (finding,) = [
        f for f in lint_text("We will get back to you soon.", lang="en") if f.rule == RULE
    ]
    assert "'soon' is not a time" in finding.message


_PARAGRAPH_TIME_BEFORE = {
    "da": "Jeres bord til fire personer står klar lørdag den 4. maj kl. 19, og vi har noteret "
    "ønsket om et stille hjørne samt en fødselsdagskage til desserten. Vi vender tilbage, "
    "når køkkenet har svaret på spørgsmålet om glutenfri kage.",
    "sv": "Du har bokat bord lördag den 4 maj kl. 19 för fyra personer, och vi har noterat "
    "önskemålet om ett lugnt hörn och en födelsedagstårta till efterrätten. Vi återkommer "
    "när köket har svarat på frågan om glutenfri tårta.",
    "et": "Olete broneerinud laua laupäevaks, 4. maiks kell 19 neljale inimesele, ning oleme "
    "märkinud üles soovi vaikse nurga ja sünnipäevatordi kohta magustoiduks. Anname teada, "
    "kui köök on gluteenivaba tordi küsimusele vastanud.",
    "zh": "您预订了5月4日星期六晚上7点的四人桌，"
    "我们已经记下您想要安静角落以及甜点时上生日蛋糕的要求，"
    "另外也备注了一位客人对坚果过敏的情况，厨房会特别注意这一点，"
    "服务员也会提前确认座位安排和上菜的顺序，停车场在餐厅后面，"
    "当晚可以免费停车三小时，入口在小巷左侧，门口有我们的招牌，"
    "如果下雨，门口也有伞架可以放雨伞，进门后告诉前台您的姓名即可，"
    "我们会带您入座，请您放心。至于无麸质蛋糕的问题，我们会在厨房回复后再通知您。",
    "en": "Your table for four will be ready on Saturday 4 May at 7 pm, and we have noted your "
    "wish for a quiet corner and a birthday cake with dessert. We will get back to you once "
    "the kitchen has answered the question about a gluten-free cake.",
}


@pytest.mark.parametrize("lang", sorted(_PARAGRAPH_TIME_BEFORE))
def test_a_time_earlier_in_a_paragraph_does_not_time_a_later_promise(lang):
    """A long line is a paragraph, not a chat utterance: the booking's date before the
    promise answers something else, so the promise still needs a time."""
    text = _PARAGRAPH_TIME_BEFORE[lang]
    assert "missing-response-time" in rules_fired(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "预计明天送达，我再帮您催一下快递。"),
        ("en", "Due tomorrow by noon. I'll chase the courier for you."),
        ("da", "Leveres i morgen inden kl. 12. Jeg rykker fragtfirmaet for dig."),
    ],
)
def test_a_time_earlier_on_a_short_chat_line_still_counts(lang, text):
    assert "missing-response-time" not in rules_fired(text, lang)


# A promise for a problem that may come ("if it still isn't working, we'll look again")
# waits on nothing now; one that follows the customer's next message still does.
_CONTINGENT = [
    ("en", "If it still isn't working after the update, reply here and we'll take another look."),
    ("da", "Hvis varen ikke er kommet frem i morgen, så skriv til os, så sender vi en ny."),
    (
        "sv",
        "Om kortet fortfarande inte fungerar efter omstarten får du gärna svara här, "
        "så tittar vi vidare på det.",
    ),
    ("et", "Kui rakendus ka pärast uuendamist ei tööta, kirjutage meile ja uurime asja edasi."),
    ("zh", "如果更新后还是不能登录，请回复这封邮件，我们会再帮您查看。"),
]
_AFTER_THE_CUSTOMER = [
    ("en", "If you send us your order number, we'll look into it."),
    ("da", "Hvis du sender os dit ordrenummer, så undersøger vi sagen."),
    # "om" as "whether", its negation in the main clause: the question is still open.
    (
        "sv",
        "Om exporten finns med i planerna har jag inte kunnat få bekräftat, "
        "så jag hör av mig igen när jag vet mer.",
    ),
    ("et", "Kui saadate meile tellimuse numbri, uurime asja."),
    ("zh", "如果您把订单号发给我们，我们会帮您查一下。"),
]


@pytest.mark.parametrize(("lang", "text"), _CONTINGENT)
def test_a_promise_after_a_negated_condition_is_not_pending(lang, text):
    assert RULE not in rules_fired(text, lang, "failure")


@pytest.mark.parametrize(("lang", "text"), _AFTER_THE_CUSTOMER)
def test_a_promise_after_an_ordinary_condition_is_still_pending(lang, text):
    assert RULE in rules_fired(text, lang, "failure")
