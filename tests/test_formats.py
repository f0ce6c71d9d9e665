"""Readers for e-mail, HTML, Markdown and Jinja2: what is linted, and exact positions.

The fixtures are the non-.txt drafts of the development corpus (written by
tests/corpus/build_formats.py), in all five languages.
"""

from __future__ import annotations

import quopri
import re
from pathlib import Path

import pytest

from replylint.evaluate import tomllib
from replylint.linter import lint_documents
from replylint.runner import check_one
from replylint.sources import SourceError, read_bytes, read_path

CORPUS = Path(__file__).parent / "corpus"
LANGS = ("da", "sv", "et", "zh", "en")
FORMATS = (".eml", ".html", ".md", ".j2")

HELLO = {
    "da": "Hej Jens,",
    "sv": "Hej Anna,",
    "et": "Tere, Mari!",
    "zh": "王先生，您好：",
    "en": "Hi Tom,",
}
BREEZY = {
    "da": "Hvor dejligt at høre fra dig!",
    "sv": "Tack så mycket för ditt mejl!",
    "et": "Loodan, et teil on tore päev!",
    "zh": "亲，您好呀～😊",
    "en": "Hope you're having a fantastic day!",
}
BLAME = {
    "da": "Som jeg allerede har skrevet",
    "sv": "Som jag redan har skrivit",
    "et": "Nagu ma juba kirjutasin",
    "zh": "我已经说过了",
    "en": "As I already told you",
}
DELAY_CUE = {"da": "forsinket", "sv": "försenat", "et": "hilinenud", "zh": "延误", "en": "delayed"}


def non_txt_fixtures():
    for lang in LANGS:
        labels = tomllib.loads((CORPUS / lang / "labels.toml").read_text(encoding="utf-8"))
        for name, label in sorted(labels.items()):
            if name.endswith(FORMATS):
                yield pytest.param(CORPUS / lang / name, label, id=name)


def check(path: Path):
    result = check_one(str(path), path)
    assert result.error is None, result.error
    return result


