"""The HTML report as a support lead reads it: the agent's draft as text, the quoted
message apart, headers, markup and front matter folded away, counts per rule and
language, and a filter to files with findings. (test_html_report_browser.py renders
it in Chromium.)"""

from __future__ import annotations

import mailbox
import random
from html.parser import HTMLParser
from pathlib import Path

from helpers import cli as run

from replylint.document import draft_runs

EML = (
    "From: Support <support@example.com>\n"
    "To: Jens <jens@example.dk>\n"
    "Subject: Re: Min ordre 4471\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "X-Mailer: Headermarker 1.0\n"
    "\n"
    "Hej Jens,\n"
    "\n"
    "Vi har sendt en ny pakke til dig i dag. Vi vender tilbage hurtigst muligt.\n"
    "\n"
    "Den 3. jun. 2024 kl. 10.12 skrev Jens <jens@example.dk>:\n"
    "> Min pakke er stadig ikke kommet! Det er for dårligt.\n"
)


class _Elements(HTMLParser):
    """The text of every element, keyed by tag and class, in document order."""

    _VOID = {"meta", "br", "input", "img", "link", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str, list[str]]] = []
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._VOID:
            return
        self.stack.append((tag, dict(attrs).get("class") or "", []))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, classes, parts = self.stack.pop()
            text = "".join(parts)
            self.found.append((open_tag, classes, text))
            if self.stack:
                self.stack[-1][2].append(text)
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.stack[-1][2].append(data)


def _elements(html: str) -> list[tuple[str, str, str]]:
    parser = _Elements()
    parser.feed(html)
    return parser.found


def _texts(html: str, tag: str, css_class: str | None = None) -> list[str]:
    return [
        text
        for t, classes, text in _elements(html)
        if t == tag and (css_class is None or css_class in classes.split())
    ]


def _report(tmp_path: Path, *paths: str) -> str:
    out = tmp_path / "report.html"
    run("check", "--format", "html", "--output", str(out), *paths, cwd=tmp_path)
    return out.read_text(encoding="utf-8")


def test_an_email_shows_its_draft_and_sets_the_quoted_message_apart(tmp_path: Path) -> None:
    (tmp_path / "reply.eml").write_text(EML, encoding="utf-8")
    html = _report(tmp_path, "reply.eml")
    [draft] = _texts(html, "div", "draft")
    assert "Vi har sendt en ny pakke" in draft
    assert "Headermarker" not in draft and "Subject" not in draft and "Min pakke" not in draft
    [quoted] = _texts(html, "blockquote", "quoted")
    assert "Min pakke er stadig ikke kommet" in quoted and "Vi har sendt" not in quoted
    [source] = _texts(html, "details", "source")
    assert "X-Mailer: Headermarker 1.0" in source  # folded away, still there
    # line labels are the file's lines, so "9:48" in the list is line 9 on screen
    assert '<span class="ln">9</span>' in html
    assert "hurtigst muligt" in _texts(html, "mark")


def test_html_markup_and_markdown_front_matter_are_not_shown_as_text(tmp_path: Path) -> None:
    (tmp_path / "reply.html").write_text(
        '<html><head><style>p{color:red}</style></head><body>\n<p class="x">Hi Tom,</p>\n'
        "<p>Great news! Your parcel was <b>delayed</b>.\nWe will get back to you soon.</p>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    (tmp_path / "reply.md").write_text(
        "---\nlang: en\ncontext: failure\n---\n\nHi Tom,\n\nWe will get back to you soon.\n",
        encoding="utf-8",
    )
    html = _report(tmp_path, "reply.html", "reply.md")
    drafts = _texts(html, "div", "draft")
    assert len(drafts) == 2
    assert all("<p" not in d and "color:red" not in d and "context:" not in d for d in drafts)
    assert "Your parcel was delayed." in drafts[0] and "soon" in drafts[1]
    # the paragraph spans file lines 3-4: one draft line, labelled with both
    assert '<span class="ln">3\u20134</span>' in html
    assert "Great news!" in _texts(html, "mark")
    sources = _texts(html, "details", "source")
    assert any('<p class="x">' in s for s in sources)
    assert any("context: failure" in s for s in sources)


def test_a_template_shows_every_branch_and_its_placeholders_as_written(tmp_path: Path) -> None:
    (tmp_path / "delay.txt.j2").write_text(
        "{# internal note #}\nHi {{ customer.name }},\n"
        "{% if late %}\nYour parcel is delayed.\n{% else %}\nYour parcel is on its way.\n"
        "{% endif %}\nWe will get back to you soon.\n",
        encoding="utf-8",
    )
    html = _report(tmp_path, "delay.txt.j2")
    [draft] = _texts(html, "div", "draft")
    assert "Hi {{ customer.name }}," in draft
    assert "Your parcel is delayed." in draft and "Your parcel is on its way." in draft
    assert "{% if" not in draft and "internal note" not in draft
    assert "soon" in _texts(html, "mark")


