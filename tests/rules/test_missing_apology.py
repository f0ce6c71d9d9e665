"""missing-apology: positives and hard negatives in every language."""

from helpers import rule_case_tests, rules_fired

RULE = "missing-apology"

FIRES = [
    ("en", "Hi Tom,\nYour parcel was delayed at the depot. It is on its way now."),
    (
        "en",
        "Hi Tom,\nWe're sorry you feel that way. The charge was correct, but the delay was ours.",
    ),
    ("en", "Hi Tom,\nWe are not sorry. The outage was planned."),
    ("en", "Hi Tom,\nThe app crashed after the update.\n\n> I am so sorry to bother you again\n"),
    ("en", "Hi Tom,\nThe order was lost.\n\n-- \nSorry for any typos, sent from my phone"),
    ("da", "Hej Jens,\nDin pakke er blevet forsinket hos fragtfirmaet. Den er nu på vej."),
    ("da", "Hej Jens,\nBeklager, hvis du har oplevet det sådan. Fejlen er rettet."),
    (
        "da",
        "Hej Jens,\nDesværre er varen udsolgt, så vi har refunderet beløbet "
        "for den manglende vare.",
    ),
    ("sv", "Hej Anna,\nDitt paket har blivit försenat. Det är nu på väg."),
    ("sv", "Hej Anna,\nVi beklagar om du upplevt det så. Felet är åtgärdat."),
    ("sv", "Hej Anna,\nTyvärr blev paketet skadat under transporten. Vi skickar ett nytt."),
    ("et", "Tere, Mari!\nTeie pakk on hilinenud. See on nüüd teel."),
    ("et", "Tere, Mari!\nVabandame, kui teile jäi selline mulje. Viga on parandatud."),
    ("et", "Tere, Mari!\nKahjuks oli pakis üks toode puudu. Saadame selle homme."),
    ("zh", "您好，您的包裹在转运中心延误了，现在已经发出。"),
    ("zh", "如果您觉得不满意，我们很抱歉。您的包裹延误了。"),
    ("zh", "您好，很遗憾，您的订单丢失了，我们会补发。"),
    # "Undskyld ulejligheden" is the customer's "sorry to trouble you", no apology.
    ("da", "Din pakke er forsinket. Undskyld ulejligheden, men har du ordrenummeret?"),
    # "Sorry you feel that way" answers a complaint: failure context, and no apology.
    ("en", "Hi Tom,\nWe're sorry you feel that way. Our courier did everything right."),
    (
        "da",
        "Hej Jens,\nVi beklager, at du føler dig dårligt behandlet. Chaufføren gjorde alt rigtigt.",
    ),
    ("sv", "Hej Anna,\nVi beklagar om du upplevt det så. Vår chaufför gjorde allt rätt."),
    ("et", "Tere, Mari!\nVabandame, kui teile jäi selline mulje. Meie kuller tegi kõik õigesti."),
    ("zh", "您好：\n很抱歉让您有这样的感受。我们的快递员都很尽力，包裹昨天已经送达。"),
    # refused after the noun, refused with a reason, owed by someone else, taken back
    ("en", "Hi Tom,\nAn apology isn't in order here, as the conditions let us change the venue."),
    (
        "en",
        (
            "Hi Tom,\nWe don't see any reason to apologise, since the order left on the date "
            "we promised."
        ),
    ),
    (
        "en",
        (
            "Hi Tom,\nThe courier is the one who owes you an apology; they left the parcel at "
            "the wrong door."
        ),
    ),
    (
        "en",
        (
            "Hi Tom,\nI'd say sorry, but the logs show the ticket machine was working when you "
            "used it."
        ),
    ),
    # made conditional after a comma; "sorry?" asking what is meant; a farewell
    (
        "en",
        "Hi Tom,\nThe parcel was held at the depot. Sorry for the inconvenience, if there was any.",
    ),
    (
        "en",
        (
            "Hi Tom,\nYou wrote about a damaged lamp. I'm sorry, is this about order 4471 or "
            "the older one?"
        ),
    ),
    (
        "en",
        (
            "Hi Tom,\nYour line was cut off. Whilst we regret that you've chosen to leave, the "
            "fee applies."
        ),
    ),
    # the customer's own apology reported; an apology refused; sorry for asking
    (
        "et",
        (
            "Tere, Mari!\nKirjutasite, et vabandate oma kärsituse pärast. Ootamine on tõesti "
            "pikaks veninud."
        ),
    ),
    (
        "et",
        (
            "Tere!\nPalusid eelmises kirjas vabandust, et läksid närvi. Ühendus on kolm päeva "
            "maas olnud."
        ),
    ),
    (
        "et",
        "Tere!\nTeie kirjas olnud vabandus hilinenud makse eest on vastu võetud, kuid viivis jääb.",
    ),
    (
        "et",
        (
            "Tere!\nPanga süsteemiriket ei põhjustanud meie, mistõttu vabandus ei oleks "
            "siinkohal asjakohane."
        ),
    ),
    (
        "et",
        (
            "Tere!\nPakk on kahjustatud. Vabandan, et pean uuesti küsima, kuid mis aadressile "
            "see toimetati?"
        ),
    ),
    # sv: nothing to apologise for, someone else's or the customer's own apology, regret
    # that the customer did not read
    (
        "sv",
        "Hej Anna,\nDu har reklamerat fakturan, men det finns inget för oss att be om ursäkt för.",
    ),
    ("sv", "Hej Anna,\nDin mamma ringde och bad om ursäkt för tonen. Felet är nu åtgärdat."),
    ("sv", "Hej Anna,\nDin ursäkt för den arga tonen tar vi emot. Leveransen uteblev."),
    (
        "sv",
        "Hej Anna,\nVi är ledsna att du inte läste installationsanvisningen före uppdateringen.",
    ),
    # da: regret about the customer's feelings or impression, sympathy on their behalf, an
    # apology refused, the customer's own apology, sorry for asking
    ("da", "Hej Jens,\nJeg er ked af, at du har det sådan med vores nye prismodel."),
    ("da", "Hej Jens,\nVi er kede af at høre, at du ikke er tilfreds med vores service."),
    ("da", "Hej Jens,\nSkulle chaufføren have været uhøflig, er vi naturligvis kede af det."),
    ("da", "Hej Jens,\nVi er ærgerlige på dine vegne over, at sejlturen blev aflyst."),
    ("da", "Hej Jens,\nVi mener ikke, der er grund til en undskyldning, for fejlen lå i din bank."),
    ("da", "Hej Jens,\nTak for din undskyldning. Vi kigger på fejlen i dit lånedokument."),
    # zh: the customer's own apology reported, regret at their view, taking their time,
    # an apology waved off
    ("zh", "您好：\n您在留言里说“抱歉这么晚打电话”，真的没关系。路由器故障已经派修。"),
    ("zh", "您好：\n您向柜台人员道歉说是自己记错了时间，其实预约系统当时也显示错误。"),
    ("zh", "您好：\n很抱歉您会有这样的看法，但我们的流程本身没有问题。"),
    ("zh", "您好：\n不好意思占用您几分钟，想请您描述一下故障出现时的情况。"),
    ("zh", "您好：\n与其道歉，不如先把问题解决：技师明天上午会到府维修故障。"),
]