def position_of(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """1-based (line, column) of `needle` in `text` (after the first `after`)."""
    offset = text.index(needle, text.index(after) if after else 0)
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


@pytest.mark.parametrize(("path", "label"), list(non_txt_fixtures()))
def test_fixture_findings_match_labels(path: Path, label: dict) -> None:
    result = check(path)
    assert result.language == label["lang"]
    assert {f.rule for f in result.findings} == set(label["expect"])


def test_corpus_has_eight_non_txt_drafts_per_language() -> None:
    for lang in LANGS:
        names = [p for p in (CORPUS / lang).iterdir() if p.name.endswith(FORMATS)]
        assert len(names) >= 8, lang


@pytest.mark.parametrize("lang", LANGS)
def test_eml_quoted_complaint_sets_context_and_quoted_sorry_does_not_count(lang: str) -> None:
    path = CORPUS / lang / f"{lang}-mail-gmail.eml"
    result = check(path)
    assert result.context == "failure"
    [finding] = result.findings
    text = path.read_text(encoding="utf-8")
    assert (finding.rule, finding.line, finding.column) == (
        "missing-apology",
        *position_of(text, HELLO[lang], after="\n\n"),
    )
    assert finding.end_column == finding.column + len(HELLO[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_html_positions_point_into_the_markup(lang: str) -> None:
    path = CORPUS / lang / f"{lang}-reply.html"
    text = path.read_text(encoding="utf-8")
    found = {f.rule: (f.line, f.column) for f in check(path).findings}
    assert found["breezy-opener"] == position_of(text, BREEZY[lang])
    assert found["missing-apology"] == position_of(text, HELLO[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_outlook_html_reply_header_is_context_and_hidden_text_ignored(lang: str) -> None:
    path = CORPUS / lang / f"{lang}-outlook.html"
    text = path.read_text(encoding="utf-8")
    findings = check(path).findings
    assert {f.rule for f in findings} == {"customer-blame"}
    first = min(findings, key=lambda f: (f.line, f.column))
    assert (first.line, first.column) == position_of(text, BLAME[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_code_and_link_targets_are_not_prose(lang: str) -> None:
    path = CORPUS / lang / f"{lang}-reply.md"
    [finding] = check(path).findings
    assert finding.rule == "missing-apology"
    assert (finding.line, finding.column) == position_of(path.read_text("utf-8"), HELLO[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_an_apology_in_one_branch_answers_missing_apology(lang: str) -> None:
    """missing-apology judges the whole draft: in a template it holds only if it holds
    in every branch a customer could receive (RULES.md), so the {% if %} branch's
    apology keeps the delay template quiet although the {% else %} branch has none."""
    path = CORPUS / lang / f"{lang}-delay.txt.j2"
    assert check(path).findings == []
    # The {% else %} branch's words in both branches: no branch apologises any more.
    no_apology = re.sub(
        r"\{% if customer.vip %\}.*?\{% else %\}(.*?)\{% endif %\}",
        r"{% if customer.vip %}\1{% else %}\1{% endif %}",
        path.read_text(encoding="utf-8"),
    )
    [finding] = lint_documents(read_bytes(no_apology.encode(), f"t-{lang}.txt.j2")).findings
    assert finding.rule == "missing-apology" and "[when:" not in finding.message


def test_a_phrase_finding_in_one_branch_names_the_branch() -> None:
    template = (
        "Hi Tom,\n\nWe're very sorry: your parcel was delayed.\n"
        "{% if vip %}It arrives on Friday.{% else %}We'll get back to you soon.{% endif %}\n"
    )
    [finding] = lint_documents(read_bytes(template.encode(), "t.txt.j2")).findings
    assert finding.rule == "missing-response-time"
    assert "[when: {% else %} (line 4)]" in finding.message


def test_missing_apology_in_every_branch_is_reported_once_at_the_first() -> None:
    template = (
        "Hi Tom,\n\n{% if vip %}Your parcel is late, it arrives on Friday.{% else %}"
        "Your parcel is delayed, it arrives on Monday.{% endif %}\n"
    )
    findings = lint_documents(read_bytes(template.encode(), "t.txt.j2")).findings
    assert [f.rule for f in findings] == ["missing-apology"]
    assert "[when:" not in findings[0].message


@pytest.mark.parametrize("lang", ["da", "sv", "et", "zh"])
def test_legacy_charset_positions_count_decoded_characters(lang: str) -> None:
    path = CORPUS / lang / f"{lang}-mail-legacy.eml"
    charset = {"da": "iso-8859-1", "sv": "cp1252", "et": "iso-8859-15", "zh": "gb18030"}[lang]
    text = path.read_bytes().decode(charset)
    [finding] = check(path).findings
    line = text.splitlines()[finding.line - 1]
    assert HELLO[lang] not in line and finding.rule == "missing-response-time"
    assert text.splitlines()[finding.line - 3] == HELLO[lang]


def test_big5_traditional_chinese_message() -> None:
    result = check(CORPUS / "zh" / "zh-mail-big5.eml")
    assert result.language == "zh"
    assert [f.rule for f in result.findings] == ["missing-response-time"]


DA_BODY = (
    "Hej Jens,\n\nDin pakke er desværre blevet forsinket hos fragtfirmaet, og vi har "
    "bedt dem om at finde den så hurtigt som overhovedet muligt. Vi undersøger sagen og "
    "vender tilbage hurtigst muligt.\n"
)


def _message(body: str, encoding: str) -> bytes:
    import base64

    head = (
        "From: a@example.dk\nTo: b@example.dk\nSubject: Re: ordre\nMIME-Version: 1.0\n"
        f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: {encoding}\n\n'
    )
    raw = body.encode("utf-8")
    encoded = {
        "8bit": raw,
        "quoted-printable": quopri.encodestring(raw),
        "base64": base64.encodebytes(raw),
    }[encoding]
    return head.encode() + encoded


def test_encoded_parts_are_reported_in_their_decoded_text() -> None:
    """Same draft, same findings at the same places, whatever the transfer encoding."""
    from replylint.reporters.text import render_text

    seen = {}
    for encoding in ("8bit", "quoted-printable", "base64"):
        result = lint_documents(read_bytes(_message(DA_BODY, encoding), "m.eml"))
        seen[encoding] = [(f.rule, f.line, f.column, f.end_column) for f in result.findings]
        report = render_text([result])
        assert "desv=C3=A6rre" not in report and "RGluIHBh" not in report, report
        decoded_line = DA_BODY.splitlines()[2]
        lines = report.splitlines()
        apology = next(i for i, ln in enumerate(lines) if "[missing-apology]" in ln)
        assert lines[apology + 1] == "    " + decoded_line
        caret = lines[apology + 2]
        start = caret.index("^") - 4
        assert decoded_line[start : start + caret.count("^")] == "forsinket"
        assert encoding == "8bit" or any(f"{encoding} part decoded" in n for n in result.notices)
    assert seen["quoted-printable"] == seen["8bit"] == seen["base64"]
    apology = next(f for f in seen["8bit"] if f[0] == "missing-apology")
    assert apology[1:3] == position_of(_message(DA_BODY, "8bit").decode("utf-8"), "forsinket")


def test_missing_charset_is_decoded_best_effort_with_a_notice() -> None:
    data = (
        b"From: a@example.dk\nTo: b@example.dk\nSubject: x\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain\n\nHej Jens,\nVi beklager, at pakken er forsinket. "
        b"Den kommer i morgen f\xf8r kl. 12.\n"
    )
    result = lint_documents(read_bytes(data, "m.eml"))
    assert result.language == "da"
    assert any("windows-1252" in n for n in result.notices)


def test_unknown_charset_does_not_crash() -> None:
    data = (
        b"From: a@example.com\nTo: b@example.com\nSubject: x\n"
        b"Content-Type: text/plain; charset=x-klingon\n\nHi Tom, your order has shipped.\n"
    )
    result = lint_documents(read_bytes(data, "m.eml"))
    assert any("x-klingon" in n for n in result.notices)


def test_message_without_text_part_is_a_clear_error() -> None:
    data = (
        b"From: a@example.com\nTo: b@example.com\nSubject: x\nMIME-Version: 1.0\n"
        b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
    )
    with pytest.raises(SourceError, match="no text/plain or text/html part"):
        read_bytes(data, "m.eml")


def test_html_only_message_is_converted() -> None:
    data = (
        b"From: a@example.com\nTo: b@example.com\nSubject: x\nMIME-Version: 1.0\n"
        b"Content-Type: text/html; charset=utf-8\n\n<p>Hi Tom,</p><p>Great news! Your parcel"
        b" was delayed and we&#39;ll get back to you soon.</p>"
        b"<blockquote>Where is my parcel?</blockquote>\n"
    )
    result = lint_documents(read_bytes(data, "m.eml"))
    assert {f.rule for f in result.findings} == {
        "missing-apology",
        "breezy-opener",
        "missing-response-time",
    }


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        (
            "da",
            "Fra: Jens Hansen <jens@example.dk>\nSendt: 3. juni 2024 10:12\nTil: Support\nEmne: Ordre",
        ),
        (
            "sv",
            "Från: Anna <anna@example.se>\nSkickat: den 3 juni 2024 10:12\nTill: Support\nÄmne: Order",
        ),
        (
            "et",
            "Saatja: Mari <mari@example.ee>\nSaadetud: 3. juuni 2024 10:12\nAdressaat: Tugi\nTeema: Tellimus",
        ),
        (
            "zh",
            "发件人: 王伟 <wang@example.cn>\n发送时间: 2024年6月3日 10:12\n收件人: 客服\n主题: 订单",
        ),
        (
            "zh",
            "寄件者: 王偉 <wang@example.tw>\n寄件日期: 2024年6月3日 10:12\n收件者: 客服\n主旨: 訂單",
        ),
        (
            "en",
            "From: Tom <tom@example.com>\nSent: Monday, June 3, 2024 10:12 AM\nTo: Support\nSubject: Order",
        ),
    ],
)
def test_outlook_header_block_starts_the_context_in_every_language(lang: str, header: str) -> None:
    text = f"{HELLO[lang]}\n\nOK.\n\n{header}\n\nAs I already told you, you should have read it!\n"
    document = read_bytes(text.encode(), "reply.txt")[0]
    assert "OK." in document.draft and "told you" not in document.draft
    assert "told you" in document.quoted


@pytest.mark.parametrize(
    "attribution",
    [
        "Den 3. jun. 2024 kl. 10.12 skrev Jens Hansen <jens@example.dk>:",
        "Den mån 3 juni 2024 kl 10:12 skrev Anna Svensson <anna@example.se>:",
        "Kell 10:12 E, 3. juuni 2024 kirjutas Mari Tamm <mari@example.ee>:",
        "王伟 <wang@example.cn> 于2024年6月3日周一 10:12写道：",
        "在 2024年6月3日 10:12，王偉 寫道：",
        "On Mon, 3 Jun 2024 at 10:12, Tom Baker <tom@example.com> wrote:",
    ],
)
def test_unquoted_original_after_attribution_line_is_context(attribution: str) -> None:
    text = f"Hello,\n\nDone.\n\n{attribution}\nAs I already told you, you should read it.\n"
    document = read_bytes(text.encode(), "reply.txt")[0]
    assert "told you" not in document.draft and "told you" in document.quoted


def test_html_ignores_script_style_hidden_and_decodes_entities() -> None:
    html = (
        "<html><head><title>Sorry</title><style>.x{}</style></head><body>"
        "<script>var s = 'we apologise';</script>"
        "<p hidden>We apologise.</p><p style='display: none'>Sorry!</p>"
        "<p>Hi Tom,</p><p>Your parcel was delayed &amp; we&#8217;re on it.</p></body></html>"
    )
    [document] = read_bytes(html.encode(), "r.html")
    assert document.draft.strip() == "Hi Tom,\nYour parcel was delayed & we\u2019re on it."
    findings = lint_documents([document]).findings
    # No hidden apology counts; "we're on it" is a pending follow-up with no time.
    assert [f.rule for f in findings] == ["missing-apology", "missing-response-time"]


def test_markdown_toml_front_matter_and_html_comment() -> None:
    md = (
        '+++\nlang = "en"\ncontext = "neutral"\n+++\n<!-- we are sorry -->\n'
        "Your parcel was delayed. See `sorry()` and [the page](https://x/sorry).\n"
    )
    [document] = read_bytes(md.encode(), "r.md")
    assert document.declared_lang == "en" and document.declared_context == "neutral"
    assert "sorry" not in document.draft and "the page" in document.draft


def test_invalid_jinja_is_a_one_line_error_with_the_line() -> None:
    with pytest.raises(SourceError, match=r"^line 2: invalid Jinja syntax"):
        read_bytes(b"Hi {{ name }},\n{% if x %}Sorry.\n", "t.j2")


def test_template_is_parsed_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    template = (
        "Hi {{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }},\n"
        "{% set x = joiner.__init__.__globals__.os.system('touch " + str(marker) + "') %}"
        "Your order has shipped.\n"
    )
    (tmp_path / "t.j2").write_text(template, encoding="utf-8")
    result = check(tmp_path / "t.j2")
    assert result.findings == [] and not marker.exists()


def test_include_extends_and_block_resolve_within_the_tree(tmp_path: Path) -> None:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "apology.txt").write_text("We're very sorry for the delay.\n")
    (tmp_path / "base.txt.j2").write_text(
        "Hi {{ name }},\n{% block body %}{% endblock %}\nKind regards,\nSam\n"
    )
    (tmp_path / "child.txt.j2").write_text(
        '{% extends "base.txt.j2" %}{% block body %}Your parcel was delayed.\n'
        '{% include "partials/apology.txt" %}{% endblock %}'
    )
    result = check(tmp_path / "child.txt.j2")
    assert result.findings == [] and result.notices == []


def test_missing_include_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text('Your parcel was delayed.\n{% include "gone.txt" %}\n')
    result = check(tmp_path / "t.j2")
    assert any("include 'gone.txt' not found" in n for n in result.notices)
    assert [f.rule for f in result.findings] == ["missing-apology"]


def test_translatable_strings_are_text() -> None:
    [document] = read_bytes(b'{{ _("We are very sorry for the delay.") }}\n', "t.j2")
    assert document.draft.strip() == "We are very sorry for the delay."


def test_read_path_reports_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        read_path(tmp_path / "nope.eml")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Vi har modtaget din retur af {{ item }}. Pengene er på vej."),
        ("sv", "Vi har fått din retur av {{ vara }}. Pengarna är på väg."),
        ("et", "Saime kätte Teie tagastatud {{ toode }}. Raha on teel."),
        ("en", "We have received your return of {{ item }}. The refund is on its way."),
    ],
)
def test_a_placeholder_before_a_full_stop_ends_its_sentence(tmp_path, lang, text):
    """A placeholder reads as a word no language abbreviates: "{{ item }}." followed by
    a capital is a sentence end, not an initial ("J. Hansen")."""
    from replylint.analysis import pipeline_for
    from replylint.sources import read_path

    path = tmp_path / "reply.j2"
    path.write_text(text, encoding="utf-8")
    (document,) = read_path(path)
    assert len(pipeline_for(lang).analyse(document.draft).sentences) == 2
