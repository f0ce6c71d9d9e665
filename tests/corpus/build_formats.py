"""Writes the non-.txt drafts of the development corpus (e-mail, HTML, Markdown, Jinja2).

Run from the repository root: `python tests/corpus/build_formats.py`. It rewrites
the files and the `# formats` section of each language's labels.toml.
"""

from __future__ import annotations

import quopri
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

HERE = Path(__file__).parent
MARK = "# --- formats (written by build_formats.py) ---"

L = {
    "da": dict(
        hi="Hej Jens,",
        name="Jens Hansen",
        mail="jens@example.dk",
        plain="Vi har sendt en ny pakke til dig i dag med GLS.",
        apology_time="Vi beklager meget, at pakken er forsinket. Den bliver leveret senest fredag.",
        pending="Vi beklager forsinkelsen. Vi undersøger sagen og vender tilbage hurtigst muligt.",
        breezy="Hvor dejligt at høre fra dig! 😊",
        blame="Som jeg allerede har skrevet, burde du have læst betingelserne.",
        complaint="Undskyld jeg skriver igen, men min pakke er stadig ikke kommet! Det er for dårligt.",
        gmail="Den man. 3. jun. 2024 kl. 10.12 skrev Jens Hansen <jens@example.dk>:",
        outlook=("Fra", "Sendt", "Til", "Emne"),
        date="3. juni 2024 10:12",
        subject="Min ordre",
        signoff="Med venlig hilsen\nAnna\nKundeservice",
        delayed="Din pakke {{ order.id }} er desværre forsinket hos fragtfirmaet.",
        sorry="Vi beklager ventetiden.",
        thanks="Tak for din tålmodighed.",
        arrive="Pakken bliver leveret inden for {{ days }} dage.",
        code_sorry="beklager",
        charset="iso-8859-1",
    ),
    "sv": dict(
        hi="Hej Anna,",
        name="Anna Svensson",
        mail="anna@example.se",
        plain="Vi har skickat ett nytt paket till dig i dag med PostNord.",
        apology_time="Vi ber om ursäkt för att paketet är försenat. Det levereras senast fredag.",
        pending="Vi ber om ursäkt för förseningen. Vi undersöker saken och återkommer så snart som möjligt.",
        breezy="Tack så mycket för ditt mejl! 😊",
        blame="Som jag redan har skrivit borde du ha läst villkoren.",
        complaint="Förlåt att jag tjatar, men mitt paket har fortfarande inte kommit! Det är dåligt.",
        gmail="Den mån 3 juni 2024 kl 10:12 skrev Anna Svensson <anna@example.se>:",
        outlook=("Från", "Skickat", "Till", "Ämne"),
        date="den 3 juni 2024 10:12",
        subject="Min beställning",
        signoff="Med vänliga hälsningar\nErik\nKundtjänst",
        delayed="Ditt paket {{ order.id }} är tyvärr försenat hos transportören.",
        sorry="Vi ber om ursäkt för väntetiden.",
        thanks="Tack för ditt tålamod.",
        arrive="Paketet levereras inom {{ days }} dagar.",
        code_sorry="förlåt",
        charset="windows-1252",
    ),
    "et": dict(
        hi="Tere, Mari!",
        name="Mari Tamm",
        mail="mari@example.ee",
        plain="Saatsime teile täna Omnivaga uue paki.",
        apology_time="Vabandame, et pakk on hilinenud. See jõuab teieni hiljemalt reedel.",
        pending="Vabandame viivituse pärast. Uurime asja ja võtame teiega esimesel võimalusel ühendust.",
        breezy="Loodan, et teil on tore päev! 😊",
        blame="Nagu ma juba kirjutasin, oleksite pidanud tingimusi lugema.",
        complaint="Vabandust, et jälle kirjutan, aga mu pakk ei ole ikka veel kohale jõudnud! See on halb.",
        gmail="Kell 10:12 E, 3. juuni 2024 kirjutas Mari Tamm <mari@example.ee>:",
        outlook=("Saatja", "Saadetud", "Adressaat", "Teema"),
        date="3. juuni 2024 10:12",
        subject="Minu tellimus",
        signoff="Lugupidamisega\nKati\nKlienditugi",
        delayed="Teie pakk {{ order.id }} on kahjuks kullerfirmas hilinenud.",
        sorry="Vabandame pika ooteaja pärast.",
        thanks="Täname kannatlikkuse eest.",
        arrive="Pakk jõuab teieni {{ days }} päeva jooksul.",
        code_sorry="vabandame",
        charset="iso-8859-15",
    ),
    "zh": dict(
        hi="王先生，您好：",
        name="王伟",
        mail="wang@example.cn",
        plain="我们今天已经通过顺丰为您重新寄出了一个包裹。",
        apology_time="非常抱歉，您的包裹延误了。包裹将在周五前送达。",
        pending="非常抱歉给您带来不便。我们正在为您查询，会尽快给您回复。",
        breezy="亲，您好呀～😊",
        blame="我已经说过了，您应该先看清楚条款。",
        complaint="不好意思又来打扰，但是我的包裹还没收到！太差了。",
        gmail="王伟 <wang@example.cn> 于2024年6月3日周一 10:12写道：",
        outlook=("发件人", "发送时间", "收件人", "主题"),
        date="2024年6月3日 10:12",
        subject="我的订单",
        signoff="此致\n客服小李",
        delayed="您的包裹 {{ order.id }} 在快递公司延误了。",
        sorry="对此我们深表歉意。",
        thanks="感谢您的耐心等待。",
        arrive="包裹将在 {{ days }} 天内送达。",
        code_sorry="抱歉",
        charset="gb2312",
    ),
    "en": dict(
        hi="Hi Tom,",
        name="Tom Baker",
        mail="tom@example.com",
        plain="We have sent a new parcel to you today with DPD.",
        apology_time="I'm really sorry your parcel is late. It will be delivered by Friday.",
        pending="I'm sorry for the delay. We're looking into it and will get back to you soon.",
        breezy="Hope you're having a fantastic day! 😊",
        blame="As I already told you, you should have read the terms.",
        complaint="Sorry to bother you again, but my parcel still hasn't arrived! This is unacceptable.",
        gmail="On Mon, 3 Jun 2024 at 10:12, Tom Baker <tom@example.com> wrote:",
        outlook=("From", "Sent", "To", "Subject"),
        date="Monday, June 3, 2024 10:12 AM",
        subject="My order",
        signoff="Kind regards,\nSam\nCustomer Care",
        delayed="Your parcel {{ order.id }} has been delayed at the courier's depot.",
        sorry="We're very sorry for the wait.",
        thanks="Thank you for your patience.",
        arrive="It will be delivered within {{ days }} days.",
        code_sorry="sorry",
        charset="utf-8",
    ),
}


