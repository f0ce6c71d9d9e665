"""Findings point at the right characters of the original file, whatever was stripped."""

from replylint.linter import lint_document
from replylint.sources.plain import read_plain_text


def _spans(text: str, lang: str = "en"):
    result = lint_document(read_plain_text(text, "t.txt"), lang=lang)
    return {f.rule: (f.line, f.column, f.end_line, f.end_column) for f in result.findings}


def test_positions_after_quoted_block():
    text = (
        "Hi Ann,\n"
        "\n"
        "On Monday, Ann wrote:\n"
        "> Where is my parcel?\n"
        "> It is late!\n"
        "\n"
        "As I already told you, it left on Friday.\n"
    )
    assert _spans(text)["customer-blame"] == (7, 1, 7, 18)


def test_positions_with_crlf_line_endings():
    text = "Hi Ann,\r\n\r\nAs I already told you, it left.\r\n"
    assert _spans(text)["customer-blame"] == (3, 1, 3, 18)


def test_signature_is_not_the_agents_words():
    text = "Hi Ann,\nYour parcel is delayed.\n\nBest regards,\nAnna\nWe're sorry for any trouble!\n"
    assert "missing-apology" in _spans(text)


def test_signature_delimiter():
    text = "Hi Ann,\nYour parcel is delayed.\n-- \nSorry, sent from my phone.\n"
    assert "missing-apology" in _spans(text)


def test_forwarded_block_is_context():
    text = (
        "Hi team,\nsee below.\n\n-----Original Message-----\nAs I already told you, it is broken.\n"
    )
    assert "customer-blame" not in _spans(text)


def test_a_template_saved_with_crlf_reports_where_the_lf_one_does():
    """jinja2 hands back its text with LF; the columns must still be the source's."""
    from replylint import lint_text

    lf = "Hi {{ name }},\n\nThanks for writing.\nWe'll get back to you.\n"
    crlf = lf.replace("\n", "\r\n")
    at = [
        (f.rule, f.line, f.column, f.end_line, f.end_column)
        for f in lint_text(lf, lang="en", format="jinja")
    ]
    at_crlf = [
        (f.rule, f.line, f.column, f.end_line, f.end_column)
        for f in lint_text(crlf, lang="en", format="jinja")
    ]
    assert at and at_crlf == at
    line = crlf.split("\r\n")[at[0][1] - 1]
    assert at[0][2] <= len(line) + 1