QUIET = [
    ("en", "Hi Tom,\nWe're so sorry your parcel was delayed. It is on its way now."),
    ("en", "Hi Tom,\nI apologise for the slow reply. Our fee is correct and stays."),
    ("en", "Hi Tom,\nThanks for your order! It ships tomorrow."),
    ("en", "Hi Tom,\nIf you have any problems with the app, just reply to this email."),
    ("en", "Hi Tom,\nWe can't apologise enough for the delay."),
    ("en", "Hi Tom,\nThe courier left it at the wrong door, and we owe you an apology for that."),
    ("et", "Tere, Mari!\nMul on siiralt kahju, et su tellimus meie laos kaduma läks."),
    ("et", "Tere!\nTunneme siirast kahetsust, et hüvitamine on meie poolt nii kaua viibinud."),
    ("et", "Tere!\nVabandame, et pidite nii kaua ootama. Pakk on nüüd teel."),
    ("en", "Hi Tom,\nYour parcel was late and I'm sorry, it should have arrived on Monday."),
    ("da", "Hej Jens,\nVi beklager ventetiden. Pakken er nu på vej."),
    ("da", "Hej Jens,\nDet er vi rigtig kede af. Din ordre var forsinket, men er nu afsendt."),
    ("da", "Hej Jens,\nTak for din bestilling. Den bliver sendt i morgen."),
    ("sv", "Hej Anna,\nVi ber om ursäkt för förseningen. Paketet är nu på väg."),
    ("sv", "Hej Anna,\nJag är ledsen att ditt paket blev skadat. Vi skickar ett nytt."),
    ("sv", "Hej Anna,\nTack för din beställning. Den skickas i morgon."),
    ("et", "Tere, Mari!\nVabandame hilinemise pärast. Pakk on nüüd teel."),
    ("et", "Tere, Mari!\nMeil on väga kahju, et pakk hilines. See on nüüd teel."),
    ("et", "Tere, Mari!\nTäname tellimuse eest. See saadetakse homme teele."),
    ("zh", "您好，非常抱歉，您的包裹延误了，现在已经发出。"),
    ("zh", "您好，給您帶來不便，對不起。包裹已經發出。"),
    ("zh", "您好，感谢您的订单，明天发货。"),
    # "Vi beklager ulejligheden" is the company apologising for the inconvenience.
    ("da", "Din konto er sat på hold, og du kan ikke oprette indlæg. Vi beklager ulejligheden."),
    # 让您…抱歉: the company caused the feeling and owns it.
    ("zh", "您好：\n取消费让您感到意外，非常抱歉。这次我已为您免去一半费用。"),
    (
        "sv",
        "Hej Anna,\nJag ångrar verkligen att jag lovade dig leverans före jul. Varorna saknades.",
    ),
    ("sv", "Hej Anna,\nHela teamet skickar en stor ursäkt för att servern låg nere."),
    ("sv", "Hej Anna,\nVi glömde laddaren i ditt paket, jättesorry för det!"),
    ("sv", "Hej Anna,\nAppen hade en bugg, och jag är ledsen för att du inte kunde boka din tid."),
    ("da", "Hej Jens,\nDet må du virkelig undskylde, vi har glemt at aktivere dit SIM-kort."),
    ("da", "Hej Jens,\nJeg ærgrer mig over, at vi ikke fik fanget fejlen i lønsystemet."),
    ("da", "Hej Jens,\nVi har det rigtig skidt med, at vi aflyste jeres flyrejse."),
    ("zh", "您好：\n我们在核保时漏看了您补交的材料，导致理赔被误拒，在此深表歉疚。"),
    ("zh", "你好：\n歹勢啦，上次幫你換的電池是我們拿錯型號，你再過來一趟我們馬上換。"),
    ("zh", "您好：\n发错颜色是我们打包同事的疏忽，真心跟您说声抱歉。"),
]


test_fires, test_quiet = rule_case_tests(RULE, FIRES, QUIET)


def test_declared_neutral_silences_it():
    text = "Hi Tom,\nYour parcel was delayed at the depot."
    assert RULE not in rules_fired(text, "en", context="neutral")


def test_declared_failure_reports_line_one():
    from replylint import lint_text

    findings = [f for f in lint_text("Hi Tom,\nHere is the link.", lang="en", context="failure")]
    assert [(f.rule, f.line, f.column) for f in findings] == [(RULE, 1, 1)]


def test_failure_from_quoted_complaint_only():
    text = (
        "Hi Tom,\nHere is a new label for the parcel.\n\n"
        "On Monday Tom wrote:\n> My order never arrived and I want a refund!\n"
    )
    assert RULE in rules_fired(text, "en")