def test_a_finding_far_along_a_long_line_is_marked_on_the_draft(tmp_path: Path) -> None:
    line = "Your parcel was delayed at the depot and we are sorry. " * 4
    line += "We will get back to you as soon as possible."
    (tmp_path / "long.txt").write_text(f"Hi Tom,\n{line}\n", encoding="utf-8")
    result = run("check", "--format", "concise", "long.txt", cwd=tmp_path)
    assert ":2:" in result.stdout.decode() and "missing-response-time" in result.stdout.decode()
    column = int(result.stdout.decode().split("long.txt:2:")[1].split(":")[0])
    assert column >= 199
    html = _report(tmp_path, "long.txt")
    assert "as soon as possible" in _texts(html, "mark")
    assert "white-space: pre-wrap" in html and "white-space: pre;" not in html


def test_rule_by_language_counts_findings_not_files(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(
        "Hi Tom,\nAs I already told you, you should have read the terms.\n", encoding="utf-8"
    )
    (tmp_path / "da.txt").write_text(
        "Hej Mette,\nSom jeg allerede har skrevet, vender vi tilbage senest fredag.\n",
        encoding="utf-8",
    )
    (tmp_path / "clean.txt").write_text("Hi Ann,\nThank you for your order.\n", encoding="utf-8")
    html = _report(tmp_path, ".")
    rows = _table_rows(html, "matrix")
    assert rows[0] == ["rule", "da", "en", "all"]
    counts = {row[0]: row[1:] for row in rows[1:]}
    assert counts["customer-blame"] == ["1", "2", "3"]  # two in one English file
    assert counts["all rules"][-1] == "3"
    assert "3 files, 2 with findings, 3 findings" in html


def _table_rows(html: str, css_class: str) -> list[list[str]]:
    """The cells of a table's rows (th and td), parsed in order."""
    rows: list[list[str]] = []
    inside = False

    class Rows(HTMLParser):
        def handle_starttag(self, tag, attrs):
            nonlocal inside
            if tag == "table":
                inside = css_class in (dict(attrs).get("class") or "").split()
            elif inside and tag == "tr":
                rows.append([])
            elif inside and tag in ("td", "th"):
                rows[-1].append("")

        def handle_endtag(self, tag):
            nonlocal inside
            if tag == "table":
                inside = False

        def handle_data(self, data):
            if inside and rows and rows[-1]:
                rows[-1][-1] += data.strip()

    Rows().feed(html)
    return rows


def test_the_filter_hides_clean_files_and_keeps_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("Hi Tom,\nWe will get back to you soon.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Hi Ann,\nThank you for your order.\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"Hi \xe6\n")
    html = _report(tmp_path, "bad.txt", "good.txt", "broken.txt")
    classes = [c for t, c, _ in _elements(html) if t == "section"]
    assert classes == ["file findings", "file clean", "file error"]
    assert '<input type="checkbox" id="only-findings">' in html
    assert "#only-findings:checked ~ .files > .file.clean { display: none; }" in html
    assert "(2 of 3)" in html


def test_archive_messages_are_labelled_with_archive_lines(tmp_path: Path) -> None:
    box = mailbox.mbox(str(tmp_path / "sent.mbox"))
    for body in (
        "Hi Ann,\nThank you for your order.\n",
        "Hi Tom,\nWe will get back to you soon.\n",
    ):
        message = mailbox.mboxMessage()
        message["From"] = "support@example.com"
        message["Subject"] = "Re: order"
        message.set_payload(body)
        box.add(message)
    box.flush()
    box.close()
    concise = run("check", "--format", "concise", "sent.mbox", cwd=tmp_path).stdout.decode()
    line = concise.split("sent.mbox:")[1].split(":")[0]
    html = _report(tmp_path, "sent.mbox")
    assert f'<span class="ln">{line}</span>' in html
    [draft] = _texts(html, "div", "draft")
    assert "soon" in draft and "Subject" not in draft


def test_draft_runs_keep_every_origin() -> None:
    rng = random.Random(7)
    for _ in range(300):
        origin, at = [], rng.randrange(5)
        for _ in range(rng.randrange(40)):
            origin.append(at)
            at += rng.choice((0, 1, 1, 1, 2, 9))
        draft = "".join(rng.choice("ab\n") for _ in origin)
        runs = draft_runs(draft, origin)
        assert "".join(r.text for r in runs) == draft
        assert [r.start + k * r.step for r in runs for k in range(len(r.text))] == origin


def test_a_finding_outside_the_draft_says_so_and_is_marked_in_the_source(tmp_path: Path) -> None:
    (tmp_path / "sup.txt").write_text(
        "Hi Ann,\nreplylint: disable-next-line=customer-blame\nYour order has shipped today.\n",
        encoding="utf-8",
    )
    html = _report(tmp_path, "sup.txt")
    [draft] = _texts(html, "div", "draft")
    assert "disable-next-line" not in draft and "Your order has shipped today." in draft
    assert "(outside the draft text: see the source below)" in html
    [source] = _texts(html, "details", "source")
    assert "replylint: disable-next-line=customer-blame" in _texts(html, "mark")
    assert "disable-next-line" in source
