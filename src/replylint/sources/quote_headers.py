"""Where the quoted or forwarded part of a reply starts, as mail clients write it.

Gmail, Apple Mail and Thunderbird put one attribution line above the quote
("On Mon, 3 Jun 2024 at 10:12, Anna <a@x.dk> wrote:", "Den 3. jun. 2024 kl. 10.12
skrev Anna:", "Anna kirjutas:", "在 2024年6月3日 10:12，Anna 写道："). Outlook puts a
header block ("From: / Sent: / To: / Subject:", "Fra: / Sendt: / Til: / Emne:") and
no quote marks at all, so everything after that block is context too.
"""

from __future__ import annotations

import re

# The verb of an attribution line, per language (traditional Chinese too); the
# sender's name and address may follow it ("Den … skrev Jens <j@x.dk>:").
_ATTRIBUTION_VERB = re.compile(r"(?i)(\bwrote\b|\bskrev\b|\bkirjutas\b|[写寫]道|[写寫]了)")
# Every client puts the date or time of the original in that line.
_DATE_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[:.]\d{2}|\d{4}年")
# Field names of Outlook's header block, in the five languages.
_FROM = r"(?:from|fra|fr\u00e5n|saatja|kellelt|发件人|寄件者|寄件人|發件人)"
_SENT = (
    r"(?:sent|date|sendt|dato|skickat|datum|saadetud|saatmisaeg|kuup\u00e4ev"
    r"|发送时间|日期|寄件日期|傳送時間|发送日期|時間)"
)
_FROM_FIELD = re.compile(rf"^\s*\*?{_FROM}\*?\s*[:：]\s*\S", re.IGNORECASE)
_SENT_FIELD = re.compile(rf"^\s*\*?{_SENT}\*?\s*[:：]\s*\S", re.IGNORECASE)
# "-----Original Message-----", "---------- Forwarded message ---------",
# "-----Oprindelig meddelelse-----", "-------- 原始邮件 --------".
BANNER = re.compile(r"^\s*-{2,}\s*\S.*?\S\s*-{2,}\s*$")


def is_attribution_line(line: str) -> bool:
    """An "On … wrote:" line in any of the five languages."""
    stripped = line.strip()
    return (
        0 < len(stripped) < 400
        and stripped[-1] in ":："
        and bool(_ATTRIBUTION_VERB.search(stripped))
        and bool(_DATE_OR_TIME.search(stripped))
    )


def is_outlook_header(lines: list[str], index: int) -> bool:
    """A "From:" line with a "Sent:"/"Date:" line among the next few: Outlook's quote header."""
    if not _FROM_FIELD.match(lines[index]):
        return False
    window = lines[index + 1 : index + 5]
    return any(_SENT_FIELD.match(line) for line in window)