def _headers(lang: str, t: dict) -> str:
    name = Header(t["name"], "utf-8").encode()
    subject = Header(f"Re: {t['subject']}", "utf-8").encode()
    return (
        f"From: Support <support@example.com>\nTo: {name} <{t['mail']}>\n"
        f"Subject: {subject}\nDate: Mon, 3 Jun 2024 11:00:00 +0200\n"
        f"Message-ID: <{lang}-reply@example.com>\nMIME-Version: 1.0\n"
    )


def _outlook_block(t: dict) -> str:
    f, s, to, subj = t["outlook"]
    return (
        f"{f}: {t['name']} <{t['mail']}>\n{s}: {t['date']}\n{to}: Support <support@example.com>\n"
        f"{subj}: {t['subject']}\n\n{t['complaint']}\n"
    )


def build(lang: str, t: dict) -> dict[str, tuple[bytes, str, list[str], str]]:
    files: dict[str, tuple[bytes, str, list[str], str]] = {}
    quote = "\n".join("> " + line for line in t["complaint"].splitlines())
    # 1. Gmail-style quote; the complaint (and the customer's own "sorry") only in the quote.
    body = f"{t['hi']}\n\n{t['plain']}\n\n{t['signoff']}\n\n{t['gmail']}\n{quote}\n"
    text = _headers(lang, t) + 'Content-Type: text/plain; charset="utf-8"\n'
    text += "Content-Transfer-Encoding: 8bit\n\n" + body
    files[f"{lang}-mail-gmail.eml"] = (
        text.encode("utf-8"),
        "failure",
        ["missing-apology"],
        "Complaint only in the Gmail-style quote; the customer's own apology does not count.",
    )
    # 2. Outlook-style header block, quoted-printable, apology with a concrete time.
    body = f"{t['hi']}\n\n{t['apology_time']}\n\n{t['signoff']}\n\n{_outlook_block(t)}"
    encoded = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    text = _headers(lang, t) + 'Content-Type: text/plain; charset="utf-8"\n'
    text += "Content-Transfer-Encoding: quoted-printable\n\n" + encoded
    files[f"{lang}-mail-outlook.eml"] = (
        text.encode("ascii"),
        "failure",
        [],
        "Outlook header block above the unquoted original; sincere apology and a deadline.",
    )
    # 3. Legacy charset (English: multipart/alternative with a base64 plain part).
    body = f"{t['hi']}\n\n{t['pending']}\n\n{t['signoff']}\n\n{t['gmail']}\n{quote}\n"
    if lang == "en":
        message = MIMEMultipart("alternative")
        message.attach(MIMEText(body, "plain", "utf-8"))
        html_body = "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
        message.attach(MIMEText(html_body, "html", "utf-8"))
        for key, value in [
            ("From", "Support <support@example.com>"),
            ("To", f"{t['name']} <{t['mail']}>"),
            ("Subject", f"Re: {t['subject']}"),
            ("Date", "Mon, 3 Jun 2024 11:00:00 +0200"),
        ]:
            message[key] = value
        data = message.as_bytes()
        why = "multipart/alternative, base64 plain part; apology but no time for the follow-up."
    else:
        charset = t["charset"]
        text = _headers(lang, t) + f'Content-Type: text/plain; charset="{charset}"\n'
        text += "Content-Transfer-Encoding: 8bit\n\n"
        data = text.encode("ascii") + body.encode("gb18030" if charset == "gb2312" else charset)
        why = f"{charset} message; apology but no time for the promised follow-up."
    files[f"{lang}-mail-legacy.eml"] = (data, "failure", ["missing-response-time"], why)
    # 4. HTML reply with a blockquote holding the complaint; breezy opener, no apology.
    html_text = (
        "<!DOCTYPE html>\n<html><head><style>p { margin: 0 }</style></head>\n<body>\n"
        f"<p>{t['hi']}</p>\n<p>{t['breezy']}</p>\n<p>{t['plain']}</p>\n"
        f"<p>{t['signoff'].replace(chr(10), '<br>')}</p>\n"
        f'<div class="gmail_quote">{t["gmail"].replace("<", "&lt;").replace(">", "&gt;")}\n'
        f"<blockquote>{t['complaint']}</blockquote></div>\n</body></html>\n"
    )
    files[f"{lang}-reply.html"] = (
        html_text.encode("utf-8"),
        "failure",
        ["breezy-opener", "missing-apology"],
        "Cheery opener and no apology while the quoted customer complains.",
    )
    # 5. Outlook HTML: the reply header div starts the context; the draft lectures.
    html_text = (
        "<html><body>\n<div>" + t["hi"] + "</div>\n"
        f"<div>{t['sorry']} {t['blame']}</div>\n"
        '<div style="display:none">' + t["breezy"] + "</div>\n"
        '<hr><div id="divRplyFwdMsg">'
        + _outlook_block(t).replace("\n", "<br>\n")
        + "</div>\n</body></html>\n"
    )
    files[f"{lang}-outlook.html"] = (
        html_text.encode("utf-8"),
        "failure",
        ["customer-blame"],
        "Outlook reply: apologises but talks down to the customer; hidden text is ignored.",
    )
    # 6. Markdown with front matter; the only apology word is inside code.
    md = (
        f"---\nlang: {lang}\ncontext: failure\n---\n\n{t['hi']}\n\n{t['plain']}\n\n"
        f"```\nreply_template: {t['code_sorry']}\n```\n\n"
        f"`{t['code_sorry']}` [{t['plain'][:6]}](https://example.com/{t['code_sorry']})\n"
    )
    files[f"{lang}-reply.md"] = (
        md.encode("utf-8"),
        "failure",
        ["missing-apology"],
        "Declared failure context; the apology word appears only in code and a link target.",
    )
    # 7. Jinja2 template: the else branch lacks the apology the if branch has.
    j2 = (
        "{# Delay notice; keep the apology in both branches! #}\n"
        f"{t['hi'].replace('Jens', '{{ customer.first_name }}')}\n\n{t['delayed']}\n"
        f"{{% if customer.vip %}}{t['sorry']}{{% else %}}{t['thanks']}{{% endif %}}\n"
        f"{t['arrive']}\n"
    )
    files[f"{lang}-delay.txt.j2"] = (
        j2.encode("utf-8"),
        "failure",
        ["missing-apology"],
        "The {% else %} branch a customer can receive has no apology.",
    )
    # 8. Jinja2 HTML template: apology in every branch, concrete time, loop and comment.
    j2 = (
        "<p>{{ greeting }}</p>\n{# internal note #}\n"
        f"<p>{t['delayed']} {t['sorry']}</p>\n<ul>{{% for item in order.items %}}"
        "<li>{{ item.name }}</li>{% endfor %}</ul>\n"
        f"<p>{{% if express %}}{t['arrive']}{{% else %}}{t['arrive']}{{% endif %}}</p>\n"
    )
    files[f"{lang}-update.html.j2"] = (
        j2.encode("utf-8"),
        "failure",
        [],
        "Apology and a concrete time in every branch.",
    )
    if lang == "zh":
        trad = "王先生，您好：\n\n非常抱歉給您帶來不便。我們正在為您查詢，會盡快給您回覆。\n\n客服小李\n"
        text = _headers(lang, t) + 'Content-Type: text/plain; charset="big5"\n'
        text += "Content-Transfer-Encoding: 8bit\n\n"
        files["zh-mail-big5.eml"] = (
            text.encode("ascii") + trad.encode("big5"),
            "failure",
            ["missing-response-time"],
            "Traditional Chinese in Big5; apology but no time for the follow-up.",
        )
    return files


def main() -> None:
    for lang, t in L.items():
        directory = HERE / lang
        labels_path = directory / "labels.toml"
        labels = labels_path.read_text(encoding="utf-8").split(MARK)[0].rstrip() + "\n\n" + MARK
        for name, (data, context, expect, why) in build(lang, t).items():
            (directory / name).write_bytes(data)
            rules = ", ".join(f'"{r}"' for r in expect)
            why = why.replace('"', '\\"')
            labels += f'\n\n["{name}"]\nlang = "{lang}"\ncontext = "{context}"\n'
            labels += f'expect = [{rules}]\nwhy = "{why}"'
        labels_path.write_text(labels + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
